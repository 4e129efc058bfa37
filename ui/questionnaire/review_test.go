package questionnaire

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

// atReview is the questionnaire on the case library's second activity (three
// risks fire on it), at w×h, walked to its review.
func atReview(t *testing.T, w, h int) *Screen {
	t.Helper()
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	ctx := &component.Context{Sheet: session.NewSheet(rb, ws, func(a *model.Activity) string { return a.Title }),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	reader := suggest.NewReader(rb)
	q := New(ctx, Links{Reader: func() *suggest.Reader { return reader }})
	q.SetSize(w, h)
	if _, ok := q.Open(Edit{Activity: ws.Activities[1]}); !ok {
		t.Fatal("the questionnaire did not open")
	}
	for i := 0; i < 30 && q.stage != Reviewing; i++ {
		q.Update(tea.KeyMsg{Type: tea.KeyRight})
		for _, ok := ctx.Next(); ok; _, ok = ctx.Next() {
		}
	}
	if q.stage != Reviewing {
		t.Fatal("the questionnaire never reached its review")
	}
	return q
}

// Under the review's answers, how to go on and where the register is read
// whole however narrow the questions' side: wrapped, not cut.
func TestQuestionnaireReviewFootReadsWhole(t *testing.T) {
	q := atReview(t, 120, 40)
	for _, w := range []int{40, 73, 120} {
		lines := q.reviewView(w, 40)
		for _, l := range lines {
			if cells := ansi.StringWidth(l); cells > w {
				t.Fatalf("at %d a line of %d cells: %q", w, cells, ansi.Strip(l))
			}
		}
		text := strings.Join(strings.Fields(ansi.Strip(strings.Join(lines, "\n"))), " ")
		for _, want := range []string{"enter: each risk in turn, what is being done about it · ←: back · g: jump",
			"3 risks fire: what is being done about them? r: the register, one entry per risk"} {
			if !strings.Contains(text, want) {
				t.Errorf("at %d the review lacks %q:\n%s", w, want, text)
			}
		}
	}
}

// On rows too few for a question's help and the choices' least rows, the
// help is cut on a line that says so, never mid-sentence without a sign,
// and no line is wider than the side: every relevant question of a case.
func TestQuestionHelpCutSaysSo(t *testing.T) {
	q := atReview(t, 80, 24)
	cuts := 0
	for _, qq := range q.State().Questions {
		q.GoTo(qq.Fact)
		for _, h := range []int{8, 10, 40} {
			lines := q.askView(80, h)
			text := ansi.Strip(strings.Join(lines, "\n"))
			for _, l := range lines {
				if ansi.StringWidth(l) > 80 {
					t.Fatalf("%s at %d rows: a line of %d cells: %q", qq.Fact, h, ansi.StringWidth(l), ansi.Strip(l))
				}
			}
			whole := strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(qq.Help), " "))
			if whole == strings.Contains(text, HelpCut) {
				t.Fatalf("%s at %d rows: the help is whole %v, and says it is cut %v:\n%s", qq.Fact, h, whole, !whole, text)
			}
			if h == 40 && !whole {
				t.Fatalf("%s at 40 rows: the help is cut:\n%s", qq.Fact, text)
			}
			if !whole {
				cuts++
			}
		}
	}
	if cuts == 0 {
		t.Fatal("no help is cut at 8 rows: the test shows nothing")
	}
}
