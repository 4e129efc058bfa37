package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// The note on relevance speaks of the last answer: it shows on the step
// after the change and not on the steps after that.
func TestRelevanceNoteShowsOnlyOnTheStepAfterTheChange(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	newActivity(t, m, "Item")
	press(t, m, "1")
	requireAsking(t, m, model.Kinds)
	requireScreen(t, m, "Relevance changed — now also asked")
	press(t, m, "tab") // on without answering
	if m.qs().Fact == model.Kinds {
		t.Fatal("tab stayed on the kinds")
	}
	refuseScreen(t, m, "Relevance changed")
	press(t, m, "shift+tab")
	refuseScreen(t, m, "Relevance changed")
}

// The review of answers, the last step, has no choices: its footer offers
// no keys to move between choices.
func TestLastQuestionnaireStepOffersNoChoiceKeys(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	newActivity(t, m, "Item")
	for i := 0; i < 20 && m.qs().Stage != questionnaire.Reviewing; i++ {
		press(t, m, "tab")
	}
	if m.qs().Stage != questionnaire.Reviewing {
		t.Fatal("never reached the review of answers")
	}
	refuseScreen(t, m, "previous choice", "next choice", "tick / choose")
	requireScreen(t, m, "finish")
}

// Choices past the ninth have keys of their own: capital letters, shown in
// their labels.
func TestChoicesPastNineHaveKeys(t *testing.T) {
	m := newTestModel(t, model.New(""), 140, 60)
	newActivity(t, m, "Item")
	press(t, m, "1")
	requireAsking(t, m, model.Kinds)
	cs := flow.Choices(m.qs().Question)
	if len(cs) < 12 {
		t.Skipf("the kinds have only %d choices", len(cs))
	}
	requireScreen(t, m, "A "+cs[9].Label, "B "+cs[10].Label)
	press(t, m, "B")
	if !m.qs().Activity.Facts.Has(model.Kinds, cs[10].Value) {
		t.Errorf("B did not tick %q: %v", cs[10].Value, m.qs().Activity.Facts[model.Kinds].Set)
	}
}

