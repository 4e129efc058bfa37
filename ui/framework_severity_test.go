package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// The catalogue tags each risk with the rule's own severity; an activity
// whose answers raise it is listed with the severity it has there, read
// from the verdicts the worksheet keeps, so that the tags add up to the
// worksheet's counts (#9 of the demo raises "the same personnel" at high,
// the rule's own is medium).
func TestFrameworkSaysTheSeverityEachActivityRaisesARiskAt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3")
			rb := m.sh.sheet.Rulebook()
			before := rb.Classified()
			for i := 0; i < 400 && !containsFlat(screenText(m), "(high here)"); i++ {
				press(t, m, "down")
			}
			requireScreen(t, m, "Rises to high when", "Raised in this worksheet (1):")
			if s := screenText(m); !containsFlat(s, "#9 UNPOL policing alongside and mentoring the Liberian National Police (high here)") {
				t.Fatalf("the list does not say #9 raises it at high:\n%s", s)
			}
			if n := rb.Classified() - before; n != 0 {
				t.Errorf("the catalogue classified %d times on the loop", n)
			}
			golden(t, m, size[0], size[1], "Raised in this worksheet (1)")
		})
	}
}

// The catalogue's headings and its lists of the worksheet's activities
// wrap whole at every width, as its lists of cases do: on a worksheet whose
// activity raises sixteen risks, no line naming an activity (#n) or a
// severity is cut, from the top of the risks to the end of the findings.
func TestFrameworkRisksWrapTitlesWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), manySheet(t), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			press(t, m, "f", "3")
			var seen strings.Builder
			for i := 0; i < 200; i++ {
				s := screenText(m)
				seen.WriteString(s)
				lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
				// The last line is the key line, which may start with "[ previous case".
				for _, l := range lines[:len(lines)-1] {
					if line := strings.TrimSpace(l); strings.Contains(line, "…") && (strings.HasPrefix(line, "#") || strings.HasPrefix(line, "[") || strings.Contains(line, ": #")) {
						t.Errorf("a line is cut: %q", line)
					}
				}
				if !strings.Contains(s, "more:") {
					break
				}
				press(t, m, "pgdown")
			}
			for _, want := range []string{
				"[HIGH] The plan builds a force's capacity and nothing works on its accountability",
				"army: #1 Train, equip and vet the army and police while reporting publicly on abuses",
			} {
				if !containsFlat(seen.String(), want) {
					t.Errorf("the catalogue never shows %q whole", want)
				}
			}
			golden(t, m, size[0], size[1], "Raised in this worksheet")
		})
	}
}
