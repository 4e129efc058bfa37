package model

import "testing"

// Same tells an activity edited in any part it keeps from one that is not,
// and does not count where a copy was read from.
func TestSameTellsEveryEditedPart(t *testing.T) {
	base := func() *Activity {
		a := &Activity{ID: "fib", Title: "Joint offensive", Description: "Planned with the army.", Notes: "n",
			Source: Source{Document: "Case library", Ref: "1"}, Status: StatusReviewed, HRDDPReview: "2026-01-01",
			Register: Register{{Risk: "grave-violations", Status: Planned, Owner: "HRDDP focal point"}}}
		a.Facts.SetOne(Implementer, "mission")
		a.Facts.SetSet(Kinds, []string{"combined-operations"})
		return a
	}
	if a := base(); !a.Same(a.Clone()) {
		t.Fatal("a copy is not the same as what it copies")
	}
	for name, edit := range map[string]func(a *Activity){
		"id":           func(a *Activity) { a.ID = "other" },
		"title":        func(a *Activity) { a.Title += "!" },
		"description":  func(a *Activity) { a.Description = "" },
		"fact":         func(a *Activity) { a.Facts.SetOne(Implementer, "host-state") },
		"kinds' order": func(a *Activity) { a.Facts.SetSet(Kinds, []string{"combined-operations", "vetting"}) },
		"notes":        func(a *Activity) { a.Notes = "" },
		"source":       func(a *Activity) { a.Source.Ref = "2" },
		"status":       func(a *Activity) { a.Status = StatusDraft },
		"register":     func(a *Activity) { a.Register[0].Owner = "" },
		"HRDDP review": func(a *Activity) { a.HRDDPReview = "" },
	} {
		a, b := base(), base()
		edit(b)
		if a.Same(b) || b.Same(a) {
			t.Errorf("an activity with its %s edited is the same", name)
		}
	}
}
