package ui

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

func TestFrameworkRisksLinkTheCasesThatRaiseThem(t *testing.T) {
	m := newTestModel(t, sheetOf(), 100, 30) // not the case library: the links still go to it
	press(t, m, "f", "3")
	requireScreen(t, m, "Cases that raise it:", "(not in the worksheet) Joint offensive with the Congolese army against the FDLR", "— from")
	refuseScreen(t, m, "    > (not in")
	press(t, m, "]")
	requireScreen(t, m, "    > (not in the worksheet) Joint offensive")
	press(t, m, "]", "[")
	requireScreen(t, m, "    > (not in the worksheet) Joint offensive")
	press(t, m, "enter")
	requireScreen(t, m, "Case from the library", "From the chapter section “Existing UN frameworks linking POC and SSR”", "Verdict: T2")
	press(t, m, "esc")
	requireScreen(t, m, "Framework", "Cases that raise it:")
	if m.sh.sheet.Len() != 0 || m.sh.sheet.Dirty() {
		t.Fatal("opening a case changed the worksheet")
	}
}

func TestFrameworkCaseLinksScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Joint offensiv")
			sendKeys(tm, "f", "3", "]", "]")
			waitText(t, tm, "    > ")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// A case the worksheet holds edited (the case library as a worksheet, in a
// workshop) opens from the framework as the library has it, and the
// account says so: v shows the worksheet's version, and v again the
// library's. A case the worksheet holds unedited says nothing of it.
func TestFrameworkCaseSaysTheWorksheetEditedIt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3", "]", "enter")
			requireScreen(t, m, "Case from the library · Joint offensive")
			refuseScreen(t, m, "Edited in this worksheet", "v shows")

			m = demoModel(t, size[0], size[1])
			press(t, m, "e")
			if m.qs().Fact != model.Accountability {
				t.Fatalf("the questionnaire asks %s first, not accountability", m.qs().Fact)
			}
			press(t, m, "1", "enter", "esc") // internal controls: one open question less
			if m.front != worksheetScreen || !m.sh.sheet.Dirty() {
				t.Fatal("the edit did not reach the worksheet")
			}
			press(t, m, "f", "3", "]", "enter")
			requireScreen(t, m, "Case from the library · Joint offensive", "6 open questions", "v the other version", "esc/q back")
			for _, say := range []string{"Edited in this worksheet: the library's case is shown. v shows the worksheet's version."} {
				if !containsFlat(screenText(m), say) {
					t.Fatalf("the case does not say %q:\n%s", say, screenText(m))
				}
			}
			golden(t, m, size[0], size[1], "Edited in this worksheet")
			press(t, m, "v")
			requireScreen(t, m, "Case as edited in this worksheet · Joint offensive", "accountability: internal controls")
			if say := "The worksheet's version, edited since it came from the library. v shows the library's case."; !containsFlat(screenText(m), say) {
				t.Fatalf("the worksheet's version does not say %q:\n%s", say, screenText(m))
			}
			refuseScreen(t, m, "6 open questions")
			press(t, m, "v")
			requireScreen(t, m, "Case from the library", "6 open questions")
		})
	}
}

// The risk catalogue is the same under both readings: it offers no r.
func TestFrameworkRisksOfferNoReading(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3")
			refuseScreen(t, m, "[r] reading", "r 2015 reading")
			golden(t, m, size[0], size[1], "3 Risks")
		})
	}
}

// A case walked through from the framework's risk catalogue takes the
// number the board gives it, and its title, cut, says so (a first use found
// the number missing from this way in, and "(2015)" left out silently).
func TestWalkThroughFromTheFrameworkNumbersTheCaseAsTheBoard(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3")
			for range 60 {
				if containsFlat(screenText(m), "> #11 UNMISS SSR support") {
					break
				}
				press(t, m, "]")
			}
			press(t, m, "enter", "t")
			requireScreen(t, m, "Walk-through · [#11] UNMISS SSR support")
			if title := strings.Split(screenText(m), "\n")[0]; size[0] == 80 && !strings.Contains(title, "…") {
				t.Errorf("the title is cut without a sign: %q", title)
			}
			golden(t, m, size[0], size[1], "Step 0 of")
		})
	}
}

