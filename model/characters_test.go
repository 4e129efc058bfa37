package model

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// Where a character goes in each layout below: a register's owner, its note,
// its risk id, and the activity's title.
var characterPlaces = []string{"{owner}", "{note}", "{risk}", "{title}"}

// characterLayouts is one activity with a register written each way the
// readers take it: JSON as pocssr writes it (the fast path's compact
// register), spaced with its keys in another order (the fast path's general
// reading), with an escape in every string (the escaped strings' path),
// across lines, and YAML.
var characterLayouts = []struct{ name, file, src string }{
	{"compact", "w.json", `{"activities":[{"title":"Vet {title}units","register":{"dual-{risk}role":{"status":"planned","owner":"Human {owner}Rights Division","due":"2026-03-31","note":"Units {note}screened against the database"}},"hrddp_review":"2026-06-30"}]}`},
	{"spaced", "w.json", `{ "activities" : [ { "register" : { "dual-{risk}role" : { "owner" : "Human {owner}Rights Division", "status" : "planned", "note" : "Units {note}screened against the database", "due" : "2026-03-31" } }, "title" : "Vet {title}units" } ] }`},
	{"escaped", "w.json", `{"activities":[{"title":"Vet\t{title}units","register":{"dual-\u0072{risk}ole":{"status":"planned","owner":"Human\/{owner}Rights Division","due":"2026-03-31","note":"Units \"{note}screened\" against the database"}}}]}`},
	{"lines", "w.json", "{\n  \"activities\": [\n    {\n      \"title\": \"Vet {title}units\",\n      \"register\": {\n        \"dual-{risk}role\": {\n" +
		"          \"status\": \"planned\",\n          \"owner\": \"Human {owner}Rights Division\",\n          \"note\": \"Units {note}screened against the database\"\n        }\n      }\n    }\n  ]\n}\n"},
	{"yaml", "w.yaml", "activities:\n  - title: Vet {title}units\n    register:\n      dual-{risk}role:\n        status: planned\n        owner: Human {owner}Rights Division\n" +
		"        due: 2026-03-31\n        note: Units {note}screened against the database\n    hrddp_review: 2026-06-30\n"},
}

// placeCharacter writes c at place in a layout, and nothing at the others;
// at is c's byte offset.
func placeCharacter(src, place, c string) (text string, at int) {
	for _, p := range characterPlaces {
		if p != place {
			src = strings.Replace(src, p, "", 1)
		}
	}
	at = strings.Index(src, place)
	return strings.Replace(src, place, c, 1), at
}

// A character no worksheet may hold raw is refused wherever it stands, in a
// register's owner, note or risk id or in a title, by Parse and by
// OpenStream, in every layout: with the check of the text's own words, at the
// character's line and column. The JSON fast path refuses it by itself
// (the readers no longer check the text for it before that path).
func TestRefusedCharactersInARegister(t *testing.T) {
	const control = "the file holds the control character U+%04X; remove it, or write it as \\u%04x inside double quotes"
	refused := []struct{ c, msg string }{
		{"\x01", fmt.Sprintf(control, 1, 1)},
		{"\x1b", fmt.Sprintf(control, 0x1b, 0x1b)},
		{"\x7f", fmt.Sprintf(control, 0x7f, 0x7f)},
		{"\u0080", fmt.Sprintf(control, 0x80, 0x80)},
		{"\u0085", fmt.Sprintf(control, 0x85, 0x85)},
		{"\u009f", fmt.Sprintf(control, 0x9f, 0x9f)},
		{"\x00", "the file holds a NUL byte: it is not a text file"},
		{"\xff", "the file is not valid UTF-8 text (save it as UTF-8)"},
		{"\xc2", "the file is not valid UTF-8 text (save it as UTF-8)"},
		{"\xe2\x82", "the file is not valid UTF-8 text (save it as UTF-8)"},
		{"\xed\xa0\x80", "the file is not valid UTF-8 text (save it as UTF-8)"}, // a surrogate
	}
	for _, l := range characterLayouts {
		for _, place := range characterPlaces {
			for _, r := range refused {
				src, at := placeCharacter(l.src, place, r.c)
				line := 1 + strings.Count(src[:at], "\n")
				col := 1 + utf8.RuneCountInString(src[strings.LastIndex(src[:at], "\n")+1:at])
				want := fmt.Sprintf("%s:%d:%d: %s", l.file, line, col, r.msg)
				tag := fmt.Sprintf("%s, %q in %s", l.name, r.c, place)
				if _, err := Parse(l.file, []byte(src), testVocab); err == nil || err.Error() != want {
					t.Errorf("%s: Parse says %v, want %s", tag, err, want)
				}
				if _, err := OpenStream(l.file, []byte(src), testVocab); err == nil || err.Error() != want {
					t.Errorf("%s: OpenStream says %v, want %s", tag, err, want)
				}
				if _, ok := parseJSONFast([]byte(src), testVocab); ok {
					t.Errorf("%s: the fast path read it", tag)
				}
			}
		}
	}
}

