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
	into := s.read[:0]
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
	s.read = into[:0]
	if s.check {
		return true // a pass that only checks keeps no register
	}
	*reg = s.cut(into)
	return true
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
	src, p := s.src, s.pos
	const head = `{"status":"`
	if !hasAt(src, p, head) {
		return false
	}
	v, p, ok := plainString(src, p+len(head))
	if !ok || !MitigationStatus(v).valid() {
		return false
	}
	e.Status = MitigationStatus(v)
	for i, f := range [...]struct {
		key string
		to  *string
	}{{`,"owner":"`, &e.Owner}, {`,"due":"`, (*string)(&e.Due)}, {`,"note":"`, &e.Note}} {
		if !hasAt(src, p, f.key) {
			continue
		}
		if *f.to, p, ok = plainString(src, p+len(f.key)); !ok {
			return false
		}
		if i == 1 {
			// A due date given must be one: "" is refused too.
			if _, err := ParseDate(*f.to); err != nil {
				return false
			}
		}
	}
	if p >= len(src) || src[p] != '}' || e.Status == NotNeeded && blankTitle(e.Note) {
		return false
	}
	s.pos = p + 1
	return true
}

// hasAt reports whether src holds text at p.
func hasAt(src string, p int, text string) bool {
	return len(src)-p >= len(text) && src[p:p+len(text)] == text
}

// plainString reads the rest of a string from p, just after its opening
// quote, to its closing quote: ok false at an escape, a control character or
// the end of the text.
func plainString(src string, p int) (v string, end int, ok bool) {
	i := p
	for i+8 <= len(src) && !wordEndsString(leWord(src[i:])) {
		i += 8
	}
	for i < len(src) && plainInString[src[i]] {
		i++
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
	v, ok := s.str()
	if !ok {
		return "", false
	}
	d, err := ParseDate(v)
	return d, err == nil
}
