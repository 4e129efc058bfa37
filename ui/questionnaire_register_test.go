package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/questionnaire"
	"github.com/pocssr/pocssr/ui/register"
)

// toRisks opens the questionnaire on the worksheet's second activity (three
// risks fire on it) and walks it to the review.
func toRisks(t *testing.T, w, h int) (*Model, *model.Activity) {
	t.Helper()
	m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	m.Update(resize(w, h))
	press(t, m, "j", "e")
	a := m.worksheet.Selected()
	for i := 0; i < 30 && m.quest != nil && m.qs().Stage != questionnaire.Reviewing; i++ {
		press(t, m, "right")
	}
	if m.quest == nil || m.qs().Stage != questionnaire.Reviewing {
		t.Fatal("the questionnaire never reached its review")
	}
	return m, a
}

// After the verdict the questionnaire asks, one step per risk that fires,
// what is being done about it: a status by its number, the owner and a due
// date typed in a field that refuses an impossible date and says why,
// not-needed waiting for its note; each change one undo step; a risk left
// alone is skipped; back and forth between the risks; past the last, the
// activity's account.
func TestQuestionnaireAsksEachRiskAfterTheVerdict(t *testing.T) {
	m, a := toRisks(t, 120, 40)
	risks := classify.Default().Classify(a).Risks
	if len(risks) != 3 {
		t.Fatalf("%d risks fire: the case no longer tests three steps", len(risks))
	}
	requireScreen(t, m, "enter: each risk in turn, what is being done about it")
	press(t, m, "enter")
	// named by its title, not by the rulebook's id
	first := risks[0].Rule.ID
	requireScreen(t, m, "Risk 1 of 3", "What is being done about this risk?", register.RiskTitle(risks[0])[:20], "Register: open — no entry", "> " /* on skip */)
	refuseScreen(t, m, first)
	press(t, m, "?") // the help lists the step's own keys
	requireScreen(t, m, "owner: who puts the measures in place", "skip: leave the risk as it is")
	press(t, m, "esc")
	if m.quest == nil || m.qs().Stage != questionnaire.Mitigating {
		t.Fatal("the help did not go back to the register step")
	}
	if m.qs().Stage != questionnaire.Mitigating || m.qs().Risk != first {
		t.Fatalf("enter on the review went to stage %d, risk %q", m.qs().Stage, m.qs().Risk)
	}

	press(t, m, "3")
	if e := a.Register.Entry(first); e == nil || e.Status != model.InPlace {
		t.Fatalf("3 gave the entry %+v", e)
	}
	requireScreen(t, m, "(•) 3 in place", "Register: mitigated")
	press(t, m, "w")
	typeText(t, m, "Human Rights Division")
	press(t, m, "enter")
	press(t, m, "d")
	typeText(t, m, "2026-02-30")
	press(t, m, "enter")
	requireScreen(t, m, "February 2026 has 28 days")
	if e := a.Register.Entry(first); e.Due != "" || e.Owner != "Human Rights Division" {
		t.Fatalf("after a refused date the entry is %+v", e)
	}
	press(t, m, "esc") // the field closes; the questionnaire stays
	if m.quest == nil || m.qs().Stage != questionnaire.Mitigating || m.qs().Editing {
		t.Fatal("esc in the date field left the register step")
	}
	press(t, m, "u")
	if e := a.Register.Entry(first); e.Owner != "" || e.Status != model.InPlace {
		t.Fatalf("u did not undo the owner: %+v", e)
	}

	// The second: not-needed opens the note, and is kept with it.
	press(t, m, "enter")
	second := risks[1].Rule.ID
	requireScreen(t, m, "Risk 2 of 3", register.RiskTitle(risks[1])[:20])
	press(t, m, "4")
	requireScreen(t, m, "not-needed needs a note")
	if a.Register.Entry(second) != nil {
		t.Fatal("not-needed was kept without its note")
	}
	typeText(t, m, "The unit has its own procedure")
	press(t, m, "enter")
	if e := a.Register.Entry(second); e == nil || e.Status != model.NotNeeded || e.Note != "The unit has its own procedure" {
		t.Fatalf("not-needed with a note: %+v", e)
	}

	// Back to the first and on again; the third is skipped.
	press(t, m, "left")
	requireScreen(t, m, "Risk 1 of 3", "(•) 3 in place")
	press(t, m, "right", "right")
	requireScreen(t, m, "Risk 3 of 3")
	press(t, m, "0")
	if a.Register.Entry(risks[2].Rule.ID) != nil {
		t.Error("the skipped risk has an entry")
	}
	if m.front != detailScreen {
		t.Fatalf("past the last risk: screen %d, not the activity's account", m.front)
	}
}

