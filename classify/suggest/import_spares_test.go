package suggest

import (
	"reflect"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// One pass gives both: the import's own drafts, as Import makes them, and
// the draft of each part it leaves out, as import --all makes it (its title
// among all the parts, its id as --all gives it).
func TestImportWithSparesIsImportAndImportAll(t *testing.T) {
	r := NewReader(classify.Default())
	const file = "corpus/resolutions/S-RES-2180-2014.txt"
	text := readFixture(t, file)
	opts := ImportOptions{TopicFirst: true, Taken: map[string]bool{"4-authorizes": true}}
	ws, spares, m, err := ImportWithSpares(r, file, text, opts)
	if err != nil {
		t.Fatal(err)
	}
	own, _, _ := Import(r, file, text, opts)
	if !reflect.DeepEqual(ws, own) {
		t.Error("the drafts differ from Import's")
	}
	withAll := opts
	withAll.All = true
	all, _, _ := Import(r, file, text, withAll)
	byRef := map[string]int{}
	for i, a := range all.Activities {
		byRef[a.Source.Ref] = i
	}
	left := m.LeftOut()
	if len(left) == 0 || len(spares) != len(left) {
		t.Fatalf("%d spares for %d parts left out", len(spares), len(left))
	}
	for i, p := range left {
		want := all.Activities[byRef[p.Ref]]
		if !reflect.DeepEqual(spares[i], want) {
			t.Errorf("spare of %s is %q %q, import --all makes %q %q", p.Ref, spares[i].ID, spares[i].Title, want.ID, want.Title)
		}
	}
	if _, spares, _, _ := ImportWithSpares(r, file, text, withAll); spares != nil {
		t.Error("with --all nothing is left out, yet there are spares")
	}
}
