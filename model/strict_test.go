package model

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// A .json file is RFC 8259 JSON: whatever else it holds is refused with its
// line and column and a hint, never read as YAML.
func TestStrictJSONRefusals(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"trailing comma in object", `{"activities":[{"title":"a",}]}`, `w.json:1:28: not valid JSON: trailing comma before '}'`},
		{"trailing comma in list", "{\"activities\":[\n {\"title\":\"a\"},\n]}", `w.json:2:15: not valid JSON: trailing comma before ']'`},
		{"hash comment", "{\n# note\n\"activities\":[]}", `w.json:2:1: not valid JSON: expected a key in double quotes; JSON has no comments (# ...)`},
		{"slash comment", "{\"activities\":[] // note\n}", `w.json:1:18: not valid JSON: expected ',' or '}' in the object that opens at 1:1, found '/'; JSON has no comments`},
		{"single quotes", `{"activities":[{'title':'a'}]}`, `w.json:1:17: not valid JSON: expected a key in double quotes; JSON text takes double quotes`},
		{"bare key", `{activities:[]}`, `w.json:1:2: not valid JSON: expected a key in double quotes; activities: JSON text takes double quotes ("activities")`},
		{"bare word value", `{"activities":[{"title":patrol}]}`, `w.json:1:25: not valid JSON: patrol: JSON text takes double quotes ("patrol")`},
		{"capital True", `{"activities":[{"title":"a","dual_role":True}]}`, `w.json:1:41: not valid JSON: True: JSON writes true, false and null in lower case`},
		{"second value", "{\"activities\":[]}\n{}", `w.json:2:1: not valid JSON: '{' after the end of the worksheet`},
		{"closing brackets", `{"activities":[]}}]`, `w.json:1:18: not valid JSON: '}' after the end of the worksheet`},
		{"unclosed", `{"activities":[{"title":"a"}`, `w.json:1:29: not valid JSON: the file ends inside the list that opens at 1:15 (a ']' is missing)`},
		{"missing comma", `{"activities":[{"title":"a"}{"title":"b"}]}`, `w.json:1:29: not valid JSON: expected ',' or ']': a comma is missing between two items of the list`},
		{"unclosed text", `{"activities":[{"title":"a}]}`, `w.json:1:30: not valid JSON: the text that begins at 1:25 has no closing '"'`},
		{"line break in text", "{\"activities\":[{\"title\":\"a\nb\"}]}", `w.json:1:27: not valid JSON: a line break inside the text that begins at 1:25`},
		{"tab in text", "{\"activities\":[{\"title\":\"a\tb\"}]}", `w.json:1:27: not valid JSON: a control character (U+0009) inside text`},
		{"unknown escape", `{"activities":[{"title":"a\x41"}]}`, `w.json:1:27: not valid JSON: unknown escape \x`},
		{"lone surrogate", `{"activities":[{"title":"a\ud83d"}]}`, `w.json:1:27: not valid JSON: \ud83d is half of a UTF-16 surrogate pair`},
		{"leading zero", `{"activities":[{"title":"a","notes":01}]}`, `w.json:1:37: not valid JSON: a JSON number does not start with 0`},
		{"no digits after point", `{"activities":[{"title":"a","notes":1.}]}`, `w.json:1:37: not valid JSON: a number needs a digit after its decimal point`},
		{"list at the top", `[{"title":"a"}]`, `w.json:1:1: expected a worksheet (a mapping with schema, mission, mandate, activities), found a list`},
		{"yaml in a json file", "activities:\n  - title: a\n", `w.json:1:1: not valid JSON: activities: JSON text takes double quotes`},
		{"deep nesting", `{"activities":` + strings.Repeat("[", 2000), `not valid JSON: lists and objects nest deeper than 1000 levels`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("w.json", []byte(c.src), testVocab)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want an *InputError", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("got\n  %v\nwant it to hold\n  %s", err, c.want)
			}
		})
	}
}

