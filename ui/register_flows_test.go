package ui

// The register beyond its own screen: the activity's account, the
// questionnaire's review, the autosave, the plain prompts, a real terminal and
// the worksheet's summary.

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
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

func TestActivityShowsItsRegisterAndOpensItForEditing(t *testing.T) {
	m := registerModel(t, 120, 100) // tall enough for the account's risks
	press(t, m, "o")                // by due date: the overdue entry is second
	press(t, m, "j")
	a := m.reg().Selected().Activity
	press(t, m, "enter")
	// Read on the sheet's day: the planned entry past its date is overdue.
	requireScreen(t, m, "Register: open — planned · owner: Police Component · due 2026-02-10 · OVERDUE")
	press(t, m, "q", "q") // back to the worksheet, on the activity
	press(t, m, "enter", "r")
	if m.front != registerScreen || m.reg().Selected().Activity != a {
		t.Fatalf("r on the activity opened screen %d", m.front)
	}
	press(t, m, "s", "esc")
	if m.front != detailScreen {
		t.Fatalf("esc from the register went to screen %d, not back to the activity", m.front)
	}
	// The account follows the edit made in the register.
	requireScreen(t, m, "Register: mitigated — in place · owner: Police Component · due 2026-02-10")
	refuseScreen(t, m, "OVERDUE")
}

// The activity's account edits its entries in place: the register line
// under it shows one risk at a time (tab moves on), and the same keys as
// the register screen change its entry, each one undo step.
func TestActivityEditsItsEntriesInPlace(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "q")
	press(t, m, "j", "enter") // the second activity: the training with two entries
	a := m.detail().Shown()
	if len(m.detailRisks()) < 2 {
		t.Fatalf("the activity has %d risks", len(m.detailRisks()))
	}
	first, second := m.detailRisks()[0].Rule.ID, m.detailRisks()[1].Rule.ID
	firstTitle, secondTitle := m.detailRisks()[0].Rule.Title, m.detailRisks()[1].Rule.Title
	if line := "Register (1 of 3) OVERDUE MEDIUM " + m.detailRisks()[0].Rule.Title + ": open — planned · owner: Police Component"; !containsFlat(screenText(m), line) {
		t.Fatalf("screen lacks %q:\n%s", line, screenText(m))
	}
	press(t, m, "s")
	if e := a.Register.Entry(first); e.Status != model.InPlace {
		t.Fatalf("s made the entry %+v", e)
	}
	requireScreen(t, m, firstTitle+": mitigated — in place")
	press(t, m, "d")
	for range "2026-02-10" {
		press(t, m, "backspace")
	}
	typeText(t, m, "2026-04-31")
	press(t, m, "enter")
	requireScreen(t, m, `"2026-04-31" is not a date: April 2026 has 30 days`)
	press(t, m, "esc")
	if e := a.Register.Entry(first); e.Due != "2026-02-10" {
		t.Fatalf("a refused date changed the entry: %+v", e)
	}
	press(t, m, "tab", "w")
	typeText(t, m, "Mission training cell")
	press(t, m, "enter")
	if e := a.Register.Entry(second); e == nil || e.Owner != "Mission training cell" {
		t.Fatalf("w on the second risk made %+v", e)
	}
	requireScreen(t, m, "Register (2 of ", secondTitle+": ", "Mission training cell")
	press(t, m, "u", "u")
	if e := a.Register.Entry(first); e.Status != model.Planned {
		t.Fatalf("two undos left %+v", e)
	}
	if m.front != detailScreen {
		t.Fatalf("the edits left screen %d in front", m.front)
	}
}

