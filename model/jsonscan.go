package model

import (
	"math/bits"
	"slices"
	"strconv"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonScanner reads a JSON worksheet in one pass over its text, without
// reflection: the fast path for valid JSON files. It gives up (ok false) at the
// first thing it does not expect; the JSON reader (readJSON) then finds and
// positions every problem. It accepts only what that reader accepts, and reads
// it the same.
type jsonScanner struct {
	src   string // the whole file; strings without escapes are slices of it
	pos   int
	vocab *Vocabulary
	fail  bool
	// entries is room for the registers of the activities still to come:
	// each register is read into it and kept at its length, so that a
	// worksheet that keeps a register on every activity costs an
	// allocation per many activities, not one or two per activity.
	entries []RegisterEntry
	read    Register // where a pass that only checks reads a register
	check   bool     // a pass that only checks: registers are read, not kept
	// checked is set on a pass over text a check has found valid (a
	// stream's): what the check validated of a register is not validated
	// again.
	checked bool
	// confirmations: the text is a stream's made of a YAML file, whose
	// activities carry their confirmed answers (confirmedKey); a JSON file
	// has no such key, and one that gives it is refused as any unknown key.
	confirmations bool
}

// jsonHeader is what a worksheet holds besides its activities.
type jsonHeader struct {
	mission, mandate string
	activities       int // start of the activities array in src, or -1
}

// scanJSON checks and reads a JSON worksheet, calling each for every activity in
// order (the same *Activity is not reused). It reports false for anything the
// fast path does not handle, including any invalid input.
func scanJSON(src string, vocab *Vocabulary, each func(*Activity) bool) (jsonHeader, bool) {
	return scanJSONInto(src, vocab, nil, each)
}

// scanJSONInto is scanJSON reading every activity into *reuse when it is not
// nil: for a pass that keeps nothing of an activity past its step but the
// strings and lists it holds, which are never reused.
func scanJSONInto(src string, vocab *Vocabulary, reuse *Activity, each func(*Activity) bool) (jsonHeader, bool) {
	return (&jsonScanner{src: src, vocab: vocab}).worksheet(reuse, each)
}

// worksheet reads the whole text as scanJSONInto does.
func (s *jsonScanner) worksheet(reuse *Activity, each func(*Activity) bool) (jsonHeader, bool) {
	src := s.src
	h := jsonHeader{activities: -1}
	if len(src) >= 3 && src[:3] == "\ufeff" {
		s.pos = 3
	}
	var seen uint8
	s.object(func(key string) bool {
		var bit uint8
		switch key {
		case "schema":
			bit = 1
			if !s.null() {
				if v, ok := s.str(); !ok || v != Schema {
					return false
				}
			}
		case "mission":
			bit = 2
			h.mission, _ = s.optString()
		case "mandate":
			bit = 4
			h.mandate, _ = s.optString()
		case "activities":
			bit = 8
			h.activities = s.pos
			if s.null() {
				break
			}
			s.array(func() bool {
				a := reuse
				if a == nil {
					a = &Activity{}
				} else {
					*a = Activity{}
				}
				if !s.activity(a) {
					return false
				}
				return each == nil || each(a)
			})
		default:
			return false
		}
		if seen&bit != 0 {
			return false
		}
		seen |= bit
		return !s.fail
	})
	s.space()
	if s.fail || s.pos != len(s.src) || h.activities < 0 {
		return h, false
	}
	return h, true
}

func (s *jsonScanner) space() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// expect consumes byte c after white space.
func (s *jsonScanner) expect(c byte) bool {
	s.space()
	if s.pos < len(s.src) && s.src[s.pos] == c {
		s.pos++
		return true
	}
	s.fail = true
	return false
}

func (s *jsonScanner) peek() byte {
	s.space()
	if s.pos < len(s.src) {
		return s.src[s.pos]
	}
	return 0
}

// object reads {"key": value, ...}; member reads the value of each key.
func (s *jsonScanner) object(member func(key string) bool) {
	if !s.expect('{') {
		return
	}
	if s.peek() == '}' {
		s.pos++
		return
	}
	for !s.fail {
		key, ok := s.str()
		if !ok || !s.expect(':') || !member(key) {
			s.fail = true
			return
		}
		if s.peek() == ',' {
			s.pos++
			continue
		}
		s.expect('}')
		return
	}
}

// array reads [item, ...].
func (s *jsonScanner) array(item func() bool) {
	if !s.expect('[') {
		return
	}
	if s.peek() == ']' {
		s.pos++
		return
	}
	for !s.fail {
		if !item() {
			s.fail = true
			return
		}
		if s.peek() == ',' {
			s.pos++
			continue
		}
		s.expect(']')
		return
	}
}

func (s *jsonScanner) null() bool {
	if s.peek() == 'n' && len(s.src)-s.pos >= 4 && s.src[s.pos:s.pos+4] == "null" {
		s.pos += 4
		return true
	}
	return false
}

// str reads a JSON string.
func (s *jsonScanner) str() (string, bool) {
	if !s.expect('"') {
		return "", false
	}
	start := s.pos
	src := s.src
	i := s.stringEnd(s.pos)
	s.pos = i
	switch {
	case i == len(src):
	case src[i] == '"':
		s.pos++
		return src[start:i], true
	case src[i] == '\\':
		return s.escaped(start)
	}
	s.fail = true
	return "", false
}

// leWord is the first eight bytes of s as a little-endian word.
func leWord(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainEnd is where the plain text of a string that goes on at i ends: the
// first byte from i that is not plainInString, or the end of src. Most of a
// worksheet is plain text inside strings, read here eight bytes at a time,
// and the word that holds the end says where it is without a look at each
// byte.
func plainEnd(src string, i int) int {
	for ; i+8 <= len(src); i += 8 {
		if m := stringStops(leWord(src[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(src) && plainInString[src[i]] {
		i++
	}
	return i
}

// stringEnd is plainEnd for this pass. On text not yet checked (every pass
// but a stream's), a string's plain text also ends at the first character
// checkCharacters refuses: a raw DEL or C1 control, or a byte of invalid
// UTF-8 (the C0 controls end it already). Outside strings the scanner takes
// only ASCII, so a file it reads to its end holds none of them, and the
// readers need not step through it for them first.
func (s *jsonScanner) stringEnd(p int) int {
	if s.checked {
		return plainEnd(s.src, p)
	}
	src := s.src
	i := p
	// upper marks, in each byte's high bit, the bytes at or above 0x7f read
	// in whole words, some of them past the string's end: where it marks
	// none, the string is ASCII without DEL, as nearly every string is. (A
	// byte that carries into the next one in x+ones is at or above 0x80
	// itself; the carry may mark 0x7e too, which only costs a look.)
	var upper uint64
	for ; i+8 <= len(src); i += 8 {
		x := leWord(src[i:])
		upper |= x | (x + ones)
		if m := stringStops(x); m != 0 {
			i += bits.TrailingZeros64(m) >> 3
			break
		}
	}
	if i+8 > len(src) {
		// The last bytes of the file, one at a time.
		for i < len(src) && plainInString[src[i]] {
			i++
		}
		upper = high
	}
	if upper&high != 0 {
		if at := refusedCharacter(src[p:i]); at >= 0 {
			return p + at // a byte at or above 0x7f: no string's end
		}
	}
	return i
}

// refusedCharacter is the offset of the first byte of invalid UTF-8 in text,
// or else of its first control character other than tab and line breaks;
// -1 when it holds neither.
func refusedCharacter(text string) int {
	if !utf8.ValidString(text) {
		for i := 0; ; {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n == 1 {
				return i
			}
			i += n
		}
	}
	i, _ := controlCharacter(text)
	return i
}

// stringStops marks, as bytesBelow does, the bytes of eight that are not
// plainInString: the quote, a backslash or a control character. plainEnd
// reads only the lowest mark, which is exact.
func stringStops(x uint64) uint64 {
	return bytesBelow(x, 0x20) | bytesEqual(x, '"') | bytesEqual(x, '\\')
}

// wordEndsString reports whether one of eight bytes is not plainInString.
func wordEndsString(x uint64) bool { return stringStops(x) != 0 }

// plainInString marks the bytes a JSON string holds as they are: not the
// closing quote, a backslash or a control character.
var plainInString = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// escaped finishes a string that holds escapes, from its start.
func (s *jsonScanner) escaped(start int) (string, bool) {
	buf := []byte(s.src[start:s.pos])
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == '"':
			s.pos++
			if !s.checked && refusedCharacter(s.src[start:s.pos-1]) >= 0 {
				// A raw character checkCharacters refuses (stringEnd).
				s.fail = true
				return "", false
			}
			return string(buf), true
		case c < 0x20:
			s.fail = true
			return "", false
		case c != '\\':
			buf = append(buf, c)
			s.pos++
			continue
		}
		if s.pos+1 >= len(s.src) {
			break
		}
		e := s.src[s.pos+1]
		s.pos += 2
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := s.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if s.pos+1 < len(s.src) && s.src[s.pos] == '\\' && s.src[s.pos+1] == 'u' {
					s.pos += 2
					if r2, ok = s.hex4(); !ok {
						return "", false
					}
				}
				if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
					// A lone surrogate: leave it to the YAML reader's judgement.
					s.fail = true
					return "", false
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			s.fail = true
			return "", false
		}
	}
	s.fail = true
	return "", false
}

func (s *jsonScanner) hex4() (rune, bool) {
	if s.pos+4 > len(s.src) {
		s.fail = true
		return 0, false
	}
	v, err := strconv.ParseUint(s.src[s.pos:s.pos+4], 16, 32)
	if err != nil {
		s.fail = true
		return 0, false
	}
	s.pos += 4
	return rune(v), true
}

// optString reads a string or null ("" for null).
func (s *jsonScanner) optString() (string, bool) {
	if s.null() {
		return "", true
	}
	return s.str()
}

func (s *jsonScanner) boolean() (bool, bool) {
	s.space()
	switch {
	case len(s.src)-s.pos >= 4 && s.src[s.pos:s.pos+4] == "true":
		s.pos += 4
		return true, true
	case len(s.src)-s.pos >= 5 && s.src[s.pos:s.pos+5] == "false":
		s.pos += 5
		return false, true
	}
	s.fail = true
	return false, false
}

// choice reads an allowed value of f, returning the vocabulary's own string.
func (s *jsonScanner) choice(f Fact) (string, bool) {
	v, ok := s.str()
	if !ok {
		return "", false
	}
	for _, c := range s.vocab.choices[f] {
		if c.Value == v {
			return c.Value, true
		}
	}
	s.fail = true
	return "", false
}

// activityKey describes a key of an activity: its bit, to refuse one given
// twice, and the fact it names, if any.
type activityKey struct {
	bit    uint32
	fact   Fact
	isFact bool
}

// activityKeyIndex is the table the JSON reader finds an activity's keys
// in, made when a worksheet is first read in JSON: not at every start of
// the program, `pocssr --version` included.
var activityKeyIndex = sync.OnceValue(func() *activityKeyTable {
	t := &activityKeyTable{byName: map[string]activityKey{}}
	for i, k := range activityKeys {
		f, ok := FactByKey(k)
		t.byName[k] = activityKey{bit: 1 << i, fact: f, isFact: ok}
	}
	t.register, t.review = t.byName["register"], t.byName["hrddp_review"]
	for _, k := range activityKeys {
		b := activityKeyBucket(k)
		placed := false
		for i := range t.entries[b] {
			if e := &t.entries[b][i]; e.key == "" {
				*e = activityKeyEntry{k, t.byName[k]}
				placed = true
				break
			}
		}
		t.overflow[b] = t.overflow[b] || !placed
	}
	return t
})

// activityKeyTable finds an activity's key by its length and its first and
// last bytes, then one comparison or two: a key is read for every fact of
// every activity, and hashing each for the map was a tenth of reading them.
// A bucket that more keys fall into than it holds sends its look-ups to
// the map.
type activityKeyTable struct {
	byName   map[string]activityKey
	entries  [128][2]activityKeyEntry
	overflow [128]bool
	// register and review are the keys "register" and "hrddp_review".
	register, review activityKey
}

type activityKeyEntry struct {
	key  string
	info activityKey
}

func activityKeyBucket(key string) int {
	if key == "" {
		return 0
	}
	return (len(key)*7 + int(key[0])*3 + int(key[len(key)-1])) & 127
}

// lookup is t.byName[key].
func (t *activityKeyTable) lookup(key string) (activityKey, bool) {
	b := activityKeyBucket(key)
	if t.overflow[b] {
		k, ok := t.byName[key]
		return k, ok
	}
	for _, e := range t.entries[b] {
		if e.key == key && key != "" {
			return e.info, true
		}
	}
	return activityKey{}, false
}

func (s *jsonScanner) activity(a *Activity) bool {
	keys := activityKeyIndex()
	var seen uint32
	hasTitle := false
	s.object(func(key string) bool {
		var k activityKey
		var known bool
		switch key {
		case "register":
			// The register's two keys, on every activity of a plan that
			// keeps one, read here, without hashing them or the steps
			// below for the other keys.
			if seen&keys.register.bit != 0 {
				return false
			}
			seen |= keys.register.bit
			return s.register(&a.Register) && !s.fail
		case confirmedKey:
			if !s.confirmations || a.Confirmed != nil {
				return false
			}
			return s.confirmed(a) && !s.fail
		case "hrddp_review":
			if seen&keys.review.bit != 0 {
				return false
			}
			seen |= keys.review.bit
			var ok bool
			a.HRDDPReview, ok = s.date()
			return ok && !s.fail
		default:
			k, known = keys.lookup(key)
		}
		if !known || seen&k.bit != 0 {
			return false
		}
		seen |= k.bit
		if k.isFact {
			return s.fact(a, k.fact)
		}
		var v string
		var ok bool
		switch key {
		case "id":
			// null is no id; "" is not an id, and refused as the YAML reader does.
			if ok = s.null(); !ok {
				if v, ok = s.str(); ok {
					a.ID = v
					ok = validID(v)
				}
			}
		case "title":
			if v, ok = s.str(); ok {
				a.Title, hasTitle = v, true
				ok = !blankTitle(v)
			}
		case "description":
			a.Description, ok = s.optString()
		case "notes":
			a.Notes, ok = s.optString()
		case "status":
			if ok = s.null(); !ok {
				if v, ok = s.str(); ok {
					a.Status = Status(v)
					ok = v == string(StatusDraft) || v == string(StatusReviewed)
				}
			}
		case "source":
			ok = s.source(&a.Source)
		}
		return ok && !s.fail
	})
	return !s.fail && hasTitle
}

func (s *jsonScanner) source(src *Source) bool {
	if s.null() {
		return true
	}
	var seen uint8
	s.object(func(key string) bool {
		var bit uint8
		var ok bool
		switch key {
		case "document":
			bit = 1
			src.Document, ok = s.optString()
		case "ref":
			bit = 2
			src.Ref, ok = s.optString()
		case "text":
			bit = 4
			src.Text, ok = s.optString()
		}
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		return ok
	})
	return !s.fail
}

func (s *jsonScanner) fact(a *Activity, f Fact) bool {
	if s.null() {
		return true
	}
	switch f.Type() {
	case OneOf:
		v, ok := s.choice(f)
		if ok {
			a.Facts[f] = Value{Known: true, One: v}
		}
		return ok
	case YesNo:
		b, ok := s.boolean()
		if ok {
			a.Facts[f] = Value{Known: true, Yes: b}
		}
		return ok
	}
	set := []string{}
	s.array(func() bool {
		v, ok := s.choice(f)
		if !ok || slices.Contains(set, v) {
			return false
		}
		set = append(set, v)
		return true
	})
	if s.fail {
		return false
	}
	a.Facts[f] = Value{Known: true, Set: set}
	return true
}

// confirmed reads a draft's confirmed answers from a stream's text: a list
// of fact keys, as appendActivityJSON writes them.
func (s *jsonScanner) confirmed(a *Activity) bool {
	a.Confirmed = []Fact{}
	if s.null() {
		return true
	}
	ok := true
	s.array(func() bool {
		v, good := s.str()
		f, known := FactByKey(v)
		if !good || !known {
			ok = false
			return false
		}
		a.Confirmed = append(a.Confirmed, f)
		return true
	})
	return ok
}
