package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The briefing a planner hands up: an executive summary (mandate and mission,
// the tier × agenda grid, the critical and high risks, the portfolio findings,
// the drafts still to review), the risk register, one section per activity
// named by its reference and title, and the recommendations with the
// activities they answer. brief gathers it once; the markdown and HTML
// writers only lay it out.

type brief struct {
	rb         *classify.Rulebook
	title      string // the mission, else the mandate, else the file
	mandate    string
	mission    string
	shown      string // what the selection keeps, in words; "" when whole
	preparedBy string // who prepared it (author, organisation); "" when unsaid
	of         int    // how many activities the whole worksheet holds
	items      []briefItem
	sum        *classify.Summary
	drafts     int
	findings   []classify.Finding
	open       []classify.OpenFinding
	hidden     map[string]string // the reference of each activity the selection leaves out, by id
	register   []registerRow     // every risk, most serious first
	recs       []briefRec
}

type briefItem struct {
	a     *model.Activity
	r     classify.Result
	ref   string
	draft bool
	acc   *Account
}

// name is the activity as the briefing names it: "6(ii) — title".
func (it *briefItem) name() string { return it.ref + " — " + it.acc.Title }

type registerRow struct {
	item int
	risk classify.Risk
}

type briefRec struct {
	rec   *classify.Recommendation
	items []int // the activities whose risks or findings it answers
}

func newBrief(rb *classify.Rulebook, sh Sheet) *brief {
	ws := sh.worksheet()
	b := &brief{rb: rb, mandate: OneLine(ws.Mandate), mission: OneLine(ws.Mission), sum: classify.NewSummary(), of: sh.Of,
		preparedBy: OneLine(sh.PreparedBy)}
	b.title = b.mission
	if b.title == "" {
		b.title = b.mandate
	}
	if b.title == "" {
		b.title = OneLine(sh.File)
	}
	if b.title == "" {
		b.title = "Worksheet"
	}
	if !sh.Selection.IsZero() {
		b.shown = sh.Selection.String()
	}
	if b.of == 0 {
		b.of = len(ws.Activities)
	}
	byID := map[string]int{}
	answers := map[string][]int{}
	answer := func(recIDs []string, item int) {
		for _, id := range recIDs {
			if !slices.Contains(answers[id], item) {
				answers[id] = append(answers[id], item)
			}
		}
	}
	for i, a := range ws.Activities {
		it := briefItem{a: a, r: rb.ClassifyOn(a, sh.Today), ref: sh.ref(a, i), draft: a.Status == model.StatusDraft}
		it.acc = NewAccount(rb, a, &it.r)
		if it.draft {
			b.drafts++
		}
		b.sum.Add(&it.r)
		byID[a.ID] = i
		for _, k := range it.r.Risks {
			answer(k.Rule.Recommendations, i)
		}
		b.items = append(b.items, it)
	}
	for _, sev := range classify.Severities {
		for i := range b.items {
			for _, k := range b.items[i].r.Risks {
				if k.Severity == sev {
					b.register = append(b.register, registerRow{i, k})
				}
			}
		}
	}
	p := sh.portfolio(rb)
	if sh.Whole != nil {
		b.hidden = map[string]string{}
		for i, a := range sh.Whole.Activities {
			if _, kept := byID[a.ID]; !kept {
				b.hidden[a.ID] = Ref(a, i+1)
			}
		}
	}
	b.findings, b.open = p.Findings(), p.Open()
	for _, f := range b.findings {
		for _, id := range f.Activities {
			if i, ok := byID[id]; ok {
				answer(f.Rule.Recommendations, i)
			}
		}
	}
	for _, rec := range rb.Recommendations {
		if items := answers[rec.ID]; len(items) > 0 {
			slices.Sort(items)
			b.recs = append(b.recs, briefRec{rec, items})
		}
	}
	return b
}

// countLine says how many activities the briefing covers and how many are
// drafts: "37 activities: 3 reviewed, 34 DRAFT (not yet reviewed)".
func (b *brief) countLine() string {
	n := len(b.items)
	s := plural(n, "activity", "activities")
	if b.shown != "" {
		s = fmt.Sprintf("%d of %d activities (%s; %d left out)", n, b.of, b.shown, b.of-n)
	}
	if b.drafts == 0 {
		return s + ", none a draft"
	}
	return fmt.Sprintf("%s: %d reviewed, %d DRAFT (not yet reviewed: facts suggested from the text)", s, n-b.drafts, b.drafts)
}

// seriousRisks groups the critical and high risks that are still open by
// rule and severity, each with the activities it fires for, most serious
// first.
func (b *brief) seriousRisks() []seriousRisk {
	var out []seriousRisk
	at := map[string]int{}
	for _, row := range b.register {
		if row.risk.Severity.Rank() < classify.High.Rank() || row.risk.Mitigation.State != classify.Open {
			continue
		}
		key := string(row.risk.Severity) + "/" + row.risk.Rule.ID
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			out = append(out, seriousRisk{severity: row.risk.Severity, rule: row.risk.Rule})
		}
		out[i].items = append(out[i].items, row.item)
	}
	return out
}

