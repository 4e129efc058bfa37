package present

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
)

// The walk-through's help lists every key the walk-through answers to, in
// every state: → and l go on a step as space does, ← and h take it back,
// g and G go to its ends, x ticks, enter leaves "what if", and c where the
// footer offers it ("c all of it"). The help named space, backspace, home
// and end only. The keys are those of the key map the walk-through matches.
func TestWalkThroughHelpListsEveryKeyItHandles(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		eachWalkState(t, size[0], size[1], func(state string, p *Screen, _ []string) {
			listed := helpNames(p)
			k := p.keys
			handled := []key.Binding{k.Next, k.Prev, k.Top, k.Bottom, k.WhatIf, k.Toggle, k.Back, k.Quit, k.EndWhatIf}
			if p.walk.whatIf != nil {
				handled = append(handled, k.Up, k.Down) // they try a value
			}
			if p.walk.offersAll() || p.walk.showsFullChange() {
				handled = append(handled, k.Change)
			}
			if p.walk.pageScrolls() {
				handled = append(handled, k.Up, k.Down, k.PageUp, k.PageDown)
			}
			for _, b := range handled {
				for _, name := range b.Keys() {
					if !listed[keyName(name)] {
						t.Errorf("%s: the walk-through answers to %q (%s), its help does not list it", state, keyName(name), b.Help().Desc)
					}
				}
			}
		})
	}
}

// helpNames are the keys p's help lists, each by its name: "space/→/l"
// lists space, → and l.
func helpNames(p *Screen) map[string]bool {
	listed := map[string]bool{}
	for _, g := range p.FullHelp() {
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			for _, name := range keyNames(b.Help().Key) {
				listed[name] = true
			}
		}
	}
	return listed
}

// keyNames are the keys a help or footer entry names ("↓/↑ pgdn/pgup").
func keyNames(entry string) []string {
	return strings.FieldsFunc(entry, func(r rune) bool { return r == '/' || r == ' ' })
}
