package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// policeReform is a description whose words the reader reads as: implementer
// mission support ("Support the Government"), kinds rights training and
// restructuring, forces police, and no accountability ("without oversight").
const policeReform = "Support the Government in reforming the police, with human rights training for officers, without oversight"

// describe starts a new activity and types its title and description,
// staying on the description step.
func describe(t *testing.T, m *Model, title, desc string) {
	t.Helper()
	press(t, m, "n")
	typeText(t, m, title)
	press(t, m, "tab")
	typeText(t, m, desc)
}

// requireSuggestions fails unless the description step's suggestions, laid
// out without a width limit, hold every line.
func requireSuggestions(t *testing.T, m *Model, want ...string) {
	t.Helper()
	text := ansi.Strip(strings.Join(m.quest.SuggestionLines(1000), "\n"))
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Fatalf("suggestions lack %q:\n%s", w, text)
		}
	}
}

func requirePending(t *testing.T, m *Model, want ...model.Fact) {
	t.Helper()
	if got := m.qs().Pending; !slices.Equal(got, want) {
		t.Fatalf("unconfirmed suggestions %v, want %v", got, want)
	}
}

func TestDescriptionShowsSuggestionsWithEvidenceAsTyped(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	describe(t, m, "Item", "Support the Government")
	requireScreen(t, m, "Suggested from the title and description (~ pre-selected):",
		"~ implementer: national authorities with mission support ← “Support the")
	requireSuggestions(t, m, "~ implementer: national authorities with mission support ← “Support the Government”")
	refuseScreen(t, m, "kinds: Human rights")
	typeText(t, m, " in reforming the police, with human rights training for officers, without oversight")
	requireSuggestions(t, m, "~ kinds: Human rights and IHL training (primary) ← “human rights training”",
		"~ kinds: Restructuring ← “reforming the police”")
	requireScreen(t, m, "~ forces: police ← “police”", "~ accountability: none ← “without oversight”",
		// The live panel counts them, marked, before anything is chosen,
		// and marks the tier they make.
		"(preview with the suggested answers)", "~ suggested, not yet confirmed:", "Tier   ~T3")
	a := m.qs().Activity
	if a.Facts.Known(model.Implementer) || a.Status != model.StatusUnset {
		t.Fatalf("suggestions were applied while describing: %v, status %q", a.Facts[model.Implementer], a.Status)
	}
	// Words the reader takes no value from leave only the hint.
	m2 := newTestModel(t, model.New(""), 120, 40)
	describe(t, m2, "Item", "Details to follow")
	requireScreen(t, m2, "Describe the activity in your own words, then tab to the questions.")
	refuseScreen(t, m2, "Suggested from", "preview with the suggested answers")
}

func TestSuggestionsArePreselectedAndMarkedUntilConfirmed(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	describe(t, m, "Item", policeReform)
	press(t, m, "tab")
	requireAsking(t, m, model.Implementer)
	a := m.qs().Activity
	if v, _ := a.Facts.One(model.Implementer); v != "mission-support" {
		t.Fatalf("implementer %q, want the suggested mission-support", v)
	}
	if !slices.Equal(a.Facts[model.Kinds].Set, []string{"rights-training", "restructuring"}) {
		t.Fatalf("kinds %v", a.Facts[model.Kinds].Set)
	}
	requirePending(t, m, model.Implementer, model.Kinds, model.Forces, model.Accountability)
	if a.Status != model.StatusDraft || !m.sh.sheet.Verdict(a).Draft {
		t.Fatalf("status %q with unconfirmed suggestions", a.Status)
	}
	requireScreen(t, m, "~ suggested from: “Support the Government”", "(•) 2 ~ national authorities with mission support",
		"~ suggested, not yet confirmed:", "implementer, kinds, forces, accountability")

	// enter accepts the suggestion: the marker goes, the answer stays.
	press(t, m, "enter")
	requireAsking(t, m, model.Kinds)
	requirePending(t, m, model.Kinds, model.Forces, model.Accountability)
	requireScreen(t, m, "~ suggested from: “human rights training”, “reforming the police”", "[1] D ~ Human rights and IHL training (primary)")
	if got := flow.Choices(m.qs().Question)[m.qs().Cursor].Value; got != "rights-training" {
		t.Errorf("the cursor is on %q, not on the suggested primary kind", got)
	}
	press(t, m, "enter") // kinds
	press(t, m, "enter") // forces
	requireAsking(t, m, model.Accountability)
	if a.Status != model.StatusDraft {
		t.Fatalf("status %q with accountability unconfirmed", a.Status)
	}
	// Answering otherwise also confirms: discipline instead of none. The
	// tick alone leaves the list a suggestion, its words' value marked;
	// enter makes the ticks the planner's answer.
	choose(t, m, "discipline")
	press(t, m, "space")
	requirePending(t, m, model.Accountability)
	requireScreen(t, m, "~ suggested by the text")
	// (its line wraps beside the live panel)
	if s := screenText(m); !strings.Contains(s, "— enter: the ticked values become") || strings.Count(s, "the ticked values become") != 1 {
		t.Fatalf("the suggestion's line does not say what enter does:\n%s", s)
	}
	press(t, m, "enter")
	requirePending(t, m)
	if !a.Facts.Has(model.Accountability, "discipline") || a.Status != model.StatusReviewed {
		t.Fatalf("accountability %v, status %q", a.Facts[model.Accountability], a.Status)
	}
	refuseScreen(t, m, "~ suggested from", "~ national", "~ Human rights", "not yet confirmed")
	press(t, m, "g")
	requireScreen(t, m, "✓  1 implementer: national authorities with mission support")
}

