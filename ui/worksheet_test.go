package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

func TestWorksheetShowsTierAgendaRiskAndOpenQuestions(t *testing.T) {
	m := demoModel(t, 120, 40)
	requireScreen(t, m, "Mission: Case library", "[crit open] Joint offensive", "T2", "POC only", "critical",
		"Summary", "Risks by severity", "Activities by tier × agenda")
	// The row of the cursor is marked with ">" as well as by its style.
	first := strings.Split(screenText(m), "\n")[4]
	if !strings.HasPrefix(first, ">") {
		t.Errorf("first row is not marked as selected: %q", first)
	}
}

func TestWorksheetCursorAndOpen(t *testing.T) {
	m := demoModel(t, 100, 30)
	press(t, m, "j", "j")
	if got := m.worksheet.Selected().ID; got != "unoci-academy-training-of-trainers" {
		t.Fatalf("after two downs the cursor is on %s", got)
	}
	press(t, m, "G")
	if last := m.sh.sheet.At(m.sh.sheet.Len() - 1); m.worksheet.Selected() != last {
		t.Errorf("G: the cursor on %s, not the last, %s", m.worksheet.Selected().ID, last.ID)
	}
	press(t, m, "g", "enter")
	if m.front != detailScreen || m.detail().Shown().ID != "fib-fdlr-offensive-2015" {
		t.Fatalf("enter did not open the first activity: screen %d", m.front)
	}
	press(t, m, "esc")
	if m.front != worksheetScreen {
		t.Errorf("esc left screen %d in front", m.front)
	}
}

func TestWorksheetScrollsToKeepTheCursorVisible(t *testing.T) {
	var acts []*model.Activity
	for i := 0; i < 200; i++ {
		acts = append(acts, activity(t, fmt.Sprintf("Activity number %03d", i), "kinds", "deterrence"))
	}
	m := newTestModel(t, sheetOf(acts...), 80, 24)
	press(t, m, "pgdown", "pgdown", "j")
	sel := m.worksheet.Selected().Title
	requireScreen(t, m, "> ")
	if !strings.Contains(screenText(m), sel) {
		t.Fatalf("selected %q is off screen:\n%s", sel, screenText(m))
	}
	press(t, m, "end")
	requireScreen(t, m, "Activity number 199")
	refuseScreen(t, m, "Activity number 000")
}

func TestWorksheetFilter(t *testing.T) {
	m := demoModel(t, 100, 30)
	press(t, m, "/")
	if !m.worksheet.TextFocused() {
		t.Fatal("/ did not focus the filter")
	}
	typeText(t, m, "vetting q")
	requireScreen(t, m, "Filter: vetting q")
	// "q" typed into the filter, not quitting.
	if len(m.listed()) != 0 {
		t.Fatalf("%d rows match 'vetting q'", len(m.listed()))
	}
	requireScreen(t, m, "No activity matches")
	press(t, m, "backspace", "backspace")
	n := len(m.listed())
	if n < 2 {
		t.Fatalf("'vetting' matches %d rows", n)
	}
	requireScreen(t, m, fmt.Sprintf("(%d of 23)", n))
	press(t, m, "enter")
	if m.worksheet.TextFocused() {
		t.Error("enter should leave the filter field")
	}
	press(t, m, "enter")
	if m.front != detailScreen || !strings.Contains(strings.ToLower(m.detail().Shown().Title), "vetting") {
		t.Errorf("opened %q from the filtered list", m.detail().Shown().Title)
	}
	press(t, m, "esc", "esc")
	if len(m.listed()) != 23 {
		t.Errorf("esc did not clear the filter: %d rows", len(m.listed()))
	}
}

func TestWorksheetDeleteAndUndo(t *testing.T) {
	m := demoModel(t, 100, 30)
	first := m.worksheet.Selected()
	press(t, m, "d")
	if m.sh.sheet.Len() != 22 || m.sh.sheet.Index(first) >= 0 {
		t.Fatal("d did not delete the selected activity")
	}
	requireScreen(t, m, "Deleted “Joint offensive", "u to undo", "[modified]")
	press(t, m, "u")
	if m.sh.sheet.Index(first) != 0 {
		t.Fatal("u did not bring the activity back in its place")
	}
	requireScreen(t, m, "Undid the last delete; ctrl+r redoes it.")
}

func TestWorksheetAddOpensQuestionnaireAndEmptyNewIsDropped(t *testing.T) {
	m := demoModel(t, 100, 30)
	press(t, m, "n")
	if m.front != questionnaireScreen || !m.qs().IsNew || m.sh.sheet.Len() != 24 {
		t.Fatalf("n: screen %d, %d activities", m.front, m.sh.sheet.Len())
	}
	press(t, m, "esc")
	if m.front != worksheetScreen || m.sh.sheet.Len() != 23 {
		t.Fatalf("an empty new activity was kept: %d", m.sh.sheet.Len())
	}
	requireScreen(t, m, "Nothing was entered")
}

// n on the case library marks the title bar [modified] only once something
// is entered in the new activity: it was marked before anything was typed,
// and stayed marked when the empty activity was dropped; u then has no add
// to undo.
func TestWorksheetAddMarksModifiedOnlyWhenSomethingIsEntered(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			refuseScreen(t, m, "[modified]")
			press(t, m, "esc")
			requireScreen(t, m, "Nothing was entered")
			refuseScreen(t, m, "[modified]")
			press(t, m, "u")
			refuseScreen(t, m, "Undid the last add")
			press(t, m, "n")
			typeText(t, m, "P")
			requireScreen(t, m, "[modified]")
		})
	}
}

