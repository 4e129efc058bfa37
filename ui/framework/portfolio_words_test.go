package framework

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/model"
)

// The portfolio findings under the risks say what raises and what answers
// each in the rulebook's labels, as the rest of the screen does: they were
// written in its identifiers ("capacity-training", "accountability-support",
// "institutionalized").
func TestFrameworkPortfolioRulesSpeakInLabels(t *testing.T) {
	for _, w := range []int{80, 200} {
		g, _ := opened(w, 24)
		rb := g.rb
		text := strings.Join(strings.Fields(ansi.Strip(strings.Join(g.portfolioRules(), "\n"))), " ")
		var ids []string
		for _, v := range rb.Vocabulary().Values(model.Kinds) {
			if strings.Contains(v, "-") {
				ids = append(ids, v)
			}
		}
		for _, term := range rb.Terms {
			ids = append(ids, term.Name)
		}
		for _, id := range ids {
			if strings.Contains(text, id) {
				t.Errorf("%d columns: the portfolio findings name %q by its identifier:\n%s", w, id, text)
			}
		}
		for _, r := range rb.Portfolio {
			for _, want := range []string{"Raised by: " + r.RaisedBy.Words(rb), "Unless some activity: " + r.AnsweredBy.Words(rb)} {
				if !strings.Contains(text, want) {
					t.Errorf("%d columns: %s lacks %q:\n%s", w, r.ID, want, text)
				}
			}
		}
	}
}
