package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// accusedArmy is a new activity's description whose words give the rights
// record and state forces attacking civilians, neither asked with the kind
// read (presence).
const accusedArmy = "UN troops and soldiers of the national army patrol together in the district. Units of this army brigade are accused of killings of civilians."

// The words of a new activity gave "rights record: grave allegations ←
// “accused of killings”", set aside as no question asked it: once the
// planner ticked combined operations and the army, the rights-record
// question was asked with nothing of what was read, where the forces
// question in the same state said "read: army ← “soldiers” — …".
func TestUnaskedReadingShowsOnItsQuestionOnceAsked(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Joint patrols")
			press(t, m, "tab")
			typeText(t, m, accusedArmy)
			if s := screenText(m); !containsFlat(s, "rights record: grave allegations ← “accused of killings” — not asked with your answers") {
				t.Fatalf("the description page does not set the rights record aside:\n%s", s)
			}
			press(t, m, "tab", "tab")
			if m.qs().Fact != model.Kinds {
				t.Fatalf("the questionnaire asks %s, not the kinds", m.qs().Fact)
			}
			press(t, m, "A", "p", "tab") // Combined operations, made primary
			if m.qs().Fact != model.Forces {
				t.Fatalf("the questionnaire asks %s, not the forces", m.qs().Fact)
			}
			press(t, m, "1") // army
			for i := 0; i < 6 && m.qs().Fact != model.RightsRecord; i++ {
				press(t, m, "tab")
			}
			if m.qs().Fact != model.RightsRecord {
				t.Fatalf("the questionnaire asks %s, not the rights record", m.qs().Fact)
			}
			if s := screenText(m); !containsFlat(s, "read: grave allegations ← “accused of killings” — not suggested, as the kinds read did not ask for it; your answers do") {
				t.Fatalf("the rights-record question does not say what was read for it:\n%s", s)
			}
			golden(t, m, size[0], size[1], "read: grave allegations")
			for i := 0; i < 6 && m.qs().Fact != model.StateForcesAttackingCivilians; i++ {
				press(t, m, "tab")
			}
			if s := screenText(m); !containsFlat(s, "read: yes ← “army brigade are accused of killings of civilians”") {
				t.Fatalf("the question of state forces attacking civilians does not say what was read for it:\n%s", s)
			}
		})
	}
}
