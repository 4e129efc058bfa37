package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// OutputFinding is one portfolio finding of FRAMEWORK §8.
type OutputFinding struct {
	ID              string   `json:"id" yaml:"id"`
	Severity        string   `json:"severity" yaml:"severity"`
	Force           string   `json:"force" yaml:"force"`
	Activities      []string `json:"activities" yaml:"activities,flow"`
	Title           string   `json:"title" yaml:"title"`
	Why             string   `json:"why" yaml:"why"`
	Mitigation      string   `json:"mitigation" yaml:"mitigation"`
	Section         string   `json:"section" yaml:"section"`
	Recommendations []string `json:"recommendations" yaml:"recommendations,flow"`
	// WouldClear says what would clear it: an activity of which kinds on the force.
	WouldClear string   `json:"would_clear" yaml:"would_clear"`
	ClearKinds []string `json:"clear_kinds" yaml:"clear_kinds,flow"`
}

// NewOutputFindings converts findings to their §8 form; never nil, so that an
// empty list is written as [].
func NewOutputFindings(fs []classify.Finding) []OutputFinding {
	out := make([]OutputFinding, len(fs))
	for i, f := range fs {
		out[i] = OutputFinding{ID: f.Rule.ID, Severity: string(f.Severity), Force: f.Force,
			Activities: nonNil(f.Activities), Title: f.Rule.Title, Why: f.Why, Mitigation: f.Rule.Mitigation,
			Section: f.Rule.Section, Recommendations: nonNil(f.Rule.Recommendations),
			WouldClear: f.WouldClear, ClearKinds: nonNil(f.Rule.ClearKinds)}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// FindingHeading is a finding in one line: "[HIGH] title (id, force)".
func FindingHeading(f *classify.Finding) string {
	return fmt.Sprintf("[%s] %s (%s, %s)", strings.ToUpper(string(f.Severity)), f.Rule.Title, f.Rule.ID, f.ForceLabel)
}

// portfolioOf gathers a worksheet's portfolio findings.
func portfolioOf(rb *classify.Rulebook, ws *model.Worksheet) *classify.Portfolio {
	p := rb.NewPortfolio()
	for _, a := range ws.Activities {
		p.Add(a)
	}
	return p
}

// AcrossDocuments says, in one sentence, that a worksheet's portfolio
// findings count each force across the tasks of all its source documents
// together, where its activities come from several (FRAMEWORK §8 reads one
// worksheet, and a force is one force in all its mandates); "" where they
// come from one. Every place that shows or counts the findings says it,
// in these words, also when none fires: one may have been cleared by a
// task of another mandate.
func AcrossDocuments(s model.Sources) string {
	names := s.ShortNames()
	if len(names) < 2 {
		return ""
	}
	return "Findings count each force across the tasks of " + andList(names) +
		" together; one worksheet per mission keeps them apart."
}

// AcrossCount is what a count of a worksheet's portfolio findings adds
// where the worksheet holds the tasks of several documents, in full
// ("across 2012 and 2156") and in short ("across 2 mandates"), as
// AcrossDocuments says in a sentence; both "" where it holds one.
func AcrossCount(s model.Sources) (full, short string) {
	names := s.ShortNames()
	if len(names) < 2 {
		return "", ""
	}
	return "across " + andList(names), fmt.Sprintf("across %d mandates", len(names))
}

// ImportAcross is what an import that put a document's tasks in a
// worksheet holding another's says of the portfolio findings, in full
// ("portfolio findings now count each force across 2012 and 2156") and in
// short; both "" where the worksheet, after the import, holds one document.
func ImportAcross(s model.Sources) (full, short string) {
	names := s.ShortNames()
	if len(names) < 2 {
		return "", ""
	}
	return "portfolio findings now count each force across " + andList(names),
		"findings now count forces across " + andList(names)
}

// andList is "2012 and 2156", "2012, 2156 and 1925".
func andList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// OpenText says what holds an open finding back, in one sentence.
func OpenText(o *classify.OpenFinding) string {
	return fmt.Sprintf("%s (%s, %s): raised by %s, but %s might answer it; not known yet: %s.",
		o.Rule.Title, o.Rule.ID, o.ForceLabel, classify.ActivityList(o.Activities), o.HeldText(), o.UnknownText) + measuredSaid(o.Measured)
}

// WritePortfolioText writes a worksheet's portfolio findings as the text
// account's "Portfolio" section does, each with the activities that raise
// it, as the findings screen lists them, and the findings the drafts'
// suggested answers change (changed, as session.Sheet.PortfolioOnSuggested
// keeps them): for the plain prompts, which show the findings of one
// worksheet alone.
func WritePortfolioText(w io.Writer, rb *classify.Rulebook, ws *model.Worksheet, changed []classify.SuggestedChange, width int) {
	var b strings.Builder
	writePortfolio(&b, portfolioOf(rb, ws), changed, model.SourcesOf(ws.Activities), width, true)
	io.WriteString(w, b.String())
}

// writePortfolioText writes the "Portfolio" section of the text account: the
// findings, then those held open by facts not known yet, then those the
// drafts' suggested answers change; src are the source documents of the
// worksheet the findings were counted over.
func writePortfolioText(b sink, p *classify.Portfolio, changed []classify.SuggestedChange, src model.Sources, width int) {
	writePortfolio(b, p, changed, src, width, false)
}

// writePortfolio writes the findings, naming the activities that raise each
// where raisedBy: the account names them in its activities' sections; and,
// where src holds several documents, that the findings count each force
// across them (AcrossDocuments). A count the drafts' suggested answers
// change is marked "(~)" as the screens mark it (SuggestedCount), and the
// changes are listed last.
func writePortfolio(b sink, p *classify.Portfolio, changed []classify.SuggestedChange, src model.Sources, width int, raisedBy bool) {
	fs, open := p.Findings(), p.Open()
	fires, held := classify.Changes(changed)
	defer writeOpenText(b, open, changed, held, width)
	if len(fs) == 0 {
		b.WriteString(SuggestedCount("Portfolio: no finding across the activities with what is known", fires) + "\n")
	} else {
		b.WriteString(SuggestedCount("Portfolio", fires) + ":\n")
	}
	if across := AcrossDocuments(src); across != "" {
		wrap(b, across, "  ", "  ", width)
	}
	if len(fs) == 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		wrap(b, FindingHeading(f), "  ", "    ", width)
		wrap(b, "why: "+f.Why, "    ", "      ", width)
		if f.Measured != "" {
			wrap(b, "note: "+f.Measured, "    ", "      ", width)
		}
		wrap(b, "do: "+f.Rule.Mitigation, "    ", "      ", width)
		wrap(b, "would clear: "+f.WouldClear, "    ", "      ", width)
		wrap(b, "see: "+f.Rule.Section, "    ", "      ", width)
		if raisedBy {
			wrap(b, "raised by: "+classify.ActivityList(f.Activities), "    ", "      ", width)
		}
	}
}

// writeOpenText writes the findings held open, their heading marked "(~)"
// where held, and the findings the drafts' suggested answers change,
// naming the drafts by id as the account names its activities.
func writeOpenText(b sink, open []classify.OpenFinding, changed []classify.SuggestedChange, held bool, width int) {
	if len(open) > 0 {
		b.WriteString("  " + SuggestedCount("Held open by what is not known", held) + ":\n")
		for i := range open {
			wrap(b, OpenText(&open[i]), "    - ", "      ", width)
		}
	}
	if len(changed) > 0 {
		b.WriteString("  " + SuggestedChangedHeading + ":\n")
		for i := range changed {
			c := &changed[i]
			wrap(b, SuggestedChangeText(c, classify.ActivityList(c.Drafts))+".", "    ", "      ", width)
		}
	}
	b.WriteString("\n")
}

// measuredSaid is a finding's note on the accountability measures of the
// activities that raise it (classify.Finding.Measured), after a space; ""
// for none.
func measuredSaid(note string) string {
	if note == "" {
		return ""
	}
	return " " + note
}
