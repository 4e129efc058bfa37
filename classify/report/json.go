package report

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Output is the JSON document of docs/json-output.md (and the YAML one, same shape).
type Output struct {
	Schema     string           `json:"schema" yaml:"schema"`
	Mission    string           `json:"mission" yaml:"mission"`
	Mandate    string           `json:"mandate,omitempty" yaml:"mandate,omitempty"`
	Activities []OutputActivity `json:"activities" yaml:"activities"`
	Portfolio  []OutputFinding  `json:"portfolio" yaml:"portfolio"`
	Summary    OutputSummary    `json:"summary" yaml:"summary"`
}

// OutputActivity is one activity's classification in docs/json-output.md.
type OutputActivity struct {
	ID            string         `json:"id" yaml:"id"`
	Title         string         `json:"title" yaml:"title"`
	Tier          *int           `json:"tier" yaml:"tier"`
	AlsoTiers     []int          `json:"also_tiers" yaml:"also_tiers,flow"`
	Agenda        string         `json:"agenda" yaml:"agenda"`
	OverlapBasis  string         `json:"overlap_basis" yaml:"overlap_basis"`
	Reasons       []string       `json:"reasons" yaml:"reasons"`
	Risks         []OutputRisk   `json:"risks" yaml:"risks"`
	OpenQuestions []OutputQ      `json:"open_questions" yaml:"open_questions"`
	WouldChange   []OutputChange `json:"would_change" yaml:"would_change"`
	// FRAMEWORK §9: the register entries for risks that do not fire, and the
	// next HRDDP review, each only when there is one.
	StaleRegister []string      `json:"stale_register,omitempty" yaml:"stale_register,omitempty,flow"`
	HRDDPReview   *OutputReview `json:"hrddp_review,omitempty" yaml:"hrddp_review,omitempty"`
}

// OutputReview is an activity's next HRDDP review (FRAMEWORK §9).
type OutputReview struct {
	Date    string `json:"date" yaml:"date"`
	Overdue bool   `json:"overdue" yaml:"overdue"`
}

// OutputMitigation is a risk's register entry (FRAMEWORK §9): its status
// ("none" without an entry), owner, due date, note, and whether it is overdue.
type OutputMitigation struct {
	Status  string `json:"status" yaml:"status"`
	Owner   string `json:"owner" yaml:"owner"`
	Due     string `json:"due" yaml:"due"`
	Note    string `json:"note" yaml:"note"`
	Overdue bool   `json:"overdue" yaml:"overdue"`
}

// OutputRegister counts the firing risks by their register state, and what is
// overdue (FRAMEWORK §9).
type OutputRegister struct {
	Open      int `json:"open" yaml:"open"`
	Mitigated int `json:"mitigated" yaml:"mitigated"`
	Accepted  int `json:"accepted" yaml:"accepted"`
	Overdue   int `json:"overdue" yaml:"overdue"`
}

// OutputRisk is one friction risk.
type OutputRisk struct {
	ID              string   `json:"id" yaml:"id"`
	Severity        string   `json:"severity" yaml:"severity"`
	Title           string   `json:"title" yaml:"title"`
	Why             string   `json:"why" yaml:"why"`
	Mitigation      string   `json:"mitigation" yaml:"mitigation"`
	Section         string   `json:"section" yaml:"section"`
	Recommendations []string `json:"recommendations" yaml:"recommendations,flow"`
	// Register is where the risk stands in the activity's register. §6
	// already names the chapter's advice "mitigation", so the entry is
	// written under the worksheet's own key for it.
	Register OutputMitigation `json:"register" yaml:"register"`
}

// OutputQ is one open question.
type OutputQ struct {
	Fact     string `json:"fact" yaml:"fact"`
	Question string `json:"question" yaml:"question"`
}

// OutputChange is one entry of "would change".
type OutputChange struct {
	Agenda string `json:"agenda" yaml:"agenda"`
	If     string `json:"if" yaml:"if"`
}

// OutputSummary counts activities by tier and agenda, and risks by severity.
type OutputSummary struct {
	Activities int            `json:"activities" yaml:"activities"`
	ByTier     map[string]int `json:"by_tier" yaml:"by_tier"`
	ByAgenda   map[string]int `json:"by_agenda" yaml:"by_agenda"`
	BySeverity map[string]int `json:"by_severity" yaml:"by_severity"`
	Portfolio  int            `json:"portfolio" yaml:"portfolio"` // the number of portfolio findings
	Register   OutputRegister `json:"register" yaml:"register"`
}

// NewOutputActivity converts a result to its form in docs/json-output.md.
func NewOutputActivity(r *classify.Result) OutputActivity {
	o := OutputActivity{ID: r.ID, Title: r.Title, Agenda: string(r.Agenda), OverlapBasis: string(r.Basis),
		AlsoTiers: make([]int, len(r.AlsoTiers)), Reasons: r.Reasons,
		Risks: make([]OutputRisk, len(r.Risks)), OpenQuestions: make([]OutputQ, len(r.OpenQuestions)),
		WouldChange: make([]OutputChange, len(r.WouldChange))}
	if r.Tier != 0 {
		t := int(r.Tier)
		o.Tier = &t
	}
	if o.Reasons == nil {
		o.Reasons = []string{}
	}
	for i, t := range r.AlsoTiers {
		o.AlsoTiers[i] = int(t)
	}
	for i, k := range r.Risks {
		recs := k.Rule.Recommendations
		if recs == nil {
			recs = []string{}
		}
		o.Risks[i] = OutputRisk{ID: k.Rule.ID, Severity: string(k.Severity), Title: k.Rule.Title, Why: k.Why,
			Mitigation: k.Rule.Mitigation, Section: k.Rule.Section, Recommendations: recs, Register: NewOutputMitigation(&k.Mitigation)}
	}
	for _, e := range r.Stale {
		o.StaleRegister = append(o.StaleRegister, e.Risk)
	}
	if r.HRDDPReview.Date != "" {
		o.HRDDPReview = &OutputReview{Date: string(r.HRDDPReview.Date), Overdue: r.HRDDPReview.Overdue}
	}
	for i, q := range r.OpenQuestions {
		o.OpenQuestions[i] = OutputQ{Fact: q.Fact.Key(), Question: q.Question}
	}
	for i, c := range r.WouldChange {
		o.WouldChange[i] = OutputChange{Agenda: string(c.Agenda), If: c.If}
	}
	return o
}

