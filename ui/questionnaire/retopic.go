package questionnaire

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/component"

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
		q.topicGone = ""
		if topic, rest, ok := strings.Cut(a.Title, ": "); ok && strings.EqualFold(rest, t) {
			q.topicGone = topic + ":"
		}
		a.Title = t
		q.title.SetValue(t)
		q.followTitle()
		if q.topicGone == "" {
			q.ctx.Send(topicNowNote(t, q.ctx.StatusRoom(q.width)))
		}
	}
}

// topicNowNote says, in w cells, that the title now reads title: its topic
// followed the kind chosen (retopic), which changed it with no word. The
// help (?) gives it whole where the line cuts it.
func topicNowNote(title string, w int) component.Status {
	whole := "Title now reads “" + title + "” (its topic follows the kind you chose)."
	if ansi.StringWidth(whole) <= w {
		return component.Status{Text: whole}
	}
	const tail = "” (topic follows the kind) (?)"
	text := "Title now reads “" + component.Cut(title, max(10, w-ansi.StringWidth("Title now reads “"+tail))) + tail
	return component.Status{Text: text, Full: whole}
}

// topicNote is note with, before it, that the title lost its topic (a
// kind unanswered took it away: retopic), where the last answer did. The
// line keeps to w cells, the help (?) giving it whole; note itself is best
// made to fit topicRoom(w).
func (q *Screen) topicNote(note component.Status, w int) component.Status {
	topic := q.topicGone
	if topic == "" {
		return note
	}
	whole := "Title no longer starts with “" + topic + "” (answering the kinds puts a topic back); " + lowerFirst(note.Full)
	text := topicLead(topic) + lowerFirst(note.Text)
	if ansi.StringWidth(text) > w {
		text = component.Cut(text, w-len(" (?)")) + " (?)"
	}
	return component.Status{Text: text, Full: whole, Err: note.Err}
}

// topicRoom is the room w leaves after topicNote's lead.
func (q *Screen) topicRoom(w int) int {
	if q.topicGone == "" {
		return w
	}
	return max(20, w-ansi.StringWidth(topicLead(q.topicGone)))
}

// topicLead is how the status line begins that the title lost its topic.
func topicLead(topic string) string { return "Title without “" + topic + "”; " }

// lowerFirst is s with its first letter small, to follow a semicolon.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToLower(string(r[0])) + string(r[1:])
}
