package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
)

// checkNamed is how many of a finding's activities check names; a long
// worksheet's finding may have thousands.
const checkNamed = 6

// printFindings lists a worksheet's portfolio findings under its summary line,
// one line each, with the activities that raise it.
func printFindings(w io.Writer, fs []classify.Finding) {
	for i := range fs {
		f := &fs[i]
		ids := f.Activities
		more := ""
		if len(ids) > checkNamed {
			ids, more = ids[:checkNamed], fmt.Sprintf(" and %d more", len(ids)-checkNamed)
		}
		fmt.Fprintf(w, "  portfolio: %s: %s%s\n", report.FindingHeading(f), report.OneLine(strings.Join(ids, ", ")), more)
	}
}

// printOpenFindings lists the findings that only unknown facts hold back, one
// line each, with how many activities would settle them once answered.
func printOpenFindings(w io.Writer, os []classify.OpenFinding) {
	for i := range os {
		o := &os[i]
		fmt.Fprintf(w, "  portfolio held open: %s (%s): raised by %d, held back by %d whose implementer, kinds or forces are not known\n",
			report.OneLine(o.Rule.Title), o.Force, len(o.Activities), o.HeldCount)
	}
}
