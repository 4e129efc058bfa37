package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The rulebook writes a reason's or a risk's conclusions as facts ("so it
// serves…", "State forces are currently taking part in attacks"). Where
// the tier, the agenda or a risk rests on answers a draft's words only
// suggested, the text account (pocssr classify) and every briefing frame
// them "(if the answers marked ~ hold) …", as the walk-through does; the
// reviewed activity's same sentences are stated as they are. They read as
// fact for the draft too.
func TestReportsFrameWhatRestsOnSuggestedAnswers(t *testing.T) {
	sh := suggestedAttack(t, true)
	r := classify.Default().ClassifySuggested(sh.Worksheet.Activities[0], "", model.AllFacts())
	if !r.TierOnSuggested || !r.AgendaOnSuggested || len(r.Risks) != 1 || !r.Risks[0].OnSuggested {
		t.Fatalf("the draft's tier, agenda and risk no longer rest on its suggested answers: %+v", r)
	}
	for _, c := range []struct {
		f    Format
		lead string // IfSuggestedLead as the format writes it
		mark string // "~" as the format writes it
	}{
		{Text, IfSuggestedLead, "~"},
		{TextBriefing, IfSuggestedLead, "~"},
		{Markdown, `(if the answers marked \~ hold) `, `\~`},
		{HTML, IfSuggestedLead, "~"},
	} {
		t.Run(string(c.f), func(t *testing.T) {
			flat := strings.Join(strings.Fields(renderString(t, c.f, sh)), " ")
			for _, want := range []string{
				"Tier 2 (Provision of physical protection): " + c.lead + "the 2015 policy places",
				"POC only: " + c.lead,
				c.lead + c.mark + " State forces are currently taking part in attacks on civilians",
			} {
				if !strings.Contains(flat, want) {
					t.Errorf("no %q in:\n%s", want, flat)
				}
			}
			// The draft's tier, agenda and risk; the reviewed activity's
			// none.
			if n := strings.Count(flat, c.lead); n != 3 {
				t.Errorf("%d sentences framed, want the draft's 3:\n%s", n, flat)
			}
		})
	}
}

// TierReason, AgendaReason and RiskWhy frame a sentence after its label,
// and only where the engine marked what it says as resting on suggested
// answers.
func TestFramedSentencesFollowTheEnginesMarks(t *testing.T) {
	sh := suggestedAttack(t, true)
	a := sh.Worksheet.Activities[0]
	rb := classify.Default()
	draft := rb.ClassifySuggested(a, "", model.AllFacts())
	if got := AgendaReason(&draft); !strings.HasPrefix(got, "~POC only: "+IfSuggestedLead) {
		t.Errorf("the agenda's reason reads %q", got)
	}
	if got := RiskWhy(&draft.Risks[0]); !strings.HasPrefix(got, IfSuggestedLead+"~ State forces") {
		t.Errorf("the risk's sentence reads %q", got)
	}
	confirmed := rb.Classify(a)
	for _, s := range []string{TierReason(&confirmed), AgendaReason(&confirmed), RiskWhy(&confirmed.Risks[0])} {
		if strings.Contains(s, IfSuggestedLead) || strings.Contains(s, "~") {
			t.Errorf("a sentence on confirmed answers reads %q", s)
		}
	}
}

// The lead stands apart from the sentence it frames, so a sentence that
// starts with a capital ("Communities place…") does not run on from it
// ("…hold, ~ Communities place…") and one that starts lower-case reads
// the same way.
func TestTheLeadStandsApartFromTheSentenceItFrames(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"~ Communities place ~ low trust in the police", "(if the answers marked ~ hold) ~ Communities place ~ low trust in the police"},
		{"the 2015 policy places it", "(if the answers marked ~ hold) the 2015 policy places it"},
	} {
		if got := ifSuggestedHold(c.sentence, ""); got != c.want {
			t.Errorf("framed %q reads %q, want %q", c.sentence, got, c.want)
		}
	}
	if got := ifSuggestedHold("SSR only: ~ restructuring", "SSR only: "); got != "SSR only: (if the answers marked ~ hold) ~ restructuring" {
		t.Errorf("framed after its label it reads %q", got)
	}
}
