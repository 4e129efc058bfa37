package ui

import (
	"os"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// tickKind ticks kind k at the questionnaire's question of kinds.
func tickKind(t *testing.T, m *Model, k string) {
	t.Helper()
	m.quest.GoTo(model.Kinds)
	for range flow.Choices(m.qs().Question) {
		if c := flow.Choices(m.qs().Question)[m.qs().Cursor]; c.Value == k {
			press(t, m, " ")
			if !m.qs().Activity.Facts.Has(model.Kinds, k) {
				t.Fatalf("space left %s unticked", k)
			}
			return
		}
		press(t, m, "down")
	}
	t.Fatalf("no choice of %s", k)
}

// A title's topic follows the kinds as answered: "don't know" to the kinds
// takes "Mediation:" away from ¶8 of S/RES/2180 (2014), and ticking
// Mediation again brings it back; it stayed away ("Continue to support this
// process"). A title the planner wrote in the worksheet stays as written.
func TestImportedTitleTopicComesBackWithTheKind(t *testing.T) {
	data, err := os.ReadFile(mandate2180)
	if err != nil {
		t.Fatal(err)
	}
	const topiced, bare = "Mediation: continue to support this process", "Continue to support this process"
	for _, own := range []string{"", "Keep the dialogue going in Port-au-Prince"} {
		ws, _, err := suggest.Import(suggest.NewReader(classify.Default()), mandate2180, string(data), suggest.ImportOptions{TopicFirst: true})
		if err != nil {
			t.Fatal(err)
		}
		a := draftOf(t, ws, "8")
		if a.Title != topiced {
			t.Fatalf("the draft of ¶8 is titled %q", a.Title)
		}
		if own != "" {
			a.Title = own
		}
		m := newTestModel(t, sheetOf(a), 120, 40)
		press(t, m, "e")
		m.quest.GoTo(model.Kinds)
		press(t, m, "0")
		if want := map[bool]string{true: bare, false: own}[own == ""]; a.Title != want || m.qs().Title != want {
			t.Errorf("kinds not known: the title is %q, its field %q; want %q", a.Title, m.qs().Title, want)
		}
		tickKind(t, m, "mediation")
		if want := map[bool]string{true: topiced, false: own}[own == ""]; a.Title != want || m.qs().Title != want {
			t.Errorf("Mediation ticked again: the title is %q, its field %q; want %q", a.Title, m.qs().Title, want)
		}
	}
}
