package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// choose moves the questionnaire's cursor to the row of a value (or "yes",
// "no", "none of these", "don't know") by pressing down.
func choose(t *testing.T, m *Model, label string) {
	t.Helper()
	cs := flow.Choices(m.qs().Question)
	want := -1
	for i, c := range cs {
		if c.Value == label || c.Label == label {
			want = i
		}
	}
	if want < 0 {
		t.Fatalf("question %s has no row %q", m.qs().Fact, label)
	}
	for m.qs().Cursor != want {
		press(t, m, "down")
	}
}

// requireAsking fails unless the questionnaire asks for fact f.
func requireAsking(t *testing.T, m *Model, f model.Fact) {
	t.Helper()
	if m.quest == nil || m.qs().Stage != questionnaire.Asking || m.qs().Fact != f {
		stage := "closed"
		if m.quest != nil {
			stage = m.qs().Fact.Key()
		}
		t.Fatalf("want the question for %s, the questionnaire is at %s:\n%s", f, stage, screenText(m))
	}
}

// relevant lists the facts of the questions the questionnaire asks.
func relevant(m *Model) []model.Fact {
	var out []model.Fact
	for _, q := range m.qs().Questions {
		out = append(out, q.Fact)
	}
	return out
}

// newActivity starts a new activity and describes it.
func newActivity(t *testing.T, m *Model, title string) {
	t.Helper()
	press(t, m, "n")
	typeText(t, m, title)
	press(t, m, "tab")
	typeText(t, m, "Described.")
	press(t, m, "tab")
}

func TestQuestionnaireStartsWithDescriptionThenAsksInOrder(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	press(t, m, "n")
	requireScreen(t, m, "Description", "Title:", "Live verdict", "Tier   No tier yet")
	// Words the reader suggests nothing from: this test is about the order of
	// the questions (suggestions_test.go covers what the words suggest).
	typeText(t, m, "Item q?")
	if got := m.qs().Activity.Title; got != "Item q?" {
		t.Fatalf("title field has %q: q and ? must type, not act", got)
	}
	press(t, m, "enter")
	if m.qs().Focus != 1 {
		t.Fatal("enter in the title should go to the description")
	}
	typeText(t, m, "Details to follow")
	press(t, m, "tab")
	requireAsking(t, m, model.Implementer)
	requireScreen(t, m, "Who carries out the activity?", "Question 1 of 2", "answered 0 of 2",
		"Under the narrow reading only", "the mission itself — Mission personnel carry out", "0 don't know")
	press(t, m, "1")
	requireAsking(t, m, model.Kinds)
	if m.qs().Activity.Facts[model.Implementer].One != "mission" {
		t.Fatal("1 did not answer the mission")
	}
	requireScreen(t, m, "answered 1 of 3", "Relevance changed — now also asked: community input")
}

func TestQuestionnaireRelevanceHidesAndShowsQuestions(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	newActivity(t, m, "Item two")
	press(t, m, "1")
	requireAsking(t, m, model.Kinds)
	if slices.Contains(relevant(m), model.CombinedOps) {
		t.Fatal("combined ops asked before any kind")
	}
	choose(t, m, "equipment")
	press(t, m, "space")
	for _, f := range []model.Fact{model.Forces, model.CombinedOps, model.Accountability, model.Horizon, model.PoliticalWill} {
		if !slices.Contains(relevant(m), f) {
			t.Errorf("ticking equipment did not make %s relevant: %v", f, relevant(m))
		}
	}
	requireScreen(t, m, "Relevance changed — now also asked: forces, combined ops, accountability")
	press(t, m, "space") // untick: no kind known
	requireScreen(t, m, "Relevance changed — no longer asked: forces, combined ops")
	if !strings.Contains(m.qs().Note, "no longer asked: forces, combined ops, accountability") {
		t.Errorf("note %q", m.qs().Note)
	}
	choose(t, m, "mediation")
	press(t, m, "space")
	for _, f := range []model.Fact{model.CombinedOps, model.Forces, model.Accountability} {
		if slices.Contains(relevant(m), f) {
			t.Errorf("%s still asked for mediation", f)
		}
	}
	// The outline (jump list) follows: combined ops is gone from it.
	press(t, m, "g")
	refuseScreen(t, m, "combined ops")
	requireScreen(t, m, "Jump to a question", "kinds: mediation and reconciliation")
}

