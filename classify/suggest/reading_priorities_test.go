package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A hybrid mission's priorities, endorsed as the Secretary-General set them
// out or as what it is to focus on, are its tasks: each listed priority is a
// draft the mission carries out, not one no one does (agenda undetermined)
// nor one left out with a welcome that opens the paragraph; so are the
// priorities named as the mission's, whatever verb names them ("underlines
// that UNAHOK's priorities include:").
func TestPrioritiesOfTheMissionAreItsTasks(t *testing.T) {
	const text = `The Security Council,

Recalling the African Union-United Nations Hybrid Operation in Karesh (UNAHOK),

1. Decides to extend the mandate of UNAHOK until 31 August 2035;

2. Endorses the revised strategic priorities for UNAHOK set out in the special report of the Secretary-General, namely: (a) the protection of civilians, the facilitation of the delivery of humanitarian assistance and the safety and security of humanitarian personnel; (b) mediation between the Government and non-signatory armed movements;

3. Welcomes the strategic review and endorses its recommendation that UNAHOK focus on: (a) protection of civilians across Karesh; (b) the support of the police in the camps;

4. Welcomes the Government's priorities, namely: (a) the return of displaced persons; (b) the reform of the judiciary;

5. Underlines that UNAHOK's priorities include: (a) the protection of civilians in and around the camps; (b) support to the reform of the police;
`
	r := NewReader(classify.Default())
	ws, _, err := Import(r, "unahok.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rb := classify.Default()
	want := map[string]classify.Agenda{"2(a)": classify.POCOnly, "2(b)": classify.POCOnly, "3(a)": classify.POCOnly, "3(b)": classify.SSROnly, "5(a)": classify.POCOnly, "5(b)": classify.SSROnly}
	for _, a := range ws.Activities {
		if a.Source.Ref == "4(a)" || a.Source.Ref == "4(b)" {
			t.Errorf("¶%s: the Government's priorities welcomed are no task of anyone's: %q", a.Source.Ref, a.Title)
		}
		w, ok := want[a.Source.Ref]
		if !ok {
			continue
		}
		delete(want, a.Source.Ref)
		if impl, _ := a.Facts.One(model.Implementer); impl != "mission" && impl != "mission-support" {
			t.Errorf("¶%s: implementer %q, want the mission's side", a.Source.Ref, impl)
		}
		if got := rb.ClassifyFacts(&a.Facts).Agenda; got != w {
			t.Errorf("¶%s: agenda %s, want %s", a.Source.Ref, got, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("no draft of %v", want)
	}
}
