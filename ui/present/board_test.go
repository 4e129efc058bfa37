package present

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// caseLibrary is the chapter's case library, the worksheet `pocssr demo`
// and `pocssr present` open.
func caseLibrary(t testing.TB) *model.Worksheet {
	t.Helper()
	ws, err := classify.Cases(classify.Default())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// board is the presentation of ws opened at w×h, as the root opens it: the
// account is the activity's title alone, which the program lays out in full
// (its tests are the root's).
func board(t testing.TB, ws *model.Worksheet, w, h int) (*Screen, *component.Context) {
	t.Helper()
	rb := classify.Default()
	ctx := &component.Context{Sheet: session.NewSheet(rb, ws, func(a *model.Activity) string { return a.Title }),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	p := New(ctx, func(a *model.Activity, _ *classify.Result, w int) []string {
		return []string{component.Cut(report.OneLine(a.Title), w)}
	}, nil)
	p.SetSize(w, h)
	if _, ok := p.Open(nil); !ok {
		t.Fatal("the presentation did not open")
	}
	return p, ctx
}

// keyMsg is the key a name stands for, as bubbletea reports it.
func keyMsg(name string) tea.KeyMsg {
	named := map[string]tea.KeyType{"enter": tea.KeyEnter, "esc": tea.KeyEsc, "up": tea.KeyUp, "down": tea.KeyDown,
		"end": tea.KeyEnd, "home": tea.KeyHome, "space": tea.KeySpace, "backspace": tea.KeyBackspace}
	if k, ok := named[name]; ok {
		return tea.KeyMsg{Type: k}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

func press(p *Screen, keys ...string) {
	for _, k := range keys {
		p.Update(keyMsg(k))
	}
}

// screenText is what the presentation shows, as plain text.
func screenText(p *Screen) string { return ansi.Strip(p.View()) }

func requireScreen(t testing.TB, p *Screen, want ...string) {
	t.Helper()
	s := screenText(p)
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

var presentSizes = [][2]int{{80, 24}, {120, 40}, {200, 60}}

// markerRE finds the markers of the drawings of activities without a
// paragraph reference: " #12 " or "[#12]".
var markerRE = regexp.MustCompile(`[\[ ]#(\d+)[\] ]`)

// tierWords are the tiers named in the drawings' labels, not markers.
var tierWords = regexp.MustCompile(`Tier \d`)

// drawingMarkers reads the numbers marked on the left and on the right drawing
// of the board.
func drawingMarkers(p *Screen) (left, right map[string]int) {
	left, right = map[string]int{}, map[string]int{}
	lines := strings.Split(screenText(p), "\n")
	for _, l := range lines[1 : 1+p.drawH] {
		rs := []rune(tierWords.ReplaceAllString(l, "Tier x"))
		half := p.drawW
		for _, mm := range markerRE.FindAllStringSubmatch(string(rs[:half]), -1) {
			left[mm[1]]++
		}
		for _, mm := range markerRE.FindAllStringSubmatch(string(rs[half:]), -1) {
			right[mm[1]]++
		}
	}
	return left, right
}

func TestPresentPlacesEveryActivityOnBothDrawings(t *testing.T) {
	for _, size := range presentSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p, ctx := board(t, caseLibrary(t), size[0], size[1])
			left, right := drawingMarkers(p)
			for i := 1; i <= ctx.Sheet.Len(); i++ {
				n := fmt.Sprint(i)
				if left[n] != 1 || right[n] != 1 {
					t.Errorf("activity %d is marked %d times on the 2015 drawing and %d times on the narrow one:\n%s", i, left[n], right[n], screenText(p))
				}
			}
		})
	}
}

func TestPresentDrawingsGrowWithTheTerminal(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 200, 60)
	p.View()
	if p.drawW < 90 {
		t.Fatalf("each drawing is %d columns wide at 200×60", p.drawW)
	}
}

func TestPresentDrawsTheSelectionEvenWhenItsRegionOverflows(t *testing.T) {
	rb := classify.Default()
	p, _ := board(t, sample.Worksheet(rb, 120, 3), 80, 24)
	for i := 0; i < 120; i++ {
		want := fmt.Sprintf("[#%d]", i+1)
		if n := strings.Count(strings.Join(strings.Split(screenText(p), "\n")[:1+p.drawH], "\n"), want); n != 2 {
			t.Fatalf("activity %d is highlighted %d times on the drawings, want once on each:\n%s", i+1, n, screenText(p))
		}
		press(p, "down")
	}
}

func TestPlacementMatchesTheActivityScreen(t *testing.T) {
	rb := classify.Default()
	ws := caseLibrary(t)
	for _, a := range ws.Activities {
		r := rb.Classify(a)
		p := placeOn(rb, &r, a.Facts.Primary())
		_, c2015 := place2015(rb, &r)
		_, cNarrow := component.PlaceNarrow(&r)
		if p.Caption2015 != c2015 || (r.Agenda != classify.Undetermined && p.CaptionNarrow != cNarrow) {
			t.Errorf("%s: the presentation places it %q / %q, the activity screen %q / %q", a.ID, p.Caption2015, p.CaptionNarrow, c2015, cNarrow)
		}
	}
}

// The board's line about the selected activity names its most serious risk,
// the key hint keeps "? keys", and the legend's page count covers no title.
func TestPresentBoardHidesNothingAt80x24(t *testing.T) {
	p, ctx := board(t, caseLibrary(t), 80, 24)
	s := ctx.Sheet
	rb := s.Rulebook()
	for i := 0; i < s.Len(); i++ {
		if i > 0 {
			press(p, "down")
		}
		lines := strings.Split(screenText(p), "\n")
		r := rb.Classify(s.At(i))
		if h := r.Highest(); h != "" && !strings.Contains(lines[1+p.drawH+1], string(h)) {
			t.Errorf("activity %d: the selected line does not say its most serious risk (%s): %q", i+1, h, lines[1+p.drawH+1])
		}
		if !strings.HasSuffix(strings.TrimRight(lines[len(lines)-1], " "), "? keys") {
			t.Fatalf("the hint hides ? keys: %q", lines[len(lines)-1])
		}
		legend := strings.Join(lines[1+p.drawH+2:len(lines)-1], "\n")
		if strings.Contains(legend, "…  (") || strings.Contains(legend, "… (") {
			t.Fatalf("the page count cuts a title:\n%s", legend)
		}
		// Every activity of the page shown is listed whole or cut by the
		// column, never left out.
		if !strings.Contains(legend, "[ "+BoardNumber(s.Sources(), s.At(i), i+1)+"]") && !strings.Contains(legend, "["+BoardNumber(s.Sources(), s.At(i), i+1)+"]") {
			t.Fatalf("the selected activity %d is not in the legend:\n%s", i+1, legend)
		}
	}
}

// A section title numbers no paragraph: the markers of the drawings say the
// paragraph a source numbers ("5(f)"), else "#n", once on each drawing.
func TestPresentMarksActivitiesByTheirParagraph(t *testing.T) {
	act := func(title, kind, ref string) *model.Activity {
		a := &model.Activity{ID: model.Slug(title), Title: title}
		a.Facts.SetOne(model.Implementer, "mission")
		a.Facts.SetSet(model.Kinds, []string{kind})
		a.Source.Ref = ref
		return a
	}
	ws := model.New("")
	ws.Activities = []*model.Activity{act("Patrols near the camps", "deterrence", "5(f)"),
		act("Radio programmes on the new police", "public-information", ""),
		act("Vetting of the police", "vetting", "Vetting security forces")}
	p, _ := board(t, ws, 120, 40)
	left, right := drawingLabels(p)
	for _, want := range []string{"5(f)", "#2", "#3"} {
		if left[want] != 1 || right[want] != 1 {
			t.Errorf("%s is marked %d times on the 2015 drawing and %d on the narrow one:\n%s", want, left[want], right[want], screenText(p))
		}
	}
}

// drawingLabels counts the labels of the markers on the left and the right
// drawing of the board: " 5(f) " or "[#2]".
func drawingLabels(p *Screen) (left, right map[string]int) {
	s := p.ctx.Sheet
	left, right = map[string]int{}, map[string]int{}
	lines := strings.Split(screenText(p), "\n")
	for _, l := range lines[1 : 1+p.drawH] {
		rs := []rune(l)
		for i := 0; i < s.Len(); i++ {
			label := BoardNumber(s.Sources(), s.At(i), i+1)
			for _, mark := range []string{" " + label + " ", "[" + label + "]"} {
				left[label] += strings.Count(string(rs[:p.drawW]), mark)
				right[label] += strings.Count(string(rs[p.drawW:]), mark)
			}
		}
	}
	return left, right
}

// labelsMeasured is how many labels laying out the board of n activities
// measures for their width.
func labelsMeasured(t *testing.T, n int) int {
	t.Helper()
	rb := classify.Default()
	p, _ := board(t, sample.Worksheet(rb, n, 7), 160, 50)
	if p.drawings == nil {
		t.Fatal("the board was not laid out")
	}
	return p.drawings.measured
}

// Laying the board out measures each activity's label at most once: the
// legend's columns once measured every label again for every activity, which
// took seconds at 40,000 activities. Counted, never timed.
func TestBoardMeasuresEachLabelOnce(t *testing.T) {
	for _, n := range []int{200, 2000} {
		if got := labelsMeasured(t, n); got > n {
			t.Errorf("%d activities: %d labels measured", n, got)
		}
	}
}

// titlesMeasuredAfterEdit is how many titles opening the board again after
// an edit of one activity measures, on n activities.
func titlesMeasuredAfterEdit(t *testing.T, n int) int {
	t.Helper()
	rb := classify.Default()
	p, ctx := board(t, sample.Worksheet(rb, n, 7), 160, 50)
	s := ctx.Sheet
	a := s.At(0)
	snap := s.Snapshot(a)
	yes, _ := a.Facts.Yes(model.CombinedOps)
	a.Facts.SetYes(model.CombinedOps, !yes)
	s.Touch(a)
	s.Edited(snap)
	before := p.titlesMeasured
	p.Open(nil)
	if p.drawings == nil || p.titlesMeasured == before {
		t.Fatal("the board was not laid out again after the edit")
	}
	return p.titlesMeasured - before
}

// The legend's columns follow the widest title; after an edit only the
// changed activity's title is measured again, on any worksheet.
func TestBoardMeasuresOnlyChangedTitles(t *testing.T) {
	small, large := titlesMeasuredAfterEdit(t, 200), titlesMeasuredAfterEdit(t, 2000)
	if small != large || large > 2 {
		t.Errorf("titles measured after an edit: %d on 2,000 activities, %d on 200", large, small)
	}
}

func TestPresentHighlightsTheSelectionInBothDrawingsWithText(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 120, 40)
	press(p, "down", "down", "down", "down")
	s := screenText(p)
	if n := strings.Count(s, "[#5]"); n < 3 { // both drawings and the caption
		t.Fatalf("the selected activity is bracketed %d times, want both drawings and the caption:\n%s", n, s)
	}
	requireScreen(t, p, "> [ #5] MINUSTAH vetting", "narrow reading: POC and SSR overlap")
	if strings.Contains(s, "[#1]") {
		t.Fatalf("the first activity is still marked selected:\n%s", s)
	}
	press(p, "up")
	requireScreen(t, p, "[#4]")
	if strings.Contains(screenText(p), "[#5]") {
		t.Fatalf("up left the fifth activity marked selected:\n%s", screenText(p))
	}
}

