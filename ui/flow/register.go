package flow

import (
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/model"
)

// The register steps (FRAMEWORK §9): after the verdict, for each risk that
// fires, what is being done about it. The answers a step allows are the
// register's statuses; the owner, due date and note are fields of the same
// entry, each checked as the worksheet checks them. A step left without an
// answer is skipped: the risk stays open, with no entry.

// Statuses are the answers a register step allows, in the order of the
// cycle (not-started, planned, in-place, not-needed).
func Statuses() []model.MitigationStatus { return model.MitigationStatuses }

// ParseStatus reads a status given as its number among Statuses (from 1) or
// as its name.
func ParseStatus(text string) (model.MitigationStatus, error) {
	text = strings.TrimSpace(text)
	if n, err := strconv.Atoi(text); err == nil && n >= 1 && n <= len(model.MitigationStatuses) {
		return model.MitigationStatuses[n-1], nil
	}
	return model.ParseMitigationStatus(text)
}

// Field is a part of an entry given as text.
type Field int

// The text fields of an entry, in the order a step asks them.
const (
	Owner Field = iota
	Due
	Note
)

// Fields lists the text fields of an entry in the order they are asked.
func Fields() []Field { return []Field{Owner, Due, Note} }

// Set puts text into a field of the entry, as the worksheet would read it:
// a due date must be YYYY-MM-DD (empty: none); spaces around go.
func (fd Field) Set(e *model.RegisterEntry, text string) error {
	text = strings.TrimSpace(text)
	switch fd {
	case Owner:
		e.Owner = text
	case Due:
		if text != "" {
			if _, err := model.ParseDate(text); err != nil {
				return err
			}
		}
		e.Due = model.Date(text)
	case Note:
		e.Note = text
	}
	return nil
}

// Get is the field's text in the entry.
func (fd Field) Get(e *model.RegisterEntry) string {
	switch fd {
	case Owner:
		return e.Owner
	case Due:
		return string(e.Due)
	}
	return e.Note
}

// Required reports whether the field must be given for the entry to be
// kept: a not-needed entry says why in its note.
func (fd Field) Required(e *model.RegisterEntry) bool {
	return fd == Note && e.Status == model.NotNeeded
}

// Entry is the activity's entry for a risk, or a new one without a status
// (not yet in the register).
func Entry(a *model.Activity, risk string) model.RegisterEntry {
	if e := a.Register.Entry(risk); e != nil {
		return *e
	}
	return model.RegisterEntry{Risk: risk}
}

// Registrar keeps an activity's register entries; session.Sheet is one (each
// entry kept is one undo step, checked against the rulebook in use).
type Registrar interface {
	SetMitigation(a *model.Activity, e model.RegisterEntry) error
}

// Keep applies the answer of a register step: the entry goes into the
// activity's register through reg, or is refused with why (no status, a
// not-needed entry without its note, a risk the rulebook does not know).
func Keep(reg Registrar, a *model.Activity, e model.RegisterEntry) error {
	if err := e.Check(); err != nil {
		return err
	}
	return reg.SetMitigation(a, e)
}
