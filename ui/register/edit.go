package register

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Field is the part of an entry a text field edits.
type Field int

// The fields of an entry, and the activity's next HRDDP review.
const (
	Owner Field = iota
	Due
	Note
	Review // the activity's next HRDDP review, not the entry's
)

// fieldNames are the fields as the screens name them.
var fieldNames = [...]string{"Owner", "Due", "Note", "Next HRDDP review"}

// Editor edits the register entries of one risk at a time: the status cycled
// with a key, the owner, due date and note (and the activity's next review)
// in a text field that refuses what the register would refuse and says why.
// The register screen and the activity's account both use one. Every change
// goes through session.Sheet, one undo step each.
type Editor struct {
	ctx  *component.Context
	edit *editor // the field being edited; nil when none
	// skipNeeded is the risk whose status cycle left out not-needed (its
	// note was not given): the next status key goes on to not-started.
	skipNeeded rowKey
	width      int
}

// editor is one open text field.
type editor struct {
	at     rowKey
	field  Field
	input  textinput.Model
	status model.MitigationStatus // the status the entry is saved with
	err    string                 // why the last enter was refused
}

// NewEditor builds an editor over the context's worksheet.
func NewEditor(ctx *component.Context) *Editor { return &Editor{ctx: ctx} }

// Editing reports whether a text field is open (and takes every key).
func (ed *Editor) Editing() bool { return ed.edit != nil }

// SetWidth gives the text field its width.
func (ed *Editor) SetWidth(w int) {
	ed.width = w
	if ed.edit != nil {
		ed.edit.input.Width = max(10, w-24)
	}
}

// Close drops the open field without changing anything.
func (ed *Editor) Close() { ed.edit = nil }

// entryOf is the register entry of a risk, or a new not-started one.
func entryOf(at rowKey) model.RegisterEntry {
	if e := at.activity.Register.Entry(at.risk); e != nil {
		return *e
	}
	return model.RegisterEntry{Risk: at.risk, Status: model.NotStarted}
}

// Start opens a text field on a field of an activity's entry for a risk.
func (ed *Editor) Start(a *model.Activity, risk string, f Field) tea.Cmd {
	at := rowKey{a, risk}
	return ed.open(at, f, entryOf(at).Status, "")
}

func (ed *Editor) open(at rowKey, f Field, status model.MitigationStatus, why string) tea.Cmd {
	e := entryOf(at)
	in := textinput.New()
	in.Prompt = fieldNames[f] + ": "
	in.CharLimit = 0 // no limit: a limit would cut a longer owner or note kept with enter
	in.Width = max(10, ed.width-24)
	in.Cursor.SetMode(cursor.CursorStatic)
	switch f {
	case Owner:
		in.SetValue(e.Owner)
		in.Placeholder = "who puts the measures in place"
	case Due:
		in.SetValue(string(e.Due))
		in.Placeholder = "YYYY-MM-DD (empty: no date)"
	case Note:
		in.SetValue(e.Note)
		in.Placeholder = "what is being done, or why nothing needs to be"
	case Review:
		in.SetValue(string(at.activity.HRDDPReview))
		in.Placeholder = "YYYY-MM-DD (empty: none)"
	}
	in.CursorEnd()
	ed.edit = &editor{at: at, field: f, input: in, status: status, err: why}
	return ed.edit.input.Focus()
}

// Update types into the open field: enter keeps (or says why not), esc
// cancels.
func (ed *Editor) Update(km tea.KeyMsg, keep, cancel key.Binding) tea.Cmd {
	e := ed.edit
	if e == nil {
		return nil
	}
	switch {
	case key.Matches(km, keep):
		return ed.commit()
	case key.Matches(km, cancel):
		if e.status == model.NotNeeded && e.field == Note && entryOf(e.at).Status != model.NotNeeded {
			ed.skipNeeded = e.at
		}
		ed.edit = nil
		return ed.ctx.Status("Nothing changed.")
	}
	var cmd tea.Cmd
	e.input, cmd = e.input.Update(km)
	return cmd
}

// commit saves the field into the entry, as one undo step; a date or an
// entry the register would refuse keeps the field open and says why.
func (ed *Editor) commit() tea.Cmd {
	f := ed.edit
	e := entryOf(f.at)
	e.Status = f.status
	value := strings.TrimSpace(f.input.Value())
	if f.field == Review {
		// The review is the activity's: it changes no entry.
		if err := ed.ctx.Sheet.SetHRDDPReview(f.at.activity, model.Date(value)); err != nil {
			f.err = err.Error()
			return nil
		}
		ed.edit = nil
		return ed.ctx.Status("Next HRDDP review of the activity saved. u undoes it.")
	}
	switch f.field {
	case Owner:
		e.Owner = value
	case Due:
		if value != "" {
			if _, err := model.ParseDate(value); err != nil {
				f.err = err.Error()
				return nil
			}
		}
		e.Due = model.Date(value)
	case Note:
		e.Note = value
	}
	if err := ed.ctx.Sheet.SetMitigation(f.at.activity, e); err != nil {
		f.err = err.Error()
		return nil
	}
	ed.edit = nil
	return ed.ctx.StatusTitled(fieldNames[f.field] + " of " + ed.riskLabel(f.at.risk) + " saved. u undoes it.")
}

