package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The reading records why the primary kind leads the next one, by the
// ordering rule that decided, with the words of each; LeadText says it.
func TestWhyThePrimaryKindLeads(t *testing.T) {
	rb := classify.Default()
	r := suggest.NewReader(rb)
	label := func(k string) string { return rb.Label(model.Kinds, k) }
	for _, c := range []struct {
		name, text string
		rule       suggest.LeadRule
		kind, over string
		words      []string // in the account
	}{
		{"part", "Requests the mission to advise on the reorganization of the army and invites the mission and the Government to patrol the border jointly",
			suggest.LeadPart, "restructuring", "deterrence", []string{"the main clause", "the encouragement scope", "“reorganization of the army”", "“patrol”"}},
		{"part, elaboration", "Train the national police, including in vetting recruits",
			suggest.LeadPart, "capacity-training", "vetting", []string{"the elaboration scope"}},
		{"weight", "Provide human rights training to police officers and help reform the police",
			suggest.LeadWeight, "rights-training", "restructuring", []string{"weighs 2", "“human rights training”"}},
		{"earlier", "Mentor the police and vet its recruits",
			suggest.LeadEarlier, "capacity-training", "vetting", []string{"read first", "“Mentor”"}},
		{"gives way", "Strengthen the rule of law and security institutions of the country",
			suggest.LeadGivesWay, "restructuring", "rule-of-law", []string{"gives way"}},
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
			why := LeadText(rb, l)
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
	// A part under a lead-in that names the action: the lead-in's kind
	// leads, told with the lead-in's words.
	s := r.SuggestIn("(b) Holding the territories cleared of armed groups in order to protect civilians;",
		"3. Requests the mission to continue its operations jointly planned with the national army, with a view to:")
	if s.Lead == nil || s.Lead.Rule != suggest.LeadLeadIn {
		t.Fatalf("lead %+v, want the lead-in's", s.Lead)
	}
	if why := LeadText(rb, s.Lead); !strings.HasPrefix(why, label("combined-operations")+" leads: the action of the paragraph's lead-in") || !strings.Contains(why, "“protect civilians”") {
		t.Errorf("account %q", why)
	}
	if s := r.Suggest("Patrol the camps"); s.Lead != nil {
		t.Errorf("one kind read, yet a lead: %+v", s.Lead)
	}
}
