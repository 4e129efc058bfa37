package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
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

// Every word the review's heading counts ("N left", "N asked of others,
// reviewed after the mission's own", or short "reviewed last") is explained in the review's help, with what it means: a new user
// met "asked of others, last" and found no word of it in the help. The
// heading is read at both sizes, after a step of each kind, so that every
// count is in it.
func TestHelpExplainsEveryTermOfTheReviewHeading(t *testing.T) {
	counted := regexp.MustCompile(`^\d+ (.+)$`)
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, mandate2241)
			press(t, m, "a")
			if strings.Contains(screenText(m), "No fact known:") {
				press(t, m, "a")
			}
			press(t, m, "s", "x")
			// The heading read whole, at a width that holds it: at 80
			// columns it gives way from its end, and the help has it whole.
			m.Update(resize(240, size[1]))
			lines := strings.Split(screenText(m), "\n")
			m.Update(resize(size[0], size[1]))
			var terms []string
			for _, l := range lines[1:3] {
				var here []string
				for _, part := range strings.Split(strings.TrimSpace(l), " · ") {
					if c := counted.FindStringSubmatch(part); c != nil {
						here = append(here, c[1])
					}
				}
				if len(here) == 0 {
					break // the draft begins
				}
				terms = append(terms, here...)
			}
			if len(terms) < 6 || !slices.Contains(terms, "by national authorities alone or a partner, reviewed after the rest") && !slices.Contains(terms, "by others, reviewed last") {
				t.Fatalf("%dx%d: the heading counts %q: the test shows little", size[0], size[1], terms)
			}
			press(t, m, "?")
			m.Update(resize(size[0], 200)) // the whole help at the width the heading had
			help := screenText(m)
			helpLines := strings.Split(help, "\n")
			for _, term := range terms {
				explained := false
				for i, l := range helpLines[:len(helpLines)-1] {
					meaning := strings.TrimSpace(helpLines[i+1])
					if strings.Contains(l, term) && strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "    ") && strings.HasPrefix(helpLines[i+1], "    ") && len(meaning) > 20 {
						explained = true
					}
				}
				if !explained {
					t.Errorf("%dx%d: the heading says %q, the review's help does not explain it:\n%s", size[0], size[1], term, help)
				}
			}
			m.Update(resize(size[0], size[1]))
			press(t, m, "end") // the words of the heading, at the foot of the help
			golden(t, m, size[0], size[1], "next start.")
		})
	}
}
