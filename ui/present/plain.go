package present

import (
	"fmt"
	"io"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// WritePlain is the presentation in plain text, for screen readers,
// scripts and terminals that cannot draw: every activity with where it sits on
// each reading, in words, one line each. Like the drawn one, it changes
// nothing.
func WritePlain(w io.Writer, rb *classify.Rulebook, ws *model.Worksheet) error {
	title := oneLine(ws.Mission)
	if title == "" {
		title = "Worksheet"
	}
	if _, err := fmt.Fprintf(w, "%s: %s on both readings\n", title, plural(len(ws.Activities), "activity", "activities")); err != nil {
		return err
	}
	for i, a := range ws.Activities {
		r := rb.Classify(a)
		p := placeOn(rb, &r, a.Facts.Primary())
		risk := "no risk found"
		if h := r.Highest(); h != "" {
			risk = plural(len(r.Risks), "risk", "risks") + ", the most serious " + string(h)
		}
		line := fmt.Sprintf("%s. %s — 2015 policy: %s; narrow reading: %s; %s", BoardNumber(a, i+1), oneLine(a.Title), p.Short2015, p.CaptionNarrow, risk)
		if sec := oneLine(classify.Section(a)); sec != "" {
			line += "; from “" + sec + "”"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}
