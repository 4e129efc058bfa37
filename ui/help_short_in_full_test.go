package ui

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Every key a screen's footer offers is in its help screen too: the help
// is where a new user looks for what a key does (the review's x discard
// was once offered in the footer and missing from its help).
func TestHelpListsEveryKeyTheFooterOffers(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 120, 40)
	m.sh.sheet.At(0).Status = model.StatusDraft
	for id, s := range m.nav.screens {
		var full []string
		for _, col := range s.FullHelp() {
			for _, b := range col {
				full = append(full, b.Help().Key)
			}
		}
		for _, b := range s.ShortHelp() {
			if !b.Enabled() || b.Help().Key == "" {
				continue
			}
			if !slices.Contains(full, b.Help().Key) {
				t.Errorf("%s: the footer offers %q (%s), the help screen does not list it", m.nav.kinds[id].about, b.Help().Key, b.Help().Desc)
			}
		}
	}
}
