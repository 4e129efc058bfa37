package classify

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// An activity outside both agendas keeps the tier of its kind under the 2015
// policy: no reason given for it names another tier. Every kind, carried out
// by the mission and by partners, is tried.
func TestOutsideReasonsKeepTheTierOfTheKind(t *testing.T) {
	rb := Default()
	outside := 0
	for _, k := range rb.Kinds {
		for _, impl := range []string{"mission", "partner", "host-state"} {
			a := &model.Activity{ID: "a", Title: "a"}
			a.Facts.SetOne(model.Implementer, impl)
			a.Facts.SetSet(model.Kinds, []string{k.ID})
			r := rb.Classify(a)
			if r.Agenda != Outside {
				continue
			}
			outside++
			text := strings.Join(r.Reasons, " ") + " " + rb.Agenda(Outside).Description
			for _, tier := range []Tier{1, 2, 3} {
				if tier != r.Tier && strings.Contains(text, "Tier "+string(rune('0'+tier))+" POC") {
					t.Errorf("%s by %s, Tier %d: the reasons say Tier %d POC: %s", k.ID, impl, r.Tier, tier, text)
				}
			}
		}
	}
	if outside < 3 {
		t.Fatalf("only %d activities outside both agendas", outside)
	}
}
