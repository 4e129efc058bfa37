package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/panel"
)

// These tests hold what a first use at 80×24 and 200×60 found cut or hidden:
// each screen shows whole what it names (a count, a reference, a key, a
// mark), and uses the width it has.

// mandate2241 is a mandate of the tuned part of the corpus with paragraphs
// three levels deep (4(e)(iii)).
const mandate2241 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2241-2015.txt"

// sizes are the two sizes a facilitator and a planner work at.
var sizes = [][2]int{{80, 24}, {200, 60}}

// golden draws m in a bubbletea program at w×h and compares the screen with
// the test's golden file.
func golden(t *testing.T, m *Model, w, h int, wait string) {
	t.Helper()
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))
	waitText(t, tm, wait)
	_, view := finalScreen(t, tm)
	teatest.RequireEqualOutput(t, []byte(view))
}

// imported2241 is the root model on the drafts of S/RES/2241 (2015).
func imported2241(t *testing.T, w, h int) *Model {
	t.Helper()
	m := NewModel(classify.Default(), importedSheet(t, mandate2241), false, nil, nil)
	m.Update(resize(w, h))
	return m
}

// The count of rows above and below stays beside the column title when the
// words do not fit: in arrows.
func TestWorksheetCountsHiddenRowsAtEveryWidth(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := imported2241(t, size[0], size[1])
			for range 30 {
				press(t, m, "j")
			}
			if size[0] == 80 {
				requireScreen(t, m, "Activity ↑20↓2 …: enter whole")
			}
			golden(t, m, size[0], size[1], "Activity")
		})
	}
}

// The review's id and source keep the paragraph's reference whole, and the
// id too: where both do not fit on one line, the source goes below the id.
func TestReviewKeepsTheReferenceWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := imported2241(t, size[0], size[1])
			press(t, m, "/")
			typeText(t, m, "4-e-iii-")
			press(t, m, "enter", "R")
			requireScreen(t, m, "source: S/RES/2241 (2015) 4(e)(iii)")
			golden(t, m, size[0], size[1], "4(e)(iii)")
		})
	}
}

// An account longer than the screen says there is more below, and the keys
// line and the help name the keys that scroll it.
func TestPresentAccountSaysThereIsMore(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "down", "enter")
			requireScreen(t, m, "↓ more: ", "lines below (↓/j, pgdn)", "pgdn page down", "pgup page up")
			golden(t, m, size[0], size[1], "Account")
			for range 10 {
				press(t, m, "pgdown")
			}
			refuseScreen(t, m, "↓ more")
			press(t, m, "?")
			requireScreen(t, m, "pgdn", "page down")
		})
	}
}

// At 200 columns the keys line takes the terminal's width, under the
// worksheet and under a screen whose text is narrower.
func TestKeysLineUsesTheWidth(t *testing.T) {
	m := demoModel(t, 200, 60)
	lastLine := func() string {
		lines := strings.Split(screenText(m), "\n")
		return lines[len(lines)-1]
	}
	if l := lastLine(); !strings.Contains(l, "q quit · ? help: all keys of this screen") || strings.Contains(l, "…") {
		t.Errorf("the worksheet's keys line is cut at 200 columns:\n%s", l)
	}
	m = imported2241(t, 200, 60)
	press(t, m, "R")
	if l := lastLine(); !strings.Contains(l, "esc stop reviewing") || !strings.Contains(l, "? help: all keys of this screen") || strings.Contains(l, "…") {
		t.Errorf("the review's keys line is cut at 200 columns:\n%s", l)
	}
}

// The live verdict beside the questionnaire wraps an open question where
// the panel has the rows for them all.
func TestLiveVerdictWrapsTheOpenQuestions(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "e")
			if size[0] == 200 {
				requireScreen(t, m, "alongside this force and mentor or advise it?")
				refuseScreen(t, m, "along…")
			}
			golden(t, m, size[0], size[1], "Live verdict")
		})
	}
}

