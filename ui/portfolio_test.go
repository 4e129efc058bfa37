package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/panel"
)

// portfolioPlan trains and operates with the army, which nothing monitors, and
// equips the police, whom the plan monitors.
func portfolioPlan(t testing.TB) *model.Worksheet {
	return sheetOf(
		activity(t, "Training army battalions", "implementer", "mission", "kinds", "capacity-training", "forces", "army"),
		activity(t, "Joint operations with the army", "implementer", "mission", "kinds", "combined-operations", "forces", "army"),
		activity(t, "Monitoring abuses by the police", "implementer", "mission", "kinds", "abuse-monitoring", "forces", "police"),
		activity(t, "Vehicles for the police", "implementer", "mission-support", "kinds", "equipment", "forces", "police"),
	)
}

const (
	effTitle = "The plan builds a force's capacity and nothing works on its accountability"
	supTitle = "The mission supports a force that nothing in the plan monitors"
)

func TestSummaryShowsFindings(t *testing.T) {
	m := newTestModel(t, portfolioPlan(t), 120, 40)
	requireScreen(t, m, "Portfolio findings (2)", "[HIGH] The plan builds a force's", "[HIGH] The mission supports a")
	m.Update(resize(80, 24))
	requireScreen(t, m, "Portfolio: [HIGH] The plan builds", "Portfolio: [HIGH] The mission supports")
	// Deleting the training leaves the support; undo brings the finding back.
	press(t, m, "home", "d")
	requireScreen(t, m, "Portfolio: [HIGH] The mission supports")
	refuseScreen(t, m, "The plan builds")
	press(t, m, "u")
	requireScreen(t, m, "Portfolio: [HIGH] The plan builds", "Portfolio: [HIGH] The mission supports")
	// Without findings the summary says so and the list keeps its room.
	m = newTestModel(t, sheetOf(activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence")), 120, 40)
	requireScreen(t, m, "Portfolio findings (0)", "none with what is known")
}

func TestPortfolioViewOpensActivities(t *testing.T) {
	m := newTestModel(t, portfolioPlan(t), 120, 40)
	press(t, m, "P")
	if m.front != portfolioScreen {
		t.Fatalf("P did not open the portfolio view")
	}
	requireScreen(t, m, "Portfolio findings · 2 findings", effTitle+" — army", "Why: The mission trains or equips the army",
		"Would clear it: Adding, for the army", "Activities (1)", "  > #1  Training army battalions")
	refuseScreen(t, m, "training-army-battalions")
	press(t, m, "down", "down", "enter")
	if m.front != detailScreen || m.detail().Shown().ID != "joint-operations-with-the-army" {
		t.Fatalf("enter opened screen %d on %v", m.front, m.detail().Shown())
	}
	press(t, m, "?", "esc", "esc")
	if m.front != portfolioScreen {
		t.Fatalf("back from the activity went to screen %d, not the findings", m.front)
	}
	press(t, m, "esc")
	if m.front != worksheetScreen {
		t.Fatalf("back from the findings went to screen %d", m.front)
	}
	// The detail opened from the worksheet still goes back to the worksheet.
	press(t, m, "enter", "esc")
	if m.front != worksheetScreen {
		t.Errorf("back from the activity went to screen %d", m.front)
	}
	press(t, m, "?")
	requireScreen(t, m, "portfolio findings")
}

// The findings view follows the worksheet: an edit made from the activity
// opened in it shows on returning.
func TestPortfolioViewFollowsChanges(t *testing.T) {
	m := newTestModel(t, portfolioPlan(t), 120, 40)
	press(t, m, "P")
	m.sh.sheet.Add(0, activity(t, "Watching the army", "implementer", "mission", "kinds", "abuse-monitoring", "forces", "army"))
	requireScreen(t, m, "No finding across the worksheet")
}

// The live verdict says which findings the activity, as answered, raises or
// clears across the worksheet.
func TestLiveVerdictRaisesAndClears(t *testing.T) {
	m := newTestModel(t, portfolioPlan(t), 120, 40)
	// The police monitoring, as it stands, clears both findings for the police:
	// without it, the vehicles for the police would raise them.
	m.worksheet.Select(m.sh.sheet.At(2))
	press(t, m, "e")
	if m.quest == nil {
		t.Fatal("e did not open the questionnaire")
	}
	requireScreen(t, m, "Live verdict", "Across the worksheet, this activity", "clears [HIGH] The plan builds")
	refuseScreen(t, m, "raises")
	press(t, m, "esc")
	// The vehicles given to the gendarmerie instead raise both findings for it:
	// nothing else in the plan concerns the gendarmerie.
	m.worksheet.Select(m.sh.sheet.At(3))
	press(t, m, "e")
	refuseScreen(t, m, "raises", "clears")
	answer(m, func(fs *model.Facts) { fs.SetSet(model.Forces, []string{"gendarmerie"}) })
	requireScreen(t, m, "Across the worksheet, this activity", "raises [HIGH] The plan buil… — gendarmerie")
	refuseScreen(t, m, "clears")
	if notes := liveNotes(m); len(notes) != 2 || notes[0].Finding.Force != "gendarmerie" {
		t.Errorf("notes %+v, want two findings for the gendarmerie raised", notes)
	}
	press(t, m, "esc")
	// A new activity that monitors the army clears both army findings.
	press(t, m, "n")
	answer(m, func(fs *model.Facts) {
		fs.SetOne(model.Implementer, "mission")
		fs.SetSet(model.Kinds, []string{"abuse-monitoring"})
		fs.SetSet(model.Forces, []string{"army"})
	})
	notes := liveNotes(m)
	if len(notes) != 2 || notes[0].Raises || notes[1].Raises || notes[0].Finding.Force != "army" {
		t.Errorf("notes %+v, want two findings for the army cleared", notes)
	}
	m.Update(resize(80, 24))
	requireScreen(t, m, "Portfolio: clears [HIGH]")
}

// answer gives the activity in the questionnaire the answers fn makes, as
// the sheet records an edit (the questionnaire's own keys are tested with
// it; here only what the live verdict makes of the answers counts).
func answer(m *Model, fn func(fs *model.Facts)) {
	a := m.qs().Activity
	fn(&a.Facts)
	m.sh.sheet.Touch(a)
}

// liveNotes are the findings the live verdict says the activity in the
// questionnaire raises or clears across the worksheet.
func liveNotes(m *Model) []panel.PortfolioNote {
	a := m.qs().Activity
	return panel.PortfolioNotes(m.sh.sheet.Sheet, a, &a.Facts)
}

// Goldens of the worksheet's summary with findings and of the findings view.
func TestPortfolioScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, s := range []struct {
			name string
			keys []string
			wait string
		}{
			{"worksheet_findings", nil, "Portfolio"},
			{"portfolio", []string{"P"}, "Would clear it"},
		} {
			t.Run(fmt.Sprintf("%s_%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				m := NewModel(classify.Default(), portfolioPlan(t), false, nil, nil)
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				if len(s.keys) == 0 {
					waitText(t, tm, "Training army", s.wait)
				} else {
					waitText(t, tm, "Training army")
					sendKeys(tm, s.keys...)
					waitText(t, tm, s.wait)
				}
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}

func TestFrameworkListsPortfolioFindings(t *testing.T) {
	m := demoModel(t, 120, 40)
	press(t, m, "f", "3", "G")
	requireScreen(t, m, "Across the worksheet, for each force", "Unless some activity: one of its kinds is monitoring abuses by security forces")
}

// On the case library nothing fires, and the view says which activities hold
// the findings open; enter opens one of them.
func TestPortfolioViewShowsOpenFindings(t *testing.T) {
	m := demoModel(t, 120, 40)
	press(t, m, "P")
	requireScreen(t, m, "No finding across the worksheet", "Held open by what is not known",
		"Might answer it (2)", "  > #6  Support to national vetting mechanisms",
		"Raised by: #8 Building a rapid reaction force in the Congolese army, #22 Stand-alone")
	// Every screen names the activities by number and title: none by id.
	refuseScreen(t, m, "national-vetting-mechanism-support", "drc-rapid-reaction-force", "stand-alone-train-and-equip")
	press(t, m, "enter")
	if m.front != detailScreen || m.detail().Shown().ID != "national-vetting-mechanism-support" {
		t.Fatalf("enter opened screen %d", m.front)
	}
}

// A wide screen names the activities that raise a finding by their whole
// titles: the list is wrapped, and a title is cut only where it would take
// more than half the width.
func TestPortfolioNamesWholeTitlesWhereTheWidthAllows(t *testing.T) {
	m := demoModel(t, 200, 60)
	press(t, m, "P")
	requireScreen(t, m, "#8 Building a rapid reaction force in the Congolese army,",
		"#23 Training and equipping units for combined operations, with oversight")
	refuseScreen(t, m, "Cong…", "combined o…")
}

// Golden of the findings view on the case library, where unknown facts hold
// every finding open.
func TestPortfolioScreenHeldOpen(t *testing.T) {
	m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	waitText(t, tm, "Joint offensiv")
	sendKeys(tm, "P")
	waitText(t, tm, "Held open by what is not known")
	_, view := finalScreen(t, tm)
	teatest.RequireEqualOutput(t, []byte(view))
}

// At 80×24 the heading of a finding held open wraps: the force is never cut
// ("accountability — ar…").
func TestPortfolioHeldOpenHeadingWraps(t *testing.T) {
	m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	m.Update(resize(80, 24))
	press(t, m, "P")
	requireScreen(t, m, "Held open by what is not known")
	if s := screenText(m); !containsFlat(s, "The plan builds a force's capacity and nothing works on its accountability — army") || containsFlat(s, "— ar…") {
		t.Fatalf("the heading is cut:\n%s", s)
	}
	golden(t, m, 80, 24, "Held open")
}

// At 80×24 the findings view on the case library says the second finding
// held open is below, and the worksheet's summary below the list counts the
// findings and names P, as the column beside it does at 200×60, both
// counting the findings held open.
func TestPortfolioSaysWhatIsBelowAndTheWorksheetNamesP(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			if size[1] == 24 {
				requireScreen(t, m, "· P: findings (0, 2 held open)")
				refuseScreen(t, m, "held open) · P")
			} else {
				// The count says the held ones too, as the line at 80×24
				// does: "(0) · P" read as nothing to look into.
				requireScreen(t, m, "Portfolio: 0, 2 held open · P", "held open by unknown facts")
			}
			press(t, m, "P")
			if size[1] == 24 {
				requireScreen(t, m, "↓ more: ")
			}
			golden(t, m, size[0], size[1], "Held open")
		})
	}
}

// The worksheet's summary names the key to the findings as a key ("P: "),
// never as a bare "P" at the line's end, which read as a word cut.
func TestWorksheetSummaryNamesTheFindingsKeyAsAKey(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			// At 200 columns the side column's heading, "Portfolio: 0,
			// 2 held open · P", names the key beside what it lists.
			for _, l := range strings.Split(screenText(m), "\n") {
				if size[0] < 200 && strings.HasSuffix(strings.TrimRight(l, " │"), " P") {
					t.Errorf("a line ends in a bare P:\n%s", l)
				}
			}
			golden(t, m, size[0], size[1], "held")
		})
	}
}

