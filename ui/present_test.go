package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// presentModel is the root model on the case library, started in the
// presentation as `pocssr present` starts it.
func presentModel(t testing.TB, w, h int) *Model {
	t.Helper()
	m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	m.Present()
	m.Update(resize(w, h))
	return m
}

var presentSizes = [][2]int{{80, 24}, {120, 40}, {200, 60}}

func TestPresentScreens(t *testing.T) {
	screens := []struct {
		name string
		keys []string
		wait string
	}{
		{"present", []string{"down", "down", "down", "down"}, "[#5] MINUSTAH"},
		{"present_account", []string{"down", "enter"}, "From the chapter section"},
		{"walkthrough_start", []string{"t"}, "Step 0 of"},
		{"walkthrough", []string{"down", "t", "space", "space", "space"}, "Step 3 of"},
		{"walkthrough_whatif", []string{"down", "t", "space", "space", "space", "space", "space", "w", "down"}, "What if:"},
	}
	for _, size := range presentSizes {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
				m.Present()
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitText(t, tm, "Both readings")
				sendKeys(tm, s.keys...)
				waitText(t, tm, s.wait)
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}

// markerRE finds the markers of the drawings of activities without a
// paragraph reference: " #12 " or "[#12]".
var markerRE = regexp.MustCompile(`[\[ ]#(\d+)[\] ]`)

// tierWords are the tiers named in the drawings' labels, not markers.
var tierWords = regexp.MustCompile(`Tier \d`)

// drawingMarkers reads the numbers marked on the left and on the right drawing
// of the board.
func drawingMarkers(m *Model) (left, right map[string]int) {
	p := m.presentation()
	left, right = map[string]int{}, map[string]int{}
	lines := strings.Split(screenText(m), "\n")
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
			m := presentModel(t, size[0], size[1])
			left, right := drawingMarkers(m)
			for i := 1; i <= m.sh.sheet.Len(); i++ {
				n := fmt.Sprint(i)
				if left[n] != 1 || right[n] != 1 {
					t.Errorf("activity %d is marked %d times on the 2015 drawing and %d times on the narrow one:\n%s", i, left[n], right[n], screenText(m))
				}
			}
		})
	}
}

func TestPresentHighlightsTheSelectionInBothDrawingsWithText(t *testing.T) {
	m := presentModel(t, 120, 40)
	press(t, m, "down", "down", "down", "down")
	s := screenText(m)
	if n := strings.Count(s, "[#5]"); n < 3 { // both drawings and the caption
		t.Fatalf("the selected activity is bracketed %d times, want both drawings and the caption:\n%s", n, s)
	}
	requireScreen(t, m, "> [ #5] MINUSTAH vetting", "narrow reading: POC and SSR overlap")
	if strings.Contains(s, "[#1]") {
		t.Fatalf("the first activity is still marked selected:\n%s", s)
	}
	press(t, m, "up")
	requireScreen(t, m, "[#4]")
	refuseScreen(t, m, "[#5]")
}

func TestPresentWidthGrowsWithTheTerminal(t *testing.T) {
	m := presentModel(t, 200, 60)
	widest := 0
	for _, l := range strings.Split(m.View(), "\n") {
		widest = max(widest, ansi.StringWidth(l))
	}
	if widest != 200 {
		t.Fatalf("the presentation draws %d columns of 200", widest)
	}
	if got := m.presentation().drawW; got < 90 {
		t.Fatalf("each drawing is %d columns wide at 200×60", got)
	}
	refuseScreen(t, m, "pocssr │") // no title bar
}

func TestPresentFromTheWorksheetAndBack(t *testing.T) {
	m := demoModel(t, 100, 30)
	press(t, m, "down", "down", "p")
	requireScreen(t, m, "Both readings", "[#3] UNOCI")
	press(t, m, "enter")
	requireScreen(t, m, "Account", "From the chapter section “Training security forces")
	press(t, m, "esc", "esc")
	requireScreen(t, m, "Worksheet")
	if m.worksheet.Selected() != m.sh.sheet.At(2) {
		t.Fatal("the worksheet lost its selection")
	}
}

