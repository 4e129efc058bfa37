package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A planner's walk found: on a draft whose words suggest one kind,
// unticking it and pressing enter ticked it again (enter on a list not
// answered ticks the value under the cursor, and the cursor was on the
// value just unticked): the next question asked about the forces, and
// leaving said "Edited and reviewed" with the kind back. Enter after the
// planner unticked the list leaves it as the planner left it: not known,
// the draft a draft.
func TestEnterAfterUntickingTheOnlyKindKeepsItUnticked(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atTheOneSuggestedKind(t, size[0], size[1])
			press(t, m, "7", "enter")
			if st := m.qs(); st.Activity.Facts.Known(model.Kinds) {
				t.Fatalf("enter after unticking the only kind gave kinds %v", st.Activity.Facts[model.Kinds])
			}
			press(t, m, "esc")
			a := m.sh.sheet.Worksheet().Activities[oneKindRow]
			if a.Status != model.StatusDraft || a.Facts.Known(model.Kinds) {
				t.Fatalf("status %s, kinds %v: enter after unticking the only suggested kind is not a draft with kinds not known", a.Status, a.Facts[model.Kinds])
			}
		})
	}
}
