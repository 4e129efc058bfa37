package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// An activity with no tier and no agenda yet is said so one way by every
// account and every briefing format at every width: NoTierYet and the
// rulebook's "No agenda yet", never "-", "tier undetermined", "Tier —
// undetermined", "Not yet determined" or a grid row "none".
func TestNoTierAndNoAgendaAreSaidOneWayEverywhere(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a1", Title: "Support to the local authorities"}
	ws := &model.Worksheet{Mission: "MONUSCO", Activities: []*model.Activity{a}}
	r := rb.Classify(a)
	if r.Tier != 0 || r.Agenda != classify.Undetermined {
		t.Fatalf("the activity is placed: tier %d, %s", r.Tier, r.Agenda)
	}
	if got := rb.AgendaTitle(classify.Undetermined); got != "No agenda yet" {
		t.Errorf("the rulebook names no agenda yet %q", got)
	}
	var account strings.Builder
	WriteActivityText(&account, rb, a, &r, 80)
	outs := map[string]string{
		"verdict":      VerdictLine(&r),
		"tier":         TierCaption(&r.Policy),
		"agenda":       AgendaCaption(&r.Narrow),
		"account":      account.String(),
		"terminal 80":  renderTerminal(t, 80, Sheet{Worksheet: ws}),
		"terminal 200": renderTerminal(t, 200, Sheet{Worksheet: ws}),
	}
	for _, f := range []Format{Markdown, HTML, Text} {
		outs[f.Ext()] = render(t, f, Sheet{Worksheet: ws})
	}
	banned := regexp.MustCompile(`(?i)tier undetermined|tier — undetermined|not yet determined|^\s*none\s*[│|]|^- ·|: - ·`)
	for name, out := range outs {
		for _, l := range strings.Split(out, "\n") {
			if banned.MatchString(l) {
				t.Errorf("%s says no tier or no agenda another way: %q", name, l)
			}
		}
	}
	for _, name := range []string{"verdict", "account", "terminal 80", "terminal 200", "md", "html", "txt"} {
		if !strings.Contains(outs[name], NoTierYet) || !strings.Contains(outs[name], "No agenda yet") {
			t.Errorf("%s does not say %q and %q:\n%s", name, NoTierYet, "No agenda yet", outs[name])
		}
	}
	for _, w := range []string{"terminal 80", "terminal 200"} {
		if !regexp.MustCompile(`(?m)^.*` + NoTierYet + `.*│|│.*` + NoTierYet).MatchString(outs[w]) {
			t.Errorf("the grid of the %s briefing does not name %q", w, NoTierYet)
		}
	}
}
