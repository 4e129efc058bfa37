package review

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// questionnaireID stands for the root's id of the questionnaire.
const questionnaireID component.ID = 7

// titleWords reads a draft's title, and lays out nothing of it: the lines
// of the reading are the program's, tested with the activity's account.
type titleWords struct{ rd *suggest.Reader }

func (w titleWords) Read(a *model.Activity) *suggest.Suggestion { return w.rd.Suggest(a.Title) }
func (w titleWords) Behind(*model.Activity, *suggest.Suggestion, string, int) []string {
	return nil
}

// draft is a draft activity; with facts, one the mission implements.
func draft(title string, facts bool) *model.Activity {
	a := &model.Activity{ID: model.Slug(title), Title: title, Status: model.StatusDraft}
	if facts {
		a.Facts.SetOne(model.Implementer, "mission")
	}
	return a
}

// opened is the review over a worksheet of acts, opened at the first draft.
func opened(t *testing.T, acts ...*model.Activity) (*Screen, *component.Context) {
	t.Helper()
	rb := classify.Default()
	ws := &model.Worksheet{Activities: acts}
	ctx := &component.Context{Sheet: session.NewSheet(rb, ws, func(a *model.Activity) string { return a.Title }),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	edit := func(a *model.Activity) component.Open { return component.Open{To: questionnaireID, Arg: a} }
	r := New(ctx, titleWords{suggest.NewReader(rb)}, "Asked of others", edit)
	r.SetSize(100, 30)
	if _, ok := r.Open(nil); !ok {
		t.Fatal("the review did not open")
	}
	return r, ctx
}

func press(r *Screen, keys ...string) {
	for _, k := range keys {
		r.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)})
	}
}

// sent is every message the review queued for the root since the last call.
func sent(ctx *component.Context) []any {
	var out []any
	for msg, ok := ctx.Next(); ok; msg, ok = ctx.Next() {
		out = append(out, msg)
	}
	return out
}

// x discards a draft that is no task; u puts it back where it was.
func TestReviewDiscardsANonTaskUndoably(t *testing.T) {
	a, b, c := draft("Welcomes the report", true), draft("Patrols", true), draft("Demining", true)
	r, ctx := opened(t, a, b, c)
	s := ctx.Sheet
	first := r.Draft()
	at := s.Index(first)
	press(r, "x")
	if s.Len() != 2 || s.Index(first) >= 0 {
		t.Fatalf("x did not discard: %d activities, at %d", s.Len(), s.Index(first))
	}
	if r.Draft() == first || r.Draft() == nil {
		t.Fatal("the review did not go on with the next draft")
	}
	if v := ansi.Strip(r.View()); !strings.Contains(v, "1 discarded") {
		t.Fatalf("the tally does not count the discard:\n%s", v)
	}
	press(r, "u")
	if s.Len() != 3 || s.Index(first) != at {
		t.Fatalf("u did not put the draft back at %d: %d activities, at %d", at, s.Len(), s.Index(first))
	}
	if r.Draft() != first {
		t.Error("the draft put back is not shown")
	}
}

// a on a draft with no fact asks first; a again accepts it.
func TestAcceptingAFactlessDraftAsksFirst(t *testing.T) {
	a := draft("Welcomes the report", false)
	r, _ := opened(t, a)
	press(r, "a")
	if a.Status != model.StatusDraft {
		t.Fatal("a accepted a draft with no facts without asking")
	}
	if v := ansi.Strip(r.View()); !strings.Contains(v, "No fact is known of this draft") {
		t.Fatalf("a did not ask:\n%s", v)
	}
	press(r, "a")
	if a.Status != model.StatusReviewed {
		t.Fatal("a twice did not accept")
	}
	// A draft with facts is accepted at once.
	b := draft("Patrols", true)
	r, _ = opened(t, b)
	press(r, "a")
	if b.Status != model.StatusReviewed {
		t.Fatal("a draft with facts needed a second a")
	}
}