// With no risk firing, enter on the review finishes as before; esc on a
// register step ends the questionnaire there.
func TestQuestionnaireWithoutRisksFinishesOnTheReview(t *testing.T) {
	a := activity(t, "Dialogue", "implementer", "mission", "kinds", "security-dialogue")
	if n := len(classify.Default().Classify(a).Risks); n != 0 {
		t.Fatalf("%d risks fire on the dialogue", n)
	}
	m := NewModel(classify.Default(), sheetOf(a), false, nil, nil)
	m.Update(resize(120, 40))
	press(t, m, "e")
	for i := 0; i < 30 && m.qs().Stage != questionnaire.Reviewing; i++ {
		press(t, m, "right")
	}
	requireScreen(t, m, "enter: finish and read the full account")
	press(t, m, "enter")
	if m.front != detailScreen {
		t.Fatalf("enter on a review without risks went to screen %d", m.front)
	}

	m, _ = toRisks(t, 120, 40)
	press(t, m, "enter", "esc")
	if m.front != worksheetScreen {
		t.Fatalf("esc on a register step went to screen %d", m.front)
	}
}

// The register step at 80×24 and 200×60: the risk, its entry, the statuses
// and the keys, with an owner being typed.
func TestQuestionnaireRegisterStepScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("register_step_%dx%d", size[0], size[1]), func(t *testing.T) {
			// Walked to the step with the keys, then drawn by the program.
			m, _ := toRisks(t, size[0], size[1])
			press(t, m, "enter", "2", "w")
			typeText(t, m, "Human Rights Division")
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Owner: Human Rights Division")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// In the review of drafts the register steps come after the verdict too;
// past the last risk the review goes on with the next draft, and the
// review's r (the register screen) is not offered there.
func TestReviewOfDraftsGoesOnAfterTheRisks(t *testing.T) {
	risky := activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")
	next := activity(t, "Dialogue", "implementer", "mission", "kinds", "security-dialogue")
	risky.Status, next.Status = model.StatusDraft, model.StatusDraft
	risks := classify.Default().Classify(risky).Risks
	m := newTestModel(t, sheetOf(risky, next), 120, 40)
	press(t, m, "R")
	if m.front != reviewScreen || m.draftReview().Draft() != risky {
		t.Fatalf("R opened screen %d", m.front)
	}
	press(t, m, "e")
	for i := 0; i < 30 && m.qs().Stage != questionnaire.Reviewing; i++ {
		press(t, m, "right")
	}
	press(t, m, "enter", "3")
	for range risks {
		press(t, m, "enter")
	}
	if m.front != reviewScreen || m.draftReview().Draft() != next {
		t.Fatalf("past the last risk: screen %d", m.front)
	}
	if e := risky.Register.Entry(risks[0].Rule.ID); e == nil || e.Status != model.InPlace {
		t.Errorf("the entry given on the way: %+v", e)
	}
}

// The jump list holds every step of the flow, the risks after the review:
// from a question, a risk's step is a row away.
func TestJumpListReachesTheRiskSteps(t *testing.T) {
	m, a := toRisks(t, 120, 40)
	risks := classify.Default().Classify(a).Risks
	press(t, m, "left", "g") // from the last question
	requireScreen(t, m, "  Review", "Risk 1: "+report.SeverityTag(risks[0].Severity)+" "+register.RiskTitle(risks[0])[:20],
		"Risk 3: "+report.SeverityTag(risks[2].Severity)+" "+register.RiskTitle(risks[2])[:20])
	press(t, m, "down", "down", "down", "enter") // past the review, to the second risk
	if m.qs().Stage != questionnaire.Mitigating || m.qs().Risk != risks[1].Rule.ID {
		t.Fatalf("the jump went to stage %d, risk %q", m.qs().Stage, m.qs().Risk)
	}
	requireScreen(t, m, "Risk 2 of 3")
	press(t, m, "g", "enter") // the list opens on the step shown
	if m.qs().Risk != risks[1].Rule.ID {
		t.Fatalf("the jump list did not open on the risk shown: %q", m.qs().Risk)
	}
}

// At 80×24 as at 200×60 a register step keeps in sight what is typed and
// why it was refused: the note not-needed asks for, a refused date with its
// reason whole, and, with no field open, the step's keys; its help lists them.
func TestQuestionnaireRegisterFieldsShowOnEveryScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, c := range []struct {
			name  string
			keys  []string
			typed string
			want  []string
		}{
			{"not_needed", []string{"enter", "4"}, "", []string{"Note: ", "say why the risk needs no measures", "(esc changes", "nothing)"}},
			{"refused_date", []string{"enter", "d"}, "2026-02-30", []string{"Due: 2026-02-30", "February 2026 has 28 days"}},
			{"keys", []string{"enter"}, "", []string{"w owner · d due date · n note · u undo · enter next risk", "0 skip"}},
		} {
			t.Run(fmt.Sprintf("%s_%dx%d", c.name, size[0], size[1]), func(t *testing.T) {
				m, _ := toRisks(t, size[0], size[1])
				press(t, m, c.keys...)
				if c.typed != "" {
					typeText(t, m, c.typed)
					press(t, m, "enter")
				}
				requireScreen(t, m, c.want...)
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitText(t, tm, c.want[0])
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
	m, _ := toRisks(t, 80, 24)
	press(t, m, "enter", "?", "end") // the register's keys close the help
	requireScreen(t, m, "w            owner", "d            due date", "n            note")
}

// On a short terminal the review's list of answers ends by saying how many
// more there are, where (above, below) and how to reach them, never with a
// bare "…" that hides them; on a tall one every answer shows.
func TestQuestionnaireReviewSaysWhereTheHiddenAnswersAre(t *testing.T) {
	m, _ := toRisks(t, 80, 24)
	relevant := len(m.qs().Questions)
	screen := screenText(m)
	shown := strings.Count(screen, "\n✓ ") + strings.Count(screen, "\n~ ") + strings.Count(screen, "\n? ")
	want := fmt.Sprintf(`… %d more questions( \(\d+ open\))? below: ↑/↓ pgup/pgdn scroll · g lists them all`, relevant-shown)
	if shown >= relevant || !regexp.MustCompile(want).MatchString(screen) {
		t.Fatalf("%d of %d answers shown; want %q on:\n%s", shown, relevant, want, screen)
	}
	tall, _ := toRisks(t, 120, 60)
	if strings.Contains(screenText(tall), "g lists them all") {
		t.Errorf("a tall terminal hides answers:\n%s", screenText(tall))
	}
}

// The review's answers scroll with the pager's keys (g stays the jump
// list): every answer can be read on the screen itself, the count of those
// above and below follows, and the window never runs past the last.
func TestQuestionnaireReviewScrolls(t *testing.T) {
	m, _ := toRisks(t, 80, 24)
	questions := m.qs().Questions
	seen := map[string]bool{}
	look := func() {
		for _, l := range strings.Split(screenText(m), "\n") {
			for _, qq := range questions {
				for _, mark := range []string{"✓", "~", "?"} {
					if strings.HasPrefix(l, mark+" "+component.FactName(qq.Fact)+": ") {
						seen[component.FactName(qq.Fact)] = true
					}
				}
			}
		}
	}
	look()
	for range questions {
		press(t, m, "down")
		look()
	}
	if len(seen) != len(questions) {
		t.Fatalf("%d of %d answers ever on the screen:\n%s", len(seen), len(questions), screenText(m))
	}
	last := component.FactName(questions[len(questions)-1].Fact)
	// "9 more questions above", never "9 answers more (9 above)"; both
	// counts where some are above and some below.
	requireScreen(t, m, last+": ", "more questions")
	if !regexp.MustCompile(`more questions( \(\d+ open\))? above:`).MatchString(screenText(m)) {
		t.Fatalf("the review does not say the questions are above:\n%s", screenText(m))
	}
	refuseScreen(t, m, "below", "answers more")
	press(t, m, "up") // not stuck past the end
	requireScreen(t, m, "above, 1 below):")
	press(t, m, "home")
	requireScreen(t, m, component.FactName(questions[0].Fact)+": ")
	if !regexp.MustCompile(`more questions( \(\d+ open\))? below:`).MatchString(screenText(m)) {
		t.Fatalf("the review does not say the questions are below:\n%s", screenText(m))
	}
	refuseScreen(t, m, "above")
	press(t, m, "end")
	requireScreen(t, m, last+": ")
	press(t, m, "pgup")
	requireScreen(t, m, "below")
	refuseScreen(t, m, "Jump to a question")
	press(t, m, "g")
	requireScreen(t, m, "Jump to a question")
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, _ := toRisks(t, size[0], size[1])
			press(t, m, "end")
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Review")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// At 80×24 the register step's line of the entry wraps: the due date is
// never cut and the note shows.
func TestQuestionnaireRegisterLineWraps(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, _ := toRisks(t, size[0], size[1])
			press(t, m, "enter", "2", "w")
			typeText(t, m, "UNMISS Civil Affairs (J. Okello)")
			press(t, m, "enter", "d")
			typeText(t, m, "2026-01-15")
			press(t, m, "enter", "n")
			typeText(t, m, "Agreed with the sector commander")
			press(t, m, "enter")
			requireScreen(t, m, "owner: UNMISS Civil Affairs (J. Okello)", "due 2026-01-15", "Agreed with the sector commander")
			golden(t, m, size[0], size[1], "Register:")
		})
	}
}

// toReviewStepFromDrafts makes drafts of the case library's second
// activity (three risks fire on it) and third, opens the questionnaire on it with e
// from the review of drafts and walks it to its review step.
func toReviewStepFromDrafts(t *testing.T, w, h int) *Model {
	t.Helper()
	ws := caseLibrary(t)
	ws.Activities[1].Status = model.StatusDraft
	ws.Activities[2].Status = model.StatusDraft // a draft for the review to go on to
	m := NewModel(classify.Default(), ws, true, nil, nil)
	m.Update(resize(w, h))
	press(t, m, "j", "R", "e")
	for i := 0; i < 30 && m.quest != nil && m.qs().Stage != questionnaire.Reviewing; i++ {
		press(t, m, "right")
	}
	if m.quest == nil || m.qs().Stage != questionnaire.Reviewing || !m.qs().InReview {
		t.Fatal("the questionnaire opened from the review never reached its review step")
	}
	return m
}

// r on the questionnaire's review step opens the register whichever way
// the questionnaire was opened, as its help says: from the account in its
// place; from the review of drafts (e there) over the review, which counts
// the edit and goes on, so that esc in the register is back in the review
// at its next draft (r did nothing there, and the help offered it).
func TestQuestionnaireROpensTheRegisterFromTheReviewToo(t *testing.T) {
	const offer = "in the review: what is being done about the risks"
	m := toReviewStepFromDrafts(t, 120, 40)
	a := m.qs().Activity
	requireScreen(t, m, "r: the register")
	press(t, m, "?")
	requireScreen(t, m, offer)
	press(t, m, "esc", "r")
	if m.front != registerScreen {
		t.Fatalf("r on the review step from the review of drafts opened %v, not the register", m.front)
	}
	if got := m.reg().Selected(); got == nil || got.Activity != a {
		t.Fatal("the register is not open on the activity edited")
	}
	press(t, m, "esc")
	if m.front != reviewScreen {
		t.Fatalf("esc in the register went to %v, not back to the review of drafts", m.front)
	}
	if m.draftReview().Draft() == a {
		t.Fatal("the review did not go on from the draft edited")
	}

	m, _ = toRisks(t, 120, 40)
	press(t, m, "?")
	requireScreen(t, m, offer)
	press(t, m, "esc", "r")
	if m.front != registerScreen {
		t.Fatalf("r on the review step from the account opened %v, not the register", m.front)
	}
}

func TestQuestionnaireHelpFromTheReviewOfDraftsScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := toReviewStepFromDrafts(t, size[0], size[1])
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			sendKeys(tm, "?")
			waitText(t, tm, "Keys of the questionnaire")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}
