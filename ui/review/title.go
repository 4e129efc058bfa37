package review

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// titleSign ends a draft's title the review shows short: one the import
// shortened (suggest.ShortenedTitle), or one cut for want of width. It
// names the key of the help, which gives the title whole (WholeText), as
// the questionnaire's heading does.
const titleSign = " (?)"

// titleLine is the draft's title as one line of width w, and whether it
// names the help (the title is shown short); "~" before it where its topic
// is only suggested (topicOnSuggested: component.TopicMark).
func titleLine(a *model.Activity, topicOnSuggested bool, w int) (line string, short bool) {
	if report.OneLine(a.Title) == "" {
		return component.Cut("(untitled)", w), false
	}
	title := component.TopicMark(topicOnSuggested) + report.OneLine(a.Title)
	if !suggest.ShortenedTitle(a) && ansi.StringWidth(title) <= w {
		return title, false
	}
	return component.Cut(title, w-ansi.StringWidth(titleSign)), true
}

// WholeText is the draft's title whole where the review shows it short:
// for one the import shortened, with the note the activity's screen gives
// under it and the paragraph it was cut from, whole.
func (r *Screen) WholeText() (heading, text string) {
	a := r.activity
	if a == nil || r.showLeftOut || !r.titleShort {
		return "", ""
	}
	name, whole := component.TitleWhole(component.TopicMark(r.ctx.Sheet.Verdict(a).TopicOnSuggested)+report.OneLine(a.Title), report.OneLine(a.Source.Text), suggest.ShortenedTitleSign(a))
	return name + ", whole", whole
}

// Recalled is what the status line said in short of the import of the
// draft shown (or of the list shown), whole, once the line has let it go:
// "+3 more (?)" named the help, which keeps it while the review keeps the
// import's lists; none after an undo of the import.
func (r *Screen) Recalled() (heading, text string) {
	l := r.list
	if !r.showLeftOut && r.activity != nil {
		l = r.listFor(r.activity)
	}
	if l == nil || l.setAside || l.note == "" {
		return "", ""
	}
	return "When " + report.OneLine(l.document) + " was imported, the status line said", l.note
}
