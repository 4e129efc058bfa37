package ui

import (
	"regexp"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
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

// A key a status line names ("u undoes the import", "u puts it back") is in
// the help of the screen in front: the review said u and its help left it
// out.
func TestHelpListsEveryKeyTheStatusLineNames(t *testing.T) {
	named := regexp.MustCompile(`(?:^|[\s(:;,])([a-zA-Z]) ([a-z]+s)\b`)
	for _, tc := range []struct {
		about string
		setUp func(m *Model)
	}{
		{"after an import", func(m *Model) { importFile(t, m, mandate2241) }},
		{"after a discard", func(m *Model) {
			importFile(t, m, mandate2241)
			press(t, m, "x")
		}},
	} {
		m := NewModel(classify.Default(), model.New(""), false, nil, nil)
		m.Update(resize(120, 40))
		tc.setUp(m)
		keys := named.FindAllStringSubmatch(m.status, -1)
		if len(keys) == 0 {
			t.Fatalf("%s: the status line %q names no key", tc.about, m.status)
		}
		var full []string
		for _, col := range m.current().FullHelp() {
			for _, b := range col {
				full = append(full, b.Help().Key)
			}
		}
		for _, k := range keys {
			if !slices.Contains(full, k[1]) {
				t.Errorf("%s: the status line says %q, the help of %s does not list %s", tc.about, m.status, m.nav.kinds[m.front].about, k[1])
			}
		}
	}
}
