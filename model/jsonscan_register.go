package model

// The JSON fast path's reading of an activity's register (FRAMEWORK §9). A
// register is most of what a worksheet that keeps one holds beyond its facts,
// and the fast path reads a file twice (once to check it, once to stream it):
// an entry written as pocssr writes it is read by a path of its own, without
// the general reading's steps per key; the pass that only checks keeps none.

// register reads an activity's register; anything the reader would refuse
// (an unknown risk, a missing status, a bad date) sends the file to it.
func (s *jsonScanner) register(reg *Register) bool {
	if s.null() {
		return true
	}
	// A pass that keeps the register reads its entries straight into the
	// room for registers, where it is kept (a register longer than the room
	// left is given its own); one that only checks, into a buffer it reuses.
	start := s.read[:0]
	if !s.check {
		if len(s.entries) < registerRoom/16 {
			s.entries = make([]RegisterEntry, registerRoom)
		}
		start = s.entries[:0]
	}
	into, ok := s.compactRegister(start)
	if !ok {
		into = start
		s.object(func(risk string) bool {
			if !s.vocab.AllowsRisk(risk) || into.Entry(risk) != nil {
				return false
			}
			e := RegisterEntry{Risk: risk}
			if !s.compactEntry(&e) {
				e = RegisterEntry{Risk: risk}
				if !s.entry(&e) {
					return false
				}
			}
			into = append(into, e)
			return true
		})
		if s.fail {
			return false
		}
	}
	if s.check {
		s.read = into[:0]
		return true // a pass that only checks keeps no register
	}
	n := len(into)
	if n == 0 {
		*reg = nil
		return true
	}
	*reg = into[:n:n] // full to its capacity: an entry added to it goes elsewhere
	if n <= len(s.entries) && &into[0] == &s.entries[0] {
		s.entries = s.entries[n:]
	}
	return true
}

// compactRegister reads a register as pocssr writes it, every entry compact
// (compactEntry) and nothing between them, in one loop over the text: most
// registers are written so, and a plan that keeps one has one on nearly every
// activity. At anything else it reads nothing (ok false) and the general
// reading reads the register from its start.
func (s *jsonScanner) compactRegister(into Register) (Register, bool) {
	src, p := s.src, s.pos
	if !byteAt(src, p, '{') {
		return into, false
	}
	p++
	if byteAt(src, p, '}') {
		s.pos = p + 1
		return into, true
	}
	for {
		if !byteAt(src, p, '"') {
			return into, false
		}
		risk, end, ok := s.plainString(p + 1)
		if !ok || !byteAt(src, end, ':') {
			return into, false
		}
		if !s.checked && (!s.vocab.AllowsRisk(risk) || into.Entry(risk) != nil) {
			return into, false
		}
		// The entry is read where it is kept, not copied there.
		into = append(into, RegisterEntry{Risk: risk})
		if p, ok = s.compactEntryAt(&into[len(into)-1], end+1); !ok {
			return into[:len(into)-1], false
		}
		switch {
		case byteAt(src, p, ','):
			p++
		case byteAt(src, p, '}'):
			s.pos = p + 1
			return into, true
		default:
			return into, false
		}
	}
}

// registerRoom is how many register entries are allocated at once.
const registerRoom = 256

// entry reads one register entry, its keys in any order and spaced as they
// may be.
func (s *jsonScanner) entry(e *RegisterEntry) bool {
	var seen uint8
	s.object(func(key string) bool {
		var bit uint8
		var ok bool
		switch key {
		case "status":
			bit = 1
			var v string
			if v, ok = s.str(); ok {
				e.Status = MitigationStatus(v)
				ok = e.Status.valid()
			}
		case "owner":
			bit = 2
			e.Owner, ok = s.optString()
		case "due":
			bit = 4
			e.Due, ok = s.date()
		case "note":
			bit = 8
			e.Note, ok = s.optString()
		}
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		return ok
	})
	return !s.fail && seen&1 != 0 && !(e.Status == NotNeeded && blankTitle(e.Note))
}

func (st MitigationStatus) valid() bool {
	return st == NotStarted || st == Planned || st == InPlace || st == NotNeeded
}

// compactEntry reads an entry as pocssr writes it: no space, the keys in the
// order status, owner, due, note, each string without an escape. At anything
// else it reads nothing (ok false) and the general reading (entry) takes
// over; what it reads, that reading would read the same.
func (s *jsonScanner) compactEntry(e *RegisterEntry) bool {
	p, ok := s.compactEntryAt(e, s.pos)
	if ok {
		s.pos = p
	}
	return ok
}