// After the verdict, the questionnaire's review asks what is being done
// about the risks: r puts the register, at the activity, in its place.
func TestQuestionnaireReviewOpensTheRegister(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "q", "e") // the joint offensive: a critical risk fires
	a := m.worksheet.Selected()
	for i := 0; i < 30 && m.quest != nil && m.qs().Stage != questionnaire.Reviewing; i++ {
		press(t, m, "right") // on to the next question, unanswered
	}
	requireScreen(t, m, "1 risk fires: what is being done about it? r: the register")
	press(t, m, "r")
	if m.front != registerScreen || m.reg().Selected().Activity != a {
		t.Fatalf("r in the review opened screen %d", m.front)
	}
	// One row per risk of the activity, the others a key away.
	fired := len(classify.Default().Classify(a).Risks)
	all := len(m.sh.sheet.Register())
	requireScreen(t, m, fmt.Sprintf("What is being done about these risks? (%d of %d · a: all) Joint offensive", fired, all))
	refuseScreen(t, m, "Supporting forces that are att")
	// The heading counts the risks listed, the activity's, not the worksheet's.
	requireScreen(t, m, fmt.Sprintf("%d %s: ", fired, map[bool]string{true: "risk", false: "risks"}[fired == 1]))
	refuseScreen(t, m, fmt.Sprintf("%d risks: ", all))
	press(t, m, "a")
	requireScreen(t, m, "Supporting forces that are att", fmt.Sprintf("%d risks: ", all))
	refuseScreen(t, m, "What is being done about these risks?")
	press(t, m, "a")
	requireScreen(t, m, "What is being done about these risks? (1 of ")
	press(t, m, "esc")
	if m.front != worksheetScreen {
		t.Fatalf("esc from the register went to screen %d, not the worksheet", m.front)
	}
}

// An edit of the register is autosaved as any other change: the first at
// once, and the autosave holds the entry.
func TestRegisterEditIsAutosaved(t *testing.T) {
	isolateState(t)
	path := filepath.Join(t.TempDir(), "w.yaml")
	rec, _, _ := startTestRecovery(t, path)
	ws := model.New(path)
	ws.Activities = registerLibrary(t).Activities
	m := NewModel(classify.Default(), ws, false, rec, nil)
	m.Update(resize(120, 40))
	press(t, m, "r", "j", "s")
	saved := autosaved(t, rec)
	if saved == nil {
		t.Fatal("the edit left no autosave")
	}
	a := m.reg().Selected().Activity
	i := m.sh.sheet.Index(a)
	if e := saved.Activities[i].Register.Entry(m.reg().Selected().Risk.Rule.ID); e == nil || e.Status != model.NotStarted {
		t.Fatalf("the autosave holds %+v", e)
	}
}

