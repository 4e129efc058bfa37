package classify

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A risk's reason names the kinds its condition is about: support that the
// HRDDP covers is named by those kinds, not by the mission's own patrols
// beside them; governance work by its governance kinds. Where the activity
// has only such kinds, all are named.
func TestRiskReasonNamesTheKindsItIsAbout(t *testing.T) {
	rb := Default()
	facts := func(kinds ...string) model.Facts {
		var fs model.Facts
		fs.SetOne(model.Implementer, "mission-support")
		fs.SetSet(model.Kinds, kinds)
		fs.SetSet(model.Forces, []string{"police"})
		fs.SetOne(model.RightsRecord, "grave-ongoing")
		fs.SetOne(model.HRDDP, "not-done")
		fs.SetSet(model.Accountability, nil)
		return fs
	}
	label := func(k string) string { return rb.lowerLabel(model.Kinds, k) }
	for _, c := range []struct {
		risk      string
		kinds     []string
		say, omit []string
	}{
		{"grave-violations-support", []string{"capacity-training", "deterrence"}, []string{"through " + label("capacity-training") + ", which"}, []string{label("deterrence")}},
		{"hrddp-not-assessed", []string{"equipment", "interposition", "capacity-training"}, []string{"(" + label("equipment") + " and " + label("capacity-training") + ")"}, []string{label("interposition")}},
		{"governance-outside-hrddp", []string{"interposition", "accountability-support"}, []string{"(" + label("accountability-support") + ")"}, []string{label("interposition")}},
		{"capacity-without-accountability", []string{"deterrence", "equipment"}, []string{"(" + label("equipment") + ")"}, []string{label("deterrence")}},
		{"grave-violations-support", []string{"capacity-training", "equipment"}, []string{label("capacity-training") + " and " + label("equipment")}, nil},
	} {
		fs := facts(c.kinds...)
		r := rb.ClassifyFacts(&fs)
		var why string
		for _, k := range r.Risks {
			if k.Rule.ID == c.risk {
				why = k.Why
			}
		}
		if why == "" {
			t.Errorf("%s with kinds %v: not raised", c.risk, c.kinds)
			continue
		}
		for _, s := range c.say {
			if !strings.Contains(why, s) {
				t.Errorf("%s with kinds %v: %q lacks %q", c.risk, c.kinds, why, s)
			}
		}
		for _, s := range c.omit {
			if strings.Contains(why, s) {
				t.Errorf("%s with kinds %v: %q names %q, which it is not about", c.risk, c.kinds, why, s)
			}
		}
	}
}
