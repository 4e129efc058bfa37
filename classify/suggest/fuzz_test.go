package suggest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// FuzzSuggest: any text is read without panicking, every suggested value has
// evidence, and every offset lies inside the text and points at its phrase.
func FuzzSuggest(f *testing.F) {
	for _, l := range loadLabelled(f, "testdata/descriptions.yaml") {
		f.Add(l.Text)
	}
	for _, s := range []string{"", " ", "(a)", "12.", "no", "without without oversight", "human rights due diligence policy",
		"Train\u00a0the ARMY’s police; (iv) \f\n\nvet", "\xff\xfe train the army", "e.g. U.N. police, i.e. 1.5 vetting.",
		"support ... government", strings.Repeat("train the army, ", 200)} {
		f.Add(s)
	}
	r := NewReader(classify.Default())
	f.Fuzz(func(t *testing.T, text string) {
		s := r.Suggest(text)
		checkSuggestion(t, text, s)
		c := r.SuggestIn(text, text)
		if c.Facts.Known(model.Implementer) && !s.Facts.Known(model.Implementer) && len(c.EvidenceFor(model.Implementer)) == 0 {
			t.Errorf("%q: an implementer from the context without evidence", text)
		}
	})
}

func checkSuggestion(t *testing.T, text string, s *Suggestion) {
	t.Helper()
	for f := model.Fact(0); f < model.NumFacts; f++ {
		if s.Facts.Known(f) && len(s.EvidenceFor(f)) == 0 {
			t.Fatalf("%q: %s suggested without evidence", text, f.Key())
		}
	}
	for _, e := range append(append([]Evidence{}, s.Evidence...), declinedEvidence(s)...) {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			t.Fatalf("%q: evidence %+v outside the text", text, e)
		}
		if text[e.Start:e.End] != e.Phrase {
			t.Fatalf("%q: evidence %q does not match the text at %d..%d", text, e.Phrase, e.Start, e.End)
		}
	}
}

func declinedEvidence(s *Suggestion) []Evidence {
	out := make([]Evidence, len(s.Declined))
	for i, d := range s.Declined {
		out[i] = d.Evidence
	}
	return out
}

// FuzzImport: any text either is refused with an error or splits into parts
// without panicking; the parts hold only words of the text, in order, each
// once; every task has a reference and text, and its reading keeps its
// offsets inside the task's text.
func FuzzImport(f *testing.F) {
	for _, name := range []string{"S-RES-1542-2004.txt", "S-RES-1925-2010.txt"} {
		text := readFixture(f, name)
		f.Add(text)
		f.Add(text[len(text)/2:])
	}
	for _, s := range []string{"1. Train the police.\n2. Vet the army.", "(a) x;\n(b) y;\n(i) z", "1. a: (a) b; (b) c;\n3\n\f2. d",
		"I. Heading:\n(a) x", "1. Welcomes the report.\n2. Decides to remain seized of the matter.", "1.\n(a)\n(i)\n(ii)\n(b)",
		"\xff1. x", "99. x\n100. y\n1. z", "1) a\nb-\nc\n2) d",
		"1. Train the police;\nAnnex\n1. Patrol the camps;\n(a) at night;", "3. Patrol;\n2. Train;\n1. Vet.",
		"1. Patrol the camps;\r2. Train the police;\r\n3. Vet.\r", "1. a;\nANNEX II\n2. b;\nAppendix\n(a) c"} {
		f.Add(s)
	}
	r := NewReader(classify.Default())
	f.Fuzz(func(t *testing.T, text string) {
		m, err := ReadMandate(r, text)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 accepted")
		}
		rest := noSpace(text)
		for _, p := range m.Parts {
			if strings.TrimSpace(p.Text) == "" {
				t.Fatalf("empty %s part %q", p.Role, p.Ref)
			}
			if p.Role == Task && p.Ref == "" {
				t.Fatalf("task without a reference: %q", p.Text)
			}
			// Each part's words follow the previous part's in the text.
			i := subsequenceEnd(rest, noSpace(p.Text))
			if i < 0 {
				t.Fatalf("part %s %q is not in the text in order", p.Ref, p.Text)
			}
			rest = rest[i:]
			if p.Role == Task {
				checkSuggestion(t, p.Text, r.Suggest(p.Text))
			}
		}
		ws, _, err := Import(r, "fuzz.txt", text, ImportOptions{All: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ws.Encode(model.YAML); err != nil {
			t.Fatal(err)
		}
	})
}

// subsequenceEnd returns the index in s just after the characters of sub
// taken in order, or -1.
func subsequenceEnd(s, sub string) int {
	i := 0
	for _, r := range sub {
		j := strings.IndexRune(s[i:], r)
		if j < 0 {
			return -1
		}
		i += j + utf8.RuneLen(r)
	}
	return i
}
