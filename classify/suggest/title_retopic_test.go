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

// imported is a draft of paragraph 8 titled title, its id made of own, the
// words the import drew its title from.
func imported(title, own string, fs *model.Facts) *model.Activity {
	return &model.Activity{ID: model.Slug("8 " + own), Title: title, Facts: *fs,
		Source: model.Source{Ref: "8", Text: "Requests the mission to " + own}}
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
		got, changed := Retopic(rb, imported(c.title, "consult with relevant parties", c.after), c.before)
		if got != c.want || changed != (c.want != c.title) {
			t.Errorf("%q, %v → %v: got %q (changed %v), want %q", c.title, c.before.Primary(), c.after.Primary(), got, changed, c.want)
		}
	}
}

// A topic a "don't know" took away from the task's own words comes back
// when the kind is answered again; a title the planner wrote in their own
// words, with no topic, stays as they wrote it whatever the kinds.
func TestRetopicBringsTheTopicBackToTheImportsWords(t *testing.T) {
	rb := classify.Default()
	const own = "continue to support this process"
	a := imported("Mediation: continue to support this process", own, primaryKinds("mediation"))
	before := a.Facts.Clone()
	a.Facts = model.Facts{}
	gone, changed := Retopic(rb, a, &before)
	if gone != "Continue to support this process" || !changed {
		t.Fatalf("kinds not known: %q (changed %v)", gone, changed)
	}
	a.Title, before = gone, a.Facts.Clone()
	a.Facts = *primaryKinds("mediation")
	if back, changed := Retopic(rb, a, &before); back != "Mediation: continue to support this process" || !changed {
		t.Errorf("Mediation answered again: %q (changed %v), want the topic back", back, changed)
	}

	mine := imported("Keep the talks going in Bangui", own, primaryKinds())
	if got, changed := Retopic(rb, mine, primaryKinds()); changed || got != mine.Title {
		t.Errorf("the planner's title became %q (changed %v)", got, changed)
	}
	mine.Facts = *primaryKinds("mediation")
	if got, changed := Retopic(rb, mine, primaryKinds()); changed || got != mine.Title {
		t.Errorf("the planner's title became %q when Mediation was answered (changed %v)", got, changed)
	}
}

// A topic that comes and goes keeps the task's words as they were: the
// kinds answered back as before give the title back exactly, however long
// the words and whichever topic stood before them in the meantime.
func TestRetopicGivesTheTitleBackWhole(t *testing.T) {
	rb := classify.Default()
	for _, c := range []struct {
		title, own        string
		before, meanwhile *model.Facts
	}{
		// a long title cut by the import: a topic put before it took its
		// last words ("the Secretary-General's intention to…")
		{"Strongly supports in this regard the Secretary-General's intention to…",
			"strongly supports in this regard the secretary-general's intention to",
			primaryKinds(), primaryKinds("deterrence")},
		{"Protection of civilians: consult with relevant parties on the modalities of a long process of return",
			"consult with relevant parties on the modalities of a long process of return",
			primaryKinds("interposition"), primaryKinds("poc-reporting")},
		{"Protection of civilians: consult with relevant parties", "consult with relevant parties",
			primaryKinds("interposition"), primaryKinds()},
		{"A temporary increase of the force's strength", "a temporary increase of the force's strength",
			primaryKinds(), primaryKinds("deterrence")},
	} {
		a := imported(c.title, c.own, c.before)
		a.Facts = *c.meanwhile
		between, changed := Retopic(rb, a, c.before)
		if !changed {
			t.Errorf("%q: no topic change when %v became %v", c.title, c.before.Primary(), c.meanwhile.Primary())
			continue
		}
		a.Title, a.Facts = between, *c.before
		if back, _ := Retopic(rb, a, c.meanwhile); back != c.title {
			t.Errorf("%q → %q → %q, want it back as it was", c.title, between, back)
		}
	}
}