// Below the questions at 80×24 the live verdict's line of open questions,
// cut, names ?, and the help screen lists them whole: it ended in '…'
// with no key, where the side panel at 200 columns lists them all. Where
// a text field takes '?' (the description), it names no key.
func TestLiveVerdictOpenLineNamesItsKey(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "e")
			r, _ := m.quest.Result()
			open := panel.OpenNames(&r)
			line := ""
			for _, l := range strings.Split(screenText(m), "\n") {
				if strings.HasPrefix(l, "Open: ") {
					line = strings.TrimRight(l, " ")
				}
			}
			if size[0] == 80 {
				if !strings.HasSuffix(line, "… (?)") {
					t.Fatalf("the open questions' line is cut without naming ?: %q\n%s", line, screenText(m))
				}
				press(t, m, "?")
				requireScreen(t, m, "The open questions; the answers, whole")
				if s := screenText(m); !containsFlat(s, fmt.Sprintf("Open questions (%d): %s.", len(open), strings.Join(open, ", "))) {
					t.Fatalf("the help does not list the open questions whole:\n%s", s)
				}
				golden(t, m, size[0], size[1], "Help")
				return
			}
			if line != "" || strings.Contains(screenText(m), "(?)") {
				t.Fatalf("at %d columns the side panel lists the open questions, no line names ?:\n%s", size[0], screenText(m))
			}
		})
	}
}

// Where the notes below the questions give way to a count of them at
// 80×24, the count of the open questions names ? too, and the help lists
// them whole: "+ not shown: 2 suggested · 11 open" named no key.
func TestLiveVerdictCountOfTheOpenNamesItsKey(t *testing.T) {
	m := atKindsQuestion(t, 80, 24)
	r, _ := m.quest.Result()
	// Counted on the verdict's line or on the line of the notes that gave
	// way, the line that counts them ends naming ?.
	counted := false
	for _, l := range strings.Split(screenText(m), "\n") {
		if strings.Contains(l, fmt.Sprintf("· %d open", len(r.OpenQuestions))) {
			counted = strings.HasSuffix(strings.TrimSpace(l), "(?)")
		}
	}
	if !counted {
		t.Fatalf("no line counts the %d open questions naming ?:\n%s", len(r.OpenQuestions), screenText(m))
	}
	press(t, m, "?")
	if s := screenText(m); !containsFlat(s, fmt.Sprintf("Open questions (%d): %s.", len(r.OpenQuestions), strings.Join(panel.OpenNames(&r), ", "))) {
		t.Fatalf("the help does not list the open questions whole:\n%s", s)
	}
}

// A status line names its keys before what may be cut: at 80 columns the
// import's note keeps l and u, the end of a review keeps R.
func TestStatusLinesKeepTheirKeys(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("imported_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, mandate2241)
			requireScreen(t, m, "21 ", "left out: l lists them, u undoes the import (S/RES/2241 (2015)).")
			golden(t, m, size[0], size[1], "Review of drafts")
		})
		t.Run(fmt.Sprintf("review_done_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := imported2241(t, size[0], size[1])
			press(t, m, "R", "x")
			for i := 0; i < 50 && m.front == reviewScreen; i++ {
				press(t, m, "s")
			}
			requireScreen(t, m, "Review ended: 32 drafts to review (R); 0 reviewed, 32 skipped, 1 discarded.")
			refuseScreen(t, m, "Review done")
			golden(t, m, size[0], size[1], "Review ended")
		})
		// With no draft left, the end of the review offers no R.
		t.Run(fmt.Sprintf("review_done_none_left_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := imported2241(t, size[0], size[1])
			press(t, m, "R")
			for i := 0; i < 100 && m.front == reviewScreen; i++ {
				press(t, m, "a")
			}
			requireScreen(t, m, "Review done: no draft left; 33 reviewed, 0 skipped, 0 discarded.")
			refuseScreen(t, m, "R reviews")
			golden(t, m, size[0], size[1], "Review done")
		})
	}
}

// A review stopped with esc says, as one that reached its end does, how
// many drafts are left to review (R) and what it did with the others.
func TestReviewStoppedSaysWhatItLeft(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := imported2241(t, size[0], size[1])
			press(t, m, "R", "x", "s", "a", "esc")
			if m.front == reviewScreen {
				t.Fatal("esc did not stop the review")
			}
			requireScreen(t, m, "Review stopped: 31 drafts to review (R); 1 reviewed, 1 skipped, 1 discarded.")
			golden(t, m, size[0], size[1], "Review stopped")
		})
	}
}

