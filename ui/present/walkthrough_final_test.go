package present

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The last step calls the verdict final only where no answer it rests on
// is only suggested: with every question answered and one answer the
// words suggested, it said "final verdict" of a suggestion.
func TestEndLineWaitsOnASuggestedAnswer(t *testing.T) {
	r := classify.Result{Suggested: []model.Fact{model.StateForcesAttackingCivilians}}
	for _, w := range []int{80, 200} {
		label, _ := endLine(&r, w)
		if strings.Contains(label, "final") || !strings.Contains(label, "1 answer not yet confirmed") {
			t.Errorf("at %d the last step reads %q", w, label)
		}
	}
	r.Suggested = nil
	if label, _ := endLine(&r, 200); !strings.Contains(label, "final verdict") {
		t.Errorf("with nothing suggested nor open the last step reads %q", label)
	}
}
