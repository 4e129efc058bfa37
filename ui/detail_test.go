package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

func TestDetailGivesTheFullAccount(t *testing.T) {
	m := demoModel(t, 120, 40)
	press(t, m, "enter")
	a := m.detail.activity
	r := classify.Default().Classify(a)
	text := ansi.Strip(strings.Join(accountLines(m.sh, a, &r, 120), "\n"))
	for _, want := range []string{
		"Joint offensive with the Congolese army", "Facts", "implementer: the mission itself",
		"Tier 2 — Provision of physical protection", "Agenda — POC only",
		"The 2015 policy: SSR inside Tier 3", "The narrow reading: two agendas",
		"Risks (1)", "CRITICAL — Support to forces implicated in grave violations",
		"Why: The mission would support the army", "Do: Apply the HRDDP strictly",
		"See: “Existing UN frameworks linking POC and SSR”", "Example: In early 2015",
		"Recommendations:", "Open questions (", "What would change the agenda", "Notes",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("account lacks %q", want)
		}
	}
	requireScreen(t, m, "Joint offensive with the Congolese army", "Tier 2")
}

func TestDetailScrollsAndMovesBetweenActivities(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "enter")
	requireScreen(t, m, "Facts")
	press(t, m, "end")
	refuseScreen(t, m, "Facts")
	press(t, m, "home")
	requireScreen(t, m, "Facts")
	press(t, m, "]")
	if m.detail.activity.ID != "unmiss-one-off-rights-training" {
		t.Fatalf("] went to %s", m.detail.activity.ID)
	}
	press(t, m, "[", "[")
	if m.detail.activity.ID != "fib-fdlr-offensive-2015" {
		t.Fatalf("[ past the first went to %s", m.detail.activity.ID)
	}
	press(t, m, "e")
	if m.front != questionnaireScreen || m.quest.activity != m.detail.activity {
		t.Fatal("e did not edit the activity shown")
	}
}

func TestDetailReflowsOnResize(t *testing.T) {
	m := demoModel(t, 120, 40)
	press(t, m, "enter")
	wide := screenText(m)
	if !strings.Contains(wide, "The 2015 policy: SSR inside Tier 3   ") {
		t.Fatalf("at 120 columns the drawings stand side by side:\n%s", wide)
	}
	m.Update(resize(80, 24))
	for _, l := range strings.Split(screenText(m), "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Fatalf("line of %d columns at 80: %q", ansi.StringWidth(l), l)
		}
	}
}

func TestReasonsSplitIntoTierAndAgenda(t *testing.T) {
	rb := classify.Default()
	a := activity(t, "x", "implementer", "mission", "kinds", "vetting,deterrence")
	r := rb.Classify(a)
	tier, agenda := splitReasons(&r)
	if len(tier) != 2 || len(agenda) != 1 {
		t.Fatalf("reasons %q", r.Reasons)
	}
	if !strings.Contains(tier[0], "Tier 3") || !strings.Contains(tier[1], "2") || !strings.Contains(agenda[0], "Overlap") {
		t.Errorf("tier %q agenda %q", tier, agenda)
	}
}

func TestDrawingsAreRectangularAndMarkOnePlace(t *testing.T) {
	st := newStyles(DefaultTheme())
	for _, d := range [][]string{drawing2015, drawingNarrow} {
		for _, want := range "ABCDE" {
			lines := mark(st, d, want)
			marks := 0
			for _, l := range lines {
				if w := ansi.StringWidth(l); w != drawingWidth {
					t.Errorf("drawing line %q is %d wide", l, w)
				}
				marks += strings.Count(l, markerGlyph)
			}
			if marks > 1 {
				t.Errorf("%c marked %d places", want, marks)
			}
		}
		for _, l := range mark(st, d, 0) {
			if strings.ContainsAny(l, "ABDE") && !strings.Contains(l, "SSR") && !strings.Contains(l, "POC") {
				t.Errorf("placeholder left in %q", l)
			}
		}
	}
}

func TestDrawingsPlaceEachAgendaAndTier(t *testing.T) {
	rb := classify.Default()
	sh := &shared{rb: rb, st: newStyles(DefaultTheme())}
	cases := []struct {
		facts         []string
		where2015     string
		whereNarrow   string
		narrowCaption string
	}{
		{[]string{"implementer", "mission", "kinds", "deterrence"}, "Tier 2", "POC only", "POC only"},
		{[]string{"implementer", "mission", "kinds", "vetting"}, "inside SSR", "overlap", "the overlap of POC and SSR"},
		{[]string{"implementer", "mission", "kinds", "humanitarian-support"}, "Tier 3: establishment", "outside", "outside both agendas"},
		{[]string{"implementer", "partner", "kinds", "equipment"}, "inside SSR", "SSR only", "SSR only"},
		{[]string{"implementer", "mission", "kinds", "mediation"}, "Tier 1", "POC only", "POC only"},
		{[]string{"kinds", "mediation"}, "Tier 1", "undetermined", "not placed"},
	}
	for _, c := range cases {
		a := activity(t, "x", c.facts...)
		r := rb.Classify(a)
		text := ansi.Strip(strings.Join(readingsDrawing(sh, &r, a.Facts.Primary(), 80), "\n"))
		if !strings.Contains(text, c.where2015) || !strings.Contains(text, c.narrowCaption) {
			t.Errorf("%v: drawing captions lack %q / %q:\n%s", c.facts, c.where2015, c.narrowCaption, text)
		}
		want := 2
		if r.Agenda == classify.Undetermined {
			want = 1
		}
		if got := strings.Count(text, markerGlyph+" ") + strings.Count(text, markerGlyph); got < want {
			t.Errorf("%v: %d markers", c.facts, got)
		}
	}
	var none model.Facts
	r := rb.ClassifyFacts(&none)
	if _, caption := place2015(rb, &r, ""); !strings.Contains(caption, "not placed") {
		t.Errorf("no kinds: %q", caption)
	}
}