func TestSuggestionsNeverReplaceThePlannersAnswers(t *testing.T) {
	a := activity(t, "Police reform", "implementer", "partner")
	a.Description = policeReform
	m := newTestModel(t, sheetOf(a), 120, 40)
	press(t, m, "e")
	// Opening at a question pre-selects nothing.
	requireAsking(t, m, model.Kinds)
	if a.Facts.Known(model.Kinds) || a.Status != model.StatusUnset {
		t.Fatalf("opening the questionnaire changed the activity: %v %q", a.Facts[model.Kinds], a.Status)
	}
	press(t, m, "left", "left")
	if m.qs().Stage != questionnaire.Describing {
		t.Fatal("not on the description")
	}
	requireSuggestions(t, m, "  implementer: national authorities with mission support ← “Support the Government” — your answer stays: another international partner")
	press(t, m, "tab", "tab")
	if v, _ := a.Facts.One(model.Implementer); v != "partner" {
		t.Fatalf("the suggestion replaced the planner's answer: %q", v)
	}
	requirePending(t, m, model.Kinds, model.Forces, model.Accountability)
	refuseScreen(t, m, "~ suggested from")

	// "don't know" is an answer too: going back to the words and on again
	// does not suggest that fact again.
	press(t, m, "right")
	requireAsking(t, m, model.Kinds)
	press(t, m, "0")
	if a.Facts.Known(model.Kinds) {
		t.Fatal("0 left the kinds known")
	}
	// With no kind known, forces and accountability are no longer asked: their
	// suggestions are withdrawn rather than left unconfirmable.
	requirePending(t, m)
	if a.Facts.Known(model.Forces) || a.Facts.Known(model.Accountability) {
		t.Fatalf("withdrawn suggestions stayed: %v %v", a.Facts[model.Forces], a.Facts[model.Accountability])
	}
	if a.Status != model.StatusReviewed {
		t.Errorf("status %q once no suggestion is left", a.Status)
	}
	press(t, m, "left", "left", "left") // from the review back to the description
	if m.qs().Stage != questionnaire.Describing {
		t.Fatal("not on the description")
	}
	press(t, m, "tab", "tab")
	if a.Facts.Known(model.Kinds) {
		t.Errorf("kinds suggested again after the planner said don't know: %v", a.Facts[model.Kinds])
	}
	press(t, m, "esc", "u")
	if a.Facts.Known(model.Kinds) || a.Status != model.StatusUnset {
		t.Errorf("undo left %v, status %q", a.Facts[model.Kinds], a.Status)
	}
}

func TestUnconfirmedSuggestionsFollowTheWords(t *testing.T) {
	m := newTestModel(t, model.New(""), 100, 30)
	describe(t, m, "Item", "Support the Government")
	press(t, m, "tab")
	requirePending(t, m, model.Implementer)
	a := m.qs().Activity
	// Back to the words, which now name the mission itself.
	press(t, m, "left", "tab")
	for range len("Support the Government") {
		press(t, m, "backspace")
	}
	typeText(t, m, "Peacekeepers patrol")
	requireScreen(t, m, "~ implementer: the mission itself ← “Peacekeepers”")
	press(t, m, "tab")
	if v, _ := a.Facts.One(model.Implementer); v != "mission" {
		t.Fatalf("the unconfirmed suggestion did not follow the words: %q", v)
	}
	requirePending(t, m, model.Implementer, model.Kinds)
}

