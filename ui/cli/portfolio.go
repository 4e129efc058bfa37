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
// one line each, with the activities that raise it, named as names names them.
func printFindings(w io.Writer, fs []classify.Finding, names *activityNames, all bool) {
	for i := range fs {
		f := &fs[i]
		fmt.Fprintf(w, "  portfolio: %s: %s\n", report.FindingHeading(f), names.list(f.Activities, all))
	}
}

// printOpenFindings lists the findings that only unknown facts hold back, one
// line each, with how many activities would settle them once answered.
func printOpenFindings(w io.Writer, os []classify.OpenFinding) {
	for i := range os {
		o := &os[i]
		fmt.Fprintf(w, "  portfolio held open: %s (%s): raised by %d, held back by %d; not known yet: %s\n",
			report.OneLine(o.Rule.Title), o.ForceLabel, len(o.Activities), o.HeldCount, o.UnknownText)
	}
}