// Where a list of activities wraps anyway (the portfolio's "Raised by",
// the framework's "Raised in this worksheet"), every title is whole, the
// list wrapping onto the lines it takes, at 80 columns as at 200: a first
// use found them cut at 36 cells ("#23 Training and equipping units for
// co…"), a later one at the line's width ("… in the name of protecti…").
func TestWrappedListsGiveTitlesTheWidth(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "P")
			requireScreen(t, m, "Raised by:")
			refuseScreen(t, m, "protecti…", "with…")
			golden(t, m, size[0], size[1], "Raised by:")
			if s := screenText(m); !containsFlat(s, "#22 Stand-alone train-and-equip support in the name of protection and #23 Training and equipping units for combined operations, with oversight") {
				t.Fatalf("the portfolio cuts a title its list has room for:\n%s", s)
			}
			m = newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "f", "3", "end")
			if s := screenText(m); !containsFlat(s, "army: #1 Train, equip and vet the army and police while reporting") {
				t.Fatalf("the framework cuts a title its list has room for:\n%s", s)
			}
		})
	}
}

// Two findings of one rule differ only by their force: at every width the
// summary cuts the title and keeps the force, so no two lines read the same.
func TestSummaryKeepsTheForceOfEachFinding(t *testing.T) {
	plan := func(t testing.TB) *model.Worksheet {
		return sheetOf(
			activity(t, "Joint operations with the army", "implementer", "mission", "kinds", "combined-operations", "forces", "army"),
			activity(t, "Vehicles for the police", "implementer", "mission-support", "kinds", "equipment", "forces", "police"),
			activity(t, "Vetting the army and the police", "implementer", "mission", "kinds", "vetting", "forces", "army,police"),
		)
	}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), plan(t), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Joint operations", "Portfolio")
			_, view := finalScreen(t, tm)
			for _, force := range []string{"army", "police"} {
				if !strings.Contains(view, "… — "+force) && !strings.Contains(view, "monitors — "+force) {
					t.Errorf("no finding line ends with the force %q:\n%s", force, view)
				}
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// A finding held open by an institutionalized rights training whose format
// is not known names that fact, not the implementer, kinds and forces the
// activity has: the engine's facts, as the screen renders them. (The
// HRDDP-covered training fires the monitoring finding above it.)
func TestPortfolioNamesTheFactsThatHoldAFindingOpen(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := sheetOf(
				activity(t, "Train army battalions", "implementer", "mission", "kinds", "capacity-training", "forces", "army"),
				activity(t, "Rights training for army officers", "implementer", "mission", "kinds", "rights-training", "forces", "army",
					"accountability", "discipline"),
			)
			m := newTestModel(t, ws, size[0], size[1])
			press(t, m, "P", "j") // to the activity that might answer it
			requireScreen(t, m, "Held open by what is not known")
			if s := screenText(m); !containsFlat(s, "Not known yet: training format") || containsFlat(s, "implementer, kinds or forces") {
				t.Fatalf("the facts that hold it open are not named:\n%s", s)
			}
			golden(t, m, size[0], size[1], "Might answer it")
		})
	}
}

