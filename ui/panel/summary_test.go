package panel

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// summaryOf is the summary of a worksheet, as the worksheet screen makes it.
func summaryOf(ws *model.Worksheet) (*Summary, *session.Sheet) {
	rb := classify.Default()
	s := session.NewSheet(rb, ws, func(a *model.Activity) string { return a.Title })
	ctx := &component.Context{Sheet: s, Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	return NewSummary(ctx), s
}

// The tally kept through adds, deletes, edits and undos agrees with the
// findings computed from scratch.
func TestSheetTallyAgreesWithFindings(t *testing.T) {
	rb := classify.Default()
	rng := rand.New(rand.NewPCG(3, 4))
	p, s := summaryOf(sample.Worksheet(rb, 12, 5))
	for step := range 400 {
		switch n := s.Len(); {
		case n > 0 && rng.IntN(4) == 0:
			s.Delete(rng.IntN(n))
		case n > 0 && rng.IntN(3) == 0:
			a := s.At(rng.IntN(n))
			snap := s.Snapshot(a)
			a.Facts = sample.Facts(rng, rb, 0.2, 2)
			s.Touch(a)
			s.Edited(snap)
		case rng.IntN(5) == 0:
			s.Undo()
		default:
			s.Add(rng.IntN(n+1), &model.Activity{ID: fmt.Sprintf("n%d", step), Title: "t", Facts: sample.Facts(rng, rb, 0.2, 2)})
		}
		want := rb.FindingsOf(s.Worksheet().Activities)
		got := p.Fired()
		same := len(got) == len(want)
		for i := 0; same && i < len(got); i++ {
			same = got[i].Rule == want[i].Rule && got[i].Force == want[i].Force
		}
		if !same {
			t.Fatalf("step %d: tally %v, from scratch %v", step, keys(got), keys(want))
		}
	}
}

func keys(fs []classify.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule.ID + "/" + f.Force
	}
	return slices.Clip(out)
}

// The grid's counts stay apart however large they grow: on a worksheet of
// 12,000 activities (counts in the thousands) each agenda's line, beside the
// list and below it, ends in its four counts, read back as they were
// counted, and no line is wider than its panel.
func TestSummaryGridCountsKeepApart(t *testing.T) {
	rb := classify.Default()
	p, s := summaryOf(sample.Worksheet(rb, 12000, 7))
	tally := s.Tally()
	thousands := false
	for _, a := range classify.Agendas {
		for _, tier := range []classify.Tier{1, 2, 3, 0} {
			thousands = thousands || tally.Grid[tier][a] >= 1000
		}
	}
	if !thousands {
		t.Fatal("no count reaches a thousand: the test needs a larger worksheet")
	}
	for name, grid := range map[string][]string{"side": p.grid(""), "flat": p.grid("Summary")} {
		width := ansi.StringWidth(grid[0])
		for i, a := range classify.Agendas {
			line := ansi.Strip(grid[i+1])
			if w := ansi.StringWidth(line); w != width || w > SideWidth-4 {
				t.Errorf("%s: %q is %d cells, the head %d", name, line, w, width)
			}
			f := strings.Fields(line)
			if len(f) < 5 {
				t.Errorf("%s: %q holds fewer than four counts", name, line)
				continue
			}
			cells := f[len(f)-4:]
			for j, tier := range []classify.Tier{1, 2, 3, 0} {
				want := "·"
				if n := tally.Grid[tier][a]; n > 0 {
					want = strconv.Itoa(n)
				}
				if cells[j] != want {
					t.Errorf("%s: %s, tier %d: cell %q, counted %s (line %q)", name, a, tier, cells[j], want, line)
				}
			}
		}
	}
}

// The summary's count of portfolio findings, of a worksheet of two
// mandates, says that it counts across them, as P and the briefing do: in
// the 48 cells the flat summary leaves it at 80 columns, with findings
// held open too, and beside the list (a first use found "P: portfolio
// findings (0)" with no word of the two mandates).
func TestSummaryCountsFindingsAcrossTheMandates(t *testing.T) {
	of := func(title, doc, ref string, facts ...string) *model.Activity {
		a := &model.Activity{ID: model.Slug(title), Title: title, Source: model.Source{Document: doc, Ref: ref}}
		a.Facts.SetOne(model.Implementer, "mission")
		a.Facts.SetSet(model.Kinds, facts[:1])
		if len(facts) > 1 {
			a.Facts.SetSet(model.Forces, facts[1:])
		}
		return a
	}
	for _, c := range []struct {
		name string
		acts []*model.Activity
		flat string
		side string
	}{
		{"none fires", []*model.Activity{of("Patrols", "S/RES/1990 (2011)", "3", "deterrence"),
			of("Patrols again", "S/RES/2119 (2013)", "4", "deterrence")}, "P: 0 findings across 2 mandates", "Portfolio findings (0) · P"},
		// The column counts the findings held open too, as the line
		// below the list does: "(0)" read as nothing to look into.
		{"held open", []*model.Activity{of("Train the army", "S/RES/1990 (2011)", "3", "capacity-training", "army"),
			of("Monitoring abuses", "S/RES/2119 (2013)", "4", "abuse-monitoring")}, "P: 0, 2 held, across 2 mandates", "Portfolio: 0, 2 held open · P"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, _ := summaryOf(&model.Worksheet{Activities: slices.Repeat(c.acts, 50)})
			line := ansi.Strip(p.countsFlat(48))
			if !strings.HasSuffix(line, c.flat) || ansi.StringWidth(line) > 48 {
				t.Errorf("the count below the list reads %q, not ending %q in 48 cells", line, c.flat)
			}
			side := strings.Join(strings.Fields(ansi.Strip(p.Side(SideWidth, 40))), " ")
			if !strings.Contains(side, c.side+" │ │ counted across 1990 and 2119") {
				t.Errorf("the column beside the list does not say the count is across 1990 and 2119:\n%s", ansi.Strip(p.Side(SideWidth, 40)))
			}
		})
	}
	// A worksheet of one mandate says nothing of mandates.
	p, _ := summaryOf(&model.Worksheet{Activities: []*model.Activity{of("Patrols", "S/RES/1990 (2011)", "3", "deterrence")}})
	if line := ansi.Strip(p.countsFlat(48)); strings.Contains(line, "across") {
		t.Errorf("one mandate's count reads %q", line)
	}
}
