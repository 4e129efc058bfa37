package present

import (
	"fmt"
	"io"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// WritePlain is the presentation in plain text, for screen readers,
// scripts and terminals that cannot draw: every activity with where it sits on
// each reading, in words, one line each. Like the drawn one, it changes
// nothing.
func WritePlain(w io.Writer, rb *classify.Rulebook, ws *model.Worksheet) error {
	title := report.OneLine(ws.Mission)
	if title == "" {
		title = "Worksheet"
	}
	if _, err := fmt.Fprintf(w, "%s: %s on both readings\n", title, component.Plural(len(ws.Activities), "activity", "activities")); err != nil {
		return err
	}
	sources := model.SourcesOf(ws.Activities)
	for i, a := range ws.Activities {
		r := rb.Classify(a)
		p := placeOn(rb, &r, a.Facts.Primary())
		risk := "no risk found"
		if h := r.Highest(); h != "" {
			risk = component.Plural(len(r.Risks), "risk", "risks") + ", the most serious " + string(h)
		}
		line := fmt.Sprintf("%s. %s — 2015 policy: %s; narrow reading: %s; %s", BoardNumber(sources, a, i+1), report.OneLine(a.Title), p.Short2015, p.CaptionNarrow, risk)
		if sec := report.OneLine(classify.Section(a)); sec != "" {
			line += "; from “" + sec + "”"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}
