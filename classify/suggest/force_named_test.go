package suggest

import (
	"maps"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A full name before an acronym makes it a host force's name when it ends as
// an army's or a police service's does and is no armed group's. Names
// written for this test.
func TestHostForceNamedInFull(t *testing.T) {
	n := NewReader(classify.Default()).lx.naming
	for _, c := range []struct {
		text, acronym, want string // want: "army", "police" or "" for none
	}{
		{"support to the Arcadian Armed Forces (AAF) in the north", "aaf", "army"},
		{"the Borduria Defence Force (BDF) shall", "bdf", "army"},
		{"the Ruritanian National Army (RNA)", "rna", "army"},
		{"the Defence and Security Forces of Elbonia, the Elbonian Defence and Security Forces (EDSF)", "edsf", "army"},
		{"the reform of the Arcadian National Police (ANPA)", "anpa", "police"},
		{"the Syldavia Police Service (SPS)", "sps", "police"},
		// armed groups, however they end
		{"attacks by the Arcadia Liberation Army (ALA)", "ala", ""},
		{"the Lord's Resistance Army (LRA)", "lra", ""},
		{"the Popular Defence Forces (PDF)", "pdf", ""},
		{"the Civil Defence Forces (CDF)", "cdf", ""},
		{"the Revolutionary United Front (RUF)", "ruf", ""},
		// names that do not end as a force's, or the United Nations' own
		{"the Allied Democratic Forces (ADF)", "adf", ""},
		{"the United Nations Police (UNPOLA)", "unpola", ""},
		{"the Arcadian Police Academy (APAC)", "apac", ""},
		// an acronym never spelled out
		{"the reform of the AAF", "aaf", ""},
	} {
		got := n.named(c.text)[c.acronym]
		want := ""
		switch c.want {
		case "army":
			want = n.forces.armyIn
		case "police":
			want = n.forces.policeIn
		}
		if got != want {
			t.Errorf("%q: %s read as %q, want %q (%s)", c.text, c.acronym, got, want, c.want)
		}
	}
}

// In a mandate that names the host forces in full, their acronyms are read
// as the forces they are: the reform of the police named by its acronym is
// police reform, and the mission stays the one the mandate names.
func TestAHostForceTheRulebookDoesNotListIsReformed(t *testing.T) {
	r := NewReader(classify.Default())
	const text = `The Security Council,

Welcoming the progress made by the Arcadian National Police (ANPA) and the Arcadian Armed Forces (AAF),

1. Decides to extend the mandate of UNMISS until 30 April 2031;

2. Requests UNMISS to support the reform of the ANPA;

3. Requests UNMISS to provide training to the AAF;

4. Condemns the attacks by the Arcadia Liberation Army (ALA) and requests UNMISS to deter attacks by the ALA against civilians;
`
	ws, _, err := Import(r, "arcadia.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ws.Mission != "UNMISS" {
		t.Errorf("mission %q, want UNMISS", ws.Mission)
	}
	want := map[string]struct{ kind, force string }{
		"2": {"restructuring", "police"},
		"3": {"capacity-training", "army"},
		"4": {"deterrence", ""},
	}
	for _, a := range ws.Activities {
		w, ok := want[a.Source.Ref]
		if !ok {
			continue
		}
		delete(want, a.Source.Ref)
		if kinds, _ := a.Facts.Set(model.Kinds); len(kinds) == 0 || kinds[0] != w.kind {
			t.Errorf("¶%s: kinds %v, want %s first", a.Source.Ref, kinds, w.kind)
		}
		forces, _ := a.Facts.Set(model.Forces)
		if w.force == "" && len(forces) > 0 || w.force != "" && (len(forces) != 1 || forces[0] != w.force) {
			t.Errorf("¶%s: forces %v, want %q", a.Source.Ref, forces, w.force)
		}
	}
	if len(want) > 0 {
		t.Errorf("no draft of %v", want)
	}
}

// Over the tuned part of the corpus, the host forces named in full are the
// ones a reader finds there: the army and police of the host state, never an
// armed group (the Civil Defence Forces of S/RES/1370 are a militia).
func TestCorpusHostForcesNamedInFull(t *testing.T) {
	n := NewReader(classify.Default()).lx.naming
	found := map[string]string{}
	eachTunedResolution(t, func(_, text string) {
		for name, as := range n.named(text) {
			if as != n.standIn {
				found[name] = as
			}
		}
	})
	want := map[string]string{
		"faa": n.forces.armyIn, "saf": n.forces.armyIn,
		"anp": n.forces.policeIn, "etps": n.forces.policeIn, "ssnps": n.forces.policeIn,
	}
	if !maps.Equal(found, want) {
		t.Errorf("host forces named in full: %v, want %v", found, want)
	}
}
