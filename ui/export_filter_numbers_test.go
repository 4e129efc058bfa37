package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A briefing exported while the list is filtered covers what the filter
// shows, but says so in its heading, keeps each activity's number in the
// worksheet and judges the portfolio over the whole worksheet, as P does.
// It renumbered the training "#1", found its force's accountability
// untouched (the vetting, filtered out, answers it) and never said it was
// filtered.
func TestFilteredBriefingKeepsTheWorksheetsNumbersAndFindings(t *testing.T) {
	data := "activities:\n" +
		"  - {title: Vet the police, implementer: mission, kinds: [vetting], forces: [police]}\n" +
		"  - {title: Patrol the capital, implementer: mission, kinds: [deterrence]}\n" +
		"  - {title: Train the police reform unit, implementer: mission, kinds: [capacity-training], forces: [police]}\n"
	ws, err := model.Parse("plan.yaml", []byte(data), classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, ws, 120, 40)
	press(t, m, "/")
	typeText(t, m, "reform")
	press(t, m, "enter")
	if len(m.listed()) != 1 {
		t.Fatalf("the filter shows %d rows", len(m.listed()))
	}
	dir := t.TempDir()
	for _, c := range []struct{ key, file string }{{"t", "brief.txt"}, {"m", "brief.md"}} {
		press(t, m, "x")
		press(t, m, c.key)
		out := filepath.Join(dir, c.file)
		m.prompt.fields[0].input.SetValue(out)
		press(t, m, "enter")
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(strings.Fields(string(b)), " ")
		if !strings.Contains(got, "1 of 3 activities (filter “reform”; 2 left out)") {
			t.Errorf("%s: the heading does not say the briefing is filtered:\n%s", c.file, b)
		}
		if !strings.Contains(got, "#3") || strings.Contains(got, "#1") {
			t.Errorf("%s: the training is not #3, its number in the worksheet:\n%s", c.file, b)
		}
		if strings.Contains(got, "nothing works on its accountability") {
			t.Errorf("%s: a finding the whole worksheet answers (the vetting) is reported:\n%s", c.file, b)
		}
	}
	press(t, m, "b")
	requireScreen(t, m, "1 of 3 activities (filter “reform”; 2 left out)")
}