// walkToEnd walks the activity at index i through to its last answer.
func walkToEnd(t *testing.T, m *Model, i int) *walkThrough {
	t.Helper()
	p := m.presentation()
	p.open(m.sh.sheet.At(i))
	press(t, m, "t")
	wt := p.walk
	if wt == nil || wt.step != 0 {
		t.Fatal("the walk-through does not start from nothing known")
	}
	for range wt.steps {
		press(t, m, "space")
	}
	return wt
}

func sameVerdict(a, b *classify.Result) bool {
	ids := func(r *classify.Result) []string {
		var out []string
		for _, k := range r.Risks {
			out = append(out, k.Rule.ID+"/"+string(k.Severity))
		}
		for _, q := range r.OpenQuestions {
			out = append(out, "open:"+q.Fact.Key())
		}
		return out
	}
	return a.Tier == b.Tier && a.Agenda == b.Agenda && a.Basis == b.Basis &&
		slices.Equal(ids(a), ids(b)) && slices.Equal(a.Reasons, b.Reasons)
}

func TestWalkThroughEndsAtTheEngineVerdict(t *testing.T) {
	m := presentModel(t, 120, 40)
	rb := m.sh.rb
	for i := 0; i < m.sh.sheet.Len(); i++ {
		a := m.sh.sheet.At(i)
		wt := walkToEnd(t, m, i)
		want := rb.Classify(a)
		if wt.step != len(wt.steps) || !sameVerdict(wt.verdict(), &want) {
			t.Errorf("%s: after the last step the walk-through says %s, the engine %s", a.ID, verdictWords(wt.verdict()), verdictWords(&want))
		}
		press(t, m, "space") // past the end it stays
		if !sameVerdict(wt.verdict(), &want) {
			t.Errorf("%s: a step past the end changed the verdict", a.ID)
		}
		press(t, m, "backspace")
		if wt.step != len(wt.steps)-1 {
			t.Errorf("%s: backspace took the walk-through to step %d of %d", a.ID, wt.step, len(wt.steps))
		}
		press(t, m, "esc")
		if m.presentation().mode != boardMode {
			t.Fatalf("esc does not leave the walk-through")
		}
	}
}

func TestWalkThroughStartsFromNothingKnown(t *testing.T) {
	m := presentModel(t, 80, 24)
	press(t, m, "t")
	wt := m.presentation().walk
	if r := wt.verdict(); r.Tier != 0 || r.Agenda != classify.Undetermined || len(r.Risks) != 0 {
		t.Fatalf("step 0 is not the verdict on nothing known: %s", verdictWords(r))
	}
	requireScreen(t, m, "Step 0 of", "Nothing is known yet")
	press(t, m, "space", "space")
	requireScreen(t, m, "Step 2 of", "→ combined operations", "Tier: none → Tier 2.")
}

func TestWhatIfNeverChangesTheWorksheet(t *testing.T) {
	m := presentModel(t, 120, 40)
	s := m.sh.sheet
	before := make([]model.Facts, s.Len())
	for i := range before {
		before[i] = s.At(i).Facts.Clone()
	}
	gen := s.Gen()
	moved := false
	for i := 0; i < s.Len(); i++ {
		m.presentation().open(s.At(i))
		press(t, m, "t")
		wt := m.presentation().walk
		for step := 0; step <= len(wt.steps); step++ {
			press(t, m, "w")
			if wt.whatIf == nil {
				t.Fatalf("%s: w does not open what-if", s.At(i).ID)
			}
			real := *wt.verdict()
			_ = real
			for range wt.whatIf.choices {
				press(t, m, "down", "space")
				if wt.whatIf.res.Agenda != wt.res.Agenda || wt.whatIf.res.Tier != wt.res.Tier {
					moved = true
				}
			}
			press(t, m, "up", "space", "w")
			if wt.whatIf != nil {
				t.Fatal("w does not close what-if")
			}
			press(t, m, "space")
		}
		press(t, m, "esc")
	}
	for i := range before {
		if !before[i].Equal(&s.At(i).Facts) {
			t.Errorf("what-if changed the facts of %s", s.At(i).ID)
		}
	}
	if s.Gen() != gen || s.Dirty() {
		t.Error("what-if marked the worksheet changed")
	}
	if !moved {
		t.Error("no what-if ever moved a verdict: the trial values are not classified")
	}
}

