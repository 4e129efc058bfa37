package report

import (
	"math/bits"
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// activityEncoder writes one activity of docs/json-output.md as compact JSON, byte for
// byte what encoding/json writes for OutputActivity, but without reflection and
// with the rulebook's fixed text (risk titles, mitigations, questions) escaped
// once instead of once per activity.
type activityEncoder struct {
	rb        *classify.Rulebook
	riskHead  map[*classify.RiskRule]string // ,"title":...
	riskTail  map[*classify.RiskRule]string // ,"mitigation":...,"section":...,"recommendations":[...]
	questions [model.NumFacts]string        // {"fact":...,"question":...}
}

func newActivityEncoder(rb *classify.Rulebook) *activityEncoder {
	e := &activityEncoder{rb: rb, riskHead: map[*classify.RiskRule]string{}, riskTail: map[*classify.RiskRule]string{}}
	for _, r := range rb.Risks {
		head := append([]byte(`,"title":`), appendJSONString(nil, r.Title)...)
		tail := append([]byte(`,"mitigation":`), appendJSONString(nil, r.Mitigation)...)
		tail = append(tail, `,"section":`...)
		tail = appendJSONString(tail, r.Section)
		tail = append(tail, `,"recommendations":[`...)
		for i, id := range r.Recommendations {
			if i > 0 {
				tail = append(tail, ',')
			}
			tail = appendJSONString(tail, id)
		}
		tail = append(tail, ']')
		e.riskHead[r], e.riskTail[r] = string(head), string(tail)
	}
	for _, q := range rb.Questions {
		b := append([]byte(`{"fact":`), appendJSONString(nil, q.Fact.Key())...)
		b = append(b, `,"question":`...)
		b = appendJSONString(b, q.Question)
		e.questions[q.Fact] = string(append(b, '}'))
	}
	return e
}

// append writes the activity's JSON after b.
func (e *activityEncoder) append(b []byte, r *classify.Result) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, r.ID)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, r.Title)
	b = append(b, `,"tier":`...)
	if r.Tier == 0 {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendInt(b, int64(r.Tier), 10)
	}
	b = append(b, `,"also_tiers":[`...)
	for i, t := range r.AlsoTiers {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(t), 10)
	}
	b = append(b, `],"agenda":`...)
	b = appendJSONString(b, string(r.Agenda))
	b = append(b, `,"overlap_basis":`...)
	b = appendJSONString(b, string(r.Basis))
	b = append(b, `,"reasons":[`...)
	for i, s := range r.Reasons {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	b = append(b, `],"risks":[`...)
	for i, k := range r.Risks {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = appendJSONString(b, k.Rule.ID)
		b = append(b, `,"severity":`...)
		b = appendJSONString(b, string(k.Severity))
		if head, ok := e.riskHead[k.Rule]; ok {
			b = append(b, head...)
			b = append(b, `,"why":`...)
			b = appendJSONString(b, k.Why)
			b = append(b, e.riskTail[k.Rule]...)
		} else {
			b = e.appendRiskSlow(b, k)
		}
		b = appendMitigation(b, &k.Mitigation)
	}
	b = append(b, `],"open_questions":[`...)
	for i, q := range r.OpenQuestions {
		if i > 0 {
			b = append(b, ',')
		}
		if s := e.questions[q.Fact]; s != "" {
			b = append(b, s...)
			continue
		}
		b = append(b, `{"fact":`...)
		b = appendJSONString(b, q.Fact.Key())
		b = append(b, `,"question":`...)
		b = appendJSONString(b, q.Question)
		b = append(b, '}')
	}
	b = append(b, `],"would_change":[`...)
	for i, c := range r.WouldChange {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"agenda":`...)
		b = appendJSONString(b, string(c.Agenda))
		b = append(b, `,"if":`...)
		b = appendJSONString(b, c.If)
		b = append(b, '}')
	}
	b = append(b, ']')
	if len(r.Stale) > 0 {
		b = append(b, `,"stale_register":[`...)
		for i, e := range r.Stale {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, e.Risk)
		}
		b = append(b, ']')
	}
	if r.HRDDPReview.Date != "" {
		b = append(b, `,"hrddp_review":{"date":`...)
		b = appendJSONDate(b, r.HRDDPReview.Date)
		b = append(b, `,"overdue":`...)
		b = strconv.AppendBool(b, r.HRDDPReview.Overdue)
		b = append(b, '}')
	}
	return append(b, '}')
}

// appendMitigation writes a risk's register entry and closes the risk.
func appendMitigation(b []byte, m *classify.Mitigation) []byte {
	if !m.HasEntry() {
		return append(b, `,"register":{"status":"none","owner":"","due":"","note":"","overdue":false}}`...)
	}
	if head := registerHead(m.Entry.Status); head != "" {
		b = append(b, head...)
	} else {
		b = append(b, `,"register":{"status":`...)
		b = appendJSONString(b, string(m.Entry.Status))
		b = append(b, `,"owner":`...)
	}
	b = appendJSONString(b, m.Entry.Owner)
	b = append(b, `,"due":`...)
	b = appendJSONDate(b, m.Entry.Due)
	b = append(b, `,"note":`...)
	b = appendJSONString(b, m.Entry.Note)
	if m.Overdue {
		return append(b, `,"overdue":true}}`...)
	}
	return append(b, `,"overdue":false}}`...)
}

// appendJSONDate writes a date as appendJSONString does. A date as a
// worksheet holds it, ten digits and dashes, needs no escape and is copied
// whole, without the steps that look for one: a plan that keeps a register
// writes a date or two for every activity.
func appendJSONDate(b []byte, d model.Date) []byte {
	if len(d) == 10 {
		// Every byte from '-' to '9': the first eight less '-' each come
		// out at '9'-'-' or below when none borrowed (the lowest that
		// borrows comes out at 0xd3 or above).
		const dash, ones, high = '-', 0x0101010101010101, 0x8080808080808080
		x := uint64(d[0]) | uint64(d[1])<<8 | uint64(d[2])<<16 | uint64(d[3])<<24 |
			uint64(d[4])<<32 | uint64(d[5])<<40 | uint64(d[6])<<48 | uint64(d[7])<<56
		v := x - ones*dash
		if (v|(v+ones*(0x7f-('9'-dash))))&high == 0 && d[8]-dash <= '9'-dash && d[9]-dash <= '9'-dash {
			return append(append(append(b, '"'), d...), '"')
		}
	}
	return appendJSONString(b, string(d))
}

// registerHeads is the start of a register entry for each status of
// model.MitigationStatuses, written once: an entry on every risk of a long
// plan repeats them. Made when first used.
var registerHeads = sync.OnceValue(func() (heads []string) {
	for _, st := range model.MitigationStatuses {
		heads = append(heads, string(appendJSONString([]byte(`,"register":{"status":`), string(st)))+`,"owner":`)
	}
	return heads
})

// registerHead is the start of an entry in status st, or "" for a status
// the worksheet does not know.
func registerHead(st model.MitigationStatus) string {
	for i, known := range model.MitigationStatuses {
		if st == known {
			return registerHeads()[i]
		}
	}
	return ""
}

// appendRiskSlow writes a risk of another rulebook than the encoder's.
func (e *activityEncoder) appendRiskSlow(b []byte, k classify.Risk) []byte {
	b = append(b, `,"title":`...)
	b = appendJSONString(b, k.Rule.Title)
	b = append(b, `,"why":`...)
	b = appendJSONString(b, k.Why)
	b = append(b, `,"mitigation":`...)
	b = appendJSONString(b, k.Rule.Mitigation)
	b = append(b, `,"section":`...)
	b = appendJSONString(b, k.Rule.Section)
	b = append(b, `,"recommendations":[`...)
	for i, id := range k.Rule.Recommendations {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, id)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// jsonPlain marks the bytes JSON output writes as they are without looking
// further: printable ASCII but the quote and the backslash.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendJSONString escapes s as encoding/json does with HTML escaping off,
// and escapes what jsonEscaped names too, as EscapeControls does.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; ; {
		if i = jsonPlainEnd(s, i); i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if jsonEscaped(r) {
			b = append(b, s[start:i]...)
			b = appendRuneEscape(b, r)
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlainEnd is the first byte of s from i that is not jsonPlain, or the
// end of s. Most of what a report writes is printable ASCII (a note, an
// owner, an explanation), stepped through eight bytes at a time; the word
// that holds a byte to look at says which it is.
func jsonPlainEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := jsonStops(s[i:]); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && jsonPlain[s[i]] {
		i++
	}
	return i
}

// jsonStops marks, in the high bit of each of the first eight bytes of s,
// those that are not jsonPlain: below 0x20, from 0x7f up, the quote and the
// backslash. Its lowest mark is exact (one above a marked byte may be false,
// the subtraction borrowing from it), and that is all jsonPlainEnd reads.
func jsonStops(s string) uint64 {
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, high = 0x0101010101010101, 0x8080808080808080
	below := func(x uint64, n uint64) uint64 { return (x - ones*n) &^ x & high }
	return x&high | below(x, 0x20) | below(x^(ones*'"'), 1) | below(x^(ones*'\\'), 1) | below(x^(ones*0x7f), 1)
}

// appendRuneEscape writes r as a JSON \uHHHH escape.
func appendRuneEscape(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}

// jsonEscaped reports whether JSON output writes r as an escape: DEL, the C1
// controls, the line and paragraph separators, and the invisible format
// characters (bidirectional overrides, soft hyphen, zero-width characters,
// byte order mark). The escape keeps the text as it is for a program and
// keeps it from reordering or shifting what a terminal shows.
func jsonEscaped(r rune) bool {
	return r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u2028' || r == '\u2029' || r >= 0xa0 && unicode.Is(unicode.Cf, r)
}

// EscapeControls rewrites encoded JSON so that it holds none of the
// characters jsonEscaped names raw: encoding/json writes them as they are,
// and a terminal obeys a C1 control (U+009B opens an escape sequence) as it
// obeys ESC. Outside strings JSON
// holds only ASCII structure, so every such character is inside a string,
// where its \uHHHH escape means the same. Data that needs no change is
// returned as it is.
func EscapeControls(data []byte) []byte {
	var out []byte
	start := 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x7f {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(data[i:])
		}
		if jsonEscaped(r) {
			if out == nil {
				out = make([]byte, 0, len(data)+16)
			}
			out = append(out, data[start:i]...)
			out = appendRuneEscape(out, r)
			start = i + size
		}
		i += size
	}
	if out == nil {
		return data
	}
	return append(out, data[start:]...)
}
