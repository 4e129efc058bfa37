package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Who acts is whoever carries out the action (FRAMEWORK §2, v1.2): under a
// lead-in that asks the mission to support the authorities, a part that
// opens with an action of the mission's own is the mission's; a part that
// opens with help to others stays mission support, and a lead-in addressed
// to others keeps its parts theirs. The texts are written for this test.
func TestALeadInGivesWayToThePartsOwnAction(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	const support = "2. Decides that the mission shall assist the Government in establishing a secure environment and, to that end, shall:"
	const peace = "4. Decides that the mission shall support the implementation of the peace agreement by performing the following tasks:"
	const government = "5. Calls upon the Government to:"
	for _, c := range []struct {
		name, part, lead string
		want             string
	}{
		{"protection, the mission's own", "(a) Ensure the protection of civilians under threat in the camps;", support, "mission"},
		{"patrols, the mission's own", "(b) Carry out patrols along the main supply routes;", support, "mission"},
		{"monitoring, the mission's own", "(i) To monitor and verify the ceasefire and to investigate its violations;", peace, "mission"},
		{"help to others stays support", "(c) Support the authorities in the voluntary return of displaced persons;", support, "mission-support"},
		{"help to others stays support", "(d) Facilitate the demobilization of former combatants;", support, "mission-support"},
		{"advice given stays support", "(e) Provide advice to the national police on community policing;", support, "mission-support"},
		{"others' lead-in keeps its parts", "(a) Ensure the protection of civilians in the north;", government, "host-state"},
	} {
		t.Run(c.name+"/"+c.part, func(t *testing.T) {
			s := r.SuggestIn(c.part, c.lead)
			if got, _ := s.Facts.One(model.Implementer); got != c.want {
				t.Errorf("implementer %q, want %q", got, c.want)
			}
		})
	}
}