func TestWhatIfMovesTheVerdict(t *testing.T) {
	m := presentModel(t, 120, 40)
	// The one-off rights training: its training format decides POC only or overlap.
	press(t, m, "down", "t")
	wt := m.presentation().walk
	for wt.step < len(wt.steps) && wt.steps[max(0, wt.step-1)] != model.TrainingFormat {
		press(t, m, "space")
	}
	if wt.res.Agenda != classify.POCOnly {
		t.Fatalf("one-off rights training is %s, want POC only", wt.res.Agenda)
	}
	press(t, m, "w", "down", "down") // one-off → recurring → training of trainers
	if wt.whatIf.res.Agenda != classify.Overlap {
		t.Fatalf("training of trainers is %s, want overlap", wt.whatIf.res.Agenda)
	}
	requireScreen(t, m, "Verdict if so:", "Agenda: POC only → POC and SSR overlap.", "(the worksheet is not changed)")
	press(t, m, "w")
	if wt.verdict().Agenda != classify.POCOnly {
		t.Fatal("closing what-if does not return to the real answer")
	}
}

func TestPlacementMatchesTheActivityScreen(t *testing.T) {
	rb := classify.Default()
	ws := caseLibrary(t)
	for _, a := range ws.Activities {
		r := rb.Classify(a)
		p := placeOn(rb, &r, a.Facts.Primary())
		_, c2015 := place2015(rb, &r)
		_, cNarrow := placeNarrow(&r)
		if p.Caption2015 != c2015 || (r.Agenda != classify.Undetermined && p.CaptionNarrow != cNarrow) {
			t.Errorf("%s: the presentation places it %q / %q, the activity screen %q / %q", a.ID, p.Caption2015, p.CaptionNarrow, c2015, cNarrow)
		}
	}
}

// BenchmarkPresentKeystroke200x60 is one key (Update and View) in the
// presentation of the case library on a projector-sized terminal: the target
// is under 5 ms.
func BenchmarkPresentKeystroke200x60(b *testing.B) {
	m := presentModel(b, 200, 60)
	down, up := keyMsg("down"), keyMsg("up")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := down
		if i/20%2 == 1 {
			k = up
		}
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkWalkThroughKeystroke200x60 is one step of the walk-through there.
func BenchmarkWalkThroughKeystroke200x60(b *testing.B) {
	m := presentModel(b, 200, 60)
	m.Update(keyMsg("t"))
	next, prev := keyMsg("space"), keyMsg("backspace")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := next
		if i/6%2 == 1 {
			k = prev
		}
		m.Update(k)
		_ = m.View()
	}
}

// BenchmarkPresentKeystrokeColour200x60 is the same with full colour, as on a
// projector's terminal.
func BenchmarkPresentKeystrokeColour200x60(b *testing.B) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	BenchmarkPresentKeystroke200x60(b)
}

// Every size from the smallest terminal up to a wall, and worksheets from
// empty to far more activities than fit: every frame is exactly the
// terminal's size, and what does not fit is counted ("+N"), never dropped
// silently.
func TestPresentFramesFitEverySize(t *testing.T) {
	rb := classify.Default()
	sizes := [][2]int{{80, 24}, {81, 25}, {97, 31}, {133, 41}, {200, 60}, {251, 77}, {320, 90}}
	for _, n := range []int{0, 1, 23, 120} {
		ws := sample.Worksheet(rb, n, 3)
		if n == 23 {
			ws = caseLibrary(t)
		}
		for _, size := range sizes {
			m := NewModel(rb, ws, false, nil, nil)
			m.Present()
			m.Update(resize(size[0], size[1]))
			for _, keys := range [][]string{nil, {"end"}, {"enter"}, {"esc"}, {"t", "space", "space", "w", "down"}} {
				if n == 0 && len(keys) > 0 {
					break // esc would leave for the worksheet, which keeps its own width
				}
				press(t, m, keys...)
				if keys == nil && n == 120 && size == [2]int{80, 24} {
					requireScreen(t, m, "+") // the markers that do not fit are counted
				}
				lines := strings.Split(m.View(), "\n")
				if len(lines) != size[1] {
					t.Fatalf("%d activities at %dx%d after %v: %d lines", n, size[0], size[1], keys, len(lines))
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w != size[0] {
						t.Fatalf("%d activities at %dx%d after %v: line %d is %d wide:\n%s", n, size[0], size[1], keys, i, w, screenText(m))
					}
				}
			}
		}
	}
}

