package model

import (
	"slices"
	"testing"
)

// reading builds activities of document doc: id, paragraph, status.
func reading(doc string, acts ...[3]string) []*Activity {
	var out []*Activity
	for _, a := range acts {
		out = append(out, &Activity{ID: a[0], Title: "Task " + a[1], Status: Status(a[2]), Source: Source{Document: doc, Ref: a[1]}})
	}
	return out
}

func ids(acts []*Activity) []string {
	var out []string
	for _, a := range acts {
		out = append(out, a.ID)
	}
	return out
}

// A new reading replaces the document's drafts where the first stood, keeps
// each register on the draft of the same paragraph, keeps an earlier draft
// whose register has nowhere to go (after the new drafts), leaves reviewed
// activities as they are without a new draft, never touches another
// document's activities, and gives a draft whose id stays taken a new one.
func TestReplaceDocumentKeepsWhatWasRecorded(t *testing.T) {
	const doc = "S/RES/9 (2030)"
	other := &Activity{ID: "keep", Source: Source{Document: "S/RES/1 (2000)", Ref: "1"}, Status: StatusReviewed}
	earlier := reading(doc, [3]string{"a1", "1", "draft"}, [3]string{"a2", "2", "draft"}, [3]string{"a3", "3", "draft"}, [3]string{"r4", "4", "reviewed"})
	earlier[0].Register = Register{{Risk: "dual-role", Status: InPlace, Owner: "Force headquarters"}}
	earlier[2].Register = Register{{Risk: "no-community-input", Status: Planned}}
	earlier[2].HRDDPReview = "2030-01-31"
	ws := &Worksheet{Activities: append([]*Activity{other}, append(earlier, &Activity{ID: "last"})...)}

	// Paragraph 3 is gone, 4 is read again, 5 is new and its id is that of
	// the reviewed activity, which stays.
	drafts := reading(doc, [3]string{"n1", "1", "draft"}, [3]string{"n2", "2", "draft"}, [3]string{"n4", "4", "draft"}, [3]string{"r4", "5", "draft"})
	drafts[0].Register = Register{{Risk: "dual-role", Status: NotStarted}} // the draft's own entry stays
	r := ws.ReplaceDocument(doc, drafts)

	want := []string{"keep", "n1", "n2", "r4", "r4-2", "a3", "last"}
	if got := ids(ws.Activities); !slices.Equal(got, want) {
		t.Fatalf("activities %v, want %v", got, want)
	}
	if r.Replaced != 3 || r.Kept != 1 || r.Reviewed != 1 || r.Added != 3 || r.Renamed != 1 || len(r.Stale) != 1 || r.Stale[0] != earlier[2] {
		t.Errorf("reimport %+v", r)
	}
	if e := drafts[0].Register.Entry("dual-role"); e == nil || e.Status != NotStarted || len(drafts[0].Register) != 1 {
		t.Errorf("the draft's own entry was overwritten: %+v", drafts[0].Register)
	}
	if ws.Activities[5].HRDDPReview != "2030-01-31" || len(ws.Activities[5].Register) != 1 {
		t.Errorf("the stale draft lost its register: %+v", ws.Activities[5])
	}
	if ws.Activities[3] != earlier[3] {
		t.Error("the reviewed activity was replaced")
	}
}

