package report

import (
	"html"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// factsSheet is suggestedAttack's draft and reviewed activity, and a
// reviewed activity of support to the national police whose answers are
// all the planner's.
func factsSheet(t *testing.T) Sheet {
	t.Helper()
	sh := suggestedAttack(t, true)
	police := &model.Activity{ID: "police", Title: "Support to the national police", Status: model.StatusReviewed}
	police.Facts.SetOne(model.Implementer, "mission")
	police.Facts.SetSet(model.Kinds, []string{"rights-training", "equipment"})
	police.Facts.SetSet(model.Forces, []string{"police"})
	police.Facts.SetOne(model.HRDDP, "done")
	sh.Worksheet.Activities = append(sh.Worksheet.Activities, police)
	return sh
}

// flatBriefing is the briefing in format f as its words read, on one line:
// the mark-up of the labels and the escapes of each format taken away.
func flatBriefing(t *testing.T, f Format, sh Sheet) string {
	t.Helper()
	var out string
	if f == DOCX {
		for _, p := range docxParagraphs(t, docxOf(t, sh)["word/document.xml"]) {
			out += strings.ReplaceAll(p.text, "\u00a0", " ") + "\n"
		}
	} else {
		out = renderString(t, f, sh)
	}
	out = strings.NewReplacer("<dt>", "", "</dt><dd>", ": ", "</dd>", " ", "**", "", `\~`, "~").Replace(out)
	if f == HTML {
		out = html.UnescapeString(out)
	}
	return strings.Join(strings.Fields(out), " ")
}

// Each activity's part of the briefing lists, in every format, the answers
// its tier, agenda and risks rest on, as the activity's screen lists them
// under Facts: the force a finding is about, the HRDDP's state, each value
// in the rulebook's words; a draft's answers only suggested marked "~",
// with what that means, and none of the reviewed activities' answers. The
// briefing said nothing of an activity's facts.
func TestBriefingListsEachActivitysFacts(t *testing.T) {
	rb := classify.Default()
	sh := factsSheet(t)
	// The Facts section of each activity's account, as the screen shows it,
	// read with what the briefing reads it with.
	var want []string
	for _, a := range sh.Worksheet.Activities {
		r := rb.ClassifySuggested(a, sh.Today, sh.suggested(rb, a))
		var parts []string
		for _, sec := range NewAccount(rb, a, &r).Sections {
			if sec.Part != PartFacts {
				continue
			}
			for _, l := range sec.Lines {
				if !l.Muted {
					parts = append(parts, l.Prefix+l.Text)
				}
			}
		}
		want = append(want, "Facts: "+strings.Join(parts, " · "))
	}
	police := "Facts: implementer: the mission itself · kinds: human rights and IHL training and equipment and logistics · forces: police · hrddp: done"
	if want[2] != police {
		t.Fatalf("the police support's account lists its facts as %q, want %q", want[2], police)
	}
	if !strings.Contains(want[0], "forces: ~ army") || strings.Contains(want[1], "~") {
		t.Fatalf("the draft's facts are not marked ~, or the reviewed one's are: %q, %q", want[0], want[1])
	}
	for _, f := range []Format{TextBriefing, Markdown, HTML, DOCX} {
		out := flatBriefing(t, f, sh)
		for i, w := range want {
			if !strings.Contains(out, w+" ") {
				t.Errorf("%s: the part of %s does not read %q:\n%s", f, sh.Worksheet.Activities[i].ID, w, out)
			}
		}
		if n := strings.Count(out, SuggestedAnswerLegend); n != 1 {
			t.Errorf("%s says %d times what the ~ before an answer means, want once:\n%s", f, n, out)
		}
	}
}

// A briefing that marks no answer "~" (its drafts' words not read, as from
// a JSON file) does not explain the mark.
func TestBriefingWithoutSuggestedAnswersSaysNothingOfTheirMark(t *testing.T) {
	for _, f := range []Format{TextBriefing, Markdown, HTML, DOCX} {
		if out := flatBriefing(t, f, suggestedAttack(t, false)); strings.Contains(out, "Facts: implementer: ~") || strings.Contains(out, SuggestedAnswerLegend) {
			t.Errorf("%s marks or explains a ~ answer without the words read:\n%s", f, out)
		}
	}
}

// An activity of which nothing is known says so where its facts would be,
// as the screen's Facts section does.
func TestBriefingSaysNoFactIsKnown(t *testing.T) {
	sh := Sheet{File: "plan.yaml", Worksheet: &model.Worksheet{Activities: []*model.Activity{{ID: "bare", Title: "Something to do"}}}}
	for _, f := range []Format{TextBriefing, Markdown, HTML, DOCX} {
		if out := flatBriefing(t, f, sh); !strings.Contains(out, "Facts: "+FactsNone) {
			t.Errorf("%s does not say that no fact is known:\n%s", f, out)
		}
	}
}
