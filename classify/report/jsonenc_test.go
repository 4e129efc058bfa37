package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// The hand-written encoder writes exactly what encoding/json writes for the
// same activity, with DEL and C1 controls escaped, on the case library and on
// random activities with hostile text.
func TestActivityEncoderMatchesEncodingJSON(t *testing.T) {
	rb := classify.Default()
	enc := newActivityEncoder(rb)
	check := func(a *model.Activity) {
		t.Helper()
		r := rb.ClassifyOn(a, "2026-05-01")
		var want bytes.Buffer
		je := json.NewEncoder(&want)
		je.SetEscapeHTML(false)
		je.Encode(NewOutputActivity(&r))
		got := enc.append(nil, &r)
		if !bytes.Equal(got, EscapeControls(bytes.TrimSuffix(want.Bytes(), []byte("\n")))) {
			t.Fatalf("encoders differ\n got %s\nwant %s", got, want.Bytes())
		}
	}
	ws, _ := classify.Cases(rb)
	for _, a := range ws.Activities {
		check(a)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	texts := []string{"plain", "quote \" back \\ slash", "ctrl \x01\x1f\b\f\n\r\t", "<html> & 'x'", "line\u2028sep\u2029",
		"bad \xff utf8", "ünï 😀", "", "csi \u009b2J del \x7f nel \u0085 \u00a0", "bidi \u202egnp.exe shy \u00ad zw \u200b bom \ufeff"}
	for i := 0; i < 2000; i++ {
		a := &model.Activity{ID: texts[rng.IntN(len(texts))], Title: texts[rng.IntN(len(texts))],
			Facts: sample.Facts(rng, rb, 0.33, 3)}
		// Half of them keep a register with hostile text, over every risk id.
		for _, id := range rb.Vocabulary().Risks() {
			if rng.IntN(4) == 0 {
				// Now and then a status and dates no worksheet holds: the
				// encoder writes whatever it is given as encoding/json does.
				e := model.RegisterEntry{Risk: id, Status: model.MitigationStatuses[rng.IntN(4)],
					Owner: texts[rng.IntN(len(texts))], Note: texts[rng.IntN(len(texts))],
					Due: model.Date([]string{"", "2026-04-30", "2026-05-02"}[rng.IntN(3)])}
				if rng.IntN(10) == 0 {
					e.Status = model.MitigationStatus("odd " + texts[rng.IntN(len(texts))])
					e.Due = model.Date(texts[rng.IntN(len(texts))])
				}
				a.Register = append(a.Register, e)
			}
		}
		if rng.IntN(3) == 0 {
			a.HRDDPReview = model.Date([]string{"2026-04-30", "2026-05-02", "2026-05-0\"2"}[rng.IntN(3)])
		}
		check(a)
	}
}

// EscapeControls leaves no raw DEL, C1 control or line separator in encoded
// JSON, and the JSON still decodes to the same text.
func TestEscapeControls(t *testing.T) {
	for _, text := range []string{"csi \u009b2J", "del \x7f", "nel \u0085", "ls \u2028 ps \u2029", "plain", "ünï 😀 \u00a0", "bad \xff",
		"bidi \u202egnp.exe\u202c", "shy \u00ad zw \u200b\u200d bom \ufeff"} {
		data, _ := json.Marshal(map[string]string{"k": text})
		got := EscapeControls(data)
		for _, r := range string(got) {
			if r == 0x7f || r >= 0x80 && r < 0xa0 || r == 0x2028 || r == 0x2029 || r >= 0xa0 && unicode.Is(unicode.Cf, r) {
				t.Errorf("%q: raw %U in %s", text, r, got)
			}
		}
		var back map[string]string
		if err := json.Unmarshal(got, &back); err != nil || back["k"] != strings.ToValidUTF8(text, "\ufffd") {
			t.Errorf("%q: %s decodes to %q (%v)", text, got, back["k"], err)
		}
	}
	if got := EscapeControls([]byte(`{"k":"\u009b"}`)); string(got) != `{"k":"\u009b"}` {
		t.Errorf("escaped text changed: %s", got)
	}
}

// appendJSONString writes a string the same whichever of its bytes need an
// escape and wherever they stand: the eight-byte steps through plain text
// stop at each of them.
func TestAppendJSONStringEverywhere(t *testing.T) {
	plain := "Units screened against the database; two commanders excluded."
	for at := 0; at <= len(plain); at++ {
		for _, c := range []string{`"`, `\`, "\n", "\x01", "\x7f", "\u0085", "é", "\u2028", "\u202e", "\xff", "~", "\x00\"", "\x1f\x01", "é\x7f\\"} {
			s := plain[:at] + c + plain[at:]
			want := slowJSONString(s)
			if got := string(appendJSONString(nil, s)); got != want {
				t.Fatalf("%q at %d: %s, want %s", c, at, got, want)
			}
		}
	}
}

// slowJSONString escapes a string a byte (or a rune) at a time, as
// appendJSONString did before it stepped over plain text eight bytes at a time.
func slowJSONString(s string) string {
	b := []byte{'"'}
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r < 0x20:
			b = append(b, fmt.Sprintf(`\u%04x`, r)...)
		case r == utf8.RuneError:
			b = append(b, `\ufffd`...)
		case jsonEscaped(r):
			b = appendRuneEscape(b, r)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(append(b, '"'))
}

// appendJSONDate writes what appendJSONString writes, for dates and for ten
// bytes that are none: the bytes around '-' to '9', those JSON escapes, and
// any other.
func TestAppendJSONDateAsString(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	near := []byte{',', '-', '.', '/', '0', '5', '9', ':', '"', '\\', 0x00, 0x1f, 0x7f, 0x80, 0xc2, 0x85, 0xff}
	for n := 0; n < 50000; n++ {
		b := []byte("2026-03-31")
		if n%10 == 0 {
			b = b[:rng.IntN(12)%len(b)]
		}
		for k := rng.IntN(3); k > 0 && len(b) > 0; k-- {
			c := near[rng.IntN(len(near))]
			if rng.IntN(4) == 0 {
				c = byte(rng.IntN(256))
			}
			b[rng.IntN(len(b))] = c
		}
		d := model.Date(b)
		if got, want := string(appendJSONDate(nil, d)), string(appendJSONString(nil, string(d))); got != want {
			t.Fatalf("%q: %s, want %s", d, got, want)
		}
	}
}