func TestWorksheetMoveDuplicateAndHeading(t *testing.T) {
	m := demoModel(t, 100, 30)
	first := m.worksheet.Selected()
	press(t, m, "J")
	if m.sh.sheet.Index(first) != 1 || m.worksheet.Selected() != first {
		t.Fatalf("J moved the activity to %d", m.sh.sheet.Index(first))
	}
	press(t, m, "shift+up")
	if m.sh.sheet.Index(first) != 0 {
		t.Fatal("shift+up did not move it back")
	}
	press(t, m, "c")
	if m.sh.sheet.Len() != 24 || !strings.HasSuffix(m.worksheet.Selected().Title, "(copy)") {
		t.Fatalf("c did not duplicate: %q", m.worksheet.Selected().Title)
	}
	press(t, m, "m")
	if m.prompt == nil || len(m.prompt.fields) != 2 {
		t.Fatal("m did not open the mission and mandate fields")
	}
	press(t, m, "ctrl+c")
	m = demoModel(t, 100, 30)
	press(t, m, "m")
	typeText(t, m, " X")
	press(t, m, "tab")
	typeText(t, m, " Y")
	press(t, m, "enter")
	if ws := m.sh.sheet.Worksheet(); ws.Mission != "Case library X" || ws.Mandate != "Cases from the chapter Y" {
		t.Fatalf("mission %q mandate %q", ws.Mission, ws.Mandate)
	}
	requireScreen(t, m, "Mission: Case library X")
}

func TestWorksheetSummaryTogglesAndSitsBelowWhenNarrow(t *testing.T) {
	m := demoModel(t, 80, 24)
	requireScreen(t, m, "Summary", "undetermined")
	press(t, m, "s")
	refuseScreen(t, m, "Risks by severity")
	press(t, m, "s")
	requireScreen(t, m, "Risks by severity")
}

func TestWorksheetEmpty(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	requireScreen(t, m, "No activities yet. Press n to add one", "unnamed worksheet", "(none — m to set)")
	for _, k := range []string{"enter", "e", "d", "c", "J", "K", "u", "j", "k", "G"} {
		press(t, m, k)
	}
	if m.front != worksheetScreen {
		t.Errorf("keys on an empty worksheet moved to screen %d", m.front)
	}
}

func TestWorksheetNeutralisesControlCharacters(t *testing.T) {
	a := activity(t, "Evil \x1b[2J\x1b]0;pwned\x07 title\u009b", "kinds", "vetting")
	ws := sheetOf(a)
	ws.Mission = "M\x1b[31mred"
	m := newTestModel(t, ws, 100, 30)
	for _, s := range []string{m.View(), func() string { press(t, m, "enter"); return m.View() }()} {
		for _, bad := range []string{"\x1b[2J", "\x1b]0;", "\x07", "\u009b", "\x1b[31m"} {
			if strings.Contains(s, bad) {
				t.Fatalf("control sequence %q from the file reached the screen: %q", bad, s)
			}
		}
	}
	requireScreen(t, m, "Evil")
}

// The Ref column of the worksheet (at every size) and of the register (at
// 200 columns) gives the source's reference, cut with "…" where it does
// not fit: a paragraph as the briefing marks it, or a case's section
// ("Existing UN frameworks linking POC and SSR", the briefing's "Source"),
// where the column was blank for every case of the library.
func TestRefColumnGivesTheBriefingsReference(t *testing.T) {
	check := func(t *testing.T, screen string, row *regexp.Regexp, m *Model) (sections int) {
		t.Helper()
		acts := m.sh.sheet.Worksheet().Activities
		for _, l := range strings.Split(screen, "\n") {
			r := row.FindStringSubmatch(l)
			if r == nil {
				continue
			}
			n, _ := strconv.Atoi(r[1])
			if n > len(acts) {
				t.Fatalf("no activity %d: %q", n, l)
			}
			want := report.Ref(acts[n-1], n)
			if report.ParagraphRef(acts[n-1].Source.Ref) == "" {
				want = report.OneLine(acts[n-1].Source.Ref)
			}
			cell := strings.TrimRight(r[2], " ")
			if shown, cut := strings.CutSuffix(cell, "…"); cut && !strings.HasPrefix(want, shown) || !cut && cell != want {
				t.Errorf("activity %d: the Ref column shows %q where the briefing gives %q:\n%s", n, cell, want, l)
			}
			if len(want) > 20 {
				sections++
			}
		}
		return sections
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("worksheet_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			requireScreen(t, m, " Ref ")
			// The column is as wide as the titles leave it (11 cells at 80).
			head := regexp.MustCompile(`(?m)^.*# (Ref +)Activity`).FindStringSubmatch(screenText(m))
			if head == nil {
				t.Fatalf("no header:\n%s", screenText(m))
			}
			cells := len(head[1]) - 1
			if check(t, screenText(m), regexp.MustCompile(fmt.Sprintf(`^[> ] +(\d+) (.{%d}) \S`, cells)), m) == 0 {
				t.Fatalf("no row names its section:\n%s", screenText(m))
			}
		})
	}
	t.Run("register_200x60", func(t *testing.T) {
		m := registerModel(t, 200, 60)
		requireScreen(t, m, " Ref ")
		if check(t, screenText(m), regexp.MustCompile(`^[> ] +(\d+) (.{12})  \S`), m) == 0 {
			t.Fatalf("no row names its section:\n%s", screenText(m))
		}
		golden(t, m, 200, 60, "Risk register")
	})
}