// The risk catalogue numbers each case as the worksheet shown does, as the
// presentation and the worksheet do: an activity added as row 11 makes the
// library's 11th case #12 there too (a first use found "11 UNMISS SSR
// support" in the framework beside "#12" in the presentation).
func TestFrameworkNumbersTheCasesAsTheWorksheet(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3") // drawn once before the worksheet changes
			requireScreen(t, m, "#1 Joint offensive")
			press(t, m, "esc", "p", "j", "j", "j", "j", "j", "j", "j", "j", "j", "esc", "n")
			typeText(t, m, "Police vetting and human rights training")
			press(t, m, "esc") // n puts it at the end: K moves it up to row 11
			for range m.sh.sheet.Len() - 11 {
				press(t, m, "K")
			}
			if at := m.sh.sheet.Index(m.sh.sheet.At(10)); at != 10 || m.sh.sheet.At(10).Title != "Police vetting and human rights training" {
				t.Fatalf("the new activity is not row 11: %q", m.sh.sheet.At(10).Title)
			}
			press(t, m, "f", "3")
			for range 60 {
				if containsFlat(screenText(m), "> #12 UNMISS SSR support") {
					break
				}
				press(t, m, "]")
			}
			requireScreen(t, m, "> #12 UNMISS SSR support")
			refuseScreen(t, m, " 11 UNMISS", "#11 UNMISS")
			golden(t, m, size[0], size[1], "#12 UNMISS")
		})
	}
}

// The risk catalogue names, under each risk, the activities of the
// worksheet open that raise it, apart from the library's cases: by number
// and title as the portfolio names them, every one whole (a first use
// found only the library's cases there; a later one five titles and "and
// 2 more" with no key to read the rest). It reads the results the
// worksheet keeps: opening it and resizing classify nothing.
func TestFrameworkRisksNameTheWorksheetsActivities(t *testing.T) {
	risky, _ := riskiest(t)
	acts := []*model.Activity{activity(t, "Dialogue with the army command", "implementer", "mission", "kinds", "security-dialogue")}
	for i := range 8 {
		a := risky.Clone()
		a.Title = fmt.Sprintf("District %d police: vetting and mentoring", i+1)
		a.ID = model.Slug(a.Title)
		acts = append(acts, a)
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(acts...), size[0], size[1])
			rb := m.sh.sheet.Rulebook()
			before := rb.Classified()
			press(t, m, "f", "3")
			// The library's cases are classified once, when the screen
			// first links them; the worksheet's activities never.
			if n, cases := rb.Classified()-before, int64(len(caseLibrary(t).Activities)); n != cases {
				t.Errorf("opening the risk catalogue classified %d activities; the library has %d cases", n, cases)
			}
			before = rb.Classified()
			m.Update(resize(size[0]+1, size[1]))
			m.Update(resize(size[0], size[1]))
			press(t, m, "esc", "f", "3")
			if n := rb.Classified() - before; n != 0 {
				t.Errorf("resizing and opening the risk catalogue again classified %d activities", n)
			}
			var all []string
			for i := range 8 {
				all = append(all, fmt.Sprintf("#%d District %d police: vetting and mentoring", i+2, i+1))
			}
			list := "Raised in this worksheet (8): " + strings.Join(all[:7], ", ") + " and " + all[7]
			for i := 0; i < 300 && !containsFlat(screenText(m), list); i++ {
				press(t, m, "down")
			}
			if s := screenText(m); !containsFlat(s, list) {
				t.Fatalf("the risk does not name every activity that raises it, whole:\n%s", s)
			}
			refuseScreen(t, m, "more\n")
			golden(t, m, size[0], size[1], "Raised in this worksheet")
		})
	}
}

// The framework's portfolio findings ("Across the worksheet, for each
// force") say, as each risk of the catalogue does, whether the worksheet
// open raises them: for which forces and by which activities, as P finds
// them (a first use found every risk with its line and no finding with
// one). They are read from the worksheet's running tally and the verdicts
// it keeps: showing the section, scrolling it and a resize classify
// nothing.
func TestFrameworkFindingsSayWhatTheWorksheetRaises(t *testing.T) {
	rb, err := classify.Load(filepath.Join("..", "classify", "rulebook.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(rb, manySheet(t), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			// The first opening links the library's cases to the risks, once.
			press(t, m, "f", "3")
			_ = m.View()
			before := rb.Classified()
			press(t, m, "1", "3", "end")
			m.Update(resize(size[0]+1, size[1]))
			m.Update(resize(size[0], size[1]))
			press(t, m, "end")
			_ = m.View()
			if n := rb.Classified() - before; n != 0 {
				t.Errorf("the framework's risks classified %d times on the loop", n)
			}
			s := screenText(m)
			for _, want := range []string{
				"Raised in this worksheet (2 forces, P):",
				"army: #1 Train, equip and vet the army",
				"police: #1 Train, equip and vet the army",
				"Raised in this worksheet: for none of its forces",
			} {
				if !containsFlat(s, want) {
					t.Fatalf("the findings lack %q:\n%s", want, s)
				}
			}
			golden(t, m, size[0], size[1], "2 forces, P")
		})
	}
}