type seriousRisk struct {
	severity classify.Severity
	rule     *classify.RiskRule
	items    []int
}

// findingActivities names activities given by id.
func (b *brief) findingActivities(ids []string) []string {
	var out []string
	for _, id := range ids {
		found := false
		for i := range b.items {
			if b.items[i].a.ID == id {
				out = append(out, b.itemName(i))
				found = true
			}
		}
		if ref, ok := b.hidden[id]; ok && !found {
			out = append(out, ref+" (not shown here)")
		}
	}
	return out
}

// itemName is an activity's name with its DRAFT mark.
func (b *brief) itemName(i int) string {
	s := b.items[i].name()
	if b.items[i].draft {
		s += " (DRAFT)"
	}
	return s
}

// taskText is what the activity asks for: the paragraph of its source, else
// its description; context is the lead-in that frames it, when the task is
// the source's own text.
func (it *briefItem) taskText() (task, context string) {
	task = OneLine(it.a.Source.Text)
	desc := OneLine(it.a.Description)
	if task == "" {
		return desc, ""
	}
	if desc == task {
		desc = ""
	}
	return task, desc
}

// verdict is the verdict line, with "No tier yet" for a tier not known.
func (it *briefItem) verdict() string {
	v := VerdictLine(&it.r)
	if it.r.Tier == 0 {
		v = "No tier yet" + strings.TrimPrefix(v, TierText(0))
	}
	return v
}

// section returns the account's section of part p, or nil.
func (it *briefItem) section(p Part) *Section {
	for i := range it.acc.Sections {
		if it.acc.Sections[i].Part == p {
			return &it.acc.Sections[i]
		}
	}
	return nil
}

// why is the reason of a placement section, its lines on one line.
func (s *Section) why() string {
	out := ""
	for i, l := range s.Lines {
		if i > 0 {
			out += " "
		}
		out += OneLine(l.Text)
	}
	return out
}

// portfolioLine sums up the portfolio for the executive summary when no
// finding is certain: how many are held open by what is not known.
func (b *brief) portfolioLine() string {
	switch {
	case len(b.open) > 0:
		lead := "None certain yet; "
		if len(b.findings) > 0 {
			lead = "Also "
		}
		return lead + plural(len(b.open), "finding is", "findings are") + " held open by facts not known yet (see Portfolio)."
	case len(b.findings) == 0:
		return "None across these activities with what is known."
	}
	return ""
}

// openText says what holds an open finding back, naming the activities.
func (b *brief) openText(o *classify.OpenFinding) string {
	raised := b.findingActivities(o.Activities)
	return fmt.Sprintf("Held open: %s (%s). Raised by %s; %s might answer it once %s implementer, kinds or forces are known.",
		o.Rule.Title, o.Force, strings.Join(raised, "; "), plural(o.HeldCount, "other activity", "other activities"),
		map[bool]string{true: "its", false: "their"}[o.HeldCount == 1])
}

// briefEntry is one line of an activity's section, the same in every format:
// a label and its text; a risk also has its severity, title and what to do.
type briefEntry struct {
	Label    string
	Severity classify.Severity // set on a risk
	Title    string            // a risk's title
	Text     string
	Do       string // a risk's mitigation
	Register string // a risk's place in the register, when the activity keeps one
}

// entries lists the activity's section after its verdict: why this tier and
// this agenda, each risk, the open questions, what would change the agenda
// and the notes.
func (it *briefItem) entries(rb *classify.Rulebook) []briefEntry {
	var out []briefEntry
	for _, p := range []Part{PartTier, PartAgenda} {
		if sec := it.section(p); sec != nil {
			label := partName[p]
			if p == PartAgenda && it.r.Narrow.Basis != nil {
				label += " (" + it.r.Narrow.Basis.Title + ")"
			}
			out = append(out, briefEntry{Label: label, Text: sec.why()})
		}
	}
	keeps := it.r.KeepsRegister()
	for _, k := range it.r.Risks {
		e := briefEntry{Label: "Risk", Severity: k.Severity, Title: k.Rule.Title, Text: k.Why, Do: k.Rule.Mitigation}
		if keeps {
			e.Register = MitigationText(&k.Mitigation)
		}
		out = append(out, e)
	}
	out = append(out, it.registerEntries()...)
	if qs := it.r.OpenQuestions; len(qs) > 0 {
		texts := make([]string, len(qs))
		for i, q := range qs {
			texts[i] = q.Question
		}
		out = append(out, briefEntry{Label: fmt.Sprintf("Open questions (%d)", len(qs)), Text: strings.Join(texts, " ")})
	}
	if len(it.r.WouldChange) > 0 {
		texts := make([]string, len(it.r.WouldChange))
		for i, c := range it.r.WouldChange {
			texts[i] = ChangeText(rb, c)
		}
		out = append(out, briefEntry{Label: "Would change the agenda", Text: strings.Join(texts, "; ")})
	}
	if n := strings.TrimSpace(it.a.Notes); n != "" {
		out = append(out, briefEntry{Label: "Notes", Text: OneLine(n)})
	}
	return out
}
