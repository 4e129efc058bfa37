package model

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// The word-at-a-time tests say of eight bytes exactly what the byte tables
// say of each: no byte slips past them, and the byte loop takes over at the
// first that needs attention.
func TestWordTestsAgreeWithTheByteTables(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 9))
	// Bytes near every boundary the tests draw, and plain ones.
	pick := []byte{0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x21, '"', '\\', 'a', 0x7e, 0x7f, 0x80, 0xc1, 0xc2, 0xc3, 0xff}
	for n := 0; n < 200000; n++ {
		var w [8]byte
		for i := range w {
			if rng.IntN(4) == 0 {
				w[i] = pick[rng.IntN(len(pick))]
			} else {
				w[i] = byte(rng.IntN(256))
			}
		}
		x := leWord(string(w[:]))
		ends, control := false, false
		for _, c := range w {
			ends = ends || !plainInString[c]
			control = control || maybeControl[c] || c == '\t' || c == '\n' || c == '\r'
		}
		if wordEndsString(x) != ends {
			t.Fatalf("% x: wordEndsString %v, the table says %v", w, !ends, ends)
		}
		if wordMayControl(x) != control {
			t.Fatalf("% x: wordMayControl %v, the table says %v", w, !control, control)
		}
	}
}

// A control character is found at its place wherever it stands in a long
// text, and a string ends at its quote wherever that stands.
func TestControlCharacterAndStringEndAnywhere(t *testing.T) {
	plain := []byte("Units screened against the database; two commanders excluded ")
	for at := 0; at < len(plain); at++ {
		for _, c := range []string{"\x01", "\x7f", "\u0085"} {
			data := append(append(append([]byte{}, plain[:at]...), c...), plain[at:]...)
			if i, _ := controlCharacter(data); i != at {
				t.Errorf("%q at %d found at %d", c, at, i)
			}
		}
		s := &jsonScanner{src: `"` + string(plain[:at]) + `"` + string(plain[at:])}
		if v, ok := s.str(); !ok || v != string(plain[:at]) {
			t.Errorf("the string ending at %d read %q, %v", at, v, ok)
		}
		s = &jsonScanner{src: `"` + string(plain[:at]) + "\n" + string(plain[at:]) + `"`}
		if _, ok := s.str(); ok {
			t.Errorf("a raw line break at %d was read inside a string", at)
		}
	}
	if i, _ := controlCharacter(plain); i != -1 {
		t.Errorf("plain text has a control character at %d", i)
	}
}

// Registers read from one file share no room: an entry added to one
// activity's register is not seen in the next one's.
func TestRegistersReadShareNothing(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"activities":[`)
	const n = 3 * registerRoom // more than one allocation of room
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id":"a%d","title":"Task %d","register":{"dual-role":{"status":"planned","owner":"o%d"}}}`, i, i, i)
	}
	b.WriteString(`]}`)
	st, err := OpenStream("w.json", []byte(b.String()), testVocab)
	if err != nil {
		t.Fatal(err)
	}
	var acts []*Activity
	for a := range st.All() {
		acts = append(acts, a)
	}
	if len(acts) != n {
		t.Fatalf("%d activities", len(acts))
	}
	for i, a := range acts {
		a.Register.Set(RegisterEntry{Risk: "hrddp-not-assessed", Status: NotStarted})
		if i+1 < n && len(acts[i+1].Register) != 1 {
			t.Fatalf("adding to %s's register changed the next: %+v", a.ID, acts[i+1].Register)
		}
		if e := a.Register.Entry("dual-role"); e == nil || e.Owner != fmt.Sprintf("o%d", i) {
			t.Fatalf("%s: %+v", a.ID, a.Register)
		}
	}
}

