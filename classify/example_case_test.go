package classify

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Every case a risk's example tells of is a case of the library, and a
// case it tells of that does not raise the risk waits only for what the
// library leaves unknown: the example then reads as what would follow,
// never as a case the library has raise the risk against its own answers.
func TestExampleCasesAreInTheLibrary(t *testing.T) {
	rb := Default()
	l, err := LinkCases(rb)
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, r := range rb.Risks {
		if r.ExampleCase == "" {
			continue
		}
		named++
		at, raises := l.Example(r)
		if at < 0 {
			t.Errorf("%s: example_case %q is no case of the library", r.ID, r.ExampleCase)
			continue
		}
		if words, _ := rb.Waiting(r.When, &l.Cases.Activities[at].Facts); !raises && words == "" {
			t.Errorf("%s: the example's case %q is known not to raise it", r.ID, r.ExampleCase)
		}
	}
	if named == 0 {
		t.Error("no risk names the case its example tells of")
	}
}

// Waiting names what a risk still waits for on an activity, and the facts
// not known that decide it: on the Liberian army's basic training, whose
// accountability the library does not answer, that it is backed by no
// accountability measure; answered "none", the risk fires and waits for
// nothing.
func TestWaitingNamesTheUndecidedPartAndItsFacts(t *testing.T) {
	rb := Default()
	r := rb.Risk("capacity-without-accountability")
	if r == nil {
		t.Fatal("no risk capacity-without-accountability")
	}
	var fs model.Facts
	fs.SetOne(model.Implementer, "partner")
	fs.SetSet(model.Kinds, []string{"capacity-training"})
	fs.SetSet(model.Forces, []string{"army"})
	words, facts := rb.Waiting(r.When, &fs)
	if words != "it is not backed by at least one institutional accountability measure" || facts != "accountability measures in place" {
		t.Errorf("waits for %q, not known: %q", words, facts)
	}
	fs.SetSet(model.Accountability, nil)
	if words, facts := rb.Waiting(r.When, &fs); words != "" || facts != "" {
		t.Errorf("answered, it still waits for %q (%q)", words, facts)
	}
}
