package cli

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify/report"
)

// activityNames is how check names a worksheet's activities, on every line
// alike (critical, overdue, critical still open, portfolio): by reference,
// as the screens and the briefing do ("2012·9", "#3", report.SourcesRef),
// with the id after it only where another activity of the worksheet has the
// same reference. Every activity is seen, whether or not the selection keeps
// it: a finding is judged over the whole worksheet.
type activityNames struct {
	count map[string]int    // activities per reference
	refs  map[string]string // each activity's reference, by id
}

// seen takes one activity of the worksheet: its id and its reference.
func (n *activityNames) seen(id, ref string) {
	if n.count == nil {
		n.count, n.refs = map[string]int{}, map[string]string{}
	}
	n.count[ref]++
	n.refs[id] = ref
}

// name names the activity of id, once the whole worksheet is seen.
func (n *activityNames) name(id string) string {
	ref, ok := n.refs[id]
	if !ok {
		return report.OneLine(id)
	}
	if n.count[ref] > 1 {
		return ref + " (" + report.OneLine(id) + ")"
	}
	return ref
}

// list names activities for one line of check: the first checkNamed and how
// many more, or every one when all is set.
func (n *activityNames) list(ids []string, all bool) string {
	more := ""
	if !all && len(ids) > checkNamed {
		ids, more = ids[:checkNamed], fmt.Sprintf(" and %d more (--all names every one)", len(ids)-checkNamed)
	}
	named := make([]string, len(ids))
	for i, id := range ids {
		named[i] = n.name(id)
	}
	return strings.Join(named, ", ") + more
}
