package ui

import (
	"fmt"
	"io"

	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/briefview"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/present"
	"github.com/pocssr/pocssr/ui/review"
)

// The export writes what the worksheet's list shows: with a filter, only
// the activities it matches; sorted or grouped, in the order shown. The
// export dialog says how many that is; the briefing's heading says the
// filter, each activity keeps its number in the worksheet and the
// portfolio findings are of the whole worksheet. y copies one activity's line.

// exportSheet is the worksheet to export: the whole one, or, when the list
// is filtered or ordered, a copy holding what it shows.
func (m *Model) exportSheet() *model.Worksheet {
	ws := m.sh.sheet.Worksheet()
	shown := m.worksheet.Shown()
	if shown == nil {
		return ws
	}
	part := model.New("")
	part.Mission, part.Mandate = ws.Mission, ws.Mandate
	part.Activities = shown
	return part
}

// exported is a detached copy of what the export writes: the activities
// the list shows and, when it is filtered or ordered, the whole worksheet
// they were kept from, so that each keeps its number there and the
// portfolio findings are of the whole worksheet, as P shows them.
type exported struct {
	sheet     *model.Worksheet // what the list shows, in its order
	whole     *model.Worksheet // nil when sheet is the whole worksheet
	positions []int            // the place (from 1) in whole of each of sheet's activities
	filter    string           // the list's filter, which the briefing's heading says
	// confirmed are the answers of its drafts confirmed in this session:
	// the reports mark "~" what the screens mark, though the file keeps
	// no confirmation.
	confirmed report.Confirmations
	// leftOut is what the imports of this session left out, which the
	// briefing lists (review.Screen.LeftOutNow).
	leftOut []report.LeftOut
}

// exportCopy is a detached copy of what the export writes.
func (m *Model) exportCopy() exported {
	ws := m.sh.sheet.Worksheet()
	whole := ws.Detach()
	x := exported{sheet: whole, confirmed: m.sh.sheet.ConfirmedIn(ws, whole), leftOut: m.leftOutOnImport()}
	at := m.worksheet.ShownPositions()
	if at == nil {
		return x
	}
	part := model.New("")
	part.Mission, part.Mandate = whole.Mission, whole.Mandate
	for _, p := range at {
		part.Activities = append(part.Activities, whole.Activities[p])
		x.positions = append(x.positions, p+1)
	}
	x.sheet, x.whole, x.filter = part, whole, m.worksheet.Filter()
	return x
}

// reportSheet is the sheet a report is written from, named file.
func (x exported) reportSheet(file string) report.Sheet {
	sh := report.Sheet{File: file, Worksheet: x.sheet, Confirmed: x.confirmed, LeftOut: x.leftOut,
		Whole: x.whole, Positions: x.positions, Filter: x.filter}
	if x.whole != nil {
		sh.Of = len(x.whole.Activities)
	}
	return sh
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
	shown := v.Shown()
	switch {
	case v.Filter() != "":
		return fmt.Sprintf("Exports the %d of %d activities the filter “%s” shows (esc clears the filter for all of them), in the list's order.",
			len(shown), total, cut(v.Filter(), 30))
	case shown != nil:
		return fmt.Sprintf("Exports all %s, in the list's order (%s).", plural(total, "activity", "activities"), v.OrderCue())
	}
	return fmt.Sprintf("Exports all %s.", plural(total, "activity", "activities"))
}

// briefingOf is what b shows: the briefing of what the export would
// write, copied so that editing goes on while it is rendered.
func (m *Model) briefingOf() briefview.Of {
	rb := m.sh.rb
	x := m.exportCopy()
	return briefview.Of{Sheet: x.sheet, File: m.reportName(), PreparedBy: m.sh.briefing.PreparedBy, Today: m.sh.sheet.Today(),
		Readings:  func() report.Readings { return suggest.DraftReader(rb) },
		Confirmed: x.confirmed, LeftOut: x.leftOut, Whole: x.whole, Positions: x.positions, Filter: x.filter}
}

// leftOutOnImport is what the imports of this session left out, as the
// review keeps it.
func (m *Model) leftOutOnImport() []report.LeftOut {
	return m.nav.screens[reviewScreen].(*review.Screen).LeftOutNow()
}

// reportName names the worksheet in a report: its file, else "worksheet".
func (m *Model) reportName() string {
	if p := m.sh.sheet.Worksheet().Path(); p != "" {
		return p
	}
	return "worksheet"
}

// resizer is a screen that has work to do, beside the event loop, when
// the terminal's size changed (the briefing renders again at the width).
type resizer interface{ Resized() tea.Cmd }

// resized lets the open screens that draw at the width catch up with it.
func (m *Model) resized() tea.Cmd {
	var cmds []tea.Cmd
	for _, id := range m.nav.stack {
		if r, ok := m.nav.screens[id].(resizer); ok {
			cmds = append(cmds, r.Resized())
		}
	}
	return tea.Batch(cmds...)
}

// clipboard is the program's own output, through which y sets the
// terminal's clipboard with an OSC 52 sequence: the terminal does the copy,
// over ssh too, and the sequence reaches it in the same stream as the
// frames, never beside them.
type clipboard struct {
	out io.Writer // nil without a terminal: nothing can be copied
	// screen wraps the sequence for GNU screen, which passes on only what
	// is wrapped; tmux reads OSC 52 itself (set-clipboard on).
	screen bool
}

// sequence is the OSC 52 sequence that puts text on the clipboard.
func (c clipboard) sequence(text string) string {
	s := osc52.New(text)
	if c.screen {
		s = s.Screen()
	}
	return s.String()
}

// copyMsg asks the root to put Text on the clipboard.
type copyMsg = component.Copy

// copyLine is what y copies of an activity: its reference, its title and
// its verdict, "6(ii) — Joint offensive — T2 · POC only". The reference is
// the one the screens show: the paragraph, else the place (#n).
func copyLine(s *sheet, a *model.Activity) string {
	v := s.Verdict(a)
	return present.BoardNumber(s.Sources(), a, s.Index(a)+1) + " — " + report.OneLine(a.Title) + " — " +
		report.TierText(v.Tier) + " · " + s.Rulebook().AgendaTitle(v.Agenda)
}

// copyText writes the sequence off the event loop, and says what was copied.
func (m *Model) copyText(msg copyMsg) tea.Cmd {
	c := m.clip
	if c.out == nil {
		m.status, m.statusErr = "Nothing can be copied: the program has no terminal to ask.", true
		return nil
	}
	seq := c.sequence(msg.Text)
	// What was copied, whole where the status line holds it (it was cut
	// at 70 beside empty columns at 200), else cut there and whole in the
	// help.
	whole := "Copied “" + oneLine(msg.Text) + "” (the terminal's clipboard, OSC 52)."
	copied := statusMsg{Text: m.sh.ctx.FitTitle(whole)}
	if copied.Text != whole {
		copied.Full = whole
	}
	return func() tea.Msg {
		if _, err := io.WriteString(c.out, seq); err != nil {
			return statusMsg{Text: "Could not copy: " + oneLine(err.Error()), Err: true}
		}
		return copied
	}
}