// The risk catalogue offers enter once a case is chosen (with none it
// opened nothing), and ] and [ start from the cases in view: from the end
// of the catalogue [ went back to the first case of all, hundreds of
// lines up.
func TestFrameworkCaseKeysFollowTheView(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3")
			refuseScreen(t, m, "enter open the case", "    > ")
			press(t, m, "]")
			requireScreen(t, m, "enter open the case", "    > ")
			press(t, m, "G")
			press(t, m, "[")
			// the case chosen, scrolled out of view, gives way to one in
			// view at the end, not the first
			requireScreen(t, m, "    > ")
			refuseScreen(t, m, "[CRIT] Support to forces implicated in grave violations")

			// The case chosen scrolled out of view: enter is not offered
			// and opens nothing (it opened #1, 396 lines above), and ]
			// with no case at or below the view's top chooses nothing new
			// and moves nothing (it jumped 28 lines up to the last case).
			m = demoModel(t, size[0], size[1])
			press(t, m, "f", "3", "]", "end")
			refuseScreen(t, m, "enter open the case", "    > ")
			at := scrolledAt(m)
			press(t, m, "enter")
			requireScreen(t, m, "[3 Risks]")
			press(t, m, "]")
			if got := scrolledAt(m); got != at {
				t.Errorf("] at the end of the catalogue moved the view from %q to %q", at, got)
			}
			// enter is offered while the case chosen is in view, if any is.
			if s := screenText(m); strings.Contains(s, "enter open the case") != strings.Contains(s, "    > ") {
				t.Errorf("enter offered where no case chosen is in view, or not offered where one is:\n%s", s)
			}
			// Likewise [ with no case above the view's bottom, at its top.
			press(t, m, "home")
			at = scrolledAt(m)
			press(t, m, "[")
			if got := scrolledAt(m); got != at {
				t.Errorf("[ at the top of the catalogue moved the view from %q to %q", at, got)
			}
		})
	}
}

// Before any case is chosen the risk catalogue offers ] alone: [ had no
// case before to go to, and was offered beside ] to choose the same one.
// It chooses nothing then, at the top of the catalogue or at its end.
func TestFrameworkOffersNoPreviousCaseBeforeOneIsChosen(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3")
			requireScreen(t, m, "] next case")
			refuseScreen(t, m, "previous case", "    > ")
			golden(t, m, size[0], size[1], "] next case")
			press(t, m, "[")
			refuseScreen(t, m, "    > ")
			press(t, m, "G", "[")
			refuseScreen(t, m, "previous case", "    > ")
			press(t, m, "home", "]", "]")
			requireScreen(t, m, "[ previous case", "    > ")
		})
	}
}

// scrolledAt is the screen's signs of the lines out of view, above and
// below: where the view stands.
func scrolledAt(m *Model) string {
	return strings.Join(regexp.MustCompile(`[↑↓] \d+ (above|below)`).FindAllString(screenText(m), -1), " ")
}

// The help over a case opened from the framework's risk catalogue is
// titled for what is on screen, a case from the library, never as the
// presentation's account or walk-through (a first use found "Keys of the
// presentation's account" over the case's account).
func TestFrameworkCaseHelpIsTitledForTheCase(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3", "]", "enter")
			requireScreen(t, m, "Case from the library · ")
			press(t, m, "?")
			requireScreen(t, m, "Keys of the account of a case from the library")
			refuseScreen(t, m, "presentation's")
			golden(t, m, size[0], size[1], "Keys of the account")
			press(t, m, "esc", "t", "?")
			requireScreen(t, m, "Keys of the walk-through of a case from the library")
			refuseScreen(t, m, "presentation's")
		})
	}
}

// The example of "Capacity built with no accountability to check its use"
// is the Liberian army's basic training, case #4, which the library does
// not have raise it: its accountability is not known. The screen says so
// under the cases that raise it (only #22 does), from what the engine
// finds the risk waits for on that case, so that the example is not read
// as a case that raises it.
func TestFrameworkSaysWhatTheExamplesCaseWaitsFor(t *testing.T) {
	const note = "The example's case, #4 US-funded basic training of Liberia's new army, raises it only once it is known that it is not backed by at least one institutional accountability measure; the library leaves accountability measures in place unanswered."
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3")
			for i := 0; i < 30 && !containsFlat(screenText(m), "#22 Stand-alone"); i++ {
				press(t, m, "]")
			}
			if size[1] == 24 {
				press(t, m, "down", "down", "down", "down") // the note is below the case at 80×24
			}
			if s := screenText(m); !containsFlat(s, note) {
				t.Fatalf("the risk's example is not said to wait for the case's accountability:\n%s", s)
			}
			golden(t, m, size[0], size[1], "The example's case")
		})
	}
}
