package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// An activity whose agenda waits for an answer is not told that nothing
// would move it: its open questions will place it. One whose agenda is
// known and that nothing would move is told so.
func TestWhatWouldChangeAnUndeterminedAgenda(t *testing.T) {
	rb := classify.Default()
	for _, c := range []struct {
		name    string
		facts   map[model.Fact]string
		agenda  classify.Agenda
		empty   string
		wrongly string
	}{
		{"no implementer", map[model.Fact]string{model.Kinds: "interposition"}, classify.Undetermined, "will place it", "Nothing the framework names"},
		{"no kind", map[model.Fact]string{model.Implementer: "mission"}, classify.Undetermined, "will place it", "Nothing the framework names"},
		{"placed", map[model.Fact]string{model.Kinds: "rule-of-law", model.Implementer: "mission"}, classify.Outside, "Nothing the framework names", "will place it"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var fs model.Facts
			for f, v := range c.facts {
				if f == model.Kinds {
					fs.SetSet(f, []string{v})
				} else {
					fs.SetOne(f, v)
				}
			}
			r := rb.ClassifyFacts(&fs)
			if c.agenda != "" && r.Agenda != c.agenda {
				t.Fatalf("agenda %s, want %s", r.Agenda, c.agenda)
			}
			checked := false
			for _, sec := range resultSections(rb, &fs, &r) {
				if sec.Part != PartChange || len(sec.Lines) > 0 {
					continue
				}
				checked = true
				if !strings.Contains(sec.Empty, c.empty) || strings.Contains(sec.Empty, c.wrongly) {
					t.Errorf("what would change: %q", sec.Empty)
				}
			}
			if !checked {
				t.Fatal("no empty section of what would change: the case tests nothing")
			}
		})
	}
}

// VerdictLine names a tier not determined in words, never "-";
// SummaryLineTitled names each agenda by its title where
// SummaryLine gives its id.
func TestVerdictAndSummaryInWords(t *testing.T) {
	rb := classify.Default()
	none := rb.Classify(&model.Activity{ID: "x", Title: "x"})
	if got := VerdictLine(&none); !strings.HasPrefix(got, NoTierYet+" · ") || strings.Contains(got, "- ·") {
		t.Errorf("no tier: %q", got)
	}
	var fs model.Facts
	fs.SetOne(model.Implementer, "mission")
	fs.SetSet(model.Kinds, []string{"interposition"})
	placed := rb.ClassifyFacts(&fs)
	if placed.Tier == 0 || !strings.HasPrefix(VerdictLine(&placed), "T") {
		t.Errorf("a tier: %q", VerdictLine(&placed))
	}
	s := classify.NewSummary()
	s.Add(&placed)
	if got := SummaryLineTitled(rb, s); !strings.Contains(got, rb.AgendaTitle(placed.Agenda)+" 1") || strings.Contains(got, string(placed.Agenda)+" 1") {
		t.Errorf("titled: %q", got)
	}
	if got := SummaryLine(s); !strings.Contains(got, string(placed.Agenda)+" 1") {
		t.Errorf("by id: %q", got)
	}
}
