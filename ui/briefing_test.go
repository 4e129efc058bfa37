package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
)

// b shows the briefing rendered in the terminal: the golden at 80×24 is its
// first page, the briefing's document laid out for the terminal.
func TestBriefingScreen(t *testing.T) {
	m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitText(t, tm, "Joint offensiv")
	sendKeys(tm, "b")
	waitText(t, tm, "POC/SSR briefing: Case library", "Executive summary")
	_, view := finalScreen(t, tm)
	teatest.RequireEqualOutput(t, []byte(view))
}

// The briefing is rendered by a command, never inside Update: the screen
// says it is rendering until the command's result comes back. It shows what
// the export would write (the filter's activities) and who prepared it,
// scrolls, and esc goes back to the worksheet.
func TestBriefingRendersBesideTheLoopWhatTheExportWrites(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 100, 30)
	m.sh.briefing.PreparedBy = "A. Planner, DPO/OMA"
	press(t, m, "/")
	typeText(t, m, "12(c)")
	press(t, m, "enter")
	shown := m.listed()[0]
	_, cmd := m.Update(keyMsg("b"))
	requireScreen(t, m, "Rendering the briefing of 1 activities", "Briefing as exported (1 activity)")
	run(m, cmd)
	requireScreen(t, m, "Prepared by: A. Planner, DPO/OMA")
	var all strings.Builder
	for range 200 {
		all.WriteString(screenText(m))
		press(t, m, "pgdown")
	}
	text := strings.Join(strings.Fields(all.String()), " ")
	if !strings.Contains(text, strings.Join(strings.Fields(shown.Title), " ")[:30]) {
		t.Errorf("the briefing lacks the activity the filter shows, %q", shown.Title)
	}
	for _, a := range m.sh.sheet.Worksheet().Activities {
		if a != shown && strings.Contains(text, strings.Join(strings.Fields(a.Title), " ")) {
			t.Errorf("the briefing shows %q, which the filter hides", a.Title)
		}
	}
	press(t, m, "esc")
	if m.front != worksheetScreen {
		t.Fatal("esc did not go back to the worksheet")
	}
	// x exports what the briefing showed: the dialog says it is the
	// filter's one activity.
	press(t, m, "b", "x")
	if m.front != worksheetScreen || m.prompt == nil {
		t.Fatal("x on the briefing did not open the export dialog over the worksheet")
	}
	requireScreen(t, m, fmt.Sprintf("Exports the 1 of %d activities the filter", m.sh.sheet.Len()))
}

// A resize renders the briefing again at the new width; the rendering asked
// at the old width, coming back after, is dropped. No line is wider than
// the terminal.
func TestBriefingFollowsTheWidth(t *testing.T) {
	m := demoModel(t, 120, 40)
	_, atWide := m.Update(keyMsg("b"))
	_, atNarrow := m.Update(resize(80, 24))
	run(m, atNarrow)
	narrow := screenText(m)
	run(m, atWide)
	if got := screenText(m); got != narrow {
		t.Fatalf("the rendering at 120 columns replaced the one at 80:\n%s", got)
	}
	for _, l := range strings.Split(narrow, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Fatalf("a line of %d columns at 80: %q", ansi.StringWidth(l), l)
		}
	}
	if !strings.Contains(narrow, "Executive summary") {
		t.Fatalf("the briefing at 80 columns:\n%s", narrow)
	}
	_, cmd := m.Update(resize(120, 40))
	if cmd == nil {
		t.Fatal("a wider terminal did not render the briefing again")
	}
	run(m, cmd)
	wide := 0
	for _, l := range strings.Split(screenText(m), "\n") {
		wide = max(wide, ansi.StringWidth(l))
	}
	if wide <= 80 {
		t.Fatalf("at 120 columns the briefing is still %d wide", wide)
	}
	var none tea.Cmd
	if _, none = m.Update(resize(120, 40)); none != nil {
		t.Fatal("the same width rendered the briefing again")
	}
}

// BenchmarkBriefingKey is b on a worksheet of 1,000 activities as Update
// sees it: the sheet copied and the rendering handed to a command.
func BenchmarkBriefingKey(b *testing.B) {
	m := bigModel(b, 1000)
	key, back := keyMsg("b"), keyMsg("esc")
	b.ResetTimer()
	for range b.N {
		m.Update(key)
		m.Update(back)
	}
}

// BenchmarkBriefingRender is that command: the markdown briefing of 1,000
// activities laid out for the terminal at 120 columns, beside the loop.
func BenchmarkBriefingRender(b *testing.B) {
	m := bigModel(b, 1000)
	b.ResetTimer()
	for range b.N {
		_, cmd := m.Update(keyMsg("b"))
		if cmd == nil {
			b.Fatal("b started no rendering")
		}
		cmd()
		m.Update(keyMsg("esc"))
	}
}

// Text from a file reaches the briefing screen inert: no escape of its own
// no bidirectional override, and its markdown or HTML shown as the text it
// is, never drawn.
func TestBriefingKeepsHostileTextInert(t *testing.T) {
	hostile := "Patrols \x1b]0;retitled\a\x1b[2J \u202egnp.exe\u202c **bold** [link](https://example.org) <script>x</script>"
	a := activity(t, hostile, "implementer", "mission", "kinds", "deterrence")
	a.Description = "# Not a heading\n\n| not | a table |"
	m := newTestModel(t, sheetOf(a), 100, 200)
	press(t, m, "b")
	view := m.View()
	for _, bad := range []string{"\x1b", "\u202e", "\u202c", "retitled\a"} {
		if strings.Contains(view, bad) {
			t.Errorf("the briefing screen shows %q", bad)
		}
	}
	if !strings.Contains(view, "gnp.exe") || !strings.Contains(view, "[link](https://example.org)") || !strings.Contains(view, "<script>x</script>") {
		t.Errorf("the title is not shown as the text it is:\n%s", view)
	}
}

// At 200×60 the briefing takes the terminal's width, not the 120 columns
// prose is held to elsewhere; at 80 its title bar names the case library in
// words that fit, a space before the help.
func TestBriefingScreenUsesTheWidth(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Joint offensiv")
			sendKeys(tm, "b")
			waitText(t, tm, "POC/SSR briefing: Case library", "Executive summary")
			_, view := finalScreen(t, tm)
			lines := strings.Split(ansi.Strip(view), "\n")
			if bar := lines[0]; !strings.Contains(bar, "│ case library") || strings.Contains(bar, "…") || !strings.Contains(bar, " ? help") {
				t.Errorf("the title bar reads %q", lines[0])
			}
			widest := 0
			for _, l := range lines[1:] {
				widest = max(widest, ansi.StringWidth(strings.TrimRight(l, " ")))
			}
			if size[0] == 200 && widest <= 130 {
				t.Errorf("the briefing's widest line is %d columns at 200", widest)
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The briefing screen shows what the export writes: a draft's facts say
// the words of its paragraph they were read from, "(not yet confirmed)".
// The screen, titled "Briefing as exported", left those lines out.
func TestBriefingScreenReadsDraftsAsTheExportDoes(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, importedSheet(t, mandate1881), size[0], size[1])
			press(t, m, "b")
			requireScreen(t, m, "Briefing as exported")
			for i := 0; i < 3000 && !strings.Contains(screenText(m), "(not yet confirmed)"); i++ {
				press(t, m, "j")
			}
			requireScreen(t, m, "Read from the source paragraph", "(not yet confirmed)")
			golden(t, m, size[0], size[1], "not yet confirmed")
		})
	}
}
