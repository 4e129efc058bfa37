package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
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
		first := 0
		for first < 8 && plainInString[w[first]] {
			first++
		}
		if got := plainEnd(string(w[:])+`"`, 0); got != first {
			t.Fatalf("% x: plainEnd %d, the table says %d", w, got, first)
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
			if i, _ := controlCharacter(string(data)); i != at {
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
	if i, _ := controlCharacter(string(plain)); i != -1 {
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

// Registers of several entries read the same whether written as pocssr writes
// them, read in one loop, or with any entry written otherwise (spaced, keys
// in another order, an escape), which sends the whole register to the
// general reading; and the same by the pass that checks a file, by the
// stream's pass over the checked text, and by Parse.
func TestCompactRegistersReadAsAnyOther(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 17))
	risks := testVocab.Risks()
	owners := []string{"", "Human Rights Division", "Units of sector 3", "Équipe des droits"}
	dues := []Date{"", "2026-03-31", "2024-02-29"}
	for n := 0; n < 400; n++ {
		var want Register
		var compact, mixed strings.Builder
		compact.WriteString("{")
		mixed.WriteString("{")
		for i, k := range rng.Perm(len(risks))[:rng.IntN(len(risks)+1)] {
			e := RegisterEntry{Risk: risks[k], Status: MitigationStatuses[rng.IntN(4)], Owner: owners[rng.IntN(len(owners))], Due: dues[rng.IntN(len(dues))]}
			if e.Status == NotNeeded || rng.IntN(2) == 0 {
				e.Note = "Screened; see the \"vetting\" file"[:10+rng.IntN(22)]
			}
			want = append(want, e)
			if i > 0 {
				compact.WriteString(",")
				mixed.WriteString(",")
			}
			one := string(appendRegisterJSON(nil, Register{e}))
			compact.WriteString(one[1 : len(one)-1])
			switch rng.IntN(4) {
			case 0:
				mixed.WriteString(strings.ReplaceAll(one[1:len(one)-1], `,"`, `, "`))
			case 1:
				// The keys in encoding/json's order: status last.
				m := map[string]string{"status": string(e.Status), "owner": e.Owner, "due": string(e.Due), "note": e.Note}
				for k, v := range m {
					if v == "" {
						delete(m, k)
					}
				}
				data, _ := json.Marshal(m)
				mixed.WriteString(`"` + e.Risk + `":` + string(data))
			default:
				mixed.WriteString(one[1 : len(one)-1])
			}
		}
		compact.WriteString("}")
		mixed.WriteString("}")
		for _, reg := range []string{compact.String(), mixed.String()} {
			src := `{"activities":[{"title":"a","register":` + reg + `},{"title":"b","register":` + reg + `}]}`
			var got []Register
			if _, ok := scanJSON(src, testVocab, func(a *Activity) bool { got = append(got, a.Register); return true }); !ok {
				t.Fatalf("%s was refused", reg)
			}
			st, err := OpenStream("w.json", []byte(src), testVocab)
			if err != nil {
				t.Fatal(err)
			}
			for a := range st.All() {
				got = append(got, a.Register)
			}
			ws, err := Parse("w.json", []byte(src), testVocab)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range ws.Activities {
				got = append(got, a.Register)
			}
			for i, g := range got {
				if !g.Equal(want) {
					t.Fatalf("%s: reading %d gave %+v, want %+v", reg, i, g, want)
				}
			}
		}
	}
}

// A register written as pocssr writes it is refused, by the pass that checks
// a file, for what the general reading refuses in it: a risk named twice or
// unknown, a status, a date or a missing note it does not allow.
func TestCompactRegisterRefusesWhatTheReaderRefuses(t *testing.T) {
	ok := `"dual-role":{"status":"planned","owner":"o","due":"2026-03-31"}`
	for _, reg := range []string{
		`{` + ok + `,` + ok + `}`,
		`{` + ok + `,"dual-rol":{"status":"planned"}}`,
		`{"no-community-input":{"status":"planed"},` + ok + `}`,
		`{` + ok + `,"no-community-input":{"status":"planned","due":"2026-13-01"}}`,
		`{` + ok + `,"no-community-input":{"status":"not-needed","owner":"o"}}`,
		`{` + ok + `,"no-community-input":{"status":"planned","owner":"a` + "\t" + `b"}}`,
		`{` + ok + `,}`,
		`{` + ok,
	} {
		src := `{"activities":[{"title":"a","register":` + reg + `}]}`
		if _, read := scanJSON(src, testVocab, nil); read {
			t.Errorf("read %s", reg)
		}
		if _, err := OpenStream("w.json", []byte(src), testVocab); err == nil {
			t.Errorf("opened %s", reg)
		}
	}
}

// The fast path's date check takes exactly the dates ParseDate takes: every
// year, month and day written with two digits around the ranges' ends, and
// dates with a byte out of place.
func TestValidDateAgreesWithParseDate(t *testing.T) {
	agree := func(s string) {
		if _, err := ParseDate(s); validDate(s) != (err == nil) {
			t.Errorf("%q: validDate %v, ParseDate %v", s, validDate(s), err)
		}
	}
	for _, y := range []int{0, 1, 4, 99, 100, 1900, 2000, 2023, 2024, 2026, 2100, 2400, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				agree(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 1))
	bytes := "0123456789-/:a \x00\xff"
	for n := 0; n < 20000; n++ {
		b := []byte("2026-03-31")
		for k := rng.IntN(3) + 1; k > 0; k-- {
			b[rng.IntN(len(b))] = bytes[rng.IntN(len(bytes))]
		}
		agree(string(b))
	}
	for _, s := range []string{"", "2026-3-31", "2026-03-311", "2026-03-3", "２０26-03-31"} {
		agree(s)
	}
}

// A stream's registers, read straight into the room kept for them, are
// read whole at every length from none to every risk, across many rooms,
// compact or spaced (the general reading), on every pass; each is its own.
func TestRegistersOfEveryLengthReadIntoRoom(t *testing.T) {
	risks := testVocab.Risks()
	ws := &Worksheet{}
	for i := 0; i < 4*registerRoom; i++ {
		a := &Activity{ID: fmt.Sprintf("a%d", i), Title: "Task"}
		for j := 0; j < i%(len(risks)+1); j++ {
			a.Register = append(a.Register, RegisterEntry{Risk: risks[(i+j)%len(risks)], Status: MitigationStatuses[j%4],
				Owner: fmt.Sprintf("o%d.%d", i, j), Due: "2026-03-31", Note: "n"})
		}
		ws.Activities = append(ws.Activities, a)
	}
	compact, err := ws.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var spaced bytes.Buffer
	if err := json.Indent(&spaced, compact, "", " "); err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{compact, spaced.Bytes()} {
		st, err := OpenStream("w.json", data, testVocab)
		if err != nil {
			t.Fatal(err)
		}
		for _, pass := range []iter.Seq[*Activity]{st.All(), st.Each(), st.All()} {
			var regs []Register
			i := 0
			for a := range pass {
				if !a.Register.Equal(ws.Activities[i].Register) {
					t.Fatalf("%s: read %+v, want %+v", a.ID, a.Register, ws.Activities[i].Register)
				}
				regs = append(regs, a.Register)
				i++
			}
			for k := range regs {
				if !regs[k].Equal(ws.Activities[k].Register) {
					t.Fatalf("the register of a%d changed after the pass read on: %+v", k, regs[k])
				}
			}
			for k := range regs {
				regs[k] = append(regs[k], RegisterEntry{Risk: "added"})
				if k+1 < len(regs) && !regs[k+1].Equal(ws.Activities[k+1].Register) {
					t.Fatalf("adding to the register of a%d changed the next one's", k)
				}
			}
		}
	}
}
