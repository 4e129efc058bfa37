package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
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

// The Ref column of the worksheet and of the register names each activity
// as the briefing, the board and the portfolio do (report.SourcesRef): the
// paragraph its source numbers, else "#n". A case's section ("Existing UN
// frameworks linking POC and SSR") filled it, cut to "Existing U…" on nine
// rows at 80 columns with no key to read it whole; the account's "source:"
// line gives it. Here the case library has one activity a paragraph
// numbers, so that the column stands; with none, the # column gives every
// mark and the lists give no Ref column.
func TestRefColumnGivesTheBriefingsReference(t *testing.T) {
	library := func(t *testing.T) *model.Worksheet {
		ws := registerLibrary(t)
		ws.Activities[0].Source.Ref = "5(f)"
		return ws
	}
	check := func(t *testing.T, screen string, row *regexp.Regexp, m *Model) (marks int) {
		t.Helper()
		acts := m.sh.sheet.Worksheet().Activities
		src := model.SourcesOf(acts)
		for _, l := range strings.Split(screen, "\n") {
			r := row.FindStringSubmatch(l)
			if r == nil {
				continue
			}
			n, _ := strconv.Atoi(r[1])
			if n > len(acts) {
				t.Fatalf("no activity %d: %q", n, l)
			}
			want := report.SourcesRef(src, acts[n-1], n)
			if cell := strings.TrimRight(r[2], " "); cell != want {
				t.Errorf("activity %d: the Ref column shows %q where the briefing gives %q:\n%s", n, cell, want, l)
			}
			marks++
		}
		return marks
	}
	for _, size := range sizes {
		name := fmt.Sprintf("%dx%d", size[0], size[1])
		t.Run("worksheet_"+name, func(t *testing.T) {
			m := newTestModel(t, library(t), size[0], size[1])
			head := regexp.MustCompile(`(?m)^.*# (Ref +)Activity`).FindStringSubmatch(screenText(m))
			if head == nil {
				t.Fatalf("no Ref column:\n%s", screenText(m))
			}
			cells := len(head[1]) - 1
			if check(t, screenText(m), regexp.MustCompile(fmt.Sprintf(`^[> ] +(\d+) (.{%d}) \S`, cells)), m) < 10 {
				t.Fatalf("fewer than 10 rows give a mark:\n%s", screenText(m))
			}
			refuseScreen(t, m, "Existing U")
			requireScreen(t, m, "5(f)", "#2 ")
			golden(t, m, size[0], size[1], "Activity")
		})
		t.Run("register_"+name, func(t *testing.T) {
			m := NewModel(classify.Default(), library(t), true, nil, nil)
			m.sh.sheet.SetToday(registerDay)
			m.Update(resize(size[0], size[1]))
			press(t, m, "r")
			refuseScreen(t, m, "Existing U")
			requireScreen(t, m, "5(f)", " Ref ")
			if size[0] > 80 && check(t, screenText(m), regexp.MustCompile(`^[> ] +(\d+) (\S+) +\S`), m) < 10 {
				t.Fatalf("fewer than 10 rows give a mark:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "Risk register")
		})
	}
	// The case library alone has no paragraph: no Ref column, the # column
	// gives every "#n".
	m := demoModel(t, 80, 24)
	refuseScreen(t, m, " Ref ", "Existing U")
}