// The title bar keeps the [modified] mark whole, cutting the worksheet's
// name first; the walk-through's title leaves out a parenthesis whole
// rather than cut it ("(2…"), and where it is cut says "(?)".
func TestTitlesKeepTheirMarksWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("briefing_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, mandate2241)
			press(t, m, "esc", "b")
			requireScreen(t, m, "Briefing as exported", "[modified]")
			if size[0] == 80 {
				requireScreen(t, m, "unnamed wor… [modified]")
			}
			golden(t, m, size[0], size[1], "Briefing")
		})
		t.Run(fmt.Sprintf("walk_through_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "t")
			if size[0] == 80 {
				// Cut, it names the key of the help that gives it whole.
				requireScreen(t, m, "Walk-through · [#1] Joint offensive with the Congolese army against the FDL… (?)")
			} else {
				requireScreen(t, m, "Walk-through · [#1] Joint offensive with the Congolese army against the FDLR (2015)")
			}
			refuseScreen(t, m, "(2…")
			golden(t, m, size[0], size[1], "Walk-through")
		})
	}
}

// The presentation of a mandate's drafts says the selected activity is a
// draft, as the worksheet does.
func TestPresentMarksADraft(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := imported2241(t, size[0], size[1])
			press(t, m, "esc", "p")
			requireScreen(t, m, "] [draft] Urges all parties to engage")
			// The drawings mark the drafts' places "~" as the line under
			// them does, and the first line says what "~" means.
			requireScreen(t, m, "[~2]", "~4(a)(v)", "33 activities · ~ placed on answers only suggested")
			golden(t, m, size[0], size[1], "[draft]")
		})
	}
}

// longNote is a note of seven lines at 80 columns: as many as the register
// gives a note on a screen of 24 lines.
const longNote = "Units screened by the Human Rights Division with the host state's army; two commanders excluded after the joint review of March, " +
	"the rest cleared for joint patrols in the northern sector, with a second screening due before the rainy season and a report to the " +
	"Force Commander on each unit cleared, and the list shared with the host state and the Human Rights Division for the review of the " +
	"next quarter and of the rotation of the battalions in June"

// registerOfLongNote is the root model at w×h on the register of the case
// library's activity with the most risks, the first of which has note.
func registerOfLongNote(t *testing.T, w, h int, note string) *Model {
	t.Helper()
	ws := caseLibrary(t)
	rb := classify.Default()
	at, most := 0, 0
	for i, a := range ws.Activities {
		if n := len(rb.Classify(a).Risks); n > most {
			at, most = i, n
		}
	}
	a := ws.Activities[at]
	a.Register.Set(model.RegisterEntry{Risk: rb.Classify(a).Risks[0].Rule.ID, Status: model.Planned, Note: note})
	m := NewModel(rb, ws, true, nil, nil)
	m.Update(resize(w, h))
	for range at {
		press(t, m, "j")
	}
	press(t, m, "enter", "r")
	return m
}

// A note longer than any field limit opened and kept with enter is kept
// whole: the field took at most 500 characters and would have saved a longer
// note cut.
func TestRegisterFieldKeepsALongNoteWhole(t *testing.T) {
	note := strings.TrimSpace(strings.Repeat("Units screened against the list of alleged abusers; ", 20))
	m := registerOfLongNote(t, 80, 24, note)
	press(t, m, "n", "enter")
	for _, a := range m.sh.sheet.Worksheet().Activities {
		for _, e := range a.Register {
			if strings.HasPrefix(e.Note, "Units screened") && e.Note != note {
				t.Fatalf("the note kept is %d characters, want the %d it held", len(e.Note), len(note))
			}
		}
	}
}

// The register of one activity wraps a long note onto the lines free below
// the list and shows it to its end: where the rows wrapped whole left it no
// room, the note's end was cut off the screen's foot with no sign of it.
func TestRegisterShowsALongNoteWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := registerOfLongNote(t, size[0], size[1], longNote)
			requireScreen(t, m, "What is being done about these risks?", "Note: Units screened", "battalions in June")
			golden(t, m, size[0], size[1], "battalions in June")
		})
	}
}

// A note longer than the lines the register gives it ends in "…".
func TestRegisterMarksANoteCutShort(t *testing.T) {
	m := registerOfLongNote(t, 80, 24, longNote+" "+longNote)
	lines := strings.Split(screenText(m), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "Note: ") {
			continue
		}
		last := strings.TrimRight(lines[i+6], " ")
		if !strings.HasPrefix(last, "      ") || !strings.HasSuffix(last, "…") {
			t.Errorf("the note's seventh line is %q, want it indented and ending in …:\n%s", last, screenText(m))
		}
		return
	}
	t.Errorf("no note under the list:\n%s", screenText(m))
}

