package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A finding on the force "other security bodies" was named by its id,
// "other-security", in the briefing while the review said "other security
// bodies": every reader's format names the force by the rulebook's label
// (the machine formats keep the id).
func TestFindingsNameTheForceByItsLabel(t *testing.T) {
	data := "activities:\n  - title: Training border guards\n    implementer: mission\n    kinds: [capacity-training]\n    forces: [other-security]\n"
	ws, err := model.Parse("guards.yaml", []byte(data), classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Format{Text, Markdown, HTML, TextBriefing} {
		out := renderString(t, f, Sheet{File: "guards.yaml", Worksheet: ws})
		if !strings.Contains(out, "other security bodies") {
			t.Errorf("%s: the force is not named by its label:\n%s", f, out)
		}
		if strings.Contains(out, "other-security") {
			t.Errorf("%s: the force is named by its id other-security:\n%s", f, out)
		}
	}
}