// The earlier register goes to the draft of its paragraph even when the new
// reading gives it another id; where a paragraph had two activities, only
// the id decides, and an unmatched one stays, never mixed with the other.
func TestReplaceDocumentMatchesByParagraphThenID(t *testing.T) {
	const doc = "S/RES/9 (2030)"
	for _, c := range []struct {
		name             string
		earlier, drafts  [][3]string
		wantOn           string // the draft id that gets the first earlier entry
		wantKept, wantSt int
	}{
		{"same paragraph, new id", [][3]string{{"old", "7", "draft"}}, [][3]string{{"new", "7", "draft"}}, "new", 1, 0},
		{"paragraph gone, same id", [][3]string{{"same", "7", "draft"}}, [][3]string{{"same", "8", "draft"}}, "same", 1, 0},
		{"paragraph split, by id", [][3]string{{"x", "3", "draft"}, {"y", "3", "draft"}}, [][3]string{{"x", "3", "draft"}}, "x", 1, 1},
		{"nothing matches", [][3]string{{"old", "7", "draft"}}, [][3]string{{"new", "8", "draft"}}, "", 0, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			earlier := reading(doc, c.earlier...)
			for i, a := range earlier {
				a.Register = Register{{Risk: "dual-role", Status: MitigationStatuses[i]}}
			}
			drafts := reading(doc, c.drafts...)
			ws := &Worksheet{Activities: earlier}
			r := ws.ReplaceDocument(doc, drafts)
			if r.Kept != c.wantKept || len(r.Stale) != c.wantSt {
				t.Errorf("kept %d, stale %d; want %d, %d", r.Kept, len(r.Stale), c.wantKept, c.wantSt)
			}
			for _, d := range drafts {
				if e := d.Register.Entry("dual-role"); e != nil && (d.ID != c.wantOn || e.Status != MitigationStatuses[0]) {
					t.Errorf("draft %s has %+v", d.ID, d.Register)
				}
			}
			entries := 0
			for _, a := range ws.Activities {
				entries += len(a.Register)
			}
			if entries != len(earlier) {
				t.Errorf("%d entries in the worksheet, want %d: one was dropped or copied", entries, len(earlier))
			}
		})
	}
}

// A reviewed activity keeps its place among the new drafts (that of its
// paragraph, or after the one before it when the reading has none); a draft
// a person brought back from the paragraphs left out stays where it was;
// a paragraph a person took out stays out; all with their registers.
func TestReplaceDocumentKeepsThePlannersWork(t *testing.T) {
	const doc = "S/RES/9 (2030)"
	for _, c := range []struct {
		name    string
		earlier [][3]string
		drafts  [][3]string
		leftOut [][3]string
		keep    bool
		want    []string
		// restored, discarded, reviewed
		counts [3]int
	}{
		{"reviewed keep their place", [][3]string{{"a1", "1", "reviewed"}, {"a2", "2", "draft"}, {"a3", "3", "reviewed"}},
			[][3]string{{"n1", "1", "draft"}, {"n2", "2", "draft"}, {"n3", "3", "draft"}, {"n4", "4", "draft"}}, nil, false,
			[]string{"a1", "n2", "a3", "n4"}, [3]int{0, 0, 2}},
		{"a reviewed one the reading lost stays after the one before it", [][3]string{{"a1", "1", "draft"}, {"a2", "2", "reviewed"}, {"a3", "3", "draft"}},
			[][3]string{{"n1", "1", "draft"}, {"n3", "3", "draft"}}, nil, false,
			[]string{"n1", "a2", "n3"}, [3]int{0, 0, 1}},
		{"a restored paragraph stays", [][3]string{{"a1", "1", "draft"}, {"s2", "2", "draft"}, {"a3", "3", "draft"}},
			[][3]string{{"n1", "1", "draft"}, {"n3", "3", "draft"}}, [][3]string{{"x2", "2", "draft"}}, false,
			[]string{"n1", "s2", "n3"}, [3]int{1, 0, 0}},
		{"a discarded paragraph stays out", [][3]string{{"a1", "1", "reviewed"}, {"a3", "3", "draft"}},
			[][3]string{{"n1", "1", "draft"}, {"n2", "2", "draft"}, {"n3", "3", "draft"}}, nil, true,
			[]string{"a1", "n3"}, [3]int{0, 1, 1}},
		{"two discarded paragraphs stay out", [][3]string{{"a3", "3", "draft"}},
			[][3]string{{"n1", "1", "draft"}, {"n2", "2", "draft"}, {"n3", "3", "draft"}}, nil, true,
			[]string{"n3"}, [3]int{0, 2, 0}},
		{"without the options the reading decides", [][3]string{{"a1", "1", "draft"}, {"s2", "2", "draft"}},
			[][3]string{{"n1", "1", "draft"}, {"n3", "3", "draft"}}, nil, false,
			[]string{"n1", "n3"}, [3]int{0, 0, 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			earlier := reading(doc, c.earlier...)
			for _, a := range earlier {
				if a.Status != StatusDraft {
					a.Register = Register{{Risk: "dual-role", Status: InPlace}}
					a.HRDDPReview = "2030-01-31"
				}
			}
			before := &Activity{ID: "before", Source: Source{Document: "other"}}
			after := &Activity{ID: "after"}
			ws := &Worksheet{Activities: append(append([]*Activity{before}, earlier...), after)}
			r := ws.ReplaceDocumentWith(doc, reading(doc, c.drafts...), ReplaceOptions{LeftOut: reading(doc, c.leftOut...), KeepDiscards: c.keep})
			want := append(append([]string{"before"}, c.want...), "after")
			if got := ids(ws.Activities); !slices.Equal(got, want) {
				t.Errorf("activities %v, want %v", got, want)
			}
			if got := [3]int{r.Restored, r.Discarded, r.Reviewed}; got != c.counts {
				t.Errorf("restored, discarded, reviewed %v, want %v", got, c.counts)
			}
			// The drafts kept out are named, for the planner to bring back.
			if len(r.DiscardedDrafts) != r.Discarded {
				t.Errorf("%d discarded, %d named", r.Discarded, len(r.DiscardedDrafts))
			}
			for _, d := range r.DiscardedDrafts {
				if slices.Contains(ws.Activities, d) {
					t.Errorf("%s is named discarded but stands in the worksheet", d.ID)
				}
			}
			for _, a := range earlier {
				if a.Status != StatusDraft && (len(a.Register) != 1 || a.HRDDPReview == "") {
					t.Errorf("%s lost its register", a.ID)
				}
			}
		})
	}
}