// In the plain mode only the kinds say that the first is the primary one.
func TestPlainPromptsNamePrimaryOnlyForKinds(t *testing.T) {
	answers := strings.Join([]string{"Joint offensive with the army", "", "1", "10", "1", "9", "3", "2", "2"}, "\n") + "\n"
	_, stderr, code := runPocssr(t, answers, "--accessible")
	if code != 1 { // the new worksheet is kept by no file: its work is lost
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := strings.Count(stderr, "(the first kind is the primary one)"); n != 1 {
		t.Errorf("the primary kind is mentioned %d times; want once, at the kinds:\n%s", n, stderr)
	}
	if !strings.Contains(stderr, "Answer with one or more numbers separated by spaces:") {
		t.Errorf("no plain prompt for a list other than the kinds:\n%s", stderr)
	}
}

// A digit answers and moves on; an enter right after it, before any other
// key on the question it moved to, does nothing: it must not confirm the
// next question's suggested answer unseen. A second enter answers.
func TestEnterRightAfterADigitDoesNotAnswer(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	press(t, m, "n")
	typeText(t, m, "Police training")
	press(t, m, "tab")
	typeText(t, m, "Train the police in the capital")
	press(t, m, "tab")
	requireAsking(t, m, model.Implementer)
	press(t, m, "1")
	f := m.qs().Fact
	if f == model.Implementer || m.qs().Stage != questionnaire.Asking {
		t.Fatalf("1 did not answer and move on:\n%s", screenText(m))
	}
	if !slices.Contains(m.qs().Pending, f) {
		t.Fatalf("the question after the implementer (%s) holds no suggestion: the case tests nothing", f)
	}
	before := m.qs().Activity.Facts.Clone()
	press(t, m, "enter")
	requireAsking(t, m, f)
	if !slices.Contains(m.qs().Pending, f) || slices.Contains(m.qs().Decided, f) {
		t.Fatalf("the enter right after 1 confirmed %s unseen", f)
	}
	if !m.qs().Activity.Facts.Equal(&before) {
		t.Fatal("the enter right after 1 changed the facts")
	}
	requireScreen(t, m, "enter again")
	press(t, m, "enter")
	if m.qs().Fact == f || slices.Contains(m.qs().Pending, f) {
		t.Fatalf("the second enter did not answer %s", f)
	}
}

// After a move by enter, enter answers as before: only a key that is not
// enter can be mistaken for one that needs confirming.
func TestEnterAfterEnterAnswers(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	newActivity(t, m, "Item")
	press(t, m, "enter")
	f := m.qs().Fact
	press(t, m, "enter")
	if m.qs().Stage == questionnaire.Asking && m.qs().Fact == f {
		t.Fatalf("the second enter did not move on from %s", f)
	}
}

// The questionnaire takes a wide terminal's width and wraps what it cannot
// fit, rather than cut it: on the kinds question the line on how to tick
// shows at 80×24 too, and at 200×60 the choices' explanations and the
// verdict's tier read whole.
func TestQuestionnaireUsesTheWidthAndWraps(t *testing.T) {
	for _, c := range []struct {
		w, h int
		want []string
	}{
		{80, 24, []string{"(space ticks, enter confirms; the first ticked is primary, or the one p marks)"}},
		{200, 60, []string{"(space ticks, enter confirms; the first ticked is primary (p makes the highlighted one primary))",
			"Monitoring and reporting on abuses committed by state security forces.",
			"Support to discipline, internal control, codes of conduct or oversight bodies.",
			"T3 Establishment of a protective environment"}},
	} {
		t.Run(fmt.Sprintf("kinds_%dx%d", c.w, c.h), func(t *testing.T) {
			m := demoModel(t, c.w, c.h)
			press(t, m, "j", "e")
			for i := 0; i < 20 && m.qs().Fact != model.Kinds; i++ {
				press(t, m, "left")
			}
			requireScreen(t, m, c.want...)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(c.w, c.h))
			waitText(t, tm, "What does the activity do?")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The line on how to tick the kinds keeps the rule of the first ticked at
// every width, since it says how the tier is decided: at 80 columns it gave
// way with no sign, and the words on p were kept instead.
func TestKindsHintKeepsTheFirstTickedRule(t *testing.T) {
	for _, w := range []int{80, 81, 90, 96, 100, 120, 200} {
		t.Run(fmt.Sprintf("%dx30", w), func(t *testing.T) {
			m := atKindsQuestion(t, w, 30)
			if s := screenText(m); !containsFlat(s, "the first ticked is primary") {
				t.Fatalf("at %d columns the kinds' hint drops the rule of the first ticked:\n%s", w, s)
			}
		})
	}
}

// At 80×24 a question's help and its choices' explanations wrap in the rows
// the screen has, as a question of few choices always did, rather than cut
// with rows left blank below.
func TestQuestionnaireWrapsWhereRowsAllow(t *testing.T) {
	for _, c := range []struct {
		fact   model.Fact
		name   string
		want   []string
		refuse string
	}{
		{model.Accountability, "accountability", []string{"external oversight — Oversight by parliament, an ombudsperson, a human", "rights commission or a similar independent body."}, "a human …"},
		{model.Kinds, "kinds", []string{"Choose every kind that applies and put the main one first: the first kind sets", "the tier"}, "the first kind sets …"},
	} {
		t.Run(c.name+"_80x24", func(t *testing.T) {
			m := demoModel(t, 80, 24)
			found := false
			for a := 0; a < 12 && !found; a++ {
				press(t, m, "e")
				for _, k := range []string{"left", "right"} {
					for i := 0; i < 20 && m.front == questionnaireScreen && !found; i++ {
						found = m.qs().Fact == c.fact
						if !found {
							press(t, m, k)
						}
					}
				}
				if !found {
					for m.front != worksheetScreen {
						press(t, m, "esc")
					}
					press(t, m, "j")
				}
			}
			if !found {
				t.Fatalf("no activity of the demo asks %s", c.name)
			}
			for i := 0; i < 12 && !strings.Contains(screenText(m), c.want[len(c.want)-1]); i++ {
				press(t, m, "up") // the cursor onto the choice shows it whole
			}
			requireScreen(t, m, c.want...)
			refuseScreen(t, m, c.refuse)
			golden(t, m, 80, 24, "Questionnaire")
		})
	}
}
