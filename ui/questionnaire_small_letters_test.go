package ui

import (
	"testing"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// A choice past the ninth is picked by its letter typed small too ("b" for
// B), where no key of the question takes that letter; where one does ("h"
// goes back), it does that, and the status line names the key that picks
// the choice. "b" did nothing and said nothing.
func TestKindsTakeTheirLettersTypedSmall(t *testing.T) {
	m := newTestModel(t, model.New(""), 140, 60)
	newActivity(t, m, "Item")
	press(t, m, "1")
	requireAsking(t, m, model.Kinds)
	cs := flow.Choices(m.qs().Question)
	if len(cs) < 18 {
		t.Fatalf("the kinds have only %d choices, no H", len(cs))
	}
	press(t, m, "b")
	if !m.qs().Activity.Facts.Has(model.Kinds, cs[10].Value) {
		t.Fatalf("b did not tick %q:\n%s", cs[10].Label, screenText(m))
	}
	press(t, m, "h")
	if m.qs().Fact == model.Kinds {
		t.Fatalf("h no longer goes back:\n%s", screenText(m))
	}
	requireScreen(t, m, "H (shift+h) picks "+cs[16].Label)
}
