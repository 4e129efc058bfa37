package ui

import "github.com/pocssr/pocssr/ui/component"

// Theme is the palette of the terminal UI (component.Theme).
type Theme = component.Theme

// DefaultTheme is the built-in palette.
func DefaultTheme() Theme { return component.DefaultTheme() }

// styles are the styles every screen reads, built once (component.Styles).
type styles = component.Styles

func newStyles(t Theme) *styles { return component.NewStyles(t) }