// compactEntryAt is compactEntry reading from p, returning where the entry
// ends. A pass over text already checked (checked) does not check again
// what the check found valid: the risk, the status, the date, the note
// not-needed requires. The keys are compared as constants, which the
// compiler compares a word or two at a time, not by a call for each.
func (s *jsonScanner) compactEntryAt(e *RegisterEntry, p int) (int, bool) {
	src := s.src
	if len(src)-p < len(statusHead) || src[p:p+len(statusHead)] != statusHead {
		return p, false
	}
	p += len(statusHead)
	st, n := statusAt(src, p)
	if n == 0 {
		return p, false
	}
	e.Status, p = st, p+n
	var ok bool
	if len(src)-p >= len(ownerKey) && src[p:p+len(ownerKey)] == ownerKey {
		if e.Owner, p, ok = s.plainString(p + len(ownerKey)); !ok {
			return p, false
		}
	}
	if len(src)-p >= len(dueKey) && src[p:p+len(dueKey)] == dueKey {
		p += len(dueKey)
		// A due date given must be one ("" is refused too): ten digits and
		// dashes, which hold nothing the text check looks for. Text already
		// checked holds a date there when it has a quote after ten bytes
		// (an escape would make it longer, and hold no digit or dash).
		if len(src)-p < len(`2026-03-31"`) || src[p+10] != '"' || !s.checked && !validDate(src[p:p+10]) {
			return p, false
		}
		e.Due, p = Date(src[p:p+10]), p+11
	}
	if len(src)-p >= len(noteKey) && src[p:p+len(noteKey)] == noteKey {
		if e.Note, p, ok = s.plainString(p + len(noteKey)); !ok {
			return p, false
		}
	}
	if p >= len(src) || src[p] != '}' || !s.checked && e.Status == NotNeeded && blankTitle(e.Note) {
		return p, false
	}
	return p + 1, true
}

// The keys of an entry as pocssr writes them, each with what opens its value.
const (
	statusHead = `{"status":"`
	ownerKey   = `,"owner":"`
	dueKey     = `,"due":"`
	noteKey    = `,"note":"`
)

// statusAt is the status written at p as pocssr writes it, and its length
// with its closing quote; 0 for anything else. Four statuses are told apart
// by a letter or two and compared whole, without the string's end sought.
func statusAt(src string, p int) (MitigationStatus, int) {
	rest := src[p:]
	switch {
	case len(rest) >= len(`planned"`) && rest[:len(`planned"`)] == `planned"`:
		return Planned, len(`planned"`)
	case len(rest) >= len(`in-place"`) && rest[:len(`in-place"`)] == `in-place"`:
		return InPlace, len(`in-place"`)
	case len(rest) >= len(`not-started"`) && rest[:len(`not-started"`)] == `not-started"`:
		return NotStarted, len(`not-started"`)
	case len(rest) >= len(`not-needed"`) && rest[:len(`not-needed"`)] == `not-needed"`:
		return NotNeeded, len(`not-needed"`)
	}
	return "", 0
}

// byteAt reports whether src holds c at p.
func byteAt(src string, p int, c byte) bool { return p < len(src) && src[p] == c }

// plainString reads the rest of a string from p, just after its opening
// quote, to its closing quote: ok false at an escape, a control character or
// the end of the text.
func (s *jsonScanner) plainString(p int) (v string, end int, ok bool) {
	src := s.src
	var i int
	if s.checked {
		i = plainEnd(src, p) // stringEnd's first step, without a call
	} else {
		i = s.stringEnd(p)
	}
	if i == len(src) || src[i] != '"' {
		return "", p, false
	}
	return src[p:i], i + 1, true
}

// date reads a date written YYYY-MM-DD, or null.
func (s *jsonScanner) date() (Date, bool) {
	if s.null() {
		return "", true
	}
	// Ten digits and dashes in quotes, as a date is written, read without
	// seeking the string's end (see compactEntryAt).
	if p := s.pos; len(s.src)-p >= len(`"2026-03-31"`) && s.src[p] == '"' && s.src[p+11] == '"' &&
		(s.checked || validDate(s.src[p+1:p+11])) {
		s.pos = p + 12
		return Date(s.src[p+1 : p+11]), true
	}
	v, ok := s.str()
	if !ok || !s.checked && !validDate(v) {
		return "", false
	}
	return Date(v), true
}

// validDate reports whether ParseDate takes s, without making the error
// it would give: the check of a file with a register reads a date or two on
// every activity.
func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	// The first eight bytes less "0000-00-", each byte apart: a digit's
	// value, 0 for the dashes. A byte below its pattern's borrows, and the
	// lowest such comes out at 0xd0 or above; so where every byte comes
	// out at 9 or below, none borrowed and each is a digit's value.
	v := leWord(s) - 0x2d30302d30303030
	d0, d1 := s[8]-'0', s[9]-'0'
	if (v|(v+ones*(0x7f-9)))&high != 0 || d0 > 9 || d1 > 9 {
		return false
	}
	y := int(v&0xff)*1000 + int(v>>8&0xff)*100 + int(v>>16&0xff)*10 + int(v>>24&0xff)
	m, d := int(v>>40&0xff)*10+int(v>>48&0xff), int(d0)*10+int(d1)
	return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}
