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
