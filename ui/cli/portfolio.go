package cli

import (
	"fmt"
	"io"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// checkNamed is how many activities check names on one line (the critical
// ones, a finding's); a long worksheet may have thousands. --all names every
// one.
const checkNamed = 6

// printAcross says, where the worksheet's activities come from several
// source documents, that its findings count each force across them all
// (report.AcrossDocuments), once, before the findings: also where none
// fires, since a task of one mandate may clear a finding of another.
func printAcross(w io.Writer, s model.Sources) {
	if l := report.AcrossDocuments(s); l != "" {
		fmt.Fprintf(w, "  across mandates: %s\n", l)
	}
}

// printFindings lists a worksheet's portfolio findings under its summary line,
// one line each, with the activities that raise it, named as names names them;
// a finding that fires only on the drafts' suggested answers (of changed) is
// marked "(~)".
func printFindings(w io.Writer, fs []classify.Finding, changed []classify.SuggestedChange, names *activityNames, all bool) {
	for i := range fs {
		f := &fs[i]
		fmt.Fprintf(w, "  %s: %s: %s\n", report.SuggestedCount("portfolio", changedTo(changed, f.Rule, f.Force, classify.FindingFires)),
			report.FindingHeading(f), names.list(f.Activities, all))
	}
}

// printOpenFindings lists the findings that only unknown facts hold back, one
// line each, with how many activities would settle them once answered; one
// held open only on the drafts' suggested answers (of changed) is marked "(~)".
func printOpenFindings(w io.Writer, os []classify.OpenFinding, changed []classify.SuggestedChange) {
	for i := range os {
		o := &os[i]
		fmt.Fprintf(w, "  %s: %s (%s): raised by %d, held back by %d; not known yet: %s\n",
			report.SuggestedCount("portfolio held open", changedTo(changed, o.Rule, o.Force, classify.FindingHeldOpen)),
			report.OneLine(o.Rule.Title), o.ForceLabel, len(o.Activities), o.HeldCount, o.UnknownText)
	}
}

// printSuggestedChanges lists, one line each, the findings the drafts'
// suggested answers change (report.SuggestedChangeText), the drafts named
// as names names them.
func printSuggestedChanges(w io.Writer, changed []classify.SuggestedChange, names *activityNames, all bool) {
	for i := range changed {
		c := &changed[i]
		fmt.Fprintf(w, "  changed by suggested answers: %s\n", report.SuggestedChangeText(c, names.list(c.Drafts, all)))
	}
}

// changedTo reports whether the suggested answers made the finding of
// rule on force what it now is, state.
func changedTo(changed []classify.SuggestedChange, rule *classify.PortfolioRule, force, state string) bool {
	for i := range changed {
		if c := &changed[i]; c.Rule == rule && c.Force == force && c.Now == state {
			return true
		}
	}
	return false
}
