package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A full name before an acronym makes it a mission when it is a United
// Nations body and a mission, an operation or a force. Names written for
// this test (no real mission bears them), and real bodies that are no
// missions.
func TestMissionNamedInFull(t *testing.T) {
	n := NewReader(classify.Default()).lx.naming
	for _, c := range []struct {
		text string
		want string // the acronym read as a mission, "" for none
	}{
		{"Decides to establish the United Nations Verification Mission in Arcadia (UNVMA) for a period of one year", "unvma"},
		{"the African Union-United Nations Hybrid Operation in Borduria (UNAHOB) shall", "unahob"},
		{"Requests the United Nations Interim Security Force for Syldavia (UNISFS) to", "unisfs"},
		{"the United Nations Multidimensional Integrated Stabilization Mission in the Republic of Ruritania (MINURR)", "minurr"},
		{"the United Nations Observers in Elbonia (UNOEL)", "unoel"},
		// Not missions: another United Nations body, a force that is not
		// the United Nations', two bodies joined by "and".
		{"calls on the United Nations and the Regional Military Observer Group (REMOG) to assist", ""},
		{"the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)", ""},
		{"the United Nations Children's Fund (UNICEF)", ""},
		{"the Multinational Force in Arcadia (MNFA)", ""},
		{"the European Union Force (EUFOA)", ""},
		// An acronym the text does not spell out names nothing new,
		// unless the Council decides to extend or renew its mandate: only
		// its own missions' mandates it extends so.
		{"Requests UNVMA to patrol the border", ""},
		{"1. Decides to extend the mandate of UNVMA until 31 July 2032;", "unvma"},
		{"Decides to renew the mandates of\nUNVMA for a further 12 months", "unvma"},
		{"Decides further to extend the mandate of UNVMA", "unvma"},
		// Another's decision, a regional force's mandate, a United Nations
		// body or a partner, and an acronym that opens a longer name.
		{"Welcoming the decision of the African Union to extend the mandate of AMAR", ""},
		{"the respective tasks and mandates of REMOG and the United Nations", ""},
		{"Decides to extend the mandate of OHCHR in Arcadia", ""},
		{"Decides to renew the mandate of ECOWAS", ""},
		{"the mandate of the CIS Collective Peace-keeping Forces", ""},
	} {
		got := n.named(c.text)
		if c.want == "" && len(got) > 0 || c.want != "" && got[c.want] == "" || len(got) > 1 {
			t.Errorf("%q: read %v as missions, want %q", c.text, got, c.want)
		}
	}
}

// A mandate given to a mission the rulebook does not list is read as the
// mission's: who acts, and so the agenda, are the same as for a listed one.
func TestAMissionTheRulebookDoesNotListActs(t *testing.T) {
	r := NewReader(classify.Default())
	const text = `The Security Council,

1. Decides to establish the United Nations Verification Mission in Arcadia (UNVMA) for an initial period of twelve months;

2. Decides that UNVMA shall have the following mandate:
(a) to protect civilians under threat of physical violence in its areas of deployment;
(b) to support the Government in the reform of the national police;

3. Requests UNVMA to monitor and report on violations of human rights by the security forces;

4. Calls upon the Government to cooperate fully with UNVMA;
`
	ws, _, err := Import(r, "unvma.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ws.Mission != "UNVMA" {
		t.Errorf("mission %q, want UNVMA", ws.Mission)
	}
	want := map[string]string{"2(a)": "mission", "2(b)": "mission-support", "3": "mission"}
	for _, a := range ws.Activities {
		if w, ok := want[a.Source.Ref]; ok {
			if got, _ := a.Facts.One(model.Implementer); got != w {
				t.Errorf("¶%s: implementer %q, want %q", a.Source.Ref, got, w)
			}
			delete(want, a.Source.Ref)
		}
	}
	if len(want) > 0 {
		t.Errorf("no draft of %v", want)
	}
	// The same words without the full name, or a decision to extend its
	// mandate, stay unread: either is what makes the acronym a mission.
	s := r.Suggest("Requests UNVMA to monitor and report on violations of human rights by the security forces")
	if v, ok := s.Facts.One(model.Implementer); ok {
		t.Errorf("an acronym never spelled out was read as %q", v)
	}
}

// Over the tuned part of the corpus, with the rulebook's list of missions
// set aside, the full names find missions and only missions: every acronym
// they find is one the list has.
func TestCorpusMissionsNamedInFull(t *testing.T) {
	r := NewReader(classify.Default())
	n := *r.lx.naming
	n.known = map[string]bool{}
	listed := r.lx.cues.Sets[missionSet]
	found := map[string]bool{}
	eachTunedResolution(t, func(file, text string) {
		for name, as := range n.named(text) {
			if as != n.standIn {
				continue // a host force's name (force_named_test.go)
			}
			if !slices.Contains(listed, name) {
				t.Errorf("%s: %q read as a mission", file, strings.ToUpper(name))
			}
			found[name] = true
		}
	})
	// 38 missions of the tuned part are named in full somewhere.
	if len(found) < 38 {
		t.Errorf("found %d missions by their full names, want at least 38", len(found))
	}
}