// An entry written as pocssr writes it and the same entry written otherwise
// (spaced, keys in another order, escapes, null) read the same; what the
// reader refuses is refused either way, and the fast path sends the file to
// the reader that says where.
func TestCompactEntriesReadAsAnyOther(t *testing.T) {
	read := func(entry string) (Register, bool) {
		src := `{"activities":[{"title":"t","register":{"dual-role":` + entry + `}}]}`
		var got Register
		_, ok := scanJSON(src, testVocab, func(a *Activity) bool { got = a.Register; return true })
		return got, ok
	}
	full := RegisterEntry{Risk: "dual-role", Status: Planned, Owner: "Human Rights Division", Due: "2026-03-31", Note: "Units screened"}
	for _, c := range []struct {
		compact, other string
		want           RegisterEntry
	}{
		{`{"status":"planned","owner":"Human Rights Division","due":"2026-03-31","note":"Units screened"}`,
			`{ "note" : "Units screened", "due":"2026-03-31", "owner":"Human Rights Divisio\u006e", "status":"planned" }`, full},
		{`{"status":"in-place"}`, `{"status":"in-place","owner":null,"note":null,"due":null}`, RegisterEntry{Risk: "dual-role", Status: InPlace}},
		{`{"status":"not-needed","note":"why"}`, `{"note":"why","status":"not-needed"}`, RegisterEntry{Risk: "dual-role", Status: NotNeeded, Note: "why"}},
		{`{"status":"planned","owner":""}`, `{"owner":"","status":"planned"}`, RegisterEntry{Risk: "dual-role", Status: Planned}},
	} {
		for _, text := range []string{c.compact, c.other} {
			got, ok := read(text)
			if !ok || len(got) != 1 || got[0] != c.want {
				t.Errorf("%s read %+v (%v), want %+v", text, got, ok, c.want)
			}
		}
	}
	for _, bad := range []string{
		`{"status":"planed"}`, `{"status":"not-needed"}`, `{"status":"not-needed","note":" "}`,
		`{"status":"planned","due":""}`, `{"status":"planned","due":"2026-02-30"}`, `{"status":"planned","owner":"a","owner":"b"}`,
		`{"status":"planned","colour":"red"}`, `{"status":"planned","note":"a` + "\t" + `b"}`, `{"owner":"a"}`, `{}`,
		`{"status":"planned","note":"x"`,
	} {
		if got, ok := read(bad); ok {
			t.Errorf("%s was read: %+v", bad, got)
		}
	}
}

// AllowsRisk allows exactly the risk ids given, whatever their buckets.
func TestAllowsRiskExactly(t *testing.T) {
	ids := []string{"grave-violations-support", "hrddp-not-assessed", "dual-role", "a", "b", "ab", "ba", "dual-rolf", "x-dual-role"}
	var v Vocabulary
	v.SetRisks(ids[:4])
	for i, id := range ids {
		if got := v.AllowsRisk(id); got != (i < 4) {
			t.Errorf("AllowsRisk(%q) = %v", id, got)
		}
	}
	for _, near := range []string{"", "dual-rol", "Dual-role", "dual-role ", "grave-violations-suport"} {
		if v.AllowsRisk(near) {
			t.Errorf("AllowsRisk(%q) is true", near)
		}
	}
}

// The register's keys, looked up apart from the others, are refused twice
// like any key.
func TestRegisterKeysTwice(t *testing.T) {
	for _, src := range []string{
		`{"activities":[{"title":"t","register":{},"register":{}}]}`,
		`{"activities":[{"title":"t","hrddp_review":"2026-01-01","hrddp_review":"2026-01-02"}]}`,
	} {
		if _, ok := scanJSON(src, testVocab, nil); ok {
			t.Errorf("read %s", src)
		}
	}
	if _, ok := scanJSON(`{"activities":[{"title":"t","register":{},"hrddp_review":"2026-01-01"}]}`, testVocab, nil); !ok {
		t.Error("refused a register and a review")
	}
}

// Each yields what All yields, activity for activity, though into one
// *Activity: its facts' lists and its register are read afresh each time,
// never into what an earlier step was handed.
func TestEachYieldsWhatAllYields(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"activities":[`)
	const n = 2*registerRoom + 5
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, `{"title":"Task %d","kinds":["mediation","deterrence"],"register":{"dual-role":{"status":"planned","owner":"o%d"}},"hrddp_review":"2026-01-01"}`, i, i)
		case 1:
			fmt.Fprintf(&b, `{"id":"t%d","title":"Task %d","register": { "dual-role" : { "owner" : "o%d", "status":"planned"}, "hrddp-not-assessed":{"status":"in-place"} } }`, i, i, i)
		case 2:
			fmt.Fprintf(&b, `{"title":"Task","implementer":"mission"}`)
		default:
			fmt.Fprintf(&b, `{"title":"Task %d","notes":"n%d","register":{}}`, i, i)
		}
	}
	b.WriteString(`]}`)
	for _, name := range []string{"w.json", "w.yaml"} {
		st, err := OpenStream(name, []byte(b.String()), testVocab)
		if err != nil {
			t.Fatal(err)
		}
		var all, each []*Activity
		var handed []Register
		for a := range st.All() {
			all = append(all, a)
		}
		var same *Activity
		for a := range st.Each() {
			if same != nil && a != same && name == "w.json" {
				t.Fatal("Each handed out another *Activity")
			}
			same = a
			handed = append(handed, a.Register)
			each = append(each, a.Clone())
		}
		if !sameWorksheet(&Worksheet{Activities: all}, &Worksheet{Activities: each}) {
			t.Fatalf("%s: Each yields other activities than All", name)
		}
		for i, reg := range handed {
			if !reflect.DeepEqual(reg, all[i].Register) && !(len(reg) == 0 && len(all[i].Register) == 0) {
				t.Fatalf("%s: the register handed at step %d changed later: %+v, want %+v", name, i, reg, all[i].Register)
			}
		}
		if st.Reads() != 2 {
			t.Errorf("%s: %d reads counted", name, st.Reads())
		}
	}
}
