package suggest

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Work a mandate asks for that the framework has no kind for (the
// rulebook's no_kind) is named where no kind is read, so the account says
// what the words name instead of that they name nothing; where a kind is
// read, or the work is named only in a decision that asks for no activity,
// nothing is named. Each sentence is written for this test.
func TestWorkWithNoKindIsNamed(t *testing.T) {
	r := NewReader(classify.Default())
	for _, c := range []struct {
		text   string
		labels []string
	}{
		{"Requests the mission to support the national DDR programme, including the cantonment of former fighters",
			[]string{"disarmament, demobilization and reintegration"}},
		{"Requests the mission to provide technical assistance for the census and the preparation of the referendum",
			[]string{"elections and the census"}},
		{"Requests the mission to support the demarcation of the border and the work of the border commission",
			[]string{"borders and their demarcation"}},
		{"Requests the mission to support demining and the collection of small arms",
			[]string{"mine action", "arms control"}},
		{"Requests the mission to coordinate closely with other United Nations missions in the region",
			[]string{"coordination with other missions"}},
		{"Requests the mission to monitor the redeployment of the armed forces of both sides",
			[]string{"monitoring of a ceasefire or of troop movements"}},
		{"Requests the mission to provide force protection to the JBVMM",
			[]string{"borders and their demarcation"}},
		// a kind read: nothing named
		{"Requests the mission to protect civilians in the areas where elections are held", nil},
		// a task with no such work
		{"Requests the mission to keep close contact with the agencies", nil},
	} {
		s := r.Suggest(c.text)
		var got []string
		for _, n := range s.NoKind {
			got = append(got, n.Label)
			if c.text[n.Start:n.End] != n.Phrase {
				t.Errorf("%q: %q at [%d:%d] is not where the text has it", c.text, n.Phrase, n.Start, n.End)
			}
		}
		if !slices.Equal(got, c.labels) {
			t.Errorf("%q: work with no kind %q, want %q (kinds %v)", c.text, got, c.labels, s.Facts[model.Kinds])
		}
	}
}

// A paragraph whose first decision asks for no activity is read from the
// decision that keeps the task, for the work with no kind as for the kinds.
func TestWorkWithNoKindIsReadFromTheDecisionKept(t *testing.T) {
	r := NewReader(classify.Default())
	m, err := ReadMandate(r, "1. Demands that all parties complete the disarmament of their fighters; and requests UNMISS to coordinate the agencies of the United Nations;\n")
	if err != nil {
		t.Fatal(err)
	}
	tasks := m.Tasks()
	if len(tasks) != 1 || tasks[0].TaskFrom == 0 {
		t.Fatalf("tasks %+v, want one kept from its second decision", tasks)
	}
	s := r.suggestPart(&tasks[0])
	for _, n := range s.NoKind {
		if n.Label == "disarmament, demobilization and reintegration" {
			t.Errorf("DDR named from the decision that asks for no activity: %+v", n)
		}
	}
}
