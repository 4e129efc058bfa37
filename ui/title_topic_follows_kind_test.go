package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// importedDraft is the draft an import into the program makes of paragraph
// ref of the resolution, titled with its topic first.
func importedDraft(t *testing.T, ref string) *model.Activity {
	t.Helper()
	data, err := os.ReadFile(resolution)
	if err != nil {
		t.Fatal(err)
	}
	ws, _, err := suggest.Import(suggest.NewReader(classify.Default()), resolution, string(data), suggest.ImportOptions{TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ws.Activities {
		if a.Source.Ref == ref {
			return a
		}
	}
	t.Fatalf("no draft of paragraph %s", ref)
	return nil
}

// makePrimary makes kind k the primary kind at the questionnaire's question
// of kinds, with its key p.
func makePrimary(t *testing.T, m *Model, k string) {
	t.Helper()
	m.quest.GoTo(model.Kinds)
	for range flow.Choices(m.qs().Question) {
		if c := flow.Choices(m.qs().Question)[m.qs().Cursor]; c.Value == k {
			press(t, m, "p")
			if m.qs().Activity.Facts.Primary() != k {
				t.Fatalf("p left %s primary", m.qs().Activity.Facts.Primary())
			}
			return
		}
		press(t, m, "down")
	}
	t.Fatalf("no choice of %s", k)
}

// An imported draft's title opens with its primary kind's topic; when the
// planner makes another kind primary in the questionnaire, the topic follows
// it, on the screen and in the worksheet. A title the planner typed stays as
// written, topic and all.
func TestImportedTitleTopicFollowsThePrimaryKind(t *testing.T) {
	const (
		imported = "Protection of civilians: use all necessary means, within the limits of…"
		followed = "Presence and deterrence: use all necessary means, within the limits of…"
		typed    = " (Goma)"
	)
	for _, planner := range []bool{false, true} {
		a := importedDraft(t, "11")
		if a.Title != imported || a.Facts.Primary() != "interposition" {
			t.Fatalf("the draft of paragraph 11: %q, primary %s", a.Title, a.Facts.Primary())
		}
		m := newTestModel(t, sheetOf(a), 120, 40)
		press(t, m, "e")
		want := followed
		if planner {
			for range 20 {
				if m.qs().Stage == questionnaire.Describing {
					break
				}
				press(t, m, "shift+tab")
			}
			if m.qs().Stage != questionnaire.Describing || m.qs().Focus != 0 {
				t.Fatalf("not at the title: stage %v, focus %d", m.qs().Stage, m.qs().Focus)
			}
			press(t, m, "end")
			typeText(t, m, typed)
			want = imported + typed
		}
		makePrimary(t, m, "deterrence")
		if a.Title != want || m.qs().Title != want {
			t.Errorf("planner typed %v: the title is %q, its field %q; want %q", planner, a.Title, m.qs().Title, want)
		}
		requireScreen(t, m, strings.TrimSuffix(want, "…"))
		press(t, m, "esc")
		if got := m.sh.sheet.At(0).Title; got != want {
			t.Errorf("planner typed %v: the worksheet keeps %q, want %q", planner, got, want)
		}
	}
}