func TestDraftOpensAtItsFirstSuggestion(t *testing.T) {
	a := activity(t, "Support to police reform", "implementer", "mission-support", "kinds", "restructuring", "forces", "police")
	a.Source = model.Source{Document: "S/RES/1 (2020)", Ref: "3(b)", Text: "(b) Support the Government in reforming the police;"}
	a.Status = model.StatusDraft
	m := newTestModel(t, sheetOf(a), 120, 40)
	press(t, m, "e")
	requireAsking(t, m, model.Implementer)
	requirePending(t, m, model.Implementer, model.Kinds, model.Forces)
	requireScreen(t, m, "~ suggested from: “Support the Government”")
	press(t, m, "left")
	requireScreen(t, m, "Suggested from the source paragraph 3(b) (~ pre-selected):")
	press(t, m, "tab", "tab", "enter", "enter", "enter")
	requirePending(t, m)
	if a.Status != model.StatusReviewed {
		t.Fatalf("status %q after every suggestion was confirmed", a.Status)
	}
}

// The question counter counts only confirmed answers: a suggestion from
// the words waits for enter and is counted apart, at the head and in the
// review's headline; confirming one moves it from the one count to the
// other.
func TestQuestionCounterCountsOnlyConfirmedAnswers(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 40)
	describe(t, m, "Item", policeReform)
	press(t, m, "tab")
	requireAsking(t, m, model.Implementer)
	_, relevant := m.quest.Progress()
	requireScreen(t, m, fmt.Sprintf("answered 0 of %d relevant, 4 suggested", relevant))
	press(t, m, "enter") // implementer confirmed
	requireScreen(t, m, fmt.Sprintf("answered 1 of %d relevant, 3 suggested", relevant))
	for i := 0; i < 30 && m.qs().Stage != questionnaire.Reviewing; i++ {
		press(t, m, "right")
	}
	_, relevant = m.quest.Progress()
	want := fmt.Sprintf("1 of %d questions answered; 3 suggested, to confirm; %d open (g jumps to one).", relevant, relevant-4)
	if !containsFlat(screenText(m), want) {
		t.Fatalf("the review lacks %q:\n%s", want, screenText(m))
	}
}

// Leaving a new activity from its description with esc gives it none of the
// answers its words suggest (they apply on tab to the questions), though the
// live panel showed the verdict with them: the status line says so, with
// the count the heading gives, how to apply them and how to undo the add,
// and the help (?) gives it whole. The worksheet showed an unmarked row
// "- undetermined -" with no word of why.
func TestLeavingTheDescriptionSaysTheSuggestionsWereNotApplied(t *testing.T) {
	const title = "Human rights training, vetting and provision of equipment to the police"
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, title)
	requireScreen(t, m, "2 suggested (4 answers)", "(preview with the suggested answers)")
	press(t, m, "esc")
	requireScreen(t, m, "Added without its 4 suggested answers: e, ← and tab (twice) apply them (?).")
	golden(t, m, 80, 24, "Added without")
	press(t, m, "?")
	if s := screenText(m); !containsFlat(s, "Added “"+title+"” without its 4 suggested answers: the verdict beside the description was a preview with them.") ||
		!containsFlat(s, "u undoes the add.") {
		t.Fatalf("the help does not give the note whole:\n%s", s)
	}
	press(t, m, "esc", "u")
	refuseScreen(t, m, "Human rights training, vet")

	// The way the note names applies them: e, ←, tab twice.
	press(t, m, "ctrl+r", "G", "e", "left", "tab", "tab") // n put it last
	requireScreen(t, m, "Question 1 of 13", "~ suggested, not yet confirmed: kinds, forces")
	refuseScreen(t, m, "(preview with the suggested answers)")

	// Nothing suggested, nothing said.
	m = demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Weekly meeting")
	press(t, m, "esc")
	refuseScreen(t, m, "suggested answer")
}

// At 80×24 the description step counts a reading set aside under the
// description but has no row for it, and in its text fields ? types a '?':
// the reading shows on the question it concerns, dimmed, with why, and the
// count says so. It could be read at 200×60 only.
func TestSetAsideReadingShowsOnItsQuestion(t *testing.T) {
	const aside = "not suggested: training of trainers ← “Training of trainers” — outweighed by curriculum"
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Training of trainers for the police academy, with a human rights curriculum")
	requireScreen(t, m, "… and 1 more answer, 1 set aside (each shows on its question)")
	if containsFlat(screenText(m), aside) {
		t.Fatalf("the description step shows the reading set aside already; the test needs a screen that only counts it:\n%s", screenText(m))
	}
	press(t, m, "tab", "tab")
	for i := 0; i < 20 && m.qs().Fact != model.TrainingFormat; i++ {
		press(t, m, "enter")
	}
	requireAsking(t, m, model.TrainingFormat)
	if !containsFlat(screenText(m), aside) {
		t.Fatalf("the question of the training's format does not show the reading set aside:\n%s", screenText(m))
	}
	golden(t, m, 80, 24, "not suggested: ")
	press(t, m, "enter") // the next question shows no reading of another's
	refuseScreen(t, m, "not suggested:")
}