// A modern mandate imported with its mission taken off the rulebook's list
// reads as it does with the list: the full name is enough.
func TestImportWithoutTheListedMission(t *testing.T) {
	src := string(classify.Default().Source())
	for _, c := range []struct{ file, mission string }{
		{"S-RES-2241-2015.txt", "unmiss"},
		{"S-RES-2251-2015.txt", "unisfa"},
	} {
		list := "missions: [monuc, monusco, minustah, minusma, minusca, minujusth, unmiss, unamid, unmil, unoci, unisfa,"
		if !strings.Contains(src, list) {
			t.Fatal("the rulebook's missions are no longer listed as this test expects")
		}
		rb, err := classify.Parse("mod.yaml", []byte(strings.Replace(src, list, strings.Replace(list, " "+c.mission+",", "", 1), 1)))
		if err != nil {
			t.Fatal(err)
		}
		path := "corpus/resolutions/" + c.file
		text := readFixture(t, path)
		with, _, err := Import(NewReader(classify.Default()), path, text, ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		without, _, err := Import(NewReader(rb), path, text, ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(with.Activities) != len(without.Activities) || with.Mission != without.Mission {
			t.Fatalf("%s: %d drafts of %s, %d of %s without the list", c.file, len(with.Activities), with.Mission, len(without.Activities), without.Mission)
		}
		for i, a := range with.Activities {
			b := without.Activities[i]
			if !a.Facts.Equal(&b.Facts) {
				t.Errorf("%s ¶%s: %v, without the list %v", c.file, a.Source.Ref, a.Facts, b.Facts)
			}
		}
	}
}

// A hybrid mission addressed without its acronym, by what it is (the hybrid
// mission, the AU-UN operation) or by its full name, which begins with the
// African Union's, is the mission acting: not a partner, not unknown.
// Sentences written for this test.
func TestAHybridMissionAddressedWithoutItsName(t *testing.T) {
	r := NewReader(classify.Default())
	for _, text := range []string{
		"1. Requests the Hybrid Mission to protect civilians under threat of physical violence;\n",
		"1. Requests the AU-UN mission to protect civilians under threat of physical violence;\n",
		"1. Decides that the AU/UN Hybrid operation shall protect civilians under threat of physical violence;\n",
		"1. Requests the African Union-United Nations Hybrid Operation to protect civilians under threat of physical violence;\n",
		"1. Requests the African Union/United Nations Hybrid operation to protect civilians under threat of physical violence;\n",
		// the police mission by its full name, as by its initials
		"1. Requests the International Police Task Force to investigate human rights abuses by law enforcement personnel;\n",
	} {
		if got := importedImplementer(t, r, text); got != "mission" {
			t.Errorf("%q: implementer %q, want mission", text, got)
		}
	}
	// The African Union alone is a partner.
	if got := importedImplementer(t, r, "1. Calls on the African Union to protect civilians under threat of physical violence;\n"); got != "partner" {
		t.Errorf("the African Union alone: implementer %q, want partner", got)
	}
}

// importedImplementer imports a one-paragraph mandate and returns the
// implementer of its one draft.
func importedImplementer(t *testing.T, r *Reader, text string) string {
	t.Helper()
	ws, _, err := Import(r, "one.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Activities) != 1 {
		t.Fatalf("%q: want one draft, got %d", text, len(ws.Activities))
	}
	got, _ := ws.Activities[0].Facts.One(model.Implementer)
	return got
}

// A renewal that names its mission only by an acronym the rulebook does
// not list ("Decides to extend the mandate of UNAKA") gives that mission
// its tasks: protection work asked of it is the mission's, not a draft no
// one carries out (agenda undetermined).
func TestARenewalByAcronymNamesItsMission(t *testing.T) {
	r := NewReader(classify.Default())
	const text = `The Security Council,

1. Decides to extend the mandate of UNAKA as set out in resolution 9001 (2029) for a further 12 months;

2. Requests UNAKA to deter any threats against itself and its mandate and to maintain a proactive posture in areas at high risk of violence against civilians;

3. Urges UNAKA to make full use of its capabilities to protect civilians, including through patrols in areas at high risk of conflict;

4. Requests UNAKA to provide technical assistance and training to the national police;
`
	ws, _, err := Import(r, "unaka.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ws.Mission != "UNAKA" {
		t.Errorf("mission %q, want UNAKA", ws.Mission)
	}
	rb := classify.Default()
	type reading struct {
		implementer string
		agenda      classify.Agenda
	}
	want := map[string]reading{"2": {"mission", classify.POCOnly}, "3": {"mission", classify.POCOnly}, "4": {"mission-support", classify.SSROnly}}
	for _, a := range ws.Activities {
		w, ok := want[a.Source.Ref]
		if !ok {
			continue
		}
		delete(want, a.Source.Ref)
		if impl, _ := a.Facts.One(model.Implementer); impl != w.implementer {
			t.Errorf("¶%s: implementer %q, want %s", a.Source.Ref, impl, w.implementer)
		}
		if got := rb.ClassifyFacts(&a.Facts).Agenda; got != w.agenda {
			t.Errorf("¶%s: agenda %s, want %s", a.Source.Ref, got, w.agenda)
		}
	}
	if len(want) > 0 {
		t.Errorf("no draft of %v", want)
	}
}

// The stem that lets a window go unsearched is a word every phrase holds,
// found capitalised too; none where the phrases share no such word, and
// then every window is searched.
func TestSharedStemOfTheMandatePhrases(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"decides_to_extend_the_mandate_of", "decides_further_to_renew_the_mandates_of"}, "ecides"},
		{[]string{"extends_the_mandate_of", "renews_the_mandate_of"}, "andate"},
		{[]string{"extend_the_mandate_of", "prolongs_the_mandates_of"}, ""},
	} {
		if got := sharedStem(c.words); got != c.want {
			t.Errorf("%v: stem %q, want %q", c.words, got, c.want)
		}
	}
	n := newMissionNaming(map[string][]string{mandateOfSet: {"extend_the_mandate_of", "prolongs_the_mandates_of"}, missionSet: {"unmis"}, missionOwnersSet: {"united_nations"}, missionHeadsSet: {"mission"}})
	if got := n.named("The Council prolongs the mandates of UNVMA"); got["unvma"] == "" {
		t.Errorf("with no stem shared, a window went unsearched: %v", got)
	}
}
