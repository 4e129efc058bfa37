package report

import (
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// AgendaWhileUnknown says which facts the agenda rule read are not known,
// where an agenda is placed all the same (", while combined ops and
// accountability are not known"): the agenda rests on them, and stated
// alone it read as settled. The walk-through and the live verdict say it
// alike. "" where every fact it read is known, or no agenda is placed.
func AgendaWhileUnknown(n *classify.AgendaPlacement) string {
	if n.Agenda == classify.Undetermined {
		return ""
	}
	var names []string
	for _, fv := range n.Facts() {
		if !fv.Value.Known {
			names = append(names, FactName(fv.Fact))
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return ", while " + names[0] + " is not known"
	}
	return ", while " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " are not known"
}