// imported is the resolution at path (in the root's testdata) read into
// drafts, as an import makes them.
func imported(t testing.TB, path string) *model.Worksheet {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ws, _, err := suggest.Import(suggest.NewReader(classify.Default()), path, string(data), suggest.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// No marker, nor the count of those that do not fit, sits on a row where a
// box's border runs: beside the POC circle's bottom edge or the SSR
// circle's top edge, or the SSR box of the 2015 drawing, a number reads as
// lying on that box.
func TestPresentMarkersNeverSitOnABorderRow(t *testing.T) {
	rb := classify.Default()
	sheets := map[string]*model.Worksheet{
		"case library": caseLibrary(t), "S/RES/1925": imported(t, "../testdata/S-RES-1925-2010.txt"), "120 sampled": sample.Worksheet(rb, 120, 3),
	}
	for name, ws := range sheets {
		for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}, {251, 77}} {
			p, ctx := board(t, ws, size[0], size[1])
			p.View()
			for side, cv := range map[string]*canvas{"2015": p.left, "narrow": p.right} {
				var rows []int
				for _, mk := range cv.marks {
					rows = append(rows, mk.y)
				}
				for _, mo := range cv.more {
					rows = append(rows, mo.y)
				}
				for _, y := range rows {
					for x := 0; x < cv.w; x++ {
						if cv.lines[y*cv.w+x]&(lineLeft|lineRight) != 0 {
							t.Fatalf("%s at %dx%d: a marker of the %s drawing on row %d, where a border runs:\n%s",
								name, size[0], size[1], side, y, strings.Join(cv.plainLines(ctx.Styles), "\n"))
						}
					}
				}
			}
		}
	}
}

