package component

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// KeyLine draws the footer's line of keys in width w. A line that does not
// fit drops whole items from its end, never the key of the help screen,
// which goes last: the reader always learns where every key is listed (in
// its short form, the words before its colon, after "…" that says keys
// gave way), and no
// item is cut inside its words (the help bubble's line adds an item that
// does not fit when its ellipsis does not fit either, and the cut that
// follows leaves "esc/q bac…").
func KeyLine(bindings []key.Binding, w int, st *Styles) string {
	render := func(k, desc string) string {
		return st.Key.Inline(true).Render(k) + " " + st.Muted.Inline(true).Render(desc)
	}
	var items, helpItem, helpShort, helpMore []string
	for _, b := range bindings {
		if !b.Enabled() || b.Help().Key == "" {
			continue
		}
		if k, desc := b.Help().Key, b.Help().Desc; k == "?" {
			short, _, _ := strings.Cut(desc, ":")
			helpItem, helpShort = []string{render(k, desc)}, []string{render(k, short)}
			helpMore = []string{st.Muted.Inline(true).Render("…"), render(k, short)}
			continue
		}
		items = append(items, render(b.Help().Key, b.Help().Desc))
	}
	if helpItem == nil {
		// A line without the help's key (a dialog's) signs what gives way
		// with "…" alone: no key is dropped without a sign.
		helpMore = []string{st.Muted.Inline(true).Render("…")}
		helpShort = helpMore
	}
	sep := st.Muted.Inline(true).Render(" · ")
	if line := strings.Join(append(items, helpItem...), sep); ansi.StringWidth(line) <= w {
		return line
	}
	// Where every key fits with the help's key in short, none gives way:
	// 24 free columns at 200 went unused while undo and save gave way.
	if line := strings.Join(append(items, helpShort...), sep); helpItem != nil && ansi.StringWidth(line) <= w {
		return line
	}
	// Where items give way, "…" before the help's item says more keys are
	// there (the help lists them), so none is left out without a sign;
	// only where that does not fit even alone does the help stand alone.
	for _, help := range [][]string{helpMore, helpShort} {
		for n := len(items) - 1; n >= 0; n-- {
			line := strings.Join(append(items[:n:n], help...), sep)
			if ansi.StringWidth(line) <= w {
				return line
			}
		}
	}
	return Cut(strings.Join(helpShort, ""), w)
}