// e opens the questionnaire the way the root names; what the edit did comes
// back as component.Edited, and the review counts it and goes on.
func TestEditOpensTheQuestionnaireAndGoesOnWhenBack(t *testing.T) {
	a, b := draft("Patrols", true), draft("Demining", true)
	r, ctx := opened(t, a, b)
	press(r, "e")
	msgs := sent(ctx)
	if len(msgs) != 1 || msgs[0] != (component.Open{To: questionnaireID, Arg: a}) {
		t.Fatalf("e sent %#v, not the open the root names for %s", msgs, a.ID)
	}
	r.Update(component.Edited{Activity: a, Changed: true, Pending: 2})
	if r.Draft() != b {
		t.Fatalf("back from the questionnaire, the review shows %v, not the next draft", r.Draft())
	}
	msgs = sent(ctx)
	if len(msgs) != 1 || msgs[0] != (component.Status{Text: "Edited, and skipped: it stays a draft, 2 suggested answers not confirmed yet."}) {
		t.Fatalf("back from an edit that left suggestions, the review said %#v", msgs)
	}
	// The last draft accepted: the review ends, counting the edit, and the
	// worksheet's cursor goes to the draft shown last. The end of the
	// review is said last: the line that says the draft has no tier yet
	// gives way to it.
	press(r, "a")
	msgs = sent(ctx)
	if len(msgs) != 4 || msgs[1] != (component.Select{Activity: b}) || msgs[2] != (component.Back{}) {
		t.Fatalf("the review did not end on the last draft: %#v", msgs)
	}
	if st, _ := msgs[0].(component.Status); !strings.HasPrefix(st.Text, "Accepted “Demining”: no tier or agenda yet") {
		t.Fatalf("accepting a draft with no kind said %q", st.Text)
	}
	if st, _ := msgs[3].(component.Status); !strings.HasPrefix(st.Text, "Review ended: 1 draft to review (R); 1 reviewed, 1 skipped (1 edited), 0 discarded") {
		t.Fatalf("the review's end says %q", st.Text)
	}
}

// A note that names a draft gives its title the status line's room, the
// screen's width, not the review's: on a 200-column screen the review is
// 120 wide, and a title the line held whole was cut to the review's width.
func TestTitledNoteTakesTheStatusLinesRoom(t *testing.T) {
	r := withDiscard(t, 100, 40)
	a := &model.Activity{Title: strings.Repeat("Support to the national police in the eastern provinces, ", 2) + "with UNPOL mentors"}
	whole := "Discarded “" + a.Title + "”. u puts it back."
	said := func() string {
		r.titledStatus("Discarded", a, ". u puts it back.", 40)
		msgs := sent(r.ctx)
		st, _ := msgs[len(msgs)-1].(component.Status)
		return st.Text
	}
	if got := said(); got == whole || ansi.StringWidth(got) > 100 {
		t.Fatalf("at the review's width the note is %q", got)
	}
	r.ctx.StatusWidth = 200
	if got := said(); got != whole {
		t.Fatalf("on a 200-column line the note is %q, want %q", got, whole)
	}
}

// d discards nothing: no help or line of keys named it, and a planner who
// typed it by accident saw the draft go without knowing why. x, which they
// name, still does.
func TestReviewDiscardsByXAlone(t *testing.T) {
	a, b := draft("Welcomes the report", true), draft("Patrols", true)
	r, ctx := opened(t, a, b)
	s := ctx.Sheet
	first := r.Draft()
	press(r, "d")
	if s.Len() != 2 || s.Index(first) < 0 || r.Draft() != first {
		t.Fatalf("d acted on the draft: %d activities, the first at %d", s.Len(), s.Index(first))
	}
	press(r, "x")
	if s.Len() != 1 || s.Index(first) >= 0 {
		t.Fatalf("x did not discard: %d activities", s.Len())
	}
}
