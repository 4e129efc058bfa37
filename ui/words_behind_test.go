package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/questionnaire"
	"github.com/pocssr/pocssr/ui/words"
)

// withDeclined is the imported draft of the resolution with the longest
// reason for a value not suggested, and that reason.
func withDeclined(t *testing.T, ws *model.Worksheet) (*model.Activity, string) {
	t.Helper()
	rb := classify.Default()
	rd := suggest.NewReader(rb)
	var best *model.Activity
	reason := ""
	for _, a := range ws.Activities {
		for _, d := range words.Read(rd, a).Declined {
			if text := words.DeclinedText(rb, d); len(text) > len(reason) {
				best, reason = a, text
			}
		}
	}
	if len(reason) < 100 {
		t.Fatalf("no reason not to suggest a value is longer than a line: %q", reason)
	}
	return best, flat(reason)
}

// flat is a screen's text with its lines joined and runs of spaces made one,
// so that a wrapped sentence reads as one.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// The activity's account of a task imported from a mandate shows the words
// behind what its source paragraph suggests, as the review of drafts does,
// and both wrap the reason a value was not suggested rather than cut it.
func TestAccountAndReviewShowTheWordsBehindWhole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		ws := importedSheet(t, resolution)
		a, reason := withDeclined(t, ws)
		t.Run(fmt.Sprintf("account_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, ws, size[0], size[1])
			run(m, m.open(detailScreen, a, false))
			if m.front != detailScreen {
				t.Fatalf("screen %d, not the activity's account", m.front)
			}
			press(t, m, "end")
			seen := flat(screenText(m))
			for _, w := range []string{"Suggested by the words of the source paragraph", "Read but not suggested", reason} {
				if !strings.Contains(seen, w) {
					t.Fatalf("the account lacks %q:\n%s", w, screenText(m))
				}
			}
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Read but not suggested")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
		t.Run(fmt.Sprintf("review_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, ws, size[0], size[1])
			run(m, m.open(reviewScreen, a, false))
			if m.front != reviewScreen || m.draftReview().Draft() != a {
				t.Fatalf("screen %d, not the review of the draft", m.front)
			}
			var seen string
			for i := 0; i < 40; i++ {
				seen += "\n" + screenText(m)
				press(t, m, "down")
			}
			if !strings.Contains(flat(seen), "Read but not suggested") || !strings.Contains(flat(seen), reason) {
				t.Fatalf("the review cuts %q:\n%s", reason, seen)
			}
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Read but not suggested")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// On a question whose answer the words suggested, the line naming the words
// and how to accept them keeps both, at 80×24 as at 200×60: where the
// choices need its rows it takes one line, "— enter accepts it" after words
// that fit it whole.
func TestSuggestionMarkerReadsWhole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		ws := importedSheet(t, resolution)
		a, _ := withDeclined(t, ws)
		m := newTestModel(t, ws, size[0], size[1])
		run(m, m.open(reviewScreen, a, false))
		press(t, m, "e")
		if m.quest == nil {
			t.Fatal("e on the review did not open the questionnaire")
		}
		found := false
		for i := 0; i < 20 && !found; i++ {
			press(t, m, "right")
			if st := m.qs(); st.Stage == questionnaire.Asking && slices.Contains(st.Pending, st.Fact) {
				found = true
			}
		}
		if !found {
			t.Fatal("no question of the draft holds a suggested answer")
		}
		if s := flat(screenText(m)); !strings.Contains(s, "~ suggested from: ") || !strings.Contains(s, "“information-sharing” — enter accepts it") {
			t.Fatalf("%dx%d: the suggestion's line is cut:\n%s", size[0], size[1], screenText(m))
		}
	}
}
