package suggest

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A sentence can hold several decisions: a later request ends the
// elaboration before it and is read as a main clause; a later encouragement
// asks less than the request beside it. Sentences written for this test.
func TestLaterDecisionsInASentence(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	for _, c := range []struct {
		name, text string
		want       want
		agenda     classify.Agenda
	}{
		// What the mission is asked to do leads what it is encouraged to
		// do together with the Government.
		{"request over encouragement",
			"Asks the mission to keep up its assistance, and encourages the mission and the authorities to carry out joint deterrent operations against gangs, and requests the mission to help the Government restructure the national police",
			want{primary: "restructuring", kinds: []string{"deterrence"}}, classify.SSROnly},
		{"request over encouragement, invites",
			"Requests the mission to advise on the reorganization of the army and invites the mission and the Government to patrol the border jointly",
			want{primary: "restructuring", kinds: []string{"deterrence"}}, classify.SSROnly},
		// A later request ends the elaboration before it: its kinds are
		// main-clause kinds, not elaborations of the first request.
		{"request ends an elaboration",
			"Decides that the mission shall support the electoral commission, including through logistics and requests the mission to vet the officers of the national police",
			want{kinds: []string{"vetting"}}, classify.Undetermined},
		// An encouragement alone is still the decision: nothing comes
		// before it.
		{"lone encouragement", "Encourages the mission to patrol the camps at night",
			want{primary: "deterrence"}, classify.POCOnly},
		// Support of the police before an encouragement to deter stands
		// for an activity of its own: the encouragement elaborates nothing.
		{"default before an encouragement", "Requests the mission to continue its support of the national police, and encourages the mission and the Government to take deterrent action",
			want{primary: "capacity-training", kinds: []string{"deterrence"}}, classify.SSROnly},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := r.Suggest(c.text)
			checkWant(t, s, c.want)
			if c.agenda != classify.Undetermined {
				if got := agendaOf(rb, s); got != c.agenda {
					t.Errorf("agenda %s, want %s", got, c.agenda)
				}
			}
		})
	}
	// The real paragraph: MINUSTAH asked to help reform and restructure the
	// police, beside an encouragement to deterrent action.
	const file = "corpus/resolutions/S-RES-1892-2009.txt"
	ws, _, err := Import(r, file, readFixture(t, file), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range ws.Activities {
		if a.Source.Ref != "10" {
			continue
		}
		found = true
		if p, res := a.Facts.Primary(), rb.Classify(a); p != "restructuring" || res.Agenda == classify.POCOnly {
			t.Errorf("¶10: %s, %s; want restructuring, not POC only", p, res.Agenda)
		}
	}
	if !found {
		t.Error("¶10: no draft")
	}
}

// The reading says why the primary kind leads the next one, by the ordering
// rule that decided, with the words of each.
func TestWhyThePrimaryKindLeads(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	label := func(k string) string { return rb.Label(model.Kinds, k) }
	for _, c := range []struct {
		name, text string
		rule       LeadRule
		kind, over string
		words      []string // in the account
	}{
		{"part", "Requests the mission to advise on the reorganization of the army and invites the mission and the Government to patrol the border jointly",
			LeadPart, "restructuring", "deterrence", []string{"the main clause", "the encouragement scope", "“reorganization of the army”", "“patrol”"}},
		{"part, elaboration", "Train the national police, including in vetting recruits",
			LeadPart, "capacity-training", "vetting", []string{"the elaboration scope"}},
		{"weight", "Provide human rights training to police officers and help reform the police",
			LeadWeight, "rights-training", "restructuring", []string{"weighs 2", "“human rights training”"}},
		{"earlier", "Mentor the police and vet its recruits",
			LeadEarlier, "capacity-training", "vetting", []string{"read first", "“Mentor”"}},
		{"gives way", "Strengthen the rule of law and security institutions of the country",
			LeadGivesWay, "restructuring", "rule-of-law", []string{"gives way"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := r.Suggest(c.text)
			l := s.Lead
			if l == nil {
				t.Fatalf("no lead; kinds %v", s.Facts[model.Kinds].Set)
			}
			if l.Rule != c.rule || l.Kind != c.kind || l.Over != c.over {
				t.Errorf("lead %v %s over %s, want %v %s over %s", l.Rule, l.Kind, l.Over, c.rule, c.kind, c.over)
			}
			if k := s.Facts[model.Kinds].Set; len(k) < 2 || k[0] != l.Kind {
				t.Errorf("kinds %v: the lead's kind is not the primary", k)
			}
			why := l.Why(label)
			if !strings.HasPrefix(why, label(c.kind)+" leads") {
				t.Errorf("account %q does not open with the primary kind", why)
			}
			for _, w := range c.words {
				if !strings.Contains(why, w) {
					t.Errorf("account %q lacks %q", why, w)
				}
			}
		})
	}
	if s := r.Suggest("Patrol the camps"); s.Lead != nil {
		t.Errorf("one kind read, yet a lead: %+v", s.Lead)
	}
}
