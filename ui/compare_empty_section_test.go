package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// undescribed is a worksheet of one task whose activity is not described
// yet: its agenda waits for what it does and who carries it out.
func undescribed(mandate, text string) string {
	return fmt.Sprintf(`schema: pocssr/v1
mission: Example mission
mandate: %s
activities:
  - id: support-dialogue
    title: Support the national dialogue on the security forces
    source:
      document: %s
      ref: "4"
      text: %q
    status: reviewed
`, mandate, mandate, text)
}

// A section of a pair's account that has nothing to list says so whole,
// wrapped: the comparison cut “It is not yet in an agenda: the open
// questions above that the agenda waits for (…) will place it.” to the
// column with “…”, and no key showed it whole.
func TestComparisonWrapsASectionsEmptySentence(t *testing.T) {
	const waits = "It is not yet in an agenda: the open questions above that the agenda waits for (what the activity does and who carries it out) will place it."
	dir := t.TempDir()
	old, renewed := filepath.Join(dir, "old.yaml"), filepath.Join(dir, "new.yaml")
	for path, doc := range map[string]string{
		old:     undescribed("S/RES/9001 (2013)", "4. Supports the national dialogue on the future of the security forces;"),
		renewed: undescribed("S/RES/9002 (2014)", "4. Supports the national dialogue on the future of the security forces and their oversight;"),
	} {
		if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, loadTestSheet(t, old), size[0], size[1])
			press(t, m, "C")
			typeText(t, m, renewed)
			press(t, m, "enter", "enter")
			if m.front != compareScreen {
				t.Fatalf("the pair did not open: front %v, status %q", m.front, m.status)
			}
			for range 60 {
				if strings.Contains(screenText(m), "Source text") {
					break
				}
				press(t, m, "j")
			}
			requireScreen(t, m, "What would change the agenda", "Source text")
			// The sentence as one column holds it: OLD's column at 200.
			var column []string
			for _, l := range strings.Split(screenText(m), "\n") {
				l, _, _ = strings.Cut(l, " │ ")
				column = append(column, l)
			}
			text := strings.Join(column, "\n")
			if !containsFlat(text, waits) {
				t.Fatalf("the empty section is not said whole:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "Source text")
		})
	}
}
