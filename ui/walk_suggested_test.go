package ui

import (
	"fmt"
	"strings"
	"testing"
)

// handWrittenDraft is the demo at w×h with an activity added by hand and
// left a draft: its words suggested five answers, three were confirmed and
// two given by the facilitator, and "state forces attacking civilians:
// yes", which alone raises a critical risk, was never confirmed.
func handWrittenDraft(t *testing.T, w, h int) *Model {
	t.Helper()
	m := demoModel(t, w, h)
	press(t, m, "n")
	typeText(t, m, "Joint operations with the national police")
	press(t, m, "tab")
	typeText(t, m, "The mission plans joint operations with national police units; police units are accused of killing civilians during disarmament")
	press(t, m, "tab", "enter", "enter", "enter") // implementer, kinds, forces confirmed
	press(t, m, "1", "enter")                     // accountability: internal controls
	press(t, m, "1")                              // rights record: no concerns
	press(t, m, "esc")
	// At 80 columns the marks are short, leaving the title room.
	marks := "[draft] [~crit open] Joint"
	if w == 80 {
		marks = "[d] [~crit] Joint"
	}
	requireScreen(t, m, marks)
	return m
}

// The walk-through marks the answer only the words suggested "~", as the
// activity screen does, and says what the sign means, on its step and in
// its list of answers; its last step waits on that answer: it showed
// "Step 6 of 6: … → yes" and "state forces attacking civilians: yes", a
// suggestion stated to the room as a fact.
func TestWalkThroughMarksTheAnswerOnlySuggested(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := handWrittenDraft(t, size[0], size[1])
			press(t, m, "p", "end", "t", "end")
			requireScreen(t, m, "Step 6 of 6")
			s := screenText(m)
			if !containsFlat(s, "→ ~ yes (suggested by the words, not yet confirmed)") {
				t.Errorf("the last step states a suggested answer without its mark:\n%s", s)
			}
			if size[0] >= 100 && !strings.Contains(s, "6 state forces attacking civilians: ~ yes") {
				t.Errorf("the answers list a suggested answer without its mark:\n%s", s)
			}
			if size[0] >= 100 && !strings.Contains(s, "Answers · ~ suggested") {
				t.Errorf("the answers do not say what ~ means:\n%s", s)
			}
			// The verdict counts and marks the risk resting on it as the
			// board does: it said "1 risk" and "[CRIT]", unmarked.
			if !containsFlat(s, "T2 · POC only · 1 risk (1 ~; ~critical)") || !strings.Contains(s, "+ ~[CRIT] Supporting forces") {
				t.Errorf("the last step does not mark the risk on a suggested answer:\n%s", s)
			}
			// The answers confirmed or given stay unmarked.
			if strings.Contains(s, "implementer: ~") || strings.Contains(s, "forces: ~ police") {
				t.Errorf("a confirmed answer is marked suggested:\n%s", s)
			}
			golden(t, m, size[0], size[1], "Step 6 of 6")
		})
	}
}

// The presentation's account of the draft marks the answer only suggested
// "~", as the activity screen's account does: it listed it as a fact.
func TestPresentedAccountMarksTheAnswerOnlySuggested(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := handWrittenDraft(t, size[0], size[1])
			press(t, m, "p", "end", "enter")
			requireScreen(t, m, "Facts")
			for i := 0; i < 50 && !strings.Contains(screenText(m), "state forces attacking civilians:"); i++ {
				press(t, m, "down")
			}
			requireScreen(t, m, "state forces attacking civilians: ~ yes")
			refuseScreen(t, m, "implementer: ~")
			golden(t, m, size[0], size[1], "state forces attacking")
		})
	}
}

// The briefing (b, as exported) reads a hand-written draft's title and
// description, as the questionnaire did, and shows what they suggested
// under it; its line on drafts says only what a draft can be known to be:
// it said a half-answered draft's facts "were suggested from the text and
// nobody has reviewed them yet", and showed no reading of its words. The
// answers confirmed in the session stand apart from those not yet
// confirmed: it called them all "not yet confirmed".
func TestBriefingReadsAHandWrittenDraft(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := handWrittenDraft(t, size[0], size[1])
			press(t, m, "b")
			requireScreen(t, m, "Briefing as exported")
			seen := ""
			for i := 0; i < 3000 && !strings.Contains(screenText(m), "(not yet confirmed)"); i++ {
				seen += screenText(m)
				press(t, m, "j")
			}
			seen += screenText(m)
			requireScreen(t, m, "Read from the title and description", "(not yet confirmed)")
			if strings.Contains(flat(seen), flat("nobody has reviewed")) || !containsFlat(seen, "some of a draft's facts may be suggestions") {
				t.Errorf("the briefing's line on drafts is not what it can know of them:\n%s", seen)
			}
			golden(t, m, size[0], size[1], "not yet confirmed")
			// The answers the planner confirmed in this session, unmarked on
			// the screens, are not among those not yet confirmed: the
			// briefing says whose they are.
			for i := 0; i < 10 && !containsFlat(screenText(m), "(confirmed by the planner): implementer: the mission itself"); i++ {
				press(t, m, "j")
			}
			requireScreen(t, m, "Read from the title and description (confirmed by the planner)")
			if !containsFlat(screenText(m), "(confirmed by the planner): implementer: the mission itself") {
				t.Errorf("the briefing does not say the confirmed implementer is confirmed:\n%s", screenText(m))
			}
		})
	}
}
