package present

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// onChoice moves the cursor of "what if" to the row want picks.
func onChoice(t *testing.T, p *Screen, want func(whatIfChoice) bool) {
	t.Helper()
	wi := p.walk.whatIf
	for range len(wi.choices) {
		if want(wi.choices[wi.cursor]) {
			return
		}
		press(p, "down")
	}
	t.Fatalf("no row of what if is the one sought")
}

func isValue(v string) func(whatIfChoice) bool {
	return func(c whatIfChoice) bool { return c.value == v && !c.none && !c.unknown }
}

func isNone(c whatIfChoice) bool    { return c.none }
func isUnknown(c whatIfChoice) bool { return c.unknown }

// Unticking the only value of a list in "what if" leaves the answer not
// known, as the questionnaire's unticking does, and names it in the words
// of its row, "don't know"; "none of these" is tried on its own row and
// named in its words: a first use read "What if → none" for an unticked
// kind, a bare word the room took for a glitch, over an empty list of
// kinds no screen can record.
func TestWhatIfNamesAnEmptyListAndAnUnknownAnswerApart(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 80, 24)
	press(p, "t", "space", "space", "w") // #1, kinds: combined operations
	wt := p.walk
	if wt.whatIf == nil || wt.whatIf.fact != model.Kinds {
		t.Fatalf("what if is not on the kinds:\n%s", screenText(p))
	}
	onChoice(t, p, isValue("combined-operations"))
	press(p, "space")
	if got, want := wt.changeLabel(), "What if → don't know: "; got != want {
		t.Errorf("the only kind unticked is named %q, want %q", got, want)
	}
	if wt.whatIf.facts.Known(model.Kinds) {
		t.Errorf("the only kind unticked leaves kinds known: %v", wt.whatIf.facts[model.Kinds].Set)
	}
	// "don't know" with no value ticked before it has none to give back.
	onChoice(t, p, isUnknown)
	press(p, "space")
	if got, want := wt.changeLabel(), "What if → don't know: "; got != want {
		t.Errorf("\"don't know\" unticked with no kind ticked is named %q, want %q", got, want)
	}

	press(p, "w", "space", "w") // #1, forces: army
	if wt.whatIf == nil || wt.whatIf.fact != model.Forces {
		t.Fatalf("what if is not on the forces:\n%s", screenText(p))
	}
	onChoice(t, p, isValue("army"))
	press(p, "space")
	if got, want := wt.changeLabel(), "What if → don't know: "; got != want {
		t.Errorf("the only force unticked is named %q, want %q", got, want)
	}
	onChoice(t, p, isNone)
	press(p, "space")
	if got, want := wt.changeLabel(), "What if → none of these: "; got != want {
		t.Errorf("no force is named %q, want %q", got, want)
	}
	if set, known := wt.whatIf.facts.Set(model.Forces); !known || len(set) != 0 {
		t.Errorf("\"none of these\" does not try forces known and empty: %v, %v", set, known)
	}
	requireScreen(t, p, "What if → none of these:", "> [x] none of these", "[ ] don't know")
}