// A new reading whose ids avoided the earlier drafts' own (as an import into
// a worksheet that still holds them does) gives each replacing draft the id
// of the earlier draft of its paragraph back, so that importing the same
// text again changes no id, however often; a new paragraph keeps the id it
// was read with, and an id an activity that stays has is never given twice.
func TestReplaceDocumentKeepsTheIDsOfTheParagraphs(t *testing.T) {
	first := func() *Worksheet {
		w := New("")
		w.Activities = append(reading("S/RES/1", [3]string{"5-support", "5", "draft"}, [3]string{"6-patrol", "6", "draft"},
			[3]string{"7-train", "7", "reviewed"}), reading("S/RES/2", [3]string{"1-other", "1", "draft"})...)
		return w
	}
	w := first()
	for round := 1; round <= 3; round++ {
		w.ReplaceDocument("S/RES/1", reading("S/RES/1", [3]string{"5-support-2", "5", "draft"}, [3]string{"6-patrol-2", "6", "draft"},
			[3]string{"7-train-2", "7", "draft"}, [3]string{"8-new-2", "8", "draft"}))
		want := []string{"5-support", "6-patrol", "7-train", "8-new-2", "1-other"}
		if got := ids(w.Activities); !slices.Equal(got, want) {
			t.Fatalf("round %d: ids %v, want %v", round, got, want)
		}
	}
	// The earlier id is kept only where nothing that stays has it.
	w = first()
	w.Activities[3].ID = "5-support"
	w.ReplaceDocument("S/RES/1", reading("S/RES/1", [3]string{"5-support-2", "5", "draft"}))
	if got, want := ids(w.Activities), []string{"5-support-2", "7-train", "5-support"}; !slices.Equal(got, want) {
		t.Fatalf("ids %v, want %v", got, want)
	}
}
