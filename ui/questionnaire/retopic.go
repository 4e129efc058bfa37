package questionnaire

import (
	"strings"

	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// retopic lets the topic an import put before an imported task's title
// ("Protection of civilians: consult ...") follow its primary kind when an
// answer changed it (suggest.Retopic decides). A title the planner typed
// here, or one that does not open with the topic the facts gave it, stays
// as written.
func (q *Screen) retopic(was *model.Facts) {
	a := q.activity
	if q.titleTyped || !q.whole[0] || strings.TrimSpace(a.Source.Text) == "" {
		return
	}
	if t, changed := suggest.Retopic(q.rb, a.Title, was, &a.Facts); changed {
		a.Title = t
		q.title.SetValue(t)
		q.followTitle()
	}
}
