package ui

import (
	"bytes"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// A facilitator's rulebook that renames an agenda (its label and its short
// label), a tier caption and an overlap basis.
var renames = []struct{ old, new string }{
	{"title: POC and SSR overlap", "title: Shared ground of POC and SSR"},
	{"short: overlap", "short: shared"},
	{"title: Provision of physical protection", "title: Peacekeepers shielding civilians"},
	{"short: physical protection", "short: shielding"},
	{"title: Reduces violence by the security forces", "title: Curbs abuse by state forces"},
}

// The labels before and after the renaming.
const (
	oldAgenda, newAgenda = "POC and SSR overlap", "Shared ground of POC and SSR"
	oldTier, newTier     = "Provision of physical protection", "Peacekeepers shielding civilians"
	oldBasis, newBasis   = "Reduces violence by the security forces", "Curbs abuse by state forces"
	newShort             = "shared"
)

func renamedRulebook(t *testing.T) *classify.Rulebook {
	t.Helper()
	src := string(classify.Default().Source())
	for _, r := range renames {
		if strings.Count(src, r.old) != 1 {
			t.Fatalf("the rulebook holds %q %d times", r.old, strings.Count(src, r.old))
		}
		src = strings.Replace(src, r.old, r.new, 1)
	}
	rb, err := classify.Parse("renamed.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return rb
}

// renamedWorksheet has an overlap on the renamed basis (a draft, for the
// review), a Tier 2 activity, and a partner's activity that would become an
// overlap if the mission took it on.
func renamedWorksheet(t *testing.T) *model.Worksheet {
	vetting := activity(t, "Vetting the police", "implementer", "mission", "kinds", "vetting", "forces", "police")
	vetting.Status = model.StatusDraft
	patrols := activity(t, "Patrols near the camps", "implementer", "mission", "kinds", "deterrence")
	partner := activity(t, "Partner vetting course", "implementer", "partner", "kinds", "vetting")
	return sheetOf(vetting, patrols, partner)
}

// labelsChanged checks that text shows the new labels and none of the old.
func labelsChanged(t *testing.T, where, text string, want ...string) {
	t.Helper()
	flat := strings.Join(strings.Fields(text), " ")
	for _, w := range want {
		if !strings.Contains(flat, w) {
			t.Errorf("%s does not show %q:\n%s", where, w, text)
		}
	}
	for _, old := range []string{oldAgenda, oldTier, oldBasis} {
		if strings.Contains(flat, old) {
			t.Errorf("%s still shows %q:\n%s", where, old, text)
		}
	}
}

// Renaming an agenda, a tier caption and a basis in a --rules file changes
// every report and every screen: the labels come from the rulebook alone.
func TestRenamedLabelsReachEveryReportAndScreen(t *testing.T) {
	rb := renamedRulebook(t)
	for _, f := range report.Formats {
		var buf bytes.Buffer
		if err := report.Write(&buf, rb, f, []report.Sheet{{File: "plan.yaml", Worksheet: renamedWorksheet(t)}}); err != nil {
			t.Fatal(err)
		}
		switch f {
		case report.CSV:
			// CSV holds identifiers only (agenda and basis ids), which no
			// rulebook renames.
			labelsChanged(t, "csv", buf.String(), "overlap", "reduces-force-violence")
		case report.JSON, report.YAML:
			// Labels reach the machine formats through the reasons.
			labelsChanged(t, string(f), buf.String(), newAgenda+":", newTier)
		default:
			labelsChanged(t, string(f), buf.String(), newAgenda, newTier, newBasis, newAgenda+" if the mission carries it out")
		}
	}
	var buf bytes.Buffer
	if err := report.WriteExplain(&buf, rb, []report.Sheet{{File: "plan.yaml", Worksheet: renamedWorksheet(t)}}); err != nil {
		t.Fatal(err)
	}
	labelsChanged(t, "--explain", buf.String(), newAgenda, newTier, newBasis)

	screenAt := func(w, h int, keys ...string) string {
		m := NewModel(rb, renamedWorksheet(t), false, nil, nil)
		m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		press(t, m, keys...)
		return screenText(m)
	}
	screen := func(keys ...string) string { return screenAt(160, 400, keys...) }
	list := screen()
	if n := strings.Count(list, newShort); n < 2 {
		t.Errorf("worksheet list and summary show the short label %q %d times:\n%s", newShort, n, list)
	}
	labelsChanged(t, "worksheet", list)
	labelsChanged(t, "detail of the overlap", screen("enter"), "Agenda — ~"+newAgenda+" ("+newBasis+")", "◆ ~"+newAgenda, "|"+newShort+" |")
	labelsChanged(t, "detail of the patrols", screen("down", "enter"), "Tier 2 — "+newTier, "◆ Tier 2: Peacekeepers", "Tier 2 shielding ◆")
	labelsChanged(t, "detail of the partner's course", screen("down", "down", "enter"), "- "+newAgenda+" if the mission")
	labelsChanged(t, "live panel of the overlap", screen("e"), newAgenda, newBasis)
	labelsChanged(t, "live panel of the patrols", screen("down", "e"), "T2 "+newTier)
	labelsChanged(t, "framework by tier", screen("f"), "Tier 2 — "+newTier)
	labelsChanged(t, "framework by agenda", screen("f", "r"), newAgenda)
	labelsChanged(t, "framework readings", screen("f", "2"), "Tier 2: "+newTier)
	labelsChanged(t, "framework narrow reading", screen("f", "2", "r"), newAgenda, "Ground for overlap: "+newBasis)
	labelsChanged(t, "review of drafts", screen("R"), newAgenda)
	// On a narrow terminal the summary lies below the list and the live
	// verdict below the questions, in their compact forms.
	narrow := screenAt(80, 24)
	if !strings.Contains(narrow, "\n"+newShort) {
		t.Errorf("the summary below the list has no row %q:\n%s", newShort, narrow)
	}
	labelsChanged(t, "narrow worksheet", narrow)
	labelsChanged(t, "compact live verdict", screenAt(80, 24, "e"), "On 2 suggested: ~T3 · ~"+newAgenda)
}