func TestQuestionnairePreviewFollowsTheCursorAndChangesNothing(t *testing.T) {
	a := activity(t, "Support", "implementer", "mission", "kinds", "equipment", "forces", "army",
		"accountability", "discipline", "combined_ops", "true", "rights_record", "no-concerns")
	m := newTestModel(t, sheetOf(a), 120, 40)
	press(t, m, "e")
	for m.qs().Fact != model.HRDDP {
		press(t, m, "right")
	}
	choose(t, m, "not-done")
	requireScreen(t, m, "preview if you choose “not done”", "HRDDP risk assessment not done")
	if a.Facts.Known(model.HRDDP) {
		t.Fatal("hovering answered the question")
	}
	choose(t, m, "done")
	refuseScreen(t, m, "HRDDP risk assessment not done")
	// Choosing makes it the answer; the risk appears, then vanishes on a change.
	choose(t, m, "not-done")
	press(t, m, "space")
	if v, _ := a.Facts.One(model.HRDDP); v != "not-done" {
		t.Fatalf("space did not choose: %q", v)
	}
	requireScreen(t, m, "[HIGH] HRDDP risk assessment not done")
	refuseScreen(t, m, "preview if you choose")
	choose(t, m, "done-with-mitigation")
	press(t, m, "enter")
	refuseScreen(t, m, "HRDDP risk assessment not done")
}

func TestQuestionnaireDontKnowLeavesFactOpen(t *testing.T) {
	a := activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence")
	m := newTestModel(t, sheetOf(a), 100, 30)
	press(t, m, "e")
	requireAsking(t, m, model.CommunityInput)
	press(t, m, "1")
	if yes, known := a.Facts.Yes(model.CommunityInput); !known || !yes {
		t.Fatal("1 is yes")
	}
	if m.qs().Stage != questionnaire.Reviewing {
		t.Fatalf("after the last question: stage %d", m.qs().Stage)
	}
	press(t, m, "left", "0")
	if a.Facts.Known(model.CommunityInput) {
		t.Fatal("0 should leave the fact unknown")
	}
	requireScreen(t, m, "? community input: don't know")
}

func TestQuestionnairePrimaryKindCanBeChanged(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	newActivity(t, m, "Mixed")
	press(t, m, "1")
	choose(t, m, "deterrence")
	press(t, m, "space")
	choose(t, m, "vetting")
	press(t, m, "space")
	a := m.qs().Activity
	if a.Facts.Primary() != "deterrence" {
		t.Fatalf("primary %q, want the first ticked", a.Facts.Primary())
	}
	requireScreen(t, m, "[1] 7 Presence and deterrence (primary)", "[2] G Vetting")
	press(t, m, "p")
	if a.Facts.Primary() != "vetting" || m.sh.sheet.Verdict(a).Tier != 3 {
		t.Fatalf("p: primary %q tier %d", a.Facts.Primary(), m.sh.sheet.Verdict(a).Tier)
	}
	requireScreen(t, m, "Vetting (primary)", "T3")
}

func TestQuestionnaireBackForwardAndJump(t *testing.T) {
	a := activity(t, "Vetting", "implementer", "mission", "kinds", "vetting")
	m := newTestModel(t, sheetOf(a), 100, 30)
	press(t, m, "e")
	requireAsking(t, m, model.Forces)
	press(t, m, "left")
	requireAsking(t, m, model.Kinds)
	press(t, m, "left", "left")
	if m.qs().Stage != questionnaire.Describing {
		t.Fatal("back from the first question should reach the description")
	}
	press(t, m, "tab", "tab")
	requireAsking(t, m, model.Implementer)
	press(t, m, "g")
	rows := len(m.qs().Questions) + 2
	press(t, m, "up", "up", "enter")
	if m.qs().Stage != questionnaire.Reviewing {
		t.Fatalf("jump to the last row (of %d) did not open the review", rows)
	}
	press(t, m, "g", "down", "enter")
	if m.qs().Stage != questionnaire.Describing {
		t.Fatal("jump to the first row did not open the description")
	}
}

func TestQuestionnaireFinishNamesTheActivityAndShowsTheAccount(t *testing.T) {
	m := newTestModel(t, model.New(""), 100, 30)
	press(t, m, "n", "tab")
	typeText(t, m, "Community security meetings in the north to learn what people fear")
	press(t, m, "tab", "1")
	choose(t, m, "community-engagement")
	press(t, m, "enter")
	for m.qs().Stage != questionnaire.Reviewing {
		press(t, m, "0")
	}
	press(t, m, "enter")
	a := m.sh.sheet.At(0)
	if m.front != detailScreen || m.detail().Shown() != a {
		t.Fatalf("finishing should open the account, screen %d", m.front)
	}
	if a.Title != "Community security meetings in the north to learn…" || a.ID == "" {
		t.Errorf("title %q id %q", a.Title, a.ID)
	}
	requireScreen(t, m, "Tier 1", "POC only")
}