// After a refused import, ? opens the help with the status line whole or
// empty: it kept the error's mark without its words, a bare "!".
func TestHelpAfterARefusedImportKeepsNoBareMark(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, "no-such-mandate.txt")
			requireScreen(t, m, "! Nothing imported: no-such-mandate.txt does not exist")
			press(t, m, "?")
			lines := strings.Split(screenText(m), "\n")
			if status := strings.TrimSpace(lines[len(lines)-2]); status != "" && !strings.Contains(status, "Nothing imported") {
				t.Fatalf("the status line over the help is %q:\n%s", status, screenText(m))
			}
			golden(t, m, size[0], size[1], "Keys of the worksheet screen")
		})
	}
}

// The note's field, opened on a note longer than the field, shows its end
// with "…" where its start is out of sight, and at its start (home) "…"
// where its end is.
func TestRegisterFieldSignsTheTextOutOfSight(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := registerOfLongNote(t, size[0], size[1], longNote)
			press(t, m, "n")
			requireScreen(t, m, "Note: …", "enter keeps · esc cancels")
			golden(t, m, size[0], size[1], "enter keeps")
			press(t, m, "home")
			requireScreen(t, m, "Note: Units screened")
			refuseScreen(t, m, "Note: …")
			for _, l := range strings.Split(screenText(m), "\n") {
				if strings.HasPrefix(l, "Note: Units") && !strings.HasSuffix(strings.TrimRight(l, " "), "…") {
					t.Errorf("the field at the note's start has no sign of its end: %q", l)
				}
			}
		})
	}
}

// Below the questions at 80×24 the live verdict counts the risks past its
// rows naming ?, and the help lists them whole, severity and title, in
// the verdict's order: "… and 3 more risks" named no key. At 200×60 the
// side panel lists them all, and nothing names ?.
func TestLiveVerdictCountOfRisksNamesItsKey(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "e")
			r, _ := m.quest.Result()
			if size[0] != 80 {
				requireScreen(t, m, fmt.Sprintf("Risks (%d)", len(r.Risks)))
				refuseScreen(t, m, "(?)", "more risk")
				return
			}
			requireScreen(t, m, " more risks (?)")
			golden(t, m, size[0], size[1], "more risks")
			press(t, m, "?")
			requireScreen(t, m, "the risks and the portfolio notes, whole")
			whole := []string{fmt.Sprintf("Risks (%d):", len(r.Risks))}
			for _, k := range r.Risks {
				whole = append(whole, component.SeverityTag(k.Severity)+" "+k.Rule.Title)
			}
			if s := screenText(m); !containsFlat(s, strings.Join(whole, "\n")) {
				t.Fatalf("the help does not list the risks whole, in the verdict's order:\n%s", s)
			}
		})
	}
}

// A portfolio note under the questions whose finding's title is cut names
// ?, and the help gives every portfolio note whole: at 80×24 "raises
// [HIGH] The mission supports a force that nothing in th… — army" named no
// key. (The side panel beside the questions, where ? is the questions'
// help, cuts a long title at its width, as before.)
func TestLiveVerdictPortfolioNoteNamesItsKey(t *testing.T) {
	title := "The mission supports a force that nothing in the plan monitors"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "e")
			if size[0] != 80 {
				requireScreen(t, m, "raises [HIGH] The mission supports a force")
				refuseScreen(t, m, "army (?)", "police (?)")
				return
			}
			requireScreen(t, m, "— army (?)")
			press(t, m, "?")
			requireScreen(t, m, "the portfolio notes, whole")
			press(t, m, "j", "j", "j", "j")
			for _, force := range []string{"army", "police"} {
				if s := screenText(m); !containsFlat(s, "Portfolio: raises [HIGH] "+title+" — "+force) {
					t.Fatalf("the help lacks the %s note whole:\n%s", force, s)
				}
			}
		})
	}
}

// On the description of a new activity at 80×24, where ? is typed into the
// field, f1 opens the help with what the panel below counts or cuts: a long
// title left one suggestion of seven in sight and the risks and the open
// questions counted, with no key to read them until tab.
func TestF1ShowsWholeWhatTheDescriptionStepCounts(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Police reform and human rights training for officers of the national police in the eastern provinces")
	press(t, m, "tab")
	typeText(t, m, "Support the Government in reforming the police, with human rights training for officers, without oversight, and equipment for the army")
	requireScreen(t, m, "(f1)")
	press(t, m, "f1")
	requireScreen(t, m, ", whole", "Risks (")
	press(t, m, "esc")
	requireScreen(t, m, "Description", "(f1)")
}
