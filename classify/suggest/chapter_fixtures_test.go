package suggest

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The chapter's own reading of the two mandates it discusses: in the 2010
// MONUSCO mandate the train-and-equip support to the army and the police is
// SSR, while the work against abuses by the security forces is protection,
// which the narrow reading puts in the overlap; the 2004 MINUSTAH mandate
// groups both under one heading, and reads the same: support to the police's
// restructuring and training is SSR, with the vetting of its personnel (an
// overlap kind) among its kinds, and the protection of civilians is POC.
func TestChapterReadingOfTheFixtures(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	type reading struct {
		agendas []classify.Agenda
		forces  []string
		kinds   []string // kinds that must be read
	}
	ssr := []classify.Agenda{classify.SSROnly, classify.Overlap}
	for _, c := range []struct {
		file string
		want map[string]reading
	}{
		{"S-RES-1925-2010.txt", map[string]reading{
			// Train and equip: the army's battalions and military police, the police.
			"12(m)": {agendas: ssr, forces: []string{"army"}, kinds: []string{"capacity-training", "equipment"}},
			"12(n)": {agendas: ssr, forces: []string{"police"}, kinds: []string{"restructuring", "capacity-training"}},
			// Abuses by elements of the security forces: zero tolerance, discipline.
			"12(c)": {agendas: []classify.Agenda{classify.Overlap}, kinds: []string{"accountability-support"}},
			// Physical protection stays POC.
			"12(a)": {agendas: []classify.Agenda{classify.POCOnly}},
		}},
		{"S-RES-1542-2004.txt", map[string]reading{
			"7.I(b)": {agendas: ssr, forces: []string{"police"}, kinds: []string{"restructuring", "vetting", "capacity-training"}},
			"7.I(f)": {agendas: []classify.Agenda{classify.POCOnly}},
		}},
	} {
		ws, _, err := Import(r, c.file, readFixture(t, c.file), ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, a := range ws.Activities {
			w, ok := c.want[a.Source.Ref]
			if !ok {
				continue
			}
			seen[a.Source.Ref] = true
			res := rb.Classify(a)
			if !slices.Contains(w.agendas, res.Agenda) {
				t.Errorf("%s %s: agenda %s, want one of %v (kinds %v)", c.file, a.Source.Ref, res.Agenda, w.agendas, kindsOf(&a.Facts))
			}
			if w.forces != nil {
				if got, _ := a.Facts.Set(model.Forces); !slices.Equal(got, w.forces) {
					t.Errorf("%s %s: forces %v, want %v", c.file, a.Source.Ref, got, w.forces)
				}
			}
			got, _ := a.Facts.Set(model.Kinds)
			for _, k := range w.kinds {
				if !slices.Contains(got, k) {
					t.Errorf("%s %s: kinds %v lack %s", c.file, a.Source.Ref, got, k)
				}
			}
		}
		for ref := range c.want {
			if !seen[ref] {
				t.Errorf("%s: no draft for %s", c.file, ref)
			}
		}
	}
}
