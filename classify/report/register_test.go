package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// registerToday is the day the register test plan is read on.
const registerToday = "2026-05-01"

// registerSheets is a plan that keeps its register, read on registerToday.
func registerSheets(t testing.TB) []Sheet {
	t.Helper()
	data, err := os.ReadFile("testdata/register-input.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ws, err := model.Parse("register-input.yaml", data, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return []Sheet{{File: "register-input.yaml", Worksheet: ws, Today: registerToday}}
}

// TestGoldenRegister renders the plan with its register in every format.
func TestGoldenRegister(t *testing.T) {
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, classify.Default(), f, registerSheets(t)); err != nil {
				t.Fatal(err)
			}
			ext := map[Format]string{Text: "txt", JSON: "json", YAML: "yaml", Markdown: "md", CSV: "csv", HTML: "html"}[f]
			golden(t, "register."+ext, buf.Bytes())
		})
	}
}

// The JSON output carries the register as FRAMEWORK §9 writes it: each risk's
// entry ("none" without one) with overdue, the stale entries, the review, and
// the summary's counts; the same from a stream of the file.
func TestRegisterJSON(t *testing.T) {
	type entry struct {
		Status, Owner, Due, Note string
		Overdue                  bool
	}
	var doc struct {
		Activities []struct {
			ID    string
			Risks []struct {
				ID         string
				Mitigation string
				Register   entry
			}
			StaleRegister []string `json:"stale_register"`
			HRDDPReview   *struct {
				Date    string
				Overdue bool
			} `json:"hrddp_review"`
		}
		Summary struct {
			Register map[string]int
		}
	}
	data, _ := os.ReadFile("testdata/register-input.yaml")
	st, err := model.OpenStream("register-input.yaml", data, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	var whole, streamed bytes.Buffer
	if err := Write(&whole, classify.Default(), JSON, registerSheets(t)); err != nil {
		t.Fatal(err)
	}
	if err := Write(&streamed, classify.Default(), JSON, []Sheet{{File: "register-input.yaml", Stream: st, Today: registerToday}}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(whole.Bytes(), streamed.Bytes()) {
		t.Error("a streamed file gives another document")
	}
	if err := json.Unmarshal(whole.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]entry{}
	for _, a := range doc.Activities {
		for _, k := range a.Risks {
			got[a.ID+"/"+k.ID] = k.Register
			if k.Mitigation == "" {
				t.Errorf("%s/%s: the chapter's advice is gone", a.ID, k.ID)
			}
		}
	}
	want := map[string]entry{
		"joint-offensive/grave-violations-support":         {Status: "in-place", Owner: "Human Rights Division", Due: "2026-03-31", Note: "Units screened against the database; two commanders excluded"},
		"joint-offensive/hrddp-not-assessed":               {Status: "planned", Owner: "Joint HRDDP task force", Due: "2026-04-15", Overdue: true},
		"joint-offensive/distrusted-partner":               {Status: "not-needed", Note: "Communities asked for the operation through the local protection committees"},
		"police-mentoring/capacity-without-accountability": {Status: "not-started", Owner: "UNPOL", Due: "2026-09-30"},
		"police-mentoring/no-community-input":              {Status: "none"},
		"local-reconciliation/no-community-input":          {Status: "none"},
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %+v, want %+v", k, got[k], w)
		}
	}
	a0 := doc.Activities[0]
	if strings.Join(a0.StaleRegister, " ") != "dual-role" || a0.HRDDPReview == nil || a0.HRDDPReview.Date != "2026-04-30" || !a0.HRDDPReview.Overdue {
		t.Errorf("first activity: stale %v, review %+v", a0.StaleRegister, a0.HRDDPReview)
	}
	if a2 := doc.Activities[2]; a2.StaleRegister != nil || a2.HRDDPReview != nil {
		t.Error("an activity without a register gains register keys")
	}
	// Risks firing: joint-offensive 3 (+ none else), police-mentoring 2, local-reconciliation 1.
	wantSum := map[string]int{"open": 4, "mitigated": 1, "accepted": 1, "overdue": 2}
	for k, v := range wantSum {
		if doc.Summary.Register[k] != v {
			t.Errorf("summary.register.%s = %d, want %d (%v)", k, doc.Summary.Register[k], v, doc.Summary.Register)
		}
	}
	if len(doc.Summary.Register) != 4 {
		t.Errorf("summary.register has keys %v", doc.Summary.Register)
	}
}

// The briefing's executive summary opens with what is overdue and the
// critical and high risks still open; a mitigated or accepted one is counted,
// not listed; the register table gives status, owner and due.
func TestBriefingRegister(t *testing.T) {
	for _, f := range []Format{Markdown, HTML} {
		out := render(t, f, registerSheets(t)[0])
		end := strings.Index(out, "Tier (2015 policy)") // the grid's header in HTML
		if f == Markdown {
			end = strings.Index(out, "| Agenda |")
		}
		summary := out[strings.Index(out, "Executive summary"):end]
		for _, want := range []string{"Overdue", "HRDDP risk assessment not done before support", "due 2026-04-15 · OVERDUE", "HRDDP review", "was due 2026-04-30",
			"Critical and high risks still open", "2 other critical or high risks are mitigated or accepted"} {
			if !strings.Contains(summary, want) {
				t.Errorf("%s: the executive summary lacks %q:\n%s", f, want, summary)
			}
		}
		if strings.Index(summary, "Overdue") > strings.Index(summary, "Critical and high risks still open") {
			t.Errorf("%s: overdue does not come first", f)
		}
		for _, settled := range []string{"Support to forces implicated in grave violations", "Working closely with a force that communities distrust"} {
			if strings.Contains(summary, settled) {
				t.Errorf("%s: the summary lists %q, which is not open", f, settled)
			}
		}
	}
	md := render(t, Markdown, registerSheets(t)[0])
	// The activity's HRDDP review too, as the executive summary says it
	// (the table left it out). The entry in the words of the activity's
	// section, "owner:" and all: it read "open · planned · <owner>" there,
	// and a note with no owner read as an owner.
	for _, row := range []string{"| Risk | Register | What to do |", "| open — planned · owner: Joint HRDDP task force · due 2026-04-15 · OVERDUE · HRDDP review 2026-04-30 — OVERDUE |",
		// The note too, as the executive summary shows it.
		"| mitigated — in place · owner: Human Rights Division · due 2026-03-31 · Units screened against the database; two commanders excluded · HRDDP review 2026-04-30 — OVERDUE |",
		"| accepted — not needed · Communities asked for the operation through the local protection committees · HRDDP review 2026-04-30 — OVERDUE |",
		"| open — not started · owner: UNPOL · due 2026-09-30 · HRDDP review 2026-06-30 |", "| open — no entry |"} {
		if entry, _, ok := strings.Cut(strings.Trim(row, "| "), " · HRDDP review"); ok && !strings.Contains(md, "Register: "+entry) && !strings.Contains(md, "Register:* "+entry) && !strings.Contains(md, "Register:** "+entry) {
			t.Errorf("the activity's section does not say the entry as the register table does: %q", entry)
		}
		if !strings.Contains(md, row) {
			t.Errorf("the register table lacks %q", row)
		}
	}
}

// Text and CSV carry each risk's place in the register; an activity that
// keeps none says nothing of one in the text account.
func TestRegisterTextAndCSV(t *testing.T) {
	text := render(t, Text, registerSheets(t)[0])
	flat := strings.Join(strings.Fields(text), " ") // the account is wrapped at 80 columns
	for _, want := range []string{"register: 4 open, 1 mitigated, 1 accepted, 2 overdue", "Register: open — planned · owner: Joint HRDDP task force · due 2026-04-15 · OVERDUE",
		"HRDDP review: 2026-04-30 — OVERDUE", "Stale: dual-role does not fire now; kept: planned · owner: Force headquarters"} {
		if !strings.Contains(flat, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	last := text[strings.Index(text, "local-reconciliation —"):]
	if strings.Contains(last, "Register") {
		t.Error("an activity without a register shows one")
	}
	csvOut := render(t, CSV, registerSheets(t)[0])
	if !strings.Contains(csvOut, "register,register_statuses,overdue_risk_ids,stale_register,hrddp_review,hrddp_review_overdue") ||
		!strings.Contains(csvOut, ",in-place planned not-needed,hrddp-not-assessed,dual-role,2026-04-30,true") {
		t.Errorf("CSV register columns:\n%s", csvOut)
	}
}

// The YAML output holds the same register as the JSON output (dates as text).
func TestRegisterYAMLHasTheJSONShape(t *testing.T) {
	var fromJSON, fromYAML any
	if err := json.Unmarshal([]byte(render(t, JSON, registerSheets(t)[0])), &fromJSON); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal([]byte(render(t, YAML, registerSheets(t)[0])), &fromYAML); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(fromYAML)
	var norm any
	json.Unmarshal(again, &norm)
	a, _ := json.Marshal(fromJSON)
	b, _ := json.Marshal(norm)
	if !bytes.Equal(a, b) {
		t.Errorf("the YAML output does not hold the same document as the JSON output:\n%s\n%s", a, b)
	}
}