// Characters a worksheet may hold, some of whose bytes the fast path stops
// at (U+00A0 and « begin as U+0085 does), are read where they stand by every
// reader, JSON by the fast path.
func TestAllowedCharactersInARegister(t *testing.T) {
	for _, l := range characterLayouts {
		for _, place := range []string{"{owner}", "{note}", "{title}"} {
			for _, c := range []string{"é", "\u00a0", "«", "\u00bf", "\u00c2", "\u00ff", "\U0001F600", "~"} {
				src, _ := placeCharacter(l.src, place, c)
				tag := fmt.Sprintf("%s, %q in %s", l.name, c, place)
				w, err := Parse(l.file, []byte(src), testVocab)
				if err != nil {
					t.Errorf("%s: %v", tag, err)
					continue
				}
				if l.file == "w.json" {
					if _, ok := parseJSONFast([]byte(src), testVocab); !ok {
						t.Errorf("%s: the fast path did not read it", tag)
					}
				}
				st, err := OpenStream(l.file, []byte(src), testVocab)
				if err != nil {
					t.Errorf("%s: OpenStream: %v", tag, err)
					continue
				}
				for a := range st.All() {
					for _, got := range []*Activity{a, w.Activities[0]} {
						e := got.Register.Entry("dual-role")
						if e == nil {
							t.Fatalf("%s: no entry for dual-role", tag)
						}
						read := map[string]string{"{owner}": e.Owner, "{note}": e.Note, "{title}": got.Title}[place]
						if !strings.Contains(read, c) {
							t.Errorf("%s: read %q", tag, read)
						}
					}
				}
			}
		}
	}
}

// The fast path's strings end at a refused character wherever it stands
// against the eight bytes read at once, also among the file's last bytes,
// and read an allowed one wherever it stands, also just past a string's
// end, where the word read holds it but the string does not.
func TestStringEndRefusesAnywhere(t *testing.T) {
	plain := "Units screened against the database; two commanders excluded"
	for at := 0; at <= len(plain); at++ {
		for _, c := range []string{"\x7f", "\u0085", "\xc2", "\xff", "\xe2\x82"} {
			for _, src := range []string{
				`"` + plain[:at] + c + plain[at:] + `"`,
				`"` + plain[:at] + c + plain[at:] + `","owner":"Human Rights Division"}`,
				`"\n` + plain[:at] + c + plain[at:] + `"`,
			} {
				if v, ok := (&jsonScanner{src: src}).str(); ok {
					t.Errorf("%q at %d of %q: read %q", c, at, src, v)
				}
			}
		}
		for _, c := range []string{"é", "\u00a0", "\U0001F600"} {
			want := plain[:at] + c + plain[at:]
			for _, src := range []string{`"` + want + `"`, `"` + want + `"` + c + plain} {
				for _, checked := range []bool{false, true} {
					if v, ok := (&jsonScanner{src: src, checked: checked}).str(); !ok || v != want {
						t.Errorf("%q at %d (checked %v): read %q, %v", c, at, checked, v, ok)
					}
				}
			}
			if v, ok := (&jsonScanner{src: `"` + plain[:at] + `"` + c}).str(); !ok || v != plain[:at] {
				t.Errorf("%q past the end at %d: read %q, %v", c, at, v, ok)
			}
		}
	}
}
