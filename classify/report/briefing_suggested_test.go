package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// suggestedAttack is a worksheet of a draft whose words alone say that
// army units attack civilians, every answer of it as its words suggest it,
// and of a reviewed activity whose planner gave the same answers: the same
// critical risk fires for both, for the draft only on a suggestion. With
// words, the sheet reads the draft's (as the command line and the export
// do); without, it reads none.
func suggestedAttack(t *testing.T, words bool) Sheet {
	t.Helper()
	rb := classify.Default()
	draft := &model.Activity{ID: "joint-ops", Title: "Joint operations with the army", Status: model.StatusDraft,
		Source: model.Source{Text: "The mission plans combined operations with the national army, although army units are attacking civilians"}}
	draft.Facts = suggest.NewReader(rb).ReadDraft(draft).Suggestion.Facts
	if !draft.Facts.Known(model.StateForcesAttackingCivilians) {
		t.Fatal("the words no longer suggest that state forces attack civilians")
	}
	reviewed := &model.Activity{ID: "reviewed", Title: "Army operations reviewed", Status: model.StatusReviewed, Facts: draft.Facts.Clone()}
	sh := Sheet{File: "plan.yaml", Worksheet: &model.Worksheet{Activities: []*model.Activity{draft, reviewed}}}
	if words {
		sh.Readings = suggest.DraftReader(rb)
	}
	return sh
}

// The briefing, in every format, marks "~" the severity of the draft's risk
// that fires only on its suggested answers, in the executive summary, the
// register and the draft's part, counts it "~" in its verdict line, and
// says what "~" means beside its DRAFT mark; the reviewed activity's same
// risk is stated as it is. The briefing said "CRITICAL" of both.
func TestBriefingMarksRisksOnSuggestedAnswers(t *testing.T) {
	sh := suggestedAttack(t, true)
	verdict := "1 risk (1 ~), the most serious ~critical"
	// SuggestedRiskLegend, as every format writes it (its apostrophe
	// escaped in some)
	legendWords := "~ before a severity: the risk fires only on answers a draft"
	for _, c := range []struct {
		f      Format
		marked string // the severity marked, as the format writes it
		plain  string // the reviewed activity's
	}{
		{Markdown, `\~CRITICAL`, "CRITICAL"},
		{TextBriefing, "~CRITICAL", "CRITICAL"},
		{HTML, "~" + sevHTML(classify.Critical), sevHTML(classify.Critical)},
	} {
		t.Run(string(c.f), func(t *testing.T) {
			out := renderString(t, c.f, sh)
			flat := strings.Join(strings.Fields(out), " ")
			if c.f == Markdown {
				flat = strings.ReplaceAll(flat, `\~`, "~")
			}
			// executive summary, register, the draft's part
			if n := strings.Count(out, c.marked); n < 3 {
				t.Errorf("%s marks %d severities ~, want the summary's, the register's and the part's:\n%s", c.f, n, out)
			}
			if n := strings.Count(out, c.plain) - strings.Count(out, c.marked); n < 3 {
				t.Errorf("%s states the reviewed activity's risk %d times, want 3:\n%s", c.f, n, out)
			}
			if !strings.Contains(flat, verdict) {
				t.Errorf("%s: no verdict line reads %q:\n%s", c.f, verdict, out)
			}
			if !strings.Contains(flat, legendWords) {
				t.Errorf("%s does not say what ~ means:\n%s", c.f, out)
			}
		})
	}
	t.Run("docx", func(t *testing.T) {
		doc := string(docxOf(t, sh)["word/document.xml"])
		if n := strings.Count(doc, "\u00a0~CRITICAL\u00a0"); n < 3 {
			t.Errorf("the Word briefing marks %d severities ~, want 3", n)
		}
		if !strings.Contains(doc, legendWords) {
			t.Errorf("the Word briefing does not say what ~ means")
		}
	})
}

// A sheet that reads no words (the JSON, or a report asked without them)
// marks nothing: nothing tells it which answers are only suggested.
func TestBriefingWithoutWordsMarksNothing(t *testing.T) {
	for _, f := range []Format{Markdown, TextBriefing, Text} {
		if out := renderString(t, f, suggestedAttack(t, false)); strings.Contains(out, "~") {
			t.Errorf("%s without words marks ~:\n%s", f, out)
		}
	}
}

// The text account (pocssr classify) marks the draft's risk on suggested
// answers as the screens' account does: before its sentence, in its
// verdict line, and in the summary's count; the reviewed activity's not.
func TestTextReportMarksRisksOnSuggestedAnswers(t *testing.T) {
	out := renderString(t, Text, suggestedAttack(t, true))
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{
		"risks: 2 critical (1 ~)",
		"Why: " + IfSuggestedLead + "~ State forces are currently taking part in attacks on civilians",
		"1 risk (1 ~), the most serious ~critical",
		SuggestedLegend,
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the text account does not read %q:\n%s", want, out)
		}
	}
	if n := strings.Count(flat, "Why: "+IfSuggestedLead+"~ "); n != 1 {
		t.Errorf("%d risks are marked ~, want the draft's alone:\n%s", n, out)
	}
}

// The JSON stays as FRAMEWORK §6 defines it: the same with the draft's
// words read as without.
func TestJSONKeepsItsShapeWithWords(t *testing.T) {
	with, without := renderString(t, JSON, suggestedAttack(t, true)), renderString(t, JSON, suggestedAttack(t, false))
	if with != without || strings.Contains(with, "~") {
		t.Errorf("the JSON changes with the draft's words read:\n%s\nwithout:\n%s", with, without)
	}
	var buf bytes.Buffer
	if err := Write(&buf, classify.Default(), JSON, []Sheet{suggestedAttack(t, true)}); err != nil || buf.String() != with {
		t.Errorf("the JSON is not written the same twice: %v", err)
	}
}