// The presentation's last page of the list, short enough for one column,
// takes the whole width: at 80×24 its titles read whole, not cut to half
// the width beside an empty column.
func TestPresentShortPageUsesTheWidth(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 80, 24)
	press(p, "end")
	requireScreen(t, p, "#19  Supporting dialogue on the future of the state security forces",
		"#21  Vetting with no institutional safeguards afterwards")
	press(p, "home")
	requireScreen(t, p, "#2  UNMISS one-off human rights se…") // a full page keeps its two columns
}

// At the walk-through's smallest drawing, with the line of what has no tier
// below it, the SSR box keeps its bottom edge inside Tier 3 and the outer
// box its own: an empty tier gives its row up.
func TestDrawing2015KeepsEveryEdgeAtItsSmallest(t *testing.T) {
	_, ctx := board(t, caseLibrary(t), 80, 24)
	for _, places := range [][]placement{{{In2015: noTier}}, {{In2015: tier3InSSR}, {In2015: noTier}}} {
		for h := minDrawingHeight; h <= minDrawingHeight+3; h++ {
			d := newDrawingSet(places)
			d.number = func(int) string { return "*" }
			lines := draw2015(classify.Default(), d, 38, h).plainLines(ctx.Styles)
			frame := strings.Join(lines, "\n")
			if bottom := lines[h-2]; !strings.HasPrefix(bottom, "└─") || strings.Contains(bottom, "┴") {
				t.Errorf("%v at height %d: the outer box's bottom edge is not whole:\n%s", places, h, frame)
			}
			if !strings.Contains(frame, "╰") || !strings.Contains(frame, "╯") {
				t.Errorf("%v at height %d: the SSR box has no bottom edge:\n%s", places, h, frame)
			}
		}
	}
}

