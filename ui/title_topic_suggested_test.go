package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// demoWith2179At is the demo into which S/RES/2179 (2014) was imported, on
// the worksheet with the cursor on paragraph ref of it.
func demoWith2179At(t *testing.T, w, h int, ref string) (*Model, *model.Activity) {
	t.Helper()
	m := demoModel(t, w, h)
	importOfAnotherMission(t, m, mandate2179)
	press(t, m, "esc")
	for _, a := range m.sh.sheet.Worksheet().Activities {
		if a.Source.Document == "S/RES/2179 (2014)" && a.Source.Ref == ref {
			m.Update(selectMsg{Activity: a})
			return m, a
		}
	}
	t.Fatalf("no draft of paragraph %s", ref)
	return nil, nil
}

// A draft whose title opens with the topic of a kind only suggested marks
// it "~" wherever the screens show the title, as they mark its tier "~T2":
// a demand of two Governments read "Presence and deterrence: demands that
// …" beside "~T2", the reading's guess of a topic set down as the
// planner's. 2179·8, the mission's protection of civilians, is such a
// draft.
func TestTitleMarksATopicOnlySuggested(t *testing.T) {
	const marked = "~Protection of civilians: "
	screens := []struct {
		name, keys, wait string
	}{
		{"worksheet", "", "Mandates:"},
		{"activity", "enter", marked},
		{"questionnaire", "e", "Editing: " + marked},
		{"review", "R", "Review of drafts"},
		{"presentation", "p", marked},
	}
	for _, size := range sizes {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%dx%d/%s", size[0], size[1], sc.name), func(t *testing.T) {
				m, a := demoWith2179At(t, size[0], size[1], "8")
				if !m.sh.sheet.Verdict(a).TierOnSuggested {
					t.Fatal("2179·8's tier is not only suggested: the test shows nothing")
				}
				if sc.keys != "" {
					press(t, m, sc.keys)
				}
				requireScreen(t, m, "~"+a.Title[:20])
				refuseScreen(t, m, " "+a.Title[:26])
				if sc.name != "presentation" {
					golden(t, m, size[0], size[1], sc.wait)
				}
			})
		}
	}
}

// Once the draft is accepted, its title is the planner's: the mark goes
// with the tier's.
func TestTopicMarkGoesWhenTheDraftIsAccepted(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, a := demoWith2179At(t, size[0], size[1], "8")
			press(t, m, "R")
			if m.draftReview().Draft() != a {
				t.Fatalf("R on 2179·8 opened the review on %v", m.draftReview().Draft())
			}
			press(t, m, "a", "esc")
			m.Update(selectMsg{Activity: a})
			if a.Status == model.StatusDraft {
				t.Fatal("2179·8 is still a draft")
			}
			requireScreen(t, m, a.Title[:20])
			refuseScreen(t, m, "~"+a.Title[:20])
		})
	}
}

// Confirming the kind in the questionnaire makes the topic the planner's:
// the heading's title loses its mark with the live verdict's "~T2".
func TestTopicMarkGoesWhenTheKindIsConfirmed(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, a := demoWith2179At(t, size[0], size[1], "8")
			press(t, m, "e", "1") // the implementer: the mission itself
			requireScreen(t, m, "Editing: ~"+a.Title[:20], "What does the activity do?")
			// The kind suggested, confirmed: enter again, the first being taken
			// for the key that answered the step before.
			press(t, m, "enter")
			if containsFlat(screenText(m), "enter again to answer it") {
				press(t, m, "enter")
			}
			requireScreen(t, m, "Editing: "+a.Title[:20])
			refuseScreen(t, m, "~"+a.Title[:20], "~T2")
		})
	}
}

// The choice under the cursor changes nothing held: moving it onto
// "don't know" on the kinds, the kind still unconfirmed, keeps the title's
// mark (a walk saw it go while the live verdict previewed the choice).
func TestTopicMarkStaysWhileTheCursorOnlyPreviews(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, a := demoWith2179At(t, size[0], size[1], "8")
			press(t, m, "e", "1")
			requireScreen(t, m, "Editing: ~"+a.Title[:20], "What does the activity do?")
			for range 30 { // the cursor on "don't know", nothing ticked
				press(t, m, "down")
			}
			if !cursorOn(screenText(m), "don't know") {
				t.Fatalf("the cursor is not on “don't know”:\n%s", screenText(m))
			}
			requireScreen(t, m, "Editing: ~"+a.Title[:20])
		})
	}
}

// cursorOn reports whether the line the cursor marks ("> ") names what.
func cursorOn(screen, what string) bool {
	for _, l := range strings.Split(screen, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "> ") && strings.Contains(t, what) {
			return true
		}
	}
	return false
}
