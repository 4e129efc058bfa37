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
//
// read reads a draft's words (the facts they suggest; nil reads none): a
// risk that fires only on answers they suggest is marked "~", as the drawn
// board and the worksheet mark it.
func WritePlain(w io.Writer, rb *classify.Rulebook, ws *model.Worksheet, read func(*model.Activity) *model.Facts) error {
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
		if read != nil && a.Status == model.StatusDraft {
			r = rb.ClassifySuggested(a, "", rb.SuggestedAnswers(a, read(a), nil))
		}
		// A reading that rests on suggested answers is marked "~" as
		// the worksheet marks it (placeOn).
		p := placeOn(rb, &r, a.Facts.Primary())
		risk := report.RiskPhrase(&r, func(_ classify.Severity, s string) string { return s })
		line := fmt.Sprintf("%s. %s — 2015 policy: %s; narrow reading: %s; %s", BoardNumber(sources, a, i+1), component.TopicMark(r.TopicOnSuggested)+report.OneLine(a.Title), p.Short2015, p.CaptionNarrow, risk)
		if sec := report.OneLine(classify.Section(a)); sec != "" {
			line += "; from “" + sec + "”"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}
