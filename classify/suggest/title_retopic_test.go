package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// primaryKinds is facts whose kinds are ks, the first primary.
func primaryKinds(ks ...string) *model.Facts {
	var fs model.Facts
	if ks != nil {
		fs.SetSet(model.Kinds, ks)
	}
	return &fs
}

// The topic an import put before a title follows the primary kind when the
// kind changes; a title that does not open with it is the planner's and
// stays as written.
func TestRetopicFollowsThePrimaryKind(t *testing.T) {
	rb := classify.Default()
	for _, c := range []struct {
		title         string
		before, after *model.Facts
		want          string
	}{
		{"Protection of civilians: consult with relevant parties", primaryKinds("interposition"), primaryKinds("poc-reporting"),
			"Reporting on threats to civilians: consult with relevant parties"},
		// the new primary kind is the one ranked first
		{"Protection of civilians: consult with relevant parties", primaryKinds("interposition"), primaryKinds("early-warning", "interposition"),
			"Early warning: consult with relevant parties"},
		// no kind left: no topic, the task's own words
		{"Protection of civilians: consult with relevant parties", primaryKinds("interposition"), primaryKinds(),
			"Consult with relevant parties"},
		// the planner's titles
		{"Consult the community alert networks", primaryKinds("interposition"), primaryKinds("poc-reporting"),
			"Consult the community alert networks"},
		{"Protection of civilians in Juba", primaryKinds("interposition"), primaryKinds("poc-reporting"),
			"Protection of civilians in Juba"},
		{"Early warning: consult with relevant parties", primaryKinds("interposition"), primaryKinds("poc-reporting"),
			"Early warning: consult with relevant parties"},
	} {
		got, changed := Retopic(rb, c.title, c.before, c.after)
		if got != c.want || changed != (c.want != c.title) {
			t.Errorf("%q, %v → %v: got %q (changed %v), want %q", c.title, c.before.Primary(), c.after.Primary(), got, changed, c.want)
		}
	}
}
