package present

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// boardOfDrafts is the presentation of ws at w×h, every answer of its
// drafts only suggested by their words, as an import leaves them.
func boardOfDrafts(t *testing.T, ws *model.Worksheet, w, h int) *Screen {
	t.Helper()
	rb := classify.Default()
	read := func(a *model.Activity) *model.Facts { fs := a.Facts.Clone(); return &fs }
	ctx := &component.Context{Sheet: session.NewSheetReading(rb, ws, func(a *model.Activity) string { return a.Title }, read, ""),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	p := New(ctx, func(a *model.Activity, _ *classify.Result, w int) []string {
		return []string{component.Cut(report.OneLine(a.Title), w)}
	}, nil)
	p.SetSize(w, h)
	if _, ok := p.Open(nil); !ok {
		t.Fatal("the presentation did not open")
	}
	return p
}

// A draft's marker on a drawing is marked "~" where its place on that
// drawing rests on answers only suggested, as the line under the drawings
// marks its reading, and the board's first line says what "~" means: the
// drawings drew drafts as the planner's own activities.
func TestBoardMarksThePlacesOfDraftsOnSuggestions(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		p := boardOfDrafts(t, imported(t, "../testdata/S-RES-1925-2010.txt"), size[0], size[1])
		p.View()
		marked := 0
		for side, cv := range map[string]*canvas{"2015": p.left, "narrow": p.right} {
			for _, mk := range cv.marks {
				r := p.rows[mk.idx].result
				on := r.TierOnSuggested
				if side == "narrow" {
					on = r.AgendaOnSuggested
				}
				if want := report.ReadingMark(on) + p.drawings.number(mk.idx); mk.text != want {
					t.Errorf("%dx%d: the %s drawing marks activity %d %q, want %q", size[0], size[1], side, mk.idx+1, mk.text, want)
				}
				if on {
					marked++
				}
			}
		}
		if marked == 0 {
			t.Fatalf("%dx%d: no marker rests on a suggestion: the test shows nothing", size[0], size[1])
		}
		if first := strings.SplitN(screenText(p), "\n", 2)[0]; !strings.Contains(first, suggestedNote) {
			t.Errorf("%dx%d: the first line does not say what ~ means: %q", size[0], size[1], first)
		}
	}
	p, _ := board(t, caseLibrary(t), 80, 24)
	if s := screenText(p); strings.Contains(s, "~") {
		t.Errorf("a board with no suggestion marks some:\n%s", s)
	}
}

// Where the mission's name leaves no room for it, the note on "~" is kept
// whole and the name gives way, cut with its sign.
func TestBoardKeepsTheNoteOnSuggestionsBesideALongMission(t *testing.T) {
	ws := imported(t, "../testdata/S-RES-1925-2010.txt")
	ws.Mission = strings.Repeat("United Nations Organization Stabilization Mission ", 3)
	p := boardOfDrafts(t, ws, 80, 24)
	first := strings.SplitN(screenText(p), "\n", 2)[0]
	if !strings.HasSuffix(strings.TrimRight(first, " "), "activities · "+suggestedNoteShort) || !strings.Contains(first, "…") {
		t.Errorf("the first line does not keep the note whole and cut the mission with a sign: %q", first)
	}
}
