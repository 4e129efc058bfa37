package questionnaire

import (
	"strings"

	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// retopic lets the topic an import put before an imported task's title
// ("Protection of civilians: consult ...") follow its primary kind when an
// answer changed it, and come back when a "don't know" took it away
// (suggest.Retopic decides). A title the planner typed here, or one that is
// neither the topic the facts gave it with the task's words nor those words
// alone as the import drew them, stays as written.
func (q *Screen) retopic(was *model.Facts) {
	a := q.activity
	if q.titleTyped || !q.whole[0] || strings.TrimSpace(a.Source.Text) == "" {
		return
	}
	if t, changed := suggest.Retopic(q.rb, a, was); changed {
		a.Title = t
		q.title.SetValue(t)
		q.followTitle()
	}
}