// The plain prompts fill the register after the verdict: an entry with a
// date refused and then given, a not-needed entry that waits for its note,
// and a risk skipped; the file keeps the two entries.
func TestAccessibleFillsTheRegister(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	answers := strings.Join([]string{
		"Joint offensive with the army", "", "1", "10", "1", "9", "3", "2", "2", // as TestAccessibleQuestionnaireEndToEnd
		"0", "0", "0", "0", // the questions after: don't know
		// the critical risk: in place, an owner, a date refused then given, a note
		"3", "Human Rights Division", "2026-02-30", "2026-03-31", "Units screened",
		// the next: not-needed, no owner or date, a note refused empty then given
		"not-needed", "", "", "", "The force has its own procedure",
		// the rest skipped
		"", "", "", "",
	}, "\n") + "\n"
	_, stderr, code := runPocssr(t, answers, path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"What is being done about these risks?", "Risk 1 of ", "CRITICAL Support to forces implicated in grave violations",
		`"2026-02-30" is not a date: February 2026 has 28 days. Try again`,
		"is not-needed without a note", `Risk register of “Joint offensive with the army”: 2 entries given now, 2 entries in all.`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	reg := ws.Activities[0].Register
	if len(reg) != 2 {
		t.Fatalf("the register holds %+v", reg)
	}
	want := model.RegisterEntry{Risk: "grave-violations-support", Status: model.InPlace, Owner: "Human Rights Division", Due: "2026-03-31", Note: "Units screened"}
	if reg[0] != want {
		t.Errorf("the first entry is %+v, want %+v", reg[0], want)
	}
	if reg[1].Status != model.NotNeeded || reg[1].Note != "The force has its own procedure" || reg[1].Owner != "" || reg[1].Due != "" {
		t.Errorf("the second entry is %+v", reg[1])
	}
}

// The risk register kept in a real terminal: an entry filled in (status,
// owner, a date refused and then given), saved, and found again after the
// worksheet is reopened, with what is overdue read on --today.
func TestEndToEndRegister(t *testing.T) {
	s := newTmux(t)
	file := filepath.Join(s.home, "plan.yaml")
	ws := caseLibrary(t)
	ws.Activities = ws.Activities[:1] // the joint offensive: a critical risk fires
	if err := ws.Save(file, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	s.start("reg", 120, 40, "--dark", "--today", "2026-03-01", "plan.yaml")
	s.waitFor("reg", "[crit open] Joint offensive")
	s.keys("reg", "r")
	s.waitFor("reg", "Risk: Support to forces implicated in grave violations", "critical", "no entry")
	s.keys("reg", "s", "s")
	s.waitFor("reg", "planned", "[modified]")
	s.keys("reg", "w")
	s.typeText("reg", "Human Rights Division")
	s.keys("reg", "Enter")
	s.waitFor("reg", "Owner of “Support to forces implicated in grave violations” saved")
	s.keys("reg", "d")
	s.typeText("reg", "2026-02-30")
	s.keys("reg", "Enter")
	s.waitFor("reg", `"2026-02-30" is not a date: February 2026 has 28 days`)
	s.keys("reg", "BSpace", "BSpace")
	s.typeText("reg", "15")
	s.keys("reg", "Enter")
	s.waitFor("reg", "2026-02-15 OVERDUE")
	s.keys("reg", "C-s")
	s.waitFor("reg", "Saved 1 activity")
	s.keys("reg", "q", "q")
	s.waitFor("reg", "EXITED 0")

	saved, err := model.Load(file, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	want := model.RegisterEntry{Risk: "grave-violations-support", Status: model.Planned, Owner: "Human Rights Division", Due: "2026-02-15"}
	if e := saved.Activities[0].Register.Entry(want.Risk); e == nil || *e != want {
		t.Fatalf("the saved entry is %+v, want %+v", e, want)
	}

	// Reopened: the worksheet marks what is late and the entry is there.
	s.start("again", 120, 40, "--dark", "--today", "2026-03-01", "plan.yaml")
	s.waitFor("again", "[crit open] [overdue] Joint")
	s.keys("again", "r")
	s.waitFor("again", "planned", "Human Rights Divi", "2026-02-15 OVERDUE")
	// The briefing exported from here carries the entry.
	s.keys("again", "q", "x")
	s.waitFor("again", "Export")
	s.keys("again", "h")
	s.waitFor("again", "Export as HTML briefing", "plan.html")
	s.keys("again", "Enter")
	s.waitFor("again", "Exported 1 activit")
	s.keys("again", "q")
	s.waitFor("again", "EXITED 0")
	brief, err := os.ReadFile(filepath.Join(s.home, "plan.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(brief), "Human Rights Division") || !strings.Contains(string(brief), "2026-02-15") {
		t.Errorf("the briefing lacks the register entry:\n%.3000s", brief)
	}
}

// The summary beside the worksheet counts the register (FRAMEWORK §9) when
// the worksheet keeps one, and follows an edit: the planned entry overdue on
// registerDay stays overdue, and the critical risk, once its entry is in
// place, counts as mitigated and no longer open. A worksheet
// without a register shows no register line at all.
func TestSummaryCountsTheRegister(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "q")
	want := m.sh.sheet.Tally().Register
	if want != (classify.RegisterCounts{Open: 23, Mitigated: 1, Accepted: 1, Overdue: 1, Keeping: 2}) {
		t.Fatalf("the library's register counts %+v; the test expects 23 open, 1 overdue, 1 mitigated, 1 accepted", want)
	}
	requireScreen(t, m, "Risk register", "open 23 · overdue 1 ", "mitigated 1 · accepted 1")
	press(t, m, "r", "j", "s", "s", "s", "q")
	requireScreen(t, m, "open 22 · overdue 1 ", "mitigated 2 · accepted 1")

	plain := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	plain.Update(resize(120, 40))
	refuseScreen(t, plain, "Risk register")
}

func TestSummaryRegisterScreen(t *testing.T) {
	m := NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	waitText(t, tm, "Joint offensiv", "Risk register")
	_, view := finalScreen(t, tm)
	teatest.RequireEqualOutput(t, []byte(view))
}

// The register gives its columns the width they need: every risk whole
// (two rows of one activity never look alike), on a wide terminal by its
// title, with the owner whole and the activity's title in 48 columns at
// least beside them, where not by its title cut with … to the width of the
// longest id (at 160 columns); on a narrow one the
// due date, owner and title on a line of their own, wrapped when the rows
// leave room; and it says which rows are in view, of how many.
func TestRegisterColumnsTakeTheWidthTheyNeed(t *testing.T) {
	m := registerModel(t, 80, 24)
	requireScreen(t, m, "Capacity built with no account… ", "Rights training that leaves no… ",
		"due 2026-02-10 OVERDUE · owner Police Component", "row 1 of 25 · rows 1–8 shown")
	press(t, m, "pgdown")
	requireScreen(t, m, "Trained personnel without the", "row 9 of 25")

	m = registerModel(t, 200, 60)
	requireScreen(t, m, "Joint offensive with the Congolese army against",
		" Support to forces implicated in grave violations ", "Human Rights Division ", "row 1 of 25")
	refuseScreen(t, m, "grave-violations-support ")

	m = registerModel(t, 160, 40)
	requireScreen(t, m, " Support to forces implicated i… ", "Human Rights Division ")
	refuseScreen(t, m, "grave-violations-support ")

	m = NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	m.Update(resize(80, 24))
	press(t, m, "j", "enter", "r")
	requireScreen(t, m, "UNMISS one-off human", "rights sessions for soldiers and police (2012-13)", "row 1 of 3")
}

// A register entry's note reads whole under the list, wrapped, however
// long: the list gives up the lines it needs, and the row under the cursor
// stays in view.
func TestRegisterShowsTheNoteWhole(t *testing.T) {
	const long = "Units screened by the Human Rights Division in March; two commanders excluded after the review board met, and the remaining battalions are to be screened again before the next operation begins in the north"
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := registerLibrary(t)
			for _, a := range ws.Activities {
				for i := range a.Register {
					if a.Register[i].Status == model.InPlace {
						a.Register[i].Note = long
					}
				}
			}
			m := NewModel(classify.Default(), ws, true, nil, nil)
			m.sh.sheet.SetToday(registerDay)
			m.Update(resize(size[0], size[1]))
			press(t, m, "r")
			if entryOf(m.reg().Selected()).Note != long {
				t.Fatal("the first row is not the entry with the long note")
			}
			if !containsFlat(screenText(m), "Note: "+long) {
				t.Fatalf("the note is not whole on the screen:\n%s", screenText(m))
			}
			if n := len(strings.Split(screenText(m), "\n")); n != size[1] {
				t.Fatalf("%d lines on a screen of %d", n, size[1])
			}
			// Down the list and back: the cursor's row is always drawn.
			for i := 0; i < 12; i++ {
				press(t, m, "down")
				requireScreen(t, m, "> ")
			}
			press(t, m, "home")
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Note: Units screened")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The worksheet's side summary counts what is overdue in the register in
// colour, and its escapes stay escapes: wrapped before they were added,
// they showed as "�[1;38;5;124m" beside the count.
func TestSummaryRegisterCountsOverdueInColourWithoutMarks(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	m := NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	m.Update(resize(200, 60))
	requireScreen(t, m, "Risk register", "overdue 1")
	refuseScreen(t, m, "\uFFFD", "[1;")
	if !strings.Contains(m.View(), "\x1b[") || !strings.Contains(ansi.Strip(m.View()), "open ") {
		t.Fatal("the screen is drawn without colour: the test shows nothing")
	}
}

// Under the list, the selected risk's title reads whole at 80 columns,
// wrapped, for every row of the register.
func TestRegisterShowsEachRiskTitleWhole(t *testing.T) {
	m := registerModel(t, 80, 24)
	n := len(m.sh.sheet.Register())
	cut := 0
	for i := 0; i < n; i++ {
		r := m.reg().Selected()
		// named by its title, not by the rulebook's id
		want := "Risk: " + r.Risk.Rule.Title
		if len(r.Risk.Rule.Title) > 30 { // the list's column cuts it
			cut++
		}
		if !containsFlat(screenText(m), want) {
			t.Fatalf("row %d: %q is not whole on the screen:\n%s", i+1, want, screenText(m))
		}
		press(t, m, "down")
	}
	if cut == 0 {
		t.Fatal("no title is cut in the list: the test shows nothing")
	}
}

// At 200 columns the owner is not cut while the activities leave blank
// columns: the register shares the width.
func TestRegisterSharesTheWidthWithTheOwner(t *testing.T) {
	const owner = "UNMISS Civil Affairs (J. Okello)"
	ws := registerLibrary(t)
	for _, a := range ws.Activities {
		for i := range a.Register {
			if a.Register[i].Status == model.InPlace {
				a.Register[i].Owner = owner
			}
		}
	}
	m := NewModel(classify.Default(), ws, true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	m.Update(resize(200, 60))
	press(t, m, "r")
	requireScreen(t, m, owner+" ")
	refuseScreen(t, m, "J. Okel…")
	golden(t, m, 200, 60, "Risk register")
}

// A risk without an entry is named alike on the register and the account:
// "no entry" (the account's "open — no entry"), never a third name ("none").
func TestRegisterNamesAMissingEntryAsTheAccountDoes(t *testing.T) {
	m := NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	m.Update(resize(200, 60))
	press(t, m, "r")
	requireScreen(t, m, " no entry ")
	refuseScreen(t, m, " none ")
	press(t, m, "/")
	typeText(t, m, "no entry")
	press(t, m, "enter")
	refuseScreen(t, m, "in-place ")
}

// The register names each risk by its title where the width allows, and
// the column of paragraph references has a heading: the number and the
// reference ("2 5") read as one number without it.
func TestRegisterNamesRisksAndReferences(t *testing.T) {
	m := imported2241(t, 200, 60)
	press(t, m, "r")
	requireScreen(t, m, "    # Ref ", " Activity ", " Risk ")
	r := m.reg().Selected()
	requireScreen(t, m, r.Risk.Rule.Title+" ")
	refuseScreen(t, m, r.Risk.Rule.ID+" ")
	golden(t, m, 200, 60, "Risk register")
}

// A long owner pushes the paragraph and the title off the second line of
// a row at 80 columns: the entry of the row selected reads whole under the
// list (due, owner, paragraph and title), never only the risk and the note.
func TestRegisterShowsTheSelectedEntryWholeBelow(t *testing.T) {
	const owner = "Human Rights Section and UNPOL vetting cell, with the Police Commissioner's office"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := importedSheet(t, resolution)
			rb := classify.Default()
			for _, a := range ws.Activities {
				if r := rb.Classify(a); len(r.Risks) > 0 {
					a.Register = model.Register{{Risk: r.Risks[0].Rule.ID, Status: model.Planned, Owner: owner, Due: "2030-01-15"}}
				}
			}
			m := NewModel(rb, ws, false, nil, nil)
			m.sh.sheet.SetToday(registerDay)
			m.Update(resize(size[0], size[1]))
			press(t, m, "r")
			a := m.reg().Selected().Activity
			if screen := screenText(m); !containsFlat(screen, owner) || !containsFlat(screen, a.Title) || !containsFlat(screen, "2030-01-15") {
				t.Fatalf("the selected entry is not whole on the screen:\n%s", screenText(m))
			}
			// At 200 columns the owner gives way, cut, before the risks'
			// titles do: one long owner turned every row's title to its id.
			if size[0] == 200 {
				requireScreen(t, m, "Governance support that the HRDDP assessment does not look at", "Human Rights Section and UNPOL vett…")
				refuseScreen(t, m, "governance-outside-hrddp")
			}
			golden(t, m, size[0], size[1], "Risk register")
		})
	}
}

// The guide names a risk without an entry as the register screen does
// ("no entry"): it said `none`, which the screen never shows.
func TestGuideNamesAMissingEntryAsTheRegisterDoes(t *testing.T) {
	data, err := os.ReadFile("../docs/ui.md")
	if err != nil {
		t.Fatal(err)
	}
	guide := string(data)
	if !strings.Contains(guide, "the status of its entry (`"+report.NoEntry+"` without one") {
		t.Errorf("docs/ui.md does not give the register's status without an entry as %q", report.NoEntry)
	}
	if strings.Contains(guide, "(`none` without one)") {
		t.Error("docs/ui.md names a missing entry `none`")
	}
}

// The register marks a draft's rows "[draft]", as the worksheet does and a
// briefing marks it DRAFT: its risks stand on facts nobody reviewed yet.
func TestRegisterMarksADraft(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := imported2241(t, size[0], size[1])
			press(t, m, "r")
			requireScreen(t, m, "sorted by")
			s := screenText(m)
			if !strings.Contains(s, "[draft] ") {
				t.Fatalf("no row marks its activity a draft:\n%s", s)
			}
			golden(t, m, size[0], size[1], "sorted by")
		})
	}
}

// The register's footer says which row the cursor is on, of how many: "3
// of 3" with the cursor on the first row read as its place.
func TestRegisterFooterSaysTheCursorsRow(t *testing.T) {
	for _, size := range sizes {
		m := registerModel(t, size[0], size[1])
		requireScreen(t, m, "row 1 of 25")
		press(t, m, "down", "down")
		requireScreen(t, m, "row 3 of 25")
		refuseScreen(t, m, "25 of 25")
	}
}