// Errors found by the worksheet rules in a JSON file are placed exactly, also
// on the single line of a minified file and after an emoji written as a
// surrogate pair, whatever the file is named.
func TestJSONProblemPositions(t *testing.T) {
	src := `{"activities":[{"title":"Patrol \ud83d\ude00","implementer":"misison"},{"title":"b","kinds":"vetting","title":"c"}]}`
	for _, name := range []string{"w.json", "w.yaml", "<stdin>"} {
		_, err := Parse(name, []byte(src), testVocab)
		if err == nil {
			t.Fatalf("%s: accepted", name)
		}
		for _, want := range []string{
			name + `:1:61: "misison" is not a value of implementer`,
			name + `:1:93: kinds takes a list of values, found the text "vetting" (write [vetting])`,
			name + `:1:103: "title" is given twice in this activity: first at line 1, column 73`,
		} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s: got\n%v\nwant %s", name, err, want)
			}
		}
		if strings.Contains(err.Error(), "Unicode") {
			t.Errorf("%s: the surrogate pair hides the real problems: %v", name, err)
		}
	}
	// A valid file with emoji and \/ reads the same under any name.
	ok := `{"activities":[{"title":"S\/RES\/2098 \ud83d\ude00"}]}`
	for _, name := range []string{"w.json", "w.yaml"} {
		w, err := Parse(name, []byte(ok), testVocab)
		if err != nil || w.Activities[0].Title != "S/RES/2098 \U0001F600" {
			t.Errorf("%s: %v %+v", name, err, w)
		}
	}
}

// Anything after the one YAML document is refused with its position.
func TestYAMLAfterTheDocument(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unclosed second document", "activities:\n  - title: a\n---\nactivities: [\n", "w.yaml:5:1: not valid YAML: did not find expected node content (after the end of the worksheet's document"},
		{"second document", "activities: []\n---\nactivities: []\n", "w.yaml:2:1: a second YAML document (after ---)"},
		{"empty second document", "activities: []\n---\n", "a second YAML document"},
		{"junk after a flow mapping", "{activities: [{title: a}]} xyz\n", "w.yaml:1:"},
		{"error on line 1", "{activities: [{title: a}}\n", "w.yaml:1:1: not valid YAML:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("w.yaml", []byte(c.src), testVocab)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want %s", err, c.want)
			}
		})
	}
}

// A key given twice is refused in every mapping, however long, with both
// positions, and reported once however often it repeats.
func TestKeyGivenTwice(t *testing.T) {
	long := "activities:\n  - title: Training\n" + strings.Repeat("    notes: n\n", 40) + "    title: EVIL\n"
	_, err := Parse("w.yaml", []byte(long), testVocab)
	if err == nil || !strings.Contains(err.Error(), `w.yaml:43:5: "title" is given twice in this activity: first at line 2, column 5`) {
		t.Fatalf("long activity: %v", err)
	}
	if n := strings.Count(err.Error(), `"notes" is given twice`); n != 1 {
		t.Errorf("notes reported %d times, want once:\n%v", n, err)
	}
	root := "mission: A\n" + strings.Repeat("mandate: m\n", 40) + "mission: B\nactivities: []\n"
	if _, err := Parse("w.yaml", []byte(root), testVocab); err == nil || !strings.Contains(err.Error(), `w.yaml:42:1: "mission" is given twice: first at line 1, column 1`) {
		t.Errorf("long worksheet mapping: %v", err)
	}
	src := "activities:\n  - title: t\n    source: {ref: '1', text: x, ref: '2'}\n"
	if _, err := Parse("w.yaml", []byte(src), testVocab); err == nil || !strings.Contains(err.Error(), `w.yaml:3:33: "ref" is given twice in source: first at line 3, column 14`) {
		t.Errorf("source: %v", err)
	}
	js := `{"activities":[{"title":"t","source":{"ref":"1","ref":"2"}}]}`
	if _, err := Parse("w.json", []byte(js), testVocab); err == nil || !strings.Contains(err.Error(), `w.json:1:49: "ref" is given twice in source: first at line 1, column 39`) {
		t.Errorf("source in JSON: %v", err)
	}
}

