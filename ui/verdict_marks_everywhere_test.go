package ui

import (
	"fmt"
	"strings"
	"testing"
)

// A facilitator's walk of the demo with S/RES/1938 imported found the
// worksheet marking a draft "~T1 ~POC only" while the other views of the
// same draft stated "T1 · POC only" as fact. Each now marks the tier and
// the agenda that rest on suggested answers, from the same result.

// mandate1938 is S/RES/1938 (2010), a UNMIL renewal of the corpus.
const mandate1938 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1938-2010.txt"

// demoWith1938 is the demo at w×h with S/RES/1938 imported, at the review
// of its first draft (1938·2, mediation for the elections).
func demoWith1938(t *testing.T, w, h int) *Model {
	t.Helper()
	m := demoModel(t, w, h)
	importOfAnotherMission(t, m, mandate1938)
	requireScreen(t, m, "Verdict with these facts")
	return m
}

// The review's "Verdict with these facts" read "T1 · POC only" of the
// draft the worksheet marks "~T1 ~POC only".
func TestReviewVerdictMarksTheReadingOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWith1938(t, size[0], size[1])
			requireScreen(t, m, "  ~T1 · ~POC only · 0 risks")
			golden(t, m, size[0], size[1], "Verdict with these facts")
		})
	}
}

// at1938Walk is the presentation's walk-through of 1938·7, whose risk
// rests on suggested answers, at its last answer.
func at1938Walk(t *testing.T, w, h int) *Model {
	t.Helper()
	m := demoWith1938(t, w, h)
	press(t, m, "esc", "p")
	for i := 0; i < 40 && !strings.Contains(screenText(m), "> [ 1938·7]"); i++ {
		press(t, m, "down")
	}
	press(t, m, "t", "end")
	requireScreen(t, m, "Walk-through")
	return m
}

// The walk-through ended on "T3 · SSR only · 1 risk (1 ~; ~low)": the
// risk marked, the tier and agenda it rests on no less suggested stated.
func TestWalkThroughVerdictMarksTheReadingOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := at1938Walk(t, size[0], size[1])
			if s := flat(screenText(m)); !strings.Contains(s, "~T3 · ~SSR only · 1 risk (1 ~; ~low)") {
				t.Fatalf("the last step's verdict does not mark the tier and agenda:\n%s", screenText(m))
			}
			// The line under the drawings marks them too: it stated
			// "Tier 3, inside SSR · narrow reading: SSR only".
			if s := flat(screenText(m)); !strings.Contains(s, "2015 policy: ~Tier 3, inside SSR · narrow reading: ~SSR only") {
				t.Errorf("the line under the drawings does not mark the readings:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "Walk-through")
		})
	}
}

// What-if on a suggested answer, the kinds, tried as they are: the tier
// rests on the kinds alone, which the room now gives, and is stated; the
// agenda and the risk still rest on the suggested implementer and keep
// their "~" ("Verdict if so: T3 · SSR only" stated all of it).
func TestWhatIfKeepsTheMarksOfWhatStillRestsOnSuggestions(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := at1938Walk(t, size[0], size[1])
			press(t, m, "w")
			s := flat(screenText(m))
			if !strings.Contains(s, "Verdict if so: T3 · ~SSR only · 1 risk (1 ~; ~low)") {
				t.Fatalf("the what-if verdict does not keep the marks of what rests on suggestions:\n%s", screenText(m))
			}
			requireScreen(t, m, "~[LOW]")
			if !strings.Contains(s, "2015 policy: Tier 3, inside SSR · narrow reading: ~SSR only") {
				t.Errorf("the line under the drawings does not mark as the verdict does:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "Verdict if so")
		})
	}
}

// The questionnaire's live verdict on a draft whose kinds are suggested
// read "T2 · POC only" beside the suggested kinds it rests on.
func TestLiveVerdictMarksTheReadingOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atThreeSuggestedKinds(t, size[0], size[1])
			if size[0] == 80 {
				requireScreen(t, m, "on 2 suggested: ~T2 · ~POC only · 1 risk", "~[LOW]")
			} else {
				requireScreen(t, m, "Tier   ~T2 Provision", "Agenda ~POC only")
			}
			golden(t, m, size[0], size[1], "What does the activity do?")
		})
	}
}

// The plain list and the plain presentation named the draft "T2 · POC
// only" and "Tier 2", where the worksheet marks it "~T2 ~POC only"; the
// reviewed activity of the same answers is stated.
func TestPlainViewsMarkTheReadingOnSuggestedAnswers(t *testing.T) {
	path := suggestedAttackFile(t)
	stdout, stderr, code := runPocssr(t, "\nlist\n", path, "--accessible")
	if code != 0 {
		t.Fatal(stderr)
	}
	if !strings.Contains(stdout, "Joint operations") || !strings.Contains(stdout, "Army operations reviewed") {
		t.Fatalf("the two activities are not listed:\n%s", stdout)
	}
	for _, l := range strings.Split(stdout, "\n") {
		switch {
		case strings.Contains(l, "Joint operations") && !strings.Contains(l, "— ~T2 · ~POC only ·"):
			t.Errorf("the plain list does not mark the draft's tier and agenda: %q", l)
		case strings.Contains(l, "Army operations reviewed") && !strings.Contains(l, "— T2 · POC only ·"):
			t.Errorf("the plain list marks the reviewed activity: %q", l)
		}
	}
	stdout, stderr, code = runPocssr(t, "", path, "--accessible", "present")
	if code != 0 {
		t.Fatal(stderr)
	}
	if !strings.Contains(stdout, "Joint operations") || !strings.Contains(stdout, "Army operations reviewed") {
		t.Fatalf("the two activities are not listed:\n%s", stdout)
	}
	for _, l := range strings.Split(stdout, "\n") {
		switch {
		case strings.Contains(l, "Joint operations") && !strings.Contains(l, "2015 policy: ~Tier 2; narrow reading: ~"):
			t.Errorf("the plain presentation does not mark the draft's readings: %q", l)
		case strings.Contains(l, "Army operations reviewed") && strings.Contains(l, "~"):
			t.Errorf("the plain presentation marks the reviewed activity: %q", l)
		}
	}
}
