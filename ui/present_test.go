package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/muesli/termenv"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
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
		{"walkthrough_end", []string{"t", "space", "space", "space", "space", "space"}, "waits on"},
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

func TestPresentWidthGrowsWithTheTerminal(t *testing.T) {
	m := presentModel(t, 200, 60)
	widest := 0
	for _, l := range strings.Split(m.View(), "\n") {
		widest = max(widest, ansi.StringWidth(l))
	}
	if widest != 200 {
		t.Fatalf("the presentation draws %d columns of 200", widest)
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
		if m.front != presentScreen || !strings.Contains(screenText(m), "Walk-through · ") {
			t.Fatalf("%v: not in the walk-through", keys)
		}
		if !press(t, m, "q") {
			t.Errorf("%v then q: the program did not quit", keys)
		}
	}
}
