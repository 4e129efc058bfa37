package register

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/model"
)

// field is the part of an entry a text field edits.
type field int

const (
	ownerField field = iota
	dueField
	noteField
	reviewField // the activity's next HRDDP review, not the entry's
)

// fieldNames are the fields as the screen names them.
var fieldNames = [...]string{"Owner", "Due", "Note", "Next HRDDP review"}

// editor is one field of the entry under the cursor, open for typing.
type editor struct {
	at     rowKey
	field  field
	input  textinput.Model
	status model.MitigationStatus // the status the entry is saved with
	err    string                 // why the last enter was refused
}

// entryOf is the register entry of a row, or a new not-started one.
func (s *Screen) entryOf(at rowKey) model.RegisterEntry {
	if e := at.activity.Register.Entry(at.risk); e != nil {
		return *e
	}
	return model.RegisterEntry{Risk: at.risk, Status: model.NotStarted}
}

// startEdit opens a text field on the entry under the cursor.
func (s *Screen) startEdit(f field) tea.Cmd {
	r := s.Selected()
	if r == nil {
		return nil
	}
	at := keyOf(r)
	e := s.entryOf(at)
	return s.openEditor(at, f, e.Status, "")
}

func (s *Screen) openEditor(at rowKey, f field, status model.MitigationStatus, why string) tea.Cmd {
	e := s.entryOf(at)
	in := textinput.New()
	in.Prompt = fieldNames[f] + ": "
	in.CharLimit = 500
	in.Width = max(10, s.width-24)
	in.Cursor.SetMode(cursor.CursorStatic)
	switch f {
	case ownerField:
		in.SetValue(e.Owner)
		in.Placeholder = "who puts the measures in place"
	case dueField:
		in.SetValue(string(e.Due))
		in.Placeholder = "YYYY-MM-DD (empty: no date)"
	case noteField:
		in.SetValue(e.Note)
		in.Placeholder = "what is being done, or why nothing needs to be"
	case reviewField:
		in.SetValue(string(at.activity.HRDDPReview))
		in.Placeholder = "YYYY-MM-DD (empty: none)"
	}
	in.CursorEnd()
	s.edit = &editor{at: at, field: f, input: in, status: status, err: why}
	return s.edit.input.Focus()
}

func (s *Screen) updateEdit(km tea.KeyMsg) tea.Cmd {
	ed := s.edit
	switch {
	case key.Matches(km, s.keys.Keep):
		return s.commit()
	case key.Matches(km, s.keys.Cancel):
		if ed.status == model.NotNeeded && ed.field == noteField && s.entryOf(ed.at).Status != model.NotNeeded {
			s.skipNeeded = ed.at
		}
		s.edit = nil
		return s.ctx.Status("Nothing changed.")
	}
	var cmd tea.Cmd
	ed.input, cmd = ed.input.Update(km)
	return cmd
}

// commit saves the field into the entry, as one undo step; a date or an
// entry the register would refuse keeps the field open and says why.
func (s *Screen) commit() tea.Cmd {
	ed := s.edit
	e := s.entryOf(ed.at)
	e.Status = ed.status
	value := strings.TrimSpace(ed.input.Value())
	if ed.field == reviewField {
		// The review is the activity's: it changes no entry.
		if err := s.ctx.Sheet.SetHRDDPReview(ed.at.activity, model.Date(value)); err != nil {
			ed.err = err.Error()
			return nil
		}
		s.edit = nil
		return s.ctx.Status("Next HRDDP review of the activity saved. u undoes it.")
	}
	switch ed.field {
	case ownerField:
		e.Owner = value
	case dueField:
		if value != "" {
			if _, err := model.ParseDate(value); err != nil {
				ed.err = err.Error()
				return nil
			}
		}
		e.Due = model.Date(value)
	case noteField:
		e.Note = value
	}
	if err := s.ctx.Sheet.SetMitigation(ed.at.activity, e); err != nil {
		ed.err = err.Error()
		return nil
	}
	s.edit = nil
	return s.ctx.Status(fieldNames[ed.field] + " of " + ed.at.risk + " saved. u undoes it.")
}

// cycleStatus moves the entry under the cursor to the next status:
// not-started, planned, in-place, not-needed and round again (a risk without
// an entry starts at not-started). not-needed needs a note saying why: when
// the entry has none, the note field opens, and the status changes with it.
func (s *Screen) cycleStatus() tea.Cmd {
	r := s.Selected()
	if r == nil {
		return nil
	}
	at := keyOf(r)
	e := s.entryOf(at)
	next := model.NotStarted
	if r.Risk.Mitigation.HasEntry() {
		i := slices.Index(model.MitigationStatuses, e.Status)
		next = model.MitigationStatuses[(i+1)%len(model.MitigationStatuses)]
	}
	if next == model.NotNeeded && s.skipNeeded == at {
		next = model.NotStarted
	}
	s.skipNeeded = rowKey{}
	if next == model.NotNeeded && strings.TrimSpace(e.Note) == "" {
		return s.openEditor(at, noteField, model.NotNeeded,
			"not-needed needs a note: say why the risk needs no measures (esc keeps "+string(e.Status)+")")
	}
	e.Status = next
	if err := s.ctx.Sheet.SetMitigation(at.activity, e); err != nil {
		return s.ctx.StatusError(err.Error())
	}
	return s.ctx.Status(at.risk + " is now " + string(next) + ". u undoes it.")
}

// remove takes the entry under the cursor out of the register: the risk is
// open again, with no entry.
func (s *Screen) remove() tea.Cmd {
	r := s.Selected()
	if r == nil {
		return nil
	}
	if !s.ctx.Sheet.RemoveMitigation(r.Activity, r.Risk.Rule.ID) {
		return s.ctx.Status(r.Risk.Rule.ID + " has no entry to remove.")
	}
	return s.ctx.Status("Entry for " + r.Risk.Rule.ID + " removed. u undoes it.")
}
