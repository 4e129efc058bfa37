package component

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/session"
)

// ReviewedNote is the status line of a draft just made reviewed, where
// that did more than change its status: the answers its words alone
// suggested that it dropped (dropped: session.Sheet.DropUnasked), and,
// when the verdict r (nil: not said) still has no agenda, which questions
// would place it (ReviewedSays, which the plain prompts say too).
// lead says what was done ("Accepted"), title names the draft. ok is false
// where there is nothing more to say. The line takes the first wording that
// fits w cells; the help (?) gives it whole.
func ReviewedNote(rb *classify.Rulebook, lead, title string, dropped session.Unasked, r *classify.Result, w int) (note Status, ok bool) {
	whole, short := ReviewedSays(rb, dropped, r)
	if len(whole) == 0 {
		return note, false
	}
	title = report.OneLine(title)
	note.Full = lead + " “" + title + "”: " + strings.Join(whole, "; ") + ". u undoes."
	// The title gives way first, to no fewer than 20 cells, then the
	// words; the title goes last: the draft in view is the next one.
	for _, body := range []string{
		strings.Join(whole, "; ") + ". u undoes.",
		strings.Join(short, "; ") + "; u undoes (?)",
	} {
		room := w - ansi.StringWidth(lead+" “”: "+body)
		if room >= ansi.StringWidth(title) {
			note.Text = lead + " “" + title + "”: " + body
			return note, true
		}
		if !strings.HasSuffix(body, "(?)") {
			body += " (?)" // a title cut is given whole by ?
			room -= len(" (?)")
		}
		if room >= 20 {
			note.Text = lead + " “" + CutTitle(title, room) + "”: " + body
			return note, true
		}
	}
	text := lead + ": " + strings.Join(short, "; ") + " (?)"
	if ansi.StringWidth(text) > w {
		text = Cut(lead+": "+strings.Join(short, "; "), w-len(" (?)")) + " (?)"
	}
	note.Text = text
	return note, true
}

// ReviewedSays is what a draft just made reviewed did beyond changing its
// status, as ReviewedNote says it, for the plain prompts to say in their
// own line: whole, each part in full ("dropped forces: army and police,
// which only its words suggested and no question asks now"), and short,
// the same parts for a narrow line ("dropped forces, only suggested").
// None where there is nothing more to say.
func ReviewedSays(rb *classify.Rulebook, dropped session.Unasked, r *classify.Result) (whole, short []string) {
	if r != nil && r.Agenda == classify.Undetermined {
		yet := "no tier or agenda yet"
		if r.Tier != 0 {
			yet = "no agenda yet"
		}
		var qs, names []string
		for _, f := range r.Narrow.WaitsFor {
			names = append(names, FactName(f))
			if q := rb.QuestionFor(f); q != nil {
				qs = append(qs, "“"+report.OneLine(q.Question)+"”")
			}
		}
		place := "its open questions would place it"
		if len(qs) > 0 {
			place = strings.Join(qs, " and ") + " would place it"
		}
		whole = append(whole, yet+" ("+place+")")
		short = append(short, yet+" ("+strings.Join(names, ", ")+")")
	}
	if len(dropped.Facts) > 0 {
		var was []string
		for _, f := range dropped.Facts {
			was = append(was, FactName(f)+": "+rb.ValueText(&dropped.Was, f))
		}
		whole = append(whole, "dropped "+strings.Join(was, "; ")+", which only its words suggested and no question asks now")
		short = append(short, "dropped "+FactList(dropped.Facts)+", only suggested")
	}
	return whole, short
}