func TestQuestionnaireEditCanBeUndone(t *testing.T) {
	a := activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence")
	m := newTestModel(t, sheetOf(a), 100, 30)
	press(t, m, "e", "shift+tab", "shift+tab", "1", "esc")
	if v, _ := a.Facts.One(model.Implementer); v != "mission" {
		t.Fatalf("implementer %q", v)
	}
	press(t, m, "e", "left", "left")
	requireAsking(t, m, model.Implementer)
	press(t, m, "4", "esc")
	if v, _ := a.Facts.One(model.Implementer); v != "partner" {
		t.Fatalf("implementer %q after choosing 4", v)
	}
	press(t, m, "u")
	if v, _ := a.Facts.One(model.Implementer); v != "mission" {
		t.Errorf("undo left implementer %q", v)
	}
}

func TestQuestionnaireNarrowPutsPanelBelow(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	newActivity(t, m, "Narrow")
	lines := strings.Split(screenText(m), "\n")
	panel := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "Live verdict:") {
			panel = i
		}
	}
	if panel < 10 {
		t.Fatalf("live panel not below the questions:\n%s", screenText(m))
	}
	for _, l := range lines {
		if len([]rune(l)) > 80 {
			t.Fatalf("line wider than the terminal: %q", l)
		}
	}
}

func TestChoicesOfEveryQuestionOfferDontKnow(t *testing.T) {
	for _, q := range classify.Default().Questions {
		cs := flow.Choices(q)
		if cs[len(cs)-1].Kind != flow.DontKnow {
			t.Errorf("%s does not end with don't know", q.Fact)
		}
		for _, c := range cs {
			if c.Explain == "" {
				t.Errorf("%s: choice %q has no explanation", q.Fact, c.Label)
			}
		}
		hasNone := slices.ContainsFunc(cs, func(c flow.Choice) bool { return c.Kind == flow.None })
		if want := q.Fact.Type() == model.SetOf && q.Fact != model.Kinds; hasNone != want {
			t.Errorf("%s: offers none %v", q.Fact, hasNone)
		}
	}
}

func TestToggleNeverRecordsNoneByAccident(t *testing.T) {
	var fs model.Facts
	flow.Toggle(&fs, model.Forces, "army")
	flow.Toggle(&fs, model.Forces, "police")
	flow.Toggle(&fs, model.Forces, "army")
	if got := fs[model.Forces].Set; !slices.Equal(got, []string{"police"}) {
		t.Fatalf("forces %v", got)
	}
	flow.Toggle(&fs, model.Forces, "police")
	if fs.Known(model.Forces) {
		t.Error("unticking the last force recorded none")
	}
	flow.Apply(&fs, model.Forces, flow.Choice{Kind: flow.None})
	if v := fs[model.Forces]; !v.Known || len(v.Set) != 0 {
		t.Error("none of these is an explicit empty list")
	}
	flow.MakePrimary(&fs, model.Kinds, "vetting")
	flow.MakePrimary(&fs, model.Kinds, "equipment")
	flow.MakePrimary(&fs, model.Kinds, "vetting")
	if got := fs[model.Kinds].Set; !slices.Equal(got, []string{"vetting", "equipment"}) {
		t.Errorf("kinds %v", got)
	}
	if !strings.Contains(component.FactName(model.StateForcesAttackingCivilians), "state forces attacking") {
		t.Error(component.FactName(model.StateForcesAttackingCivilians))
	}
}

// Enter on a list question that nothing answers yet moves on and leaves the
// fact unknown: the cursor starts on "don't know", never on a value that enter
// would tick unasked.
func TestEnterOnAnUnansweredListLeavesItUnknown(t *testing.T) {
	a := activity(t, "Police training", "implementer", "mission", "kinds", "capacity-training", "forces", "police")
	m := newTestModel(t, sheetOf(a), 120, 40)
	press(t, m, "e")
	for i := 0; i < 40 && m.qs().Stage != questionnaire.Reviewing; i++ {
		if m.qs().Stage == questionnaire.Asking && m.qs().Fact == model.Accountability {
			press(t, m, "enter")
			if a.Facts.Known(model.Accountability) {
				t.Fatal("enter on the unanswered accountability question answered it")
			}
			return
		}
		press(t, m, "tab")
	}
	t.Fatal("the accountability question was never asked")
}
