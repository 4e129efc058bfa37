package activity

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/register"
	"github.com/pocssr/pocssr/ui/session"
)

// The root's ids, as the screen is given them.
const (
	registerID component.ID = 8
	questID    component.ID = 1
)

// sourced is an activity of the mission read from a mandate's paragraph.
func sourced() *model.Activity {
	a := &model.Activity{Title: "Patrols", ID: "patrols", Description: "Patrols near the camps."}
	a.Source.Text = "Requests the mission to patrol near the camps for displaced persons."
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"deterrence"})
	return a
}

// opened is the screen on a worksheet of acts, its reads counted, at w×h.
func opened(t *testing.T, reads *int, acts ...*model.Activity) (*Screen, *component.Context) {
	t.Helper()
	rb := classify.Default()
	ctx := &component.Context{Sheet: session.NewSheet(rb, &model.Worksheet{Activities: acts}, func(a *model.Activity) string { return a.Title }),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	rd := suggest.NewReader(rb)
	s := New(ctx, Links{
		Register: registerID,
		Edit:     func(a *model.Activity) component.Replace { return component.Replace{To: questID, Arg: a} },
		Read: func(a *model.Activity) *suggest.Suggestion {
			*reads++
			return rd.SuggestIn(a.Source.Text, a.Description)
		},
		Behind: func(a *model.Activity, _ *suggest.Suggestion, _ string, w int) []string {
			return []string{"words behind " + a.ID}
		},
	})
	s.SetSize(100, 30)
	if _, ok := s.Open(acts[0]); !ok {
		t.Fatal("the account did not open")
	}
	return s, ctx
}

// sent drains what the screen sent the root.
func sent(ctx *component.Context) []any {
	var out []any
	for m, ok := ctx.Next(); ok; m, ok = ctx.Next() {
		out = append(out, m)
	}
	return out
}

// The activity's account reads its source once: a resize draws it again
// from the same reading; a changed description, which the reading reads
// too, reads it again.
func TestAccountReadsItsSourceOnce(t *testing.T) {
	reads := 0
	a := sourced()
	s, ctx := opened(t, &reads, a)
	s.Update(tea.KeyMsg{Type: tea.KeyEnd})
	if reads != 1 || !strings.Contains(s.View(), "words behind patrols") {
		t.Fatalf("opening read the source %d times; the account's end:\n%s", reads, s.View())
	}
	s.SetSize(90, 30)
	s.SetSize(200, 60)
	if reads != 1 {
		t.Errorf("a resize read the source again (%d reads)", reads)
	}
	a.Description += "\nPatrols in the camps."
	ctx.Sheet.Touch(a)
	s.Sync()
	if reads != 2 {
		t.Errorf("a changed description kept the old reading (%d reads)", reads)
	}
}

// The account reaches the root only by messages: opening selects the
// activity, e puts the questionnaire in its place, r opens the register at
// it, q goes back.
func TestAccountNavigatesByMessages(t *testing.T) {
	reads := 0
	a := sourced()
	s, ctx := opened(t, &reads, a)
	if got := sent(ctx); len(got) != 1 || got[0] != (component.Select{Activity: a}) {
		t.Fatalf("opening sent %v", got)
	}
	for _, c := range []struct {
		key  string
		want any
	}{
		{"e", component.Replace{To: questID, Arg: a}},
		{"r", component.Open{To: registerID, Arg: register.Of{Activity: a}}},
		{"q", component.Back{}},
	} {
		s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(c.key)})
		if got := sent(ctx); len(got) != 1 || got[0] != c.want {
			t.Errorf("%s sent %v, want %v", c.key, got, c.want)
		}
	}
	if s.Shown() != a {
		t.Errorf("the account shows %v", s.Shown())
	}
	if _, ok := s.Open(nil); ok {
		t.Error("the account opened on no activity")
	}
}

// The detail screen heads the tier and the agenda with their placements and
// shows each reason under its own heading, as the engine recorded them.
func TestDetailShowsEachReasonUnderItsPlacement(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{Title: "x", ID: "x"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"vetting", "deterrence"})
	r := rb.Classify(a)
	text := ansi.Strip(strings.Join(AccountLines(rb, component.NewStyles(component.DefaultTheme()), a, &r, 200), "\n"))
	tierAt := strings.Index(text, "Tier 3 — ")
	agendaAt := strings.Index(text, "Agenda — POC and SSR overlap (Reduces violence by the security forces)")
	if tierAt < 0 || agendaAt < tierAt {
		t.Fatalf("headings missing or out of order:\n%s", text)
	}
	for _, reason := range []string{r.Policy.Reason, r.Policy.Also} {
		if i := strings.Index(text, reason); i < tierAt || i > agendaAt {
			t.Errorf("tier reason %q not under the tier heading", reason)
		}
	}
	if i := strings.Index(text, r.Narrow.Reason); i < agendaAt {
		t.Errorf("agenda reason %q not under the agenda heading", r.Narrow.Reason)
	}
}
