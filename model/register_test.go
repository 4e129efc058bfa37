package model

import (
	"errors"
	"strings"
	"testing"
)

const registerYAML = `activities:
  - id: joint-op
    title: Joint offensive
    implementer: mission
    register:
      # screened before support
      grave-violations-support:
        status: in-place   # since January
        owner: Human Rights Division
        due: 2026-03-31
        note: Units screened; two commanders excluded
      dual-role:
        status: not-needed
        note: Different units advise and fight
      hrddp-not-assessed:
        status: planned
    hrddp_review: 2026-06-30
`

// The register and the review date read the same from YAML, from strict JSON,
// and from the JSON fast path and the stream, entries in file order.
func TestRegisterReads(t *testing.T) {
	w := mustParse(t, registerYAML)
	a := w.Activities[0]
	want := Register{
		{Risk: "grave-violations-support", Status: InPlace, Owner: "Human Rights Division", Due: "2026-03-31", Note: "Units screened; two commanders excluded"},
		{Risk: "dual-role", Status: NotNeeded, Note: "Different units advise and fight"},
		{Risk: "hrddp-not-assessed", Status: Planned},
	}
	if !a.Register.Equal(want) || a.HRDDPReview != "2026-06-30" {
		t.Fatalf("read %+v, review %q", a.Register, a.HRDDPReview)
	}
	js, err := w.Encode(JSON)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"register": {`) || strings.Index(string(js), "grave-violations-support") > strings.Index(string(js), "dual-role") {
		t.Fatalf("JSON save lost the register or its order:\n%s", js)
	}
	fast, ok := parseJSONFast(js, testVocab)
	if !ok || !sameWorksheet(w, fast) {
		t.Fatalf("fast path: ok=%v", ok)
	}
	strict, err, _ := parseJSONText("w.json", js, testVocab, nil)
	if err != nil || !sameWorksheet(w, strict) {
		t.Fatalf("strict JSON: %v", err)
	}
	st, err := OpenStream("w.yaml", []byte(registerYAML), testVocab)
	if err != nil {
		t.Fatal(err)
	}
	for got := range st.All() {
		if !got.Register.Equal(want) || got.HRDDPReview != "2026-06-30" {
			t.Fatalf("stream read %+v", got.Register)
		}
	}
}

// Bad register input is refused with its position, what was expected, the
// allowed values and, for a risk id, the nearest one — in YAML and JSON alike.
func TestRegisterProblems(t *testing.T) {
	cases := []struct{ name, entry, want string }{
		{"unknown risk", "grave-violation-support: {status: planned}", `w.yaml:4:7: "grave-violation-support" is not a risk of the rulebook in use, so the register cannot hold an entry for it; risks: capacity-without-accountability, grave-violations-support, hrddp-not-assessed, dual-role, no-community-input (did you mean grave-violations-support?)`},
		{"bad status", "dual-role: {status: done}", `w.yaml:4:27: "done" is not a status of a register entry; allowed: not-started, planned, in-place, not-needed`},
		{"status misspelt", "dual-role: {status: inplace}", `(did you mean in-place?)`},
		{"no status", "dual-role: {owner: HRD}", `w.yaml:4:18: the register entry for dual-role has no status (status is required; allowed: not-started, planned, in-place, not-needed)`},
		{"not-needed without note", "dual-role: {status: not-needed}", `w.yaml:4:18: the register entry for dual-role is not-needed, which needs a note saying why`},
		{"not-needed blank note", "dual-role: {status: not-needed, note: \" \"}", `w.yaml:4:45: the register entry for dual-role is not-needed`},
		{"date written day first", "dual-role: {status: planned, due: 31/03/2026}", `w.yaml:4:41: due: "31/03/2026" is not a date: write it YYYY-MM-DD, e.g. 2026-03-31`},
		{"no such day", "dual-role: {status: planned, due: 2026-02-30}", `w.yaml:4:41: due: "2026-02-30" is not a date: February 2026 has 28 days`},
		{"leap day", "dual-role: {status: planned, due: 2025-02-29}", `February 2025 has 28 days`},
		{"no such month", "dual-role: {status: planned, due: 2026-13-01}", `there is no month 13`},
		{"date and time", "dual-role: {status: planned, due: 2026-03-31T10:00:00Z}", `write it YYYY-MM-DD`},
		{"date as number", "dual-role: {status: planned, due: 20260331}", `"20260331" is not a date`},
		{"unknown entry key", "dual-role: {status: planned, owners: HRD}", `w.yaml:4:36: unknown key "owners" in the register entry for dual-role; allowed: status, owner, due, note (did you mean owner?)`},
		{"entry not a mapping", "dual-role: planned", `w.yaml:4:18: the register entry for dual-role must be a mapping with status (required), owner, due, note; found the text "planned"`},
		{"risk twice", "dual-role: {status: planned}\n      dual-role: {status: in-place}", `w.yaml:5:7: "dual-role" is given twice in register`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := "activities:\n  - title: a\n    register:\n      " + c.entry + "\n"
			_, err := Parse("w.yaml", []byte(src), testVocab)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("got %v, want an *InputError", err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("got\n  %v\nwant it to hold\n  %s", err, c.want)
			}
		})
	}
	others := []struct{ name, src, want string }{
		{"register a list", "activities:\n  - title: a\n    register: [dual-role]\n", `w.yaml:3:15: register must be a mapping from risk ids to entries (status, owner, due, note), found a list`},
		{"review not a date", "activities:\n  - title: a\n    hrddp_review: next year\n", `w.yaml:3:19: hrddp_review: "next year" is not a date: write it YYYY-MM-DD`},
		{"json unknown risk", `{"activities":[{"title":"a","register":{"dual-rol":{"status":"planned"}}}]}`, `w.json:1:41: "dual-rol" is not a risk of the rulebook in use`},
		{"json bad review", `{"activities":[{"title":"a","hrddp_review":"2026-6-30"}]}`, `w.json:1:44: hrddp_review: "2026-6-30" is not a date`},
		{"json not-needed", `{"activities":[{"title":"a","register":{"dual-role":{"status":"not-needed"}}}]}`, `w.json:1:53: the register entry for dual-role is not-needed, which needs a note`},
	}
	for _, c := range others {
		t.Run(c.name, func(t *testing.T) {
			name := "w.yaml"
			if strings.HasPrefix(c.src, "{") {
				name = "w.json"
			}
			_, err := Parse(name, []byte(c.src), testVocab)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got\n  %v\nwant it to hold\n  %s", err, c.want)
			}
		})
	}
}

// A risk the rulebook in use does not know (renamed or removed) makes its
// entry an error; the same file reads with a rulebook that knows it.
func TestRegisterFollowsTheRulebookInUse(t *testing.T) {
	src := []byte("activities:\n  - title: a\n    register:\n      dual-role: {status: planned}\n")
	renamed := *testVocab
	renamed.SetRisks([]string{"grave-violations-support", "dual-roles"})
	if _, err := Parse("w.yaml", src, &renamed); err == nil || !strings.Contains(err.Error(), `w.yaml:4:7: "dual-role" is not a risk of the rulebook in use`) ||
		!strings.Contains(err.Error(), "did you mean dual-roles?") {
		t.Errorf("renamed risk: %v", err)
	}
	if _, err := Parse("w.yaml", src, testVocab); err != nil {
		t.Errorf("known risk: %v", err)
	}
}

// An edit and a save keep the register's comments, every entry (the ones for
// risks that no longer fire too), and write new entries in place.
func TestRegisterSaveKeepsCommentsAndEntries(t *testing.T) {
	w := mustParse(t, registerYAML)
	a := w.Activities[0]
	a.Facts.SetYes(DualRole, true)
	a.Register.Set(RegisterEntry{Risk: "hrddp-not-assessed", Status: InPlace, Owner: "JMAC", Due: "2026-04-15"})
	a.Register.Set(RegisterEntry{Risk: "no-community-input", Status: NotStarted})
	out, err := w.EncodeYAML()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"# screened before support", "status: in-place # since January", "due: 2026-03-31",
		"hrddp-not-assessed:\n        status: in-place\n        owner: JMAC\n        due: 2026-04-15",
		"no-community-input:\n        status: not-started", "hrddp_review: 2026-06-30", "Different units advise and fight"} {
		if !strings.Contains(text, want) {
			t.Errorf("save lost %q:\n%s", want, text)
		}
	}
	back := mustParse(t, text)
	if !back.Activities[0].Register.Equal(a.Register) {
		t.Errorf("read back %+v, want %+v", back.Activities[0].Register, a.Register)
	}
	// Removing an entry is the only way one leaves the file.
	a.Register.Remove("dual-role")
	out, _ = w.EncodeYAML()
	if strings.Contains(string(out), "dual-role:") || !strings.Contains(string(out), "grave-violations-support:") {
		t.Errorf("remove:\n%s", out)
	}
}

// Dates are YYYY-MM-DD and real days of the calendar.
func TestParseDate(t *testing.T) {
	for _, ok := range []string{"2026-03-31", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"} {
		if _, err := ParseDate(ok); err != nil {
			t.Errorf("%s refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "2026-3-31", "1900-02-29", "2026-04-31", "2026-00-10", "0000-01-01", "2026/03/31", "２０２６-03-31", "2026-03-31 "} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if !Date("2026-01-01").Before("2026-01-02") || Date("").Before("2026-01-02") || Date("2026-01-01").Before("") {
		t.Error("Before")
	}
}
