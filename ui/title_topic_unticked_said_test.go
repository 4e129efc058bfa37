package ui

import (
	"fmt"
	"os"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// Unticking the only suggested kind of a draft takes the title's topic
// away ("Mediation:"), as the engine's retitling says; the status line now
// says so with the kinds left unanswered, where the title changed with no
// word.
func TestUntickingTheOnlyKindSaysTheTitleLostItsTopic(t *testing.T) {
	data, err := os.ReadFile(mandate2180)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws, _, err := suggest.Import(suggest.NewReader(classify.Default()), mandate2180, string(data), suggest.ImportOptions{TopicFirst: true})
			if err != nil {
				t.Fatal(err)
			}
			a := draftOf(t, ws, "8")
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "e")
			press(t, m, "enter") // the implementer confirmed
			if m.qs().Fact != model.Kinds {
				t.Fatalf("the questionnaire asks %s, not the kinds", m.qs().Fact)
			}
			untickKind(t, m, "mediation")
			press(t, m, "esc")
			if a.Title != "Continue to support this process" {
				t.Fatalf("the title is %q\n%s", a.Title, screenText(m))
			}
			requireScreen(t, m, "Title without “Mediation:”; kinds: not known now")
			golden(t, m, size[0], size[1], "Title without")
		})
	}
}

// untickKind unticks kind k at the questionnaire's question of kinds.
func untickKind(t *testing.T, m *Model, k string) {
	t.Helper()
	for range flow.Choices(m.qs().Question) {
		if c := flow.Choices(m.qs().Question)[m.qs().Cursor]; c.Value == k {
			press(t, m, "space")
			if m.qs().Activity.Facts.Has(model.Kinds, k) {
				t.Fatalf("space left %s ticked", k)
			}
			return
		}
		press(t, m, "down")
	}
	t.Fatalf("no choice of %s", k)
}
