package present

import (
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