// CycleStatus moves an activity's entry for a risk to the next status:
// not-started, planned, in-place, not-needed and round again (a risk without
// an entry starts at not-started). not-needed needs a note saying why: when
// the entry has none, the note field opens, and the status changes with it.
func (ed *Editor) CycleStatus(a *model.Activity, risk string) tea.Cmd {
	at := rowKey{a, risk}
	e := entryOf(at)
	next := model.NotStarted
	if a.Register.Entry(risk) != nil {
		i := slices.Index(model.MitigationStatuses, e.Status)
		next = model.MitigationStatuses[(i+1)%len(model.MitigationStatuses)]
	}
	if next == model.NotNeeded && ed.skipNeeded == at {
		next = model.NotStarted
	}
	ed.skipNeeded = rowKey{}
	if next == model.NotNeeded && strings.TrimSpace(e.Note) == "" {
		return ed.open(at, Note, model.NotNeeded,
			"not-needed needs a note: say why the risk needs no measures (esc keeps "+string(e.Status)+")")
	}
	e.Status = next
	if err := ed.ctx.Sheet.SetMitigation(a, e); err != nil {
		return ed.ctx.StatusError(err.Error())
	}
	return ed.ctx.StatusTitled(ed.riskLabel(risk) + " is now " + string(next) + ". u undoes it.")
}

// SetStatus gives an activity's entry for a risk a status (a risk without an
// entry gets one). not-needed needs a note saying why: when the entry has
// none, the note field opens, and the status changes with it.
func (ed *Editor) SetStatus(a *model.Activity, risk string, s model.MitigationStatus) tea.Cmd {
	at := rowKey{a, risk}
	e := entryOf(at)
	ed.skipNeeded = rowKey{}
	if a.Register.Entry(risk) != nil && e.Status == s {
		return nil
	}
	if s == model.NotNeeded && strings.TrimSpace(e.Note) == "" {
		return ed.open(at, Note, model.NotNeeded, "not-needed needs a note: say why the risk needs no measures (esc changes nothing)")
	}
	e.Status = s
	if err := ed.ctx.Sheet.SetMitigation(a, e); err != nil {
		return ed.ctx.StatusError(err.Error())
	}
	return ed.ctx.StatusTitled(ed.riskLabel(risk) + " is now " + string(s) + ". u undoes it.")
}

// Remove takes an activity's entry for a risk out of the register: the risk
// is open again, with no entry.
func (ed *Editor) Remove(a *model.Activity, risk string) tea.Cmd {
	if !ed.ctx.Sheet.RemoveMitigation(a, risk) {
		return ed.ctx.Status(risk + " has no entry to remove.")
	}
	return ed.ctx.Status("Entry for " + risk + " removed. u undoes it.")
}

// Lines draws the open field and, under it, why the last value was
// refused or how to leave: two lines of width w.
func (ed *Editor) Lines(w int) []string {
	st := ed.ctx.Styles
	e := ed.edit
	if e == nil {
		return []string{"", ""}
	}
	why := st.Muted.Render("enter keeps · esc cancels")
	if e.err != "" {
		why = st.Error.Render(component.Cut(e.err, w))
	}
	return []string{component.Fit(fieldView(e.input), w), component.Fit(why, w)}
}

// fieldView draws a text field with "…" where its text goes on out of
// sight, after the label on the left and at the end on the right: the text
// field draws the part in sight with no such sign, and a long owner or note
// read "Note: deployment sites is run by …" as if that were its start.
func fieldView(in textinput.Model) string {
	v := in.View()
	value := in.Value()
	if value == "" || ansi.StringWidth(value) < in.Width {
		return v
	}
	shown := strings.TrimRight(strings.TrimPrefix(ansi.Strip(v), in.Prompt), " ")
	at := strings.Index(value, shown)
	if shown == "" || at < 0 {
		return v
	}
	if at > 0 {
		v = strings.Replace(v, in.Prompt, in.Prompt+cutSign, 1)
	}
	if at+len(shown) < len(strings.TrimRight(value, " ")) {
		v = strings.TrimRight(v, " ") + cutSign
	}
	return v
}

// cutSign marks the side of a field where its text goes on out of sight.
const cutSign = "…"

// FieldLines draws the open field and, under it, the whole reason the last
// value was refused, wrapped to width w, for a screen that has the lines
// to give (a refusal cut short does not say what to type instead).
func (ed *Editor) FieldLines(w int) []string {
	e := ed.edit
	if e == nil || e.err == "" {
		return ed.Lines(w)
	}
	lines := []string{component.Fit(fieldView(e.input), w)}
	for _, l := range component.Wrap(e.err, w) {
		lines = append(lines, component.Fit(ed.ctx.Styles.Error.Render(l), w))
	}
	return lines
}

// riskLabel names a risk on the status line by its label, as the wide
// register does, between “ and ” so that the line cuts it with … where it
// must (the help giving it whole); by its id where the rulebook in use does
// not know it.
func (ed *Editor) riskLabel(id string) string {
	if r := ed.ctx.Sheet.Rulebook().Risk(id); r != nil && strings.TrimSpace(r.Title) != "" {
		return "“" + oneLine(r.Title) + "”"
	}
	return id
}