// The two readers follow one rule for white space and control characters: a
// title of only white space (any Unicode white space) is empty in both; raw
// control characters other than tab, line feed and carriage return are refused
// by both with their position; escaped, they are read as the characters they
// name, and saving in either format writes them so that they read back.
func TestReadersAgreeOnSpaceAndControls(t *testing.T) {
	runes := []rune{' ', '\t', 0x01, 0x1b, 0x7f, 0x80, 0x85, 0x9b, 0x9f, 0xa0, 0xad, 0x1680, 0x2000, 0x200b, 0x2028, 0x2029, 0x202e, 0x3000, 0xfeff, 'a', 'é', 0x1f600}
	for _, r := range runes {
		for _, title := range []string{string(r), "a" + string(r) + "b", string(r) + string(r)} {
			raw := `"` + title + `"`
			for _, form := range []struct{ kind, json, yaml string }{{"escaped", jsonQuote(title, false), jsonQuote(title, true)}, {"raw", raw, raw}} {
				j := []byte(`{"activities":[{"title":` + form.json + `}]}`)
				y := []byte("activities:\n  - title: " + form.yaml + "\n")
				jw, jerr := Parse("w.json", j, testVocab)
				yw, yerr := Parse("w.yaml", y, testVocab)
				_, yjerr := parseYAML("w.yaml", j, testVocab, nil) // the YAML reader on the JSON text
				tag := fmt.Sprintf("%U %s %q", r, form.kind, title)
				if form.kind == "raw" && r == '\t' {
					// JSON's grammar has no raw tab inside text; YAML's has.
					if jerr == nil || !strings.Contains(jerr.Error(), "not valid JSON: a control character (U+0009)") || (yerr != nil) != (strings.TrimSpace(title) == "") {
						t.Errorf("%s: %v / %v", tag, jerr, yerr)
					}
					continue
				}
				if (jerr == nil) != (yerr == nil) {
					t.Errorf("%s: JSON reader says %v, YAML reader says %v", tag, jerr, yerr)
					continue
				}
				if (jerr == nil) != (yjerr == nil) && checkText("w", j) == nil && !strings.Contains(fmt.Sprint(yjerr), "escape") {
					t.Errorf("%s: on the same JSON text the YAML reader says %v, the JSON reader %v", tag, yjerr, jerr)
				}
				if jerr != nil {
					if !strings.Contains(jerr.Error(), ":1:") || !strings.Contains(yerr.Error(), ":2:") {
						t.Errorf("%s: refusals without position: %v / %v", tag, jerr, yerr)
					}
					continue
				}
				if jw.Activities[0].Title != title || yw.Activities[0].Title != title {
					t.Errorf("%s: read %q (JSON) and %q (YAML)", tag, jw.Activities[0].Title, yw.Activities[0].Title)
				}
				for _, f := range []Format{JSON, YAML} {
					out, err := jw.Encode(f)
					if err != nil {
						t.Fatal(err)
					}
					back, err := Parse("again."+string(f), out, testVocab)
					if err != nil || back.Activities[0].Title != title {
						t.Errorf("%s: saved as %s does not read back: %v\n%s", tag, f, err, out)
					}
				}
			}
			if strings.TrimSpace(title) == "" {
				if _, err := Parse("w.json", []byte(`{"activities":[{"title":`+jsonQuote(title, false)+`}]}`), testVocab); err == nil || !strings.Contains(err.Error(), "title is empty") {
					t.Errorf("%U: a title of white space only is not refused as empty: %v", r, err)
				}
			}
		}
	}
}

// jsonQuote writes s as a JSON string with every non-ASCII or control
// character escaped: above U+FFFF as a surrogate pair, or for YAML as \UXXXXXXXX.
func jsonQuote(s string, forYAML bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r > 0xffff && forYAML:
			fmt.Fprintf(&b, `\U%08x`, r)
		case r > 0xffff:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// A JSON save writes DEL and C1 controls as escapes, and nothing else changes.
func TestEscapeControls(t *testing.T) {
	cases := map[string]string{
		"plain":        "plain",
		"a\x7fb":       `a\u007fb`,
		"a\u0085b":     `a\u0085b`,
		"é\u009bü":     `é\u009bü`,
		"\u00a0\u00c2": "\u00a0\u00c2",
	}
	for in, want := range cases {
		if got := string(escapeControls([]byte(in))); got != want {
			t.Errorf("escapeControls(%q) = %q, want %q", in, got, want)
		}
	}
}

// A file named .yaml (or read from standard input) that is written as JSON but
// is neither valid JSON nor valid YAML gets the JSON reader's exact position;
// a YAML flow mapping keeps the YAML reader's account.
func TestNotJSONNotYAML(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"w.yaml", `{"activities":[{"title":"a"}}`, `w.yaml:1:29: not valid JSON: expected ',' or ']' in the list that opens at 1:15, found '}'`},
		{"<stdin>", `{"activities":[{"title":"a"}}`, `<stdin>:1:29: not valid JSON:`},
		{"w.yaml", "{activities: [{title: a}}\n", "w.yaml:1:1: not valid YAML:"},
		{"<stdin>", `{"activities":[{"title":"a",}]}`, `<stdin>:1:28: not valid JSON: trailing comma`},
	}
	for _, c := range cases {
		if _, err := Parse(c.name, []byte(c.src), testVocab); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %s: got %v, want %s", c.name, c.src, err, c.want)
		}
	}
}

// Standard input takes a YAML flow mapping as YAML: only text that begins as a
// JSON object must be JSON.
func TestStdinFlowMappingIsYAML(t *testing.T) {
	w, err := Parse("<stdin>", []byte("{activities: [{title: a, kinds: [vetting]}]}"), testVocab)
	if err != nil || len(w.Activities) != 1 || w.Activities[0].Title != "a" {
		t.Errorf("%v %+v", err, w)
	}
}
