package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The review's heading counts the drafts the engine takes as others' (who
// carries them out: national authorities alone or a partner) and names
// them so: a request whose words name no one to carry it out is not among
// them and comes first, where "asked of others, reviewed last" stood over
// it as though it were one. The help says so.
func TestReviewNamesTheDraftsItTakesLastByWhoActs(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := model.New("")
			request := &model.Activity{ID: "calls-upon", Title: "Calls upon all parties to respect the ceasefire", Status: model.StatusDraft,
				Source: model.Source{Document: "S/RES/9001 (2031)", Ref: "4", Text: "Calls upon all parties to respect the ceasefire"}}
			state := &model.Activity{ID: "police-reform", Title: "Reform of the national police", Status: model.StatusDraft,
				Source: model.Source{Document: "S/RES/9001 (2031)", Ref: "5", Text: "Urges the Government to reform the national police"}}
			state.Facts.SetOne(model.Implementer, "host-state")
			ws.Activities = append(ws.Activities, request, state)
			m := newTestModel(t, ws, size[0], size[1])
			press(t, m, "R")
			if m.draftReview().Draft() != request {
				t.Fatalf("the review began at %v, not the request that names no one", m.draftReview().Draft())
			}
			s := screenText(m)
			if strings.Contains(s, "asked of others") || !strings.Contains(s, "1 by others, reviewed last") && !strings.Contains(s, "1 by national authorities alone or a partner, reviewed after the rest") {
				t.Fatalf("the heading does not name the drafts it counts by who acts:\n%s", s)
			}
			golden(t, m, size[0], size[1], "Review of drafts")
			press(t, m, "?")
			for i := 0; i < 20 && !containsFlat(screenText(m), "A request whose words name no one to carry it out is not among them"); i++ {
				press(t, m, "pgdown")
			}
			if !containsFlat(screenText(m), "A request whose words name no one to carry it out is not among them") {
				t.Fatalf("the help does not say a request naming no one is reviewed with the rest:\n%s", screenText(m))
			}
		})
	}
}