// NewOutputMitigation converts a risk's place in the register to its §9 form.
func NewOutputMitigation(m *classify.Mitigation) OutputMitigation {
	if !m.HasEntry() {
		return OutputMitigation{Status: "none"}
	}
	return OutputMitigation{Status: string(m.Entry.Status), Owner: m.Entry.Owner, Due: string(m.Entry.Due), Note: m.Entry.Note, Overdue: m.Overdue}
}

// NewOutputSummary converts a summary to its form in docs/json-output.md: by_tier always has "1", "2"
// and "3" (and "undetermined" when any activity has no tier); the other counts
// list only what occurs.
func NewOutputSummary(s *classify.Summary) OutputSummary {
	o := OutputSummary{Activities: s.Activities, ByTier: map[string]int{}, ByAgenda: map[string]int{}, BySeverity: map[string]int{},
		Register: OutputRegister{Open: s.Register.Open, Mitigated: s.Register.Mitigated, Accepted: s.Register.Accepted, Overdue: s.Register.Overdue}}
	for t := 1; t <= 3; t++ {
		o.ByTier[strconv.Itoa(t)] = s.ByTier[t]
	}
	if s.ByTier[0] > 0 {
		o.ByTier["undetermined"] = s.ByTier[0]
	}
	for a, n := range s.ByAgenda {
		if n > 0 {
			o.ByAgenda[string(a)] = n
		}
	}
	for sev, n := range s.BySeverity {
		if n > 0 {
			o.BySeverity[string(sev)] = n
		}
	}
	return o
}

// writeJSON streams each sheet's document: activities are classified and written
// one at a time, so memory does not grow with the output.
func writeJSON(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := newActivityEncoder(rb)
	buf := make([]byte, 0, 16<<10)
	for _, sh := range sheets {
		ws := sh.stream()
		buf = append(buf[:0], `{"schema":`...)
		buf = appendJSONString(buf, model.Schema)
		buf = append(buf, `,"mission":`...)
		buf = appendJSONString(buf, ws.Mission)
		if ws.Mandate != "" {
			buf = append(buf, `,"mandate":`...)
			buf = appendJSONString(buf, ws.Mandate)
		}
		buf = append(buf, `,"activities":[`...)
		sum := classify.NewSummary()
		portfolio := rb.NewPortfolio()
		first := true
		for a := range ws.All() {
			if !first {
				buf = append(buf, ',')
			}
			first = false
			r := rb.ClassifyOn(a, sh.Today)
			sum.Add(&r)
			if sh.Whole == nil {
				portfolio.Add(a)
			}
			buf = enc.append(buf, &r)
			if len(buf) > 8<<10 {
				if _, err := bw.Write(buf); err != nil {
					return err
				}
				buf = buf[:0]
			}
		}
		if sh.Whole != nil {
			portfolio = sh.portfolio(rb)
		}
		findings := portfolio.Findings()
		data, err := json.Marshal(NewOutputFindings(findings))
		if err != nil {
			return err
		}
		buf = append(buf, `],"portfolio":`...)
		buf = append(buf, data...)
		buf = append(buf, `,"summary":`...)
		summary := NewOutputSummary(sum)
		summary.Portfolio = len(findings)
		if data, err = json.Marshal(summary); err != nil {
			return err
		}
		buf = append(buf, data...)
		buf = append(buf, "}\n"...)
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Build returns the document of docs/json-output.md for a worksheet, for callers that want the value.
func Build(rb *classify.Rulebook, ws *model.Worksheet) Output { return BuildOn(rb, ws, "") }

// BuildOn is Build with the register read on today (FRAMEWORK §9).
func BuildOn(rb *classify.Rulebook, ws *model.Worksheet, today model.Date) Output {
	return buildSheet(rb, Sheet{Worksheet: ws, Today: today})
}

// buildSheet returns the document of docs/json-output.md for a sheet: its activities, and the
// portfolio findings of the worksheet it was selected from.
func buildSheet(rb *classify.Rulebook, sh Sheet) Output {
	ws := sh.worksheet()
	results := classifyAll(rb, ws, sh.Today)
	o := Output{Schema: model.Schema, Mission: ws.Mission, Mandate: ws.Mandate, Activities: make([]OutputActivity, len(results))}
	for i := range results {
		o.Activities[i] = NewOutputActivity(&results[i])
	}
	findings := sh.portfolio(rb).Findings()
	o.Portfolio = NewOutputFindings(findings)
	o.Summary = NewOutputSummary(classify.Summarize(results))
	o.Summary.Portfolio = len(findings)
	return o
}
