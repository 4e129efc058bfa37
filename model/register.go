package model

import (
	"fmt"
	"slices"
	"strings"
)

// MitigationStatus says where the measures against one risk of an activity
// stand in the HRDDP cycle (FRAMEWORK §9).
type MitigationStatus string

// The statuses of a register entry.
const (
	NotStarted MitigationStatus = "not-started"
	Planned    MitigationStatus = "planned"
	InPlace    MitigationStatus = "in-place"
	NotNeeded  MitigationStatus = "not-needed"
)

// MitigationStatuses lists the statuses of a register entry, in the order of
// the cycle.
var MitigationStatuses = []MitigationStatus{NotStarted, Planned, InPlace, NotNeeded}

var mitigationStatusValues = func() []string {
	out := make([]string, len(MitigationStatuses))
	for i, s := range MitigationStatuses {
		out[i] = string(s)
	}
	return out
}()

// ParseMitigationStatus checks a status named in a file or typed by a person.
func ParseMitigationStatus(s string) (MitigationStatus, error) {
	if slices.Contains(mitigationStatusValues, s) {
		return MitigationStatus(s), nil
	}
	return "", fmt.Errorf("%q is not a status of a register entry; allowed: %s%s", s,
		strings.Join(mitigationStatusValues, ", "), DidYouMean(s, mitigationStatusValues))
}

// Pending reports whether the measures are still to be put in place: an entry
// in this status can be overdue, and its risk is open.
func (s MitigationStatus) Pending() bool { return s == NotStarted || s == Planned }

// RegisterEntry is what is being done about one risk of an activity: by whom,
// by when, and why a risk is left as it is.
type RegisterEntry struct {
	Risk   string // a risk id of the rulebook
	Status MitigationStatus
	Owner  string
	Due    Date // "" when no date is set
	Note   string
}

// Check reports what makes the entry invalid: a status is required, and
// not-needed needs a note saying why.
func (e *RegisterEntry) Check() error {
	if e.Status == "" {
		return fmt.Errorf("the entry for %s has no status (status is required; allowed: %s)", e.Risk, strings.Join(mitigationStatusValues, ", "))
	}
	if _, err := ParseMitigationStatus(string(e.Status)); err != nil {
		return err
	}
	if e.Status == NotNeeded && blankTitle(e.Note) {
		return fmt.Errorf("the entry for %s is not-needed without a note: say why the risk needs no measures", e.Risk)
	}
	if e.Due != "" {
		if _, err := ParseDate(string(e.Due)); err != nil {
			return err
		}
	}
	return nil
}

// Overdue reports whether the entry's measures were due before today and are
// still not in place. An empty today is never after anything.
func (e *RegisterEntry) Overdue(today Date) bool {
	return e.Status.Pending() && e.Due.Before(today)
}

// Register is an activity's register entries, one per risk id, in the order
// the file gives them. An entry for a risk that does not fire is kept: the
// facts may change back.
type Register []RegisterEntry

// Entry returns the entry for a risk, or nil.
func (r Register) Entry(risk string) *RegisterEntry {
	for i := range r {
		if r[i].Risk == risk {
			return &r[i]
		}
	}
	return nil
}

// Set replaces the entry for e.Risk, or appends e when the risk has none.
func (r *Register) Set(e RegisterEntry) {
	if old := r.Entry(e.Risk); old != nil {
		*old = e
		return
	}
	*r = append(*r, e)
}

// Remove deletes the entry for a risk, reporting whether there was one.
func (r *Register) Remove(risk string) bool {
	for i := range *r {
		if (*r)[i].Risk == risk {
			*r = slices.Delete(*r, i, i+1)
			return true
		}
	}
	return false
}

// Clone returns a copy that shares nothing with r.
func (r Register) Clone() Register {
	if r == nil {
		return nil
	}
	return slices.Clone(r)
}

// Equal reports whether two registers hold the same entries in the same order.
func (r Register) Equal(o Register) bool { return slices.Equal(r, o) }

// Date is a calendar date written YYYY-MM-DD, as FRAMEWORK §9 writes due dates
// and reviews; "" is no date. Dates so written sort as text.
type Date string

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// ParseDate checks a date written YYYY-MM-DD, saying why anything else is
// refused.
func ParseDate(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		if len(s) > 40 {
			s = s[:40] + "..."
		}
		return "", fmt.Errorf("%q is not a date: %s", s, why)
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return bad("write it YYYY-MM-DD, e.g. 2026-03-31")
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	switch {
	case y < 0 || m < 0 || d < 0:
		return bad("write it YYYY-MM-DD with digits, e.g. 2026-03-31")
	case y == 0:
		return bad("there is no year 0000")
	case m < 1 || m > 12:
		return bad(fmt.Sprintf("there is no month %02d (months run 01 to 12)", m))
	case d < 1 || d > daysIn(y, m):
		return bad(fmt.Sprintf("%s %d has %d days", monthNames[m-1], y, daysIn(y, m)))
	}
	return Date(s), nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Before reports whether d is a date earlier than o; a missing date is never
// before or after anything.
func (d Date) Before(o Date) bool { return d != "" && o != "" && d < o }
