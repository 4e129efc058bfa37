package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/pocssr/pocssr/ui/component"
)

func bind(keys []string, k, desc string) key.Binding { return component.Bind(keys, k, desc) }

// globalKeys work on every screen (outside text fields, except ctrl+c and ctrl+s).
type globalKeys = component.GlobalKeys

func newGlobalKeys() globalKeys { return component.NewGlobalKeys() }
