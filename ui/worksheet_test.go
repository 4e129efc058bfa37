package ui

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

func TestWorksheetShowsTierAgendaRiskAndOpenQuestions(t *testing.T) {
	m := demoModel(t, 120, 40)
	requireScreen(t, m, "Mission: Case library", "[crit open] Joint offensive with the", "T2", "POC only", "critical",
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
	if m.worksheet.cursor != m.sh.sheet.Len()-1 {
		t.Errorf("G: cursor %d", m.worksheet.cursor)
	}
	press(t, m, "g", "enter")
	if m.front != detailScreen || m.detail().activity.ID != "fib-fdlr-offensive-2015" {
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
	if m.worksheet.rows() != 0 {
		t.Fatalf("%d rows match 'vetting q'", m.worksheet.rows())
	}
	requireScreen(t, m, "No activity matches")
	press(t, m, "backspace", "backspace")
	n := m.worksheet.rows()
	if n < 2 {
		t.Fatalf("'vetting' matches %d rows", n)
	}
	requireScreen(t, m, fmt.Sprintf("(%d of 23)", n))
	press(t, m, "enter")
	if m.worksheet.TextFocused() {
		t.Error("enter should leave the filter field")
	}
	press(t, m, "enter")
	if m.front != detailScreen || !strings.Contains(strings.ToLower(m.detail().activity.Title), "vetting") {
		t.Errorf("opened %q from the filtered list", m.detail().activity.Title)
	}
	press(t, m, "esc", "esc")
	if m.worksheet.rows() != 23 {
		t.Errorf("esc did not clear the filter: %d rows", m.worksheet.rows())
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
	if m.front != questionnaireScreen || !m.quest.isNew || m.sh.sheet.Len() != 24 {
		t.Fatalf("n: screen %d, %d activities", m.front, m.sh.sheet.Len())
	}
	press(t, m, "esc")
	if m.front != worksheetScreen || m.sh.sheet.Len() != 23 {
		t.Fatalf("an empty new activity was kept: %d", m.sh.sheet.Len())
	}
	requireScreen(t, m, "Nothing was entered")
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

var _ tea.Model = (*worksheetView)(nil)

// The grid's counts stay apart however large they grow: on a worksheet of
// 12,000 activities (counts in the thousands) each agenda's line, beside the
// list and below it, ends in its four counts, read back as they were
// counted, and no line is wider than its panel.
func TestSummaryGridCountsKeepApart(t *testing.T) {
	rb := classify.Default()
	m := newTestModel(t, sample.Worksheet(rb, 12000, 7), 160, 50)
	tally := m.sh.sheet.Tally()
	thousands := false
	for _, a := range classify.Agendas {
		for _, tier := range []classify.Tier{1, 2, 3, 0} {
			thousands = thousands || tally.Grid[tier][a] >= 1000
		}
	}
	if !thousands {
		t.Fatal("no count reaches a thousand: the test needs a larger worksheet")
	}
	p := summaryPanel{m.sh}
	for name, grid := range map[string][]string{"side": p.grid(""), "flat": p.grid("Summary")} {
		width := ansi.StringWidth(grid[0])
		for i, a := range classify.Agendas {
			line := ansi.Strip(grid[i+1])
			if w := ansi.StringWidth(line); w != width || w > summarySideWidth-4 {
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

// A list longer than the screen says beside the column name how many rows
// are below and above; a list that fits says nothing.
func TestWorksheetSaysHowManyRowsAreOffScreen(t *testing.T) {
	m := demoModel(t, 80, 24)
	n, h := m.worksheet.rows(), m.worksheet.listHeight()
	if n <= h {
		t.Fatalf("%d rows in %d lines: the test shows nothing", n, h)
	}
	requireScreen(t, m, fmt.Sprintf("Activity · %d more below", n-h))
	refuseScreen(t, m, "above")
	press(t, m, "G")
	requireScreen(t, m, fmt.Sprintf("Activity · %d above ", n-h))
	refuseScreen(t, m, "more below")
	press(t, m, "up", "up", "up", "up", "up", "up", "up", "up", "up", "up", "up")
	requireScreen(t, m, fmt.Sprintf("Activity · %d above, 1 more below", n-h-1))
	refuseScreen(t, demoModel(t, 200, 60), "more below", "above")
}

// An empty worksheet names every key that fills it, whole, at 80 columns.
func TestEmptyWorksheetNamesItsKeysWhole(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	want := "No activities yet. Press n to add one, i to import a mandate, or f to browse the framework."
	if !containsFlat(screenText(m), want) {
		t.Fatalf("the empty worksheet does not say %q whole:\n%s", want, screenText(m))
	}
}