// Where a tier's whole title would be cut, the 2015 drawing names the tier
// by its short label, whole: "Tier 1 · Dialogue, engagement", never
// "Tier 1 · Protection through dialo…".
func TestDrawing2015NamesEachTierWhole(t *testing.T) {
	_, ctx := board(t, caseLibrary(t), 80, 24)
	rb := classify.Default()
	places := []placement{{In2015: tier1}, {In2015: tier2}, {In2015: tier3}, {In2015: tier3InSSR}}
	for _, w := range []int{38, 60, 98} {
		d := newDrawingSet(places)
		frame := strings.Join(draw2015(rb, d, w, 16).plainLines(ctx.Styles), "\n")
		for tier := classify.Tier(1); tier <= 3; tier++ {
			info := rb.Tier(tier)
			whole, short := fmt.Sprintf("Tier %d · %s ", tier, info.Title), fmt.Sprintf("Tier %d · %s ", tier, upperFirst(info.Short))
			if !strings.Contains(frame, whole) && !strings.Contains(frame, short) {
				t.Errorf("width %d: tier %d is named neither %q nor %q:\n%s", w, tier, whole, short, frame)
			}
		}
	}
}

// unmiss is S/RES/2241 (2015) read into drafts: activities outside both
// agendas sit at Tier 1 and Tier 3, some have no tier and no agenda.
func unmiss(t testing.TB) *model.Worksheet {
	return imported(t, "../../classify/suggest/testdata/corpus/resolutions/S-RES-2241-2015.txt")
}

// The box of what is outside both agendas names no tier that an activity
// drawn in it does not sit at: S/RES/2241's good offices are outside both
// agendas at Tier 1, not "still Tier 3 POC".
func TestNarrowDrawingsOutsideLabelMatchesItsActivities(t *testing.T) {
	ws := unmiss(t)
	for _, size := range presentSizes {
		p, ctx := board(t, ws, size[0], size[1])
		p.View()
		label := strings.Join(p.right.plainLines(ctx.Styles)[:2], "\n")
		label = ansi.Strip(label)
		for _, i := range p.drawings.byNarrow[classify.Outside] {
			tier := ctx.Sheet.Result(ctx.Sheet.At(i)).Policy.Tier
			for _, named := range tierWords.FindAllString(label, -1) {
				if named != fmt.Sprintf("Tier %d", tier) {
					t.Errorf("%dx%d: the outside box says %q over activity %s at Tier %d:\n%s", size[0], size[1], named, BoardNumber(ctx.Sheet.Sources(), ctx.Sheet.At(i), i+1), tier, label)
				}
			}
		}
	}
}

// countRE finds the counts of markers that did not fit: "+12".
var countRE = regexp.MustCompile(`\+(\d+)`)

