package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A lead-in that names the action and ends with what it is for makes each
// of its parts a purpose: the lead-in's kind leads, the part's own kinds
// follow, and the forces it names are the part's. A lead-in that names no
// kind (an authorization of means) leaves its parts as they read. The text
// is written for this test.
func TestALeadInLeadsThePartsItIsFor(t *testing.T) {
	r := NewReader(classify.Default())
	const text = `The Security Council,

3. Requests the Mission to continue its operations jointly planned with the national army brigades in the east, with a view to:
(a) Disarming the armed groups in the targeted areas;
(b) Holding the territories cleared of armed groups in order to protect civilians;

4. Decides that the Mission is authorized to take the necessary action, within its capabilities and areas of deployment, in order to:
(a) Protect civilians under imminent threat of physical violence;
(b) Support the reform of the national police;
`
	ws, _, err := Import(r, "parts.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"3(a)": {"combined-operations"},
		"3(b)": {"combined-operations", "interposition"},
		"4(a)": {"interposition"},
		"4(b)": {"restructuring"},
	}
	for _, a := range ws.Activities {
		w, ok := want[a.Source.Ref]
		if !ok {
			continue
		}
		delete(want, a.Source.Ref)
		kinds, _ := a.Facts.Set(model.Kinds)
		if !slices.Equal(kinds[:min(len(kinds), len(w))], w) {
			t.Errorf("¶%s: kinds %v, want %v first", a.Source.Ref, kinds, w)
		}
		if strings.HasPrefix(a.Source.Ref, "3") && !a.Facts.Has(model.Forces, "army") {
			t.Errorf("¶%s: forces %v, want the lead-in's army", a.Source.Ref, a.Facts[model.Forces].Set)
		}
	}
	if len(want) > 0 {
		t.Errorf("no draft of %v", want)
	}
	// Why the lead-in's kind leads is said, with the words of both.
	s := r.SuggestIn("(b) Holding the territories cleared of armed groups in order to protect civilians;",
		"3. Requests the Mission to continue its operations jointly planned with the national army brigades in the east, with a view to:")
	if s.Lead == nil || s.Lead.Rule != LeadLeadIn {
		t.Fatalf("lead %+v, want the lead-in's", s.Lead)
	}
	if !strings.Contains(s.Lead.Phrase, "jointly planned") || !strings.Contains(s.Lead.OverPhrase, "protect civilians") {
		t.Errorf("the lead's words are %q over %q", s.Lead.Phrase, s.Lead.OverPhrase)
	}
}

// The chapter's case: MONUC's operations with the FARDC brigades, and the
// objectives listed under them, are joint operations with the army.
func TestJointOperationsUnderALeadIn(t *testing.T) {
	r := NewReader(classify.Default())
	for _, ref := range []string{"21(a)", "21(b)", "21(d)"} {
		a := importedPart(t, r, "S-RES-1906-2009.txt", ref)
		if got := a.Facts.Primary(); got != "combined-operations" || !a.Facts.Has(model.Forces, "army") {
			t.Errorf("S/RES/1906 ¶%s: primary %q, forces %v; want combined-operations with the army", ref, got, a.Facts[model.Forces].Set)
		}
	}
}
