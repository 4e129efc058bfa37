package ui

import (
	"fmt"

	"github.com/pocssr/pocssr/model"
)

// The export writes what the worksheet's list shows: with a filter, only
// the activities it matches; sorted or grouped, in the order shown. The
// export dialog says how many that is.

// shown lists the activities of the worksheet's list, in its order.
func (v *worksheetView) shown() []*model.Activity {
	n := v.rows()
	out := make([]*model.Activity, 0, n)
	for row := range n {
		out = append(out, v.sh.sheet.At(v.position(row)))
	}
	return out
}

// exportSheet is the worksheet to export: the whole one, or, when the list
// is filtered or ordered, a copy holding what it shows.
func (m *Model) exportSheet() *model.Worksheet {
	ws := m.sh.sheet.Worksheet()
	v := m.worksheet
	if v.matches == nil {
		return ws
	}
	part := model.New("")
	part.Mission, part.Mandate = ws.Mission, ws.Mandate
	part.Activities = v.shown()
	return part
}

// exportScope says in the export dialog what will be exported, and how many
// of those are drafts, which a briefing marks DRAFT.
func (m *Model) exportScope() string {
	scope := m.exportWhich()
	drafts := 0
	for _, a := range m.exportSheet().Activities {
		if a.Status == model.StatusDraft {
			drafts++
		}
	}
	switch {
	case drafts == 1:
		scope += " 1 of them is still a draft: a briefing marks it DRAFT (R reviews it)."
	case drafts > 1:
		scope += fmt.Sprintf(" %d of them are still drafts: a briefing marks them DRAFT (R reviews them).", drafts)
	}
	return scope
}

// exportWhich says which activities will be exported.
func (m *Model) exportWhich() string {
	total := m.sh.sheet.Len()
	v := m.worksheet
	v.refilter()
	switch {
	case v.filter.Value() != "":
		return fmt.Sprintf("Exports the %d of %d activities the filter “%s” shows (esc clears the filter for all of them), in the list's order.",
			v.rows(), total, cut(v.filter.Value(), 30))
	case v.matches != nil:
		return fmt.Sprintf("Exports all %s, in the list's order (%s).", plural(total, "activity", "activities"), v.orderCue())
	}
	return fmt.Sprintf("Exports all %s.", plural(total, "activity", "activities"))
}
