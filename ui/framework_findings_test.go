package ui

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// The framework's portfolio findings ("Across the worksheet, for each
// force") say, as each risk of the catalogue does, whether the worksheet
// open raises them: for which forces and by which activities, as P finds
// them (a first use found every risk with its line and no finding with
// one). They are read from the worksheet's running tally and the verdicts
// it keeps: showing the section, scrolling it and a resize classify
// nothing.
func TestFrameworkFindingsSayWhatTheWorksheetRaises(t *testing.T) {
	rb, err := classify.Load(filepath.Join("..", "classify", "rulebook.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(rb, manySheet(t), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			// The first opening links the library's cases to the risks, once.
			press(t, m, "f", "3")
			_ = m.View()
			before := rb.Classified()
			press(t, m, "1", "3", "end")
			m.Update(resize(size[0]+1, size[1]))
			m.Update(resize(size[0], size[1]))
			press(t, m, "end")
			_ = m.View()
			if n := rb.Classified() - before; n != 0 {
				t.Errorf("the framework's risks classified %d times on the loop", n)
			}
			s := screenText(m)
			for _, want := range []string{
				"Raised in this worksheet (2 forces, P):",
				"army: #1 Train, equip and vet the army",
				"police: #1 Train, equip and vet the army",
				"Raised in this worksheet: for none of its forces",
			} {
				if !containsFlat(s, want) {
					t.Fatalf("the findings lack %q:\n%s", want, s)
				}
			}
			golden(t, m, size[0], size[1], "2 forces, P")
		})
	}
}