// drawnOrCounted checks one drawing with activity chosen selected: every
// activity is drawn once or counted once, none both, and the chosen one is
// drawn, bracketed.
func drawnOrCounted(t *testing.T, name string, p *Screen, cv *canvas, chosen int) {
	t.Helper()
	s := p.ctx.Sheet
	text := ansi.Strip(strings.Join(cv.render(p.ctx.Styles, chosen), "\n"))
	text = tierWords.ReplaceAllString(text, "Tier x")
	drawn, counted := 0, 0
	for i := 0; i < s.Len(); i++ {
		label := BoardNumber(s.Sources(), s.At(i), i+1)
		n := strings.Count(text, " "+label+" ") + strings.Count(text, "["+label+"]")
		if n > 1 {
			t.Fatalf("%s, %s selected: %s is drawn %d times:\n%s", name, BoardNumber(s.Sources(), s.At(chosen), chosen+1), label, n, text)
		}
		drawn += n
	}
	for _, m := range countRE.FindAllStringSubmatch(text, -1) {
		var c int
		fmt.Sscan(m[1], &c)
		counted += c
	}
	if drawn+counted != s.Len() {
		t.Fatalf("%s, %s selected: %d drawn and %d counted of %d activities:\n%s", name, BoardNumber(s.Sources(), s.At(chosen), chosen+1), drawn, counted, s.Len(), text)
	}
	if want := "[" + BoardNumber(s.Sources(), s.At(chosen), chosen+1) + "]"; !strings.Contains(text, want) && !countBracketed(cv, text, chosen) {
		t.Fatalf("%s: the selected %s is not drawn:\n%s", name, want, text)
	}
}

// countBracketed reports whether chosen is counted in a region too narrow
// for its marker, whose count is then bracketed ("[+19]") in its place.
func countBracketed(cv *canvas, text string, chosen int) bool {
	for _, m := range cv.more {
		if slices.Contains(m.hidden, chosen) && m.swap < 0 {
			return strings.Contains(text, fmt.Sprintf("[+%d]", len(m.hidden)))
		}
	}
	return false
}

// Every activity of a worksheet is drawn or counted ("+12") exactly once on
// each drawing, whichever is selected, and the selected one is always drawn:
// a selected activity among those counted takes the place of the last marker
// shown, which the count then takes in, so the count stays.
func TestDrawingsDrawOrCountEveryActivityOnce(t *testing.T) {
	rb := classify.Default()
	sheets := map[string]*model.Worksheet{
		"case library": caseLibrary(t), "S/RES/1925": imported(t, "../testdata/S-RES-1925-2010.txt"),
		"S/RES/2241": unmiss(t), "120 sampled": sample.Worksheet(rb, 120, 3), "long references": longRefs(t),
	}
	for name, ws := range sheets {
		for _, size := range [][2]int{{80, 24}, {90, 28}, {100, 30}, {120, 40}, {160, 50}, {200, 60}, {251, 77}} {
			p, _ := board(t, ws, size[0], size[1])
			p.View()
			at := fmt.Sprintf("%s at %dx%d", name, size[0], size[1])
			for i := 0; i < p.ctx.Sheet.Len(); i++ {
				drawnOrCounted(t, at+", the 2015 drawing", p, p.left, i)
				drawnOrCounted(t, at+", the narrow drawing", p, p.right, i)
			}
		}
	}
}

// A draft is marked as the worksheet marks it, on the selection line, the
// legend, the account and the walk-through; a reviewed activity is not.
func TestDraftsAreMarkedInThePresentation(t *testing.T) {
	draft := &model.Activity{ID: "d", Title: "Protect civilians under threat", Status: model.StatusDraft}
	draft.Facts.SetOne(model.Implementer, "mission")
	reviewed := &model.Activity{ID: "r", Title: "Vetting of the national police", Status: model.StatusReviewed}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		p, _ := board(t, &model.Worksheet{Activities: []*model.Activity{draft, reviewed}}, size[0], size[1])
		for _, keys := range [][]string{nil, {"enter"}, {"t"}} {
			press(p, keys...)
			requireScreen(t, p, "[draft] Protect civilians under threat")
			press(p, "esc", "down")
			press(p, keys...)
			if strings.Contains(screenText(p), "[draft] Vetting") {
				t.Errorf("%dx%d, %q: a reviewed activity is marked a draft:\n%s", size[0], size[1], keys, screenText(p))
			}
			if keys == nil && !strings.Contains(screenText(p), "  [draft] Protect civilians") {
				t.Errorf("%dx%d: the legend does not mark the draft it lists:\n%s", size[0], size[1], screenText(p))
			}
			press(p, "esc", "up")
		}
	}
}
