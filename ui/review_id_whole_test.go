package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The review of S/RES/1590 (2005) gives the id of paragraph 4(a)(iii)'s
// draft whole at every width, its source on the line below where the two
// do not fit on one: at 80 columns it read
// "id: 4-a-iii-observe-and-monitor-movement-…", and no key gave it whole.
func TestReviewGivesTheDraftsIDWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate1590)
			reviewUntil(t, m, func(a *model.Activity) bool { return a.Source.Ref == "4(a)(iii)" })
			id := m.draftReview().Draft().ID
			if len(id)+len("id: ") <= 80 && len(id)+len("id:  · source: S/RES/1590 (2005) 4(a)(iii)") <= 80 {
				t.Fatalf("id %q fits beside its source at 80 columns: the case tests nothing", id)
			}
			s := screenText(m)
			if !strings.Contains(s, "id: "+id) || strings.Contains(s, "…·") {
				t.Fatalf("the review does not give id %q whole:\n%s", id, s)
			}
			requireScreen(t, m, "source: S/RES/1590 (2005) 4(a)(iii)")
			golden(t, m, size[0], size[1], "id: ")
		})
	}
}