func TestPresentDrawsTheSelectionEvenWhenItsRegionOverflows(t *testing.T) {
	rb := classify.Default()
	m := NewModel(rb, sample.Worksheet(rb, 120, 3), false, nil, nil)
	m.Present()
	m.Update(resize(80, 24))
	for i := 0; i < 120; i++ {
		want := fmt.Sprintf("[#%d]", i+1)
		if n := strings.Count(strings.Join(strings.Split(screenText(m), "\n")[:1+m.presentation().drawH], "\n"), want); n != 2 {
			t.Fatalf("activity %d is highlighted %d times on the drawings, want once on each:\n%s", i+1, n, screenText(m))
		}
		press(t, m, "down")
	}
}

// Control sequences cannot reach the presentation: a rulebook that holds them
// is refused at load, and a worksheet's text is neutralised, so under the
// plain colour profile the screen holds no escape character at all.
func TestPresentKeepsHostileTextInert(t *testing.T) {
	src := string(classify.Default().Source())
	const title = "title: Protection through dialogue and engagement"
	if !strings.Contains(src, title) {
		t.Fatalf("the rulebook has no %q", title)
	}
	src = strings.Replace(src, title, `title: "\e[2J\e]0;owned\a\u009b31m"`, 1)
	if _, err := classify.Parse("hostile.yaml", []byte(src)); err == nil {
		t.Fatal("a rulebook with control characters in a title was accepted")
	}
	ws := caseLibrary(t)
	ws.Activities[0].Title = "Offensive \x1b[31mred\x1b[0m \u009b2J \x1b]0;owned\a"
	m := NewModel(classify.Default(), ws, true, nil, nil)
	m.Present()
	m.Update(resize(120, 40))
	for _, keys := range [][]string{nil, {"enter"}, {"esc", "t", "space", "space", "space"}, {"w", "down"}} {
		press(t, m, keys...)
		if v := m.View(); strings.ContainsAny(v, "\x1b\u009b\a") {
			t.Fatalf("after %v the screen holds a control character:\n%q", keys, v)
		}
	}
}

func TestPresentPlainPathChangesNothing(t *testing.T) {
	out, errOut, code := runPocssr(t, "", "present", "--accessible")
	if code != 0 || !strings.Contains(out, "Case library: 23 activities on both readings") ||
		!strings.Contains(out, "#5. MINUSTAH vetting of the Haitian National Police — 2015 policy: Tier 3, inside SSR") ||
		!strings.Contains(out, "narrow reading: POC and SSR overlap") || !strings.Contains(out, "from “Vetting security forces”") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	file := filepath.Join(t.TempDir(), "plan.yaml")
	data := "activities:\n  - title: Patrols near the camps\n    implementer: mission\n    kinds: [deterrence]\n"
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = runPocssr(t, "1\n", "present", file)
	if code != 0 || !strings.Contains(out, "#1. Patrols near the camps — 2015 policy: Tier 2") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if got, _ := os.ReadFile(file); string(got) != data {
		t.Fatal("the plain presentation changed the worksheet file")
	}
}

// q quits from the walk-through and from its what-if, as the help says and
// as it does on the board: a facilitator is never left typing into a screen
// that ignores the key.
func TestQuitFromTheWalkThrough(t *testing.T) {
	for _, keys := range [][]string{{"t"}, {"t", "space", "w"}} {
		m := presentModel(t, 80, 24)
		press(t, m, keys...)
		if m.presentation().mode != walkMode {
			t.Fatalf("%v: not in the walk-through", keys)
		}
		if !press(t, m, "q") {
			t.Errorf("%v then q: the program did not quit", keys)
		}
	}
}
