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
	// The entries are read into the scanner's room, then cut from entries.
	into, ok := s.compactRegister(s.read[:0])
	if !ok {
		into = s.read[:0]
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
	s.read = into[:0]
	if s.check {
		return true // a pass that only checks keeps no register
	}
	*reg = s.cut(into)
	return true
}

// compactRegister reads a register as pocssr writes it, every entry compact
// (compactEntry) and nothing between them, in one loop over the text: most
// registers are written so, and a plan that keeps one has one on nearly every
// activity. At anything else it reads nothing (ok false) and the general
// reading reads the register from its start.
func (s *jsonScanner) compactRegister(into Register) (Register, bool) {
	src, p := s.src, s.pos
	if !hasAt(src, p, "{") {
		return into, false
	}
	p++
	if hasAt(src, p, "}") {
		s.pos = p + 1
		return into, true
	}
	for {
		if !hasAt(src, p, `"`) {
			return into, false
		}
		risk, end, ok := s.plainString(p + 1)
		if !ok || !hasAt(src, end, ":") {
			return into, false
		}
		if !s.checked && (!s.vocab.AllowsRisk(risk) || into.Entry(risk) != nil) {
			return into, false
		}
		e := RegisterEntry{Risk: risk}
		if p, ok = s.compactEntryAt(&e, end+1); !ok {
			return into, false
		}
		into = append(into, e)
		switch {
		case hasAt(src, p, ","):
			p++
		case hasAt(src, p, "}"):
			s.pos = p + 1
			return into, true
		default:
			return into, false
		}
	}
}

// cut copies entries into the scanner's room for registers (nil for none),
// so that every activity's register is its own, full to its capacity.
func (s *jsonScanner) cut(entries Register) Register {
	if len(entries) == 0 {
		return nil
	}
	if len(s.entries) < len(entries) {
		s.entries = make([]RegisterEntry, max(registerRoom, len(entries)))
	}
	reg := s.entries[:len(entries):len(entries)]
	copy(reg, entries)
	s.entries = s.entries[len(entries):]
	return reg
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
// what the check found valid: the status, the date, the note not-needed
// requires.
func (s *jsonScanner) compactEntryAt(e *RegisterEntry, p int) (int, bool) {
	src := s.src
	const head = `{"status":"`
	if !hasAt(src, p, head) {
		return p, false
	}
	v, p, ok := s.plainString(p + len(head))
	if !ok || !s.checked && !MitigationStatus(v).valid() {
		return p, false
	}
	e.Status = MitigationStatus(v)
	if hasAt(src, p, `,"owner":"`) {
		if e.Owner, p, ok = s.plainString(p + len(`,"owner":"`)); !ok {
			return p, false
		}
	}
	if hasAt(src, p, `,"due":"`) {
		var due string
		if due, p, ok = s.plainString(p + len(`,"due":"`)); !ok {
			return p, false
		}
		// A due date given must be one: "" is refused too.
		if !s.checked && !validDate(due) {
			return p, false
		}
		e.Due = Date(due)
	}
	if hasAt(src, p, `,"note":"`) {
		if e.Note, p, ok = s.plainString(p + len(`,"note":"`)); !ok {
			return p, false
		}
	}
	if !hasAt(src, p, "}") || !s.checked && e.Status == NotNeeded && blankTitle(e.Note) {
		return p, false
	}
	return p + 1, true
}

// hasAt reports whether src holds text at p.
func hasAt(src string, p int, text string) bool {
	return len(src)-p >= len(text) && src[p:p+len(text)] == text
}

// plainString reads the rest of a string from p, just after its opening
// quote, to its closing quote: ok false at an escape, a control character or
// the end of the text.
func (s *jsonScanner) plainString(p int) (v string, end int, ok bool) {
	src := s.src
	i := s.stringEnd(p)
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
	for _, i := range [...]int{0, 1, 2, 3, 5, 6, 8, 9} {
		if s[i]-'0' > 9 {
			return false
		}
	}
	y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	m := int(s[5]-'0')*10 + int(s[6]-'0')
	d := int(s[8]-'0')*10 + int(s[9]-'0')
	return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}