// The portfolio's help lists every key that works there, from its key map:
// ctrl+z, which works on every screen, and end, which goes to the last
// activity and the text's end, as down does on the last row (the help
// named neither, and end did nothing).
func TestPortfolioHelpListsEveryKeyThatWorks(t *testing.T) {
	m := newTestModel(t, portfolioPlan(t), 80, 24)
	press(t, m, "P")
	if !strings.Contains(screenText(m), "below") {
		t.Fatalf("the portfolio fits the screen; end has nothing to show:\n%s", screenText(m))
	}
	press(t, m, "end")
	if s := screenText(m); strings.Contains(s, "below") {
		t.Fatalf("end leaves text below:\n%s", s)
	}
	press(t, m, "home", "?")
	seen := screenText(m)
	press(t, m, "end")
	seen += screenText(m)
	for _, w := range []string{"Keys of the portfolio screen", "end/G", "the end", "ctrl+z", "suspend"} {
		if !strings.Contains(seen, w) {
			t.Errorf("the portfolio's help lacks %q:\n%s", w, seen)
		}
	}
}

// With no finding and none held open, the findings list no activity: the
// footer and the help offer no key of activities (↓/j next activity, enter
// open the activity), and enter never says that an activity is no longer in
// the worksheet (a first use found both).
func TestPortfolioWithoutFindingsOffersNoActivityKeys(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence")), size[0], size[1])
			press(t, m, "P")
			requireScreen(t, m, "No finding across the worksheet")
			refuseScreen(t, m, "next activity", "previous activity", "open the activity")
			press(t, m, "enter")
			refuseScreen(t, m, "no longer in the worksheet")
			press(t, m, "?")
			requireScreen(t, m, "Keys of the portfolio screen")
			refuseScreen(t, m, "next activity", "previous activity", "open the activity")
			press(t, m, "esc")
			golden(t, m, size[0], size[1], "No finding across")
		})
	}
}
