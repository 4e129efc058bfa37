package present

import (
	"github.com/charmbracelet/x/ansi"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// longRefs is the case library with paragraphs of an imported mandate whose
// references are long ("2241·4(a)(iii)"), several in each region: at 80
// columns no marker of that width fits in the SSR box inside Tier 3.
func longRefs(t testing.TB) *model.Worksheet {
	t.Helper()
	ws := caseLibrary(t)
	refs := []string{"2241·4(a)(i)", "2241·4(a)(ii)", "2241·4(a)(iii)", "2241·4(b)(i)", "2241·4(b)(ii)", "2241·4(b)(iii)",
		"2241·4(e)(i)", "2241·4(e)(ii)", "2241·4(e)(iii)", "2241·4(e)(iv)", "2241·4(e)(v)", "2241·4(e)(vi)"}
	cases := ws.Activities
	for i, ref := range refs {
		a := *cases[i%len(cases)]
		a.ID = model.Slug(ref)
		a.Title += " (paragraph " + ref + ")"
		a.Source = model.Source{Ref: ref}
		ws.Activities = append(ws.Activities, &a)
	}
	return ws
}

// A marker is as wide as its label on the screen: "1927·4" is six cells,
// not the seven bytes len counts, and is padded to the widest by cells.
func TestMarkersAreMeasuredInCells(t *testing.T) {
	d := newDrawingSet(make([]placement, 2))
	d.number = func(i int) string { return []string{"1927·4", "#2"}[i] }
	if got := d.labelWidth(); got != 6 {
		t.Errorf("the widest label, 1927·4, is measured %d cells wide, want 6", got)
	}
	if got := d.markerWidth(); got != 8 {
		t.Errorf("the marker of 1927·4 is %d cells wide, want 8", got)
	}
	if got := fitRight("1927·4", 8); got != "  1927·4" {
		t.Errorf("1927·4 set right in 8 cells reads %q", got)
	}
}

// A region too narrow for one marker counts its activities ("+19") where it
// drew nothing at all, and the help names each activity every count takes in.
func TestANarrowRegionCountsWhatItCannotDraw(t *testing.T) {
	p, ctx := board(t, longRefs(t), 80, 24)
	p.View()
	s := ctx.Sheet
	var ssr *canvasMore
	for i, m := range p.left.more {
		if m.region == "SSR, inside Tier 3" {
			ssr = &p.left.more[i]
		}
	}
	if ssr == nil || len(ssr.hidden) != len(p.drawings.by2015[tier3InSSR]) {
		t.Fatalf("the SSR box inside Tier 3 counts none of its %d activities:\n%s", len(p.drawings.by2015[tier3InSSR]), screenText(p))
	}
	_, text := p.WholeText()
	for _, i := range ssr.hidden {
		if !strings.Contains(text, BoardNumber(s.Sources(), s.At(i), i+1)) {
			t.Errorf("the help does not list %s among those counted:\n%s", BoardNumber(s.Sources(), s.At(i), i+1), text)
		}
	}
}

// Whichever activity is selected, each activity of a drawing is either drawn
// as a marker or named by the help under exactly one count, and each count
// drawn says how many the help names under it: with 2241·4(a)(vi) selected
// and drawn in the place of 2241·4(a)(iii), the count of Tier 2 takes in
// (iii), not (vi).
func TestCountsNameExactlyTheMarkersTheyStandFor(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		p, ctx := board(t, longRefs(t), size[0], size[1])
		for chosen := 0; chosen < ctx.Sheet.Len(); chosen++ {
			p.cursor = chosen
			p.View()
			_, text := p.WholeText()
			for _, d := range []struct {
				name string
				cv   *canvas
			}{{"2015 policy", p.left}, {"Narrow reading", p.right}} {
				drawn := drawnTokens(d.cv.render(ctx.Styles, chosen))
				seen := map[int]int{}
				for _, line := range strings.Split(text, "\n") {
					head, list, ok := strings.Cut(line, "): ")
					if !ok || !strings.HasPrefix(line, d.name+" · ") {
						continue
					}
					names := strings.Split(list, ", ")
					count := "+" + strconv.Itoa(len(names))
					if !strings.HasSuffix(head, "("+count) || !drawn[count] {
						t.Errorf("%dx%d, %s selected: %q names %d, but the drawing shows no %s", size[0], size[1], p.drawings.number(chosen), line, len(names), count)
					}
					for _, n := range names {
						seen[p.indexOf(t, n)]++
					}
				}
				for _, idx := range placedIn(d.cv) {
					label := p.drawings.number(idx)
					if drawn[label] {
						seen[idx]++
					}
					if seen[idx] != 1 {
						t.Errorf("%dx%d, %s selected: %s in the %s drawing is drawn or listed %d times, want once:\n%s\n%s",
							size[0], size[1], p.drawings.number(chosen), label, d.name, seen[idx], strings.Join(ansiStrip(d.cv.render(ctx.Styles, chosen)), "\n"), text)
					}
				}
			}
		}
	}
}

// drawnTokens is the words a drawing shows, markers unbracketed: "[+3]"
// and "[#5]" read "+3" and "#5".
func drawnTokens(lines []string) map[string]bool {
	out := map[string]bool{}
	for _, l := range ansiStrip(lines) {
		for _, w := range strings.FieldsFunc(l, func(r rune) bool {
			return r == ' ' || r == '[' || r == ']' || strings.ContainsRune("│─┌┐└┘├┤┬┴┼╭╮╰╯", r)
		}) {
			out[w] = true
		}
	}
	return out
}

func ansiStrip(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = ansi.Strip(l)
	}
	return out
}

// placedIn is every activity a drawing places, drawn or counted.
func placedIn(cv *canvas) []int {
	var out []int
	for _, m := range cv.marks {
		out = append(out, m.idx)
	}
	for _, m := range cv.more {
		out = append(out, m.hidden...)
	}
	return out
}

// indexOf is the activity whose marker reads label.
func (p *Screen) indexOf(t *testing.T, label string) int {
	t.Helper()
	for i := 0; i < p.ctx.Sheet.Len(); i++ {
		if p.drawings.number(i) == label {
			return i
		}
	}
	t.Fatalf("no activity's marker reads %q", label)
	return -1
}
