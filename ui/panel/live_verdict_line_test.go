package panel

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// The verdict's line of the compact panel is never cut without the key
// that shows it whole: at 80×24 "Live verdict on 1 not confirmed: - · Not
// yet determined · 0 risks · 2 open ques…" named none. With the planner's
// ticks counted as one answer not confirmed, the label gives way to its
// short words as it does for suggested answers.
func TestCompactVerdictLineIsCutOnlyWithItsKey(t *testing.T) {
	rb := classify.Default()
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	a := &model.Activity{ID: "a", Title: "Joint patrols"}
	r := rb.Classify(a)
	n := Notes{WholeKey: "?", Ticks: "your ticks on forces are not saved yet"}
	for h := CompactMin; h <= CompactHeight; h++ {
		verdict := strings.TrimRight(strings.Split(ansi.Strip(p.Compact(&r, n, 80, h)), "\n")[1], " ")
		if strings.Contains(verdict, "…") && !strings.Contains(verdict, "(?)") {
			t.Errorf("%d rows: the verdict's line is cut and names no key: %q", h, verdict)
		}
		if !strings.HasPrefix(verdict, "On 1 not confirmed: ") && !strings.HasPrefix(verdict, "Live verdict on 1 not confirmed: ") {
			t.Errorf("%d rows: the verdict's line does not count the ticks: %q", h, verdict)
		}
	}
	// Narrower still, where even the short words do not fit: cut, with
	// the key, and the help is told it is not whole.
	verdict := strings.Split(ansi.Strip(p.Compact(&r, n, 40, CompactMin)), "\n")[1]
	if !strings.Contains(verdict, "…") || !strings.Contains(verdict, "(?)") || p.Whole(&r, n, 40, CompactMin).Verdict {
		t.Errorf("at 40 columns the verdict's line reads %q", verdict)
	}
	if whole := p.VerdictWhole(&r, n); !strings.HasSuffix(whole, "0 risks · "+component.Plural(len(r.OpenQuestions), "open question", "open questions")) {
		t.Errorf("the verdict whole reads %q", whole)
	}
}

// Where the risks have no row below the verdict's line, it names the one
// risk where it fits, else its count names the key that shows the risks
// ("1 risk (?)"), and the help is told they are not named whole: it said
// "1 risk", named a step earlier and no longer.
func TestCompactVerdictLineNamesTheRiskWithoutARow(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	seen := 0
	for _, w := range []int{80, 200} {
		for _, a := range ws.Activities {
			r := rb.Classify(a)
			if len(r.Risks) == 0 {
				continue
			}
			// Every fact answered: no open question gives way to name the
			// key for the risks.
			r.OpenQuestions = nil
			seen++
			n := Notes{WholeKey: "?"}
			verdict := strings.Split(ansi.Strip(p.Compact(&r, n, w, CompactMin)), "\n")[1]
			named := len(r.Risks) == 1 && strings.Contains(verdict, r.Risks[0].Rule.Title)
			if !named && !strings.Contains(verdict, "(?)") {
				t.Errorf("%d columns, %s: the verdict's line neither names its risks nor the key: %q", w, a.Title, verdict)
			}
			if whole := p.Whole(&r, n, w, CompactMin); whole.Risks != named {
				t.Errorf("%d columns, %s: the help is told the risks are named whole: %v, on %q", w, a.Title, whole.Risks, verdict)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no case has a risk")
	}
}
