package ui

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// jumpRows counts the rows of the jump list (g) on screen, and those its
// "more" signs count out of sight; the lines of the row under the cursor,
// wrapped whole, count as one.
func jumpRows(t *testing.T, m *Model) (shown, counted int, cursor bool) {
	t.Helper()
	side := leftSide(m, screenText(m))
	lines := strings.Split(side, "\n")
	start := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "Jump to a question") {
			start = i
		}
	}
	if start < 0 {
		t.Fatalf("no jump list:\n%s", side)
	}
	for _, l := range lines[start+1:] {
		if strings.HasPrefix(l, "───") {
			break
		}
		if strings.HasPrefix(l, "     ") && strings.TrimSpace(l) != "" {
			continue // the row under the cursor, wrapped whole: one row
		}
		if s := moreSign.FindStringSubmatch(l); s != nil {
			n, _ := strconv.Atoi(s[1])
			counted += n
		} else if strings.TrimSpace(l) != "" {
			shown++
			cursor = cursor || strings.HasPrefix(l, "> ")
		}
	}
	return shown, counted, cursor
}

// At 80×24 the jump list of a new activity with 17 questions counts the
// rows above and below it, wherever the cursor stands, and shows the
// cursor's row (a first use found no sign for the questions below).
func TestJumpListCountsTheRowsOutOfSight(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Mentoring army battalion commanders on HRDDP")
	press(t, m, "tab")
	typeText(t, m, twoKinds)
	press(t, m, "tab", "g")
	total := -1
	for step := 0; step < 2*(len(m.qs().Questions)+4); step++ {
		shown, counted, cursor := jumpRows(t, m)
		if total < 0 {
			total = shown + counted
			if counted == 0 || total < len(m.qs().Questions)+2 {
				t.Fatalf("the list shows %d rows and counts %d more, of %d questions:\n%s", shown, counted, len(m.qs().Questions), screenText(m))
			}
		}
		if shown+counted != total || !cursor {
			t.Fatalf("step %d: %d rows shown and %d counted, not %d; cursor in sight: %v:\n%s", step, shown, counted, total, cursor, screenText(m))
		}
		press(t, m, "down")
	}
	golden(t, m, 80, 24, "Jump to a question")
}

// A question not yet answered opens at its first choices, with the cursor
// on "don't know" below them: at 80×24 the accountability question opened
// at its foot ("↑ 6 more").
func TestUnansweredQuestionOpensAtItsFirstChoices(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "e")
			st := m.qs()
			if st.Fact != model.Accountability || st.Activity.Facts.Known(model.Accountability) {
				t.Fatalf("the first activity opens at %s", st.Fact)
			}
			side := leftSide(m, screenText(m))
			cs := flow.Choices(st.Question)
			if !strings.Contains(side, cs[0].Label) || strings.Contains(side, "↑") || !strings.Contains(side, "> (•) 0 don't know") {
				t.Fatalf("the question does not open at its first choices with the cursor on don't know:\n%s", side)
			}
			golden(t, m, size[0], size[1], "Live verdict")
		})
	}
}

// The jump list's first row labels the title as the title and the
// description as the description (it read "Description: Joint patrols …",
// the title under the description's label).
func TestJumpListLabelsTheTitleAndTheDescription(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Joint patrols")
			press(t, m, "tab")
			typeText(t, m, "Army units patrol with peacekeepers.")
			press(t, m, "tab", "g")
			requireScreen(t, m, "Title: Joint patrols · Descr")
			refuseScreen(t, m, "Description: Joint patrols")
			golden(t, m, size[0], size[1], "Jump to a question")
		})
	}
}

// A change of relevance made by a tick is said on the step where it was
// made, not again on the next: on question 3 the note of a tick on question
// 2 took the row of the live verdict's risks at 80×24 ("2 risks" without
// their names).
func TestRelevanceNoteOfATickStaysOnItsStep(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Joint patrols with the national army")
			press(t, m, "tab")
			typeText(t, m, twoKinds)
			press(t, m, "tab", "enter", "E")
			requireScreen(t, m, "Question 2 of", "Relevance changed — now also asked: combined ops")
			press(t, m, "enter")
			requireScreen(t, m, "Question 3 of", "Support to forces implicated in grave violations")
			refuseScreen(t, m, "Relevance changed")
			golden(t, m, size[0], size[1], "Support to forces implicated")
		})
	}
}
