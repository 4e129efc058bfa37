package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// handWrittenDraft is a draft added by hand and half answered: three of
// the answers its words suggest were confirmed, two given by the planner,
// and "state forces attacking civilians: yes" is held as the words
// suggested it, never confirmed. The file keeps no confirmation: all the
// briefing knows is that it is a draft and what its words suggest.
func handWrittenDraft() *model.Activity {
	a := &model.Activity{ID: "joint-operations", Title: "Joint operations with the national police", Status: model.StatusDraft,
		Description: "The mission plans joint operations with national police units; police units are accused of killing civilians during disarmament"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations", "interposition"})
	a.Facts.SetSet(model.Forces, []string{"police"})
	a.Facts.SetSet(model.Accountability, []string{"internal-controls"})
	a.Facts.SetYes(model.StateForcesAttackingCivilians, true)
	return a
}

// The briefing's line on drafts says what it can know of them, that some
// of a draft's facts may be suggestions not yet confirmed: it said they
// were all suggested and nobody had reviewed them, of a draft half
// answered by hand. And a draft written by hand shows, as an imported one
// does, what its words suggested, read from its title and description: it
// showed nothing, the reader reading only a source paragraph.
func TestBriefingReadsAHandWrittenDraftsWords(t *testing.T) {
	rb := classify.Default()
	ws := model.New("")
	ws.Activities = []*model.Activity{handWrittenDraft()}
	sh := Sheet{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}
	for _, f := range []Format{Markdown, HTML, Text} {
		var b bytes.Buffer
		if err := Write(&b, rb, f, []Sheet{sh}); err != nil {
			t.Fatal(err)
		}
		got := strings.Join(strings.Fields(strings.NewReplacer("<strong>", "", "</strong>", "", "**", "", "&#39;", "'", `\_`, "_", "</dt><dd>", ": ").Replace(b.String())), " ")
		if strings.Contains(got, "nobody has reviewed") || strings.Contains(got, "facts suggested from the text") {
			t.Errorf("%s: the briefing says nobody reviewed a draft half answered:\n%s", f, got)
		}
		wants := []string{"Read from the title and description (not yet confirmed):", "state forces attacking civilians: yes ← “"}
		if f == Text {
			wants = []string{"Read from the title and description:", "state forces attacking civilians: yes ← “"}
		} else {
			wants = append(wants, "some of a draft's facts may be suggestions from its words that nobody has confirmed yet",
				"(not yet reviewed: some facts may be only suggested)")
		}
		for _, want := range wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %q:\n%s", f, want, got)
			}
		}
	}
	// A hand-written activity reviewed is the planner's: no reading.
	ws.Activities[0].Status = model.StatusReviewed
	var b bytes.Buffer
	if err := Write(&b, rb, Markdown, []Sheet{sh}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Read from") {
		t.Errorf("a reviewed activity written by hand shows a reading:\n%s", b.String())
	}
}
