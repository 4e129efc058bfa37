package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/model"
)

// CompareFormats lists the formats a comparison is written in.
var CompareFormats = []Format{Text, Markdown, HTML, JSON}

// ParseCompareFormat checks the format of a comparison.
func ParseCompareFormat(s string) (Format, error) {
	f, err := ParseFormat(s)
	if err != nil {
		return "", err
	}
	for _, g := range CompareFormats {
		if f == g {
			return f, nil
		}
	}
	return "", fmt.Errorf("a comparison is written as text, markdown, html or json, not %s", f)
}

// WriteComparison renders two mandates set side by side (compare.Compare)
// in format f.
func WriteComparison(w io.Writer, rb *classify.Rulebook, f Format, c *compare.Comparison) error {
	switch f {
	case JSON:
		data, err := json.MarshalIndent(NewCompareOutput(rb, c), "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(EscapeControls(data), '\n'))
		return err
	case Text:
		_, err := io.WriteString(w, compareText(rb, c))
		return err
	case Markdown:
		_, err := io.WriteString(w, compareMarkdown(rb, c))
		return err
	case HTML:
		_, err := io.WriteString(w, compareHTML(rb, c))
		return err
	}
	return fmt.Errorf("a comparison is written as text, markdown, html or json, not %s", f)
}

// CompareSchema names the shape of the comparison's JSON (docs/compare-json.md).
const CompareSchema = "pocssr/compare/v1"

// CompareOutput is a comparison as JSON; docs/compare-json.md describes it.
type CompareOutput struct {
	Schema    string           `json:"schema"`
	Old       CompareSide      `json:"old"`
	New       CompareSide      `json:"new"`
	Threshold float64          `json:"threshold"`
	Pairs     []ComparePair    `json:"pairs"`
	Terms     []CompareTerm    `json:"terms"`
	Totals    CompareTotals    `json:"totals"`
	Portfolio ComparePortfolio `json:"portfolio"`
	Summary   map[string]int   `json:"summary"`
}

// CompareSide names one mandate.
type CompareSide struct {
	File       string `json:"file"`
	Mission    string `json:"mission"`
	Mandate    string `json:"mandate"`
	Activities int    `json:"activities"`
}

// ComparePair is a pair of tasks, or one task alone, with its shift.
type ComparePair struct {
	Change     string        `json:"change"`
	Moved      bool          `json:"moved"`
	Similarity float64       `json:"similarity"`
	Old        *CompareTask  `json:"old"`
	New        *CompareTask  `json:"new"`
	Diff       []CompareSpan `json:"diff"`
	Shift      CompareShift  `json:"shift"`
}

// CompareTask is one side of a pair: the task and its verdicts.
type CompareTask struct {
	ID            string        `json:"id"`
	Ref           string        `json:"ref"`
	Title         string        `json:"title"`
	Tier          *int          `json:"tier"`
	Agenda        string        `json:"agenda"`
	Risks         []CompareRisk `json:"risks"`
	OpenQuestions []string      `json:"open_questions"`
}

// CompareRisk is a risk by its id and severity.
type CompareRisk struct {
	ID       string `json:"id"`
	Severity string `json:"severity"`
}

// CompareRegrade is a risk that fires on both tasks at another severity.
type CompareRegrade struct {
	ID  string `json:"id"`
	Old string `json:"old"`
	New string `json:"new"`
}

// CompareSpan is a stretch of a word diff.
type CompareSpan struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// CompareShift is how the verdicts moved, old to new.
type CompareShift struct {
	Changed         bool             `json:"changed"`
	Tier            *CompareTier     `json:"tier"`
	Agenda          *CompareAgenda   `json:"agenda"`
	RisksRaised     []CompareRisk    `json:"risks_raised"`
	RisksCleared    []CompareRisk    `json:"risks_cleared"`
	RisksRegraded   []CompareRegrade `json:"risks_regraded"`
	QuestionsOpened []string         `json:"questions_opened"`
	QuestionsClosed []string         `json:"questions_closed"`
	Because         []CompareFact    `json:"because"`
}

// CompareFact is a fact that moved the tier or the agenda, with its values
// in words on both sides.
type CompareFact struct {
	Fact string `json:"fact"`
	Old  string `json:"old"`
	New  string `json:"new"`
}

// CompareTier is a tier that moved (null: undetermined).
type CompareTier struct {
	Old *int `json:"old"`
	New *int `json:"new"`
}

// CompareAgenda is an agenda that moved.
type CompareAgenda struct {
	Old string `json:"old"`
	New string `json:"new"`
}

// CompareTotals are the tier × agenda grids of both mandates and their
// difference (new − old): tier ("1".."3", "none") → agenda → activities.
type CompareTotals struct {
	Old        map[string]map[string]int `json:"old"`
	New        map[string]map[string]int `json:"new"`
	Difference map[string]map[string]int `json:"difference"`
}

// ComparePortfolio lists the portfolio findings that appear in the new
// mandate, clear from the old, or remain in both.
type ComparePortfolio struct {
	Appeared []OutputFinding `json:"appeared"`
	Cleared  []OutputFinding `json:"cleared"`
	Remain   []OutputFinding `json:"remain"`
}

// NewCompareOutput converts a comparison to its JSON form.
func NewCompareOutput(rb *classify.Rulebook, c *compare.Comparison) CompareOutput {
	out := CompareOutput{Schema: CompareSchema, Old: compareSide(&c.Old), New: compareSide(&c.New),
		Threshold: c.Threshold, Pairs: make([]ComparePair, len(c.Pairs))}
	for i := range c.Pairs {
		p := &c.Pairs[i]
		cp := ComparePair{Change: string(p.Change), Moved: p.Moved(), Similarity: math.Round(p.Similarity*1000) / 1000,
			Old: compareTask(p.OldActivity, p.OldResult), New: compareTask(p.NewActivity, p.NewResult),
			Diff: []CompareSpan{}, Shift: compareShift(p)}
		for _, s := range p.Diff {
			cp.Diff = append(cp.Diff, CompareSpan{Op: string(s.Op), Text: s.Text})
		}
		out.Pairs[i] = cp
	}
	out.Terms = compareTerms(c)
	out.Totals = CompareTotals{Old: gridOf(c.Old.Summary), New: gridOf(c.New.Summary)}
	out.Totals.Difference = map[string]map[string]int{}
	for t, row := range out.Totals.New {
		out.Totals.Difference[t] = map[string]int{}
		for a, n := range row {
			out.Totals.Difference[t][a] = n - out.Totals.Old[t][a]
		}
	}
	out.Portfolio = ComparePortfolio{Appeared: NewOutputFindings(c.Portfolio.Appeared),
		Cleared: NewOutputFindings(c.Portfolio.Cleared), Remain: NewOutputFindings(c.Portfolio.Remain)}
	n := c.Count()
	out.Summary = map[string]int{"moved": n.Moved, "renumbered": n.Renumbered, "moved_and_reworded": n.MovedReworded, "verdicts_changed": n.VerdictsChanged}
	for _, ch := range compare.Changes {
		out.Summary[string(ch)] = n.ByChange[ch]
	}
	return out
}

func compareSide(m *compare.Mandate) CompareSide {
	return CompareSide{File: m.File, Mission: m.Worksheet.Mission, Mandate: m.Worksheet.Mandate, Activities: len(m.Worksheet.Activities)}
}

func tierPtr(t classify.Tier) *int {
	if t == 0 {
		return nil
	}
	n := int(t)
	return &n
}

func compareTask(a *model.Activity, r *classify.Result) *CompareTask {
	if a == nil {
		return nil
	}
	t := &CompareTask{ID: a.ID, Ref: compare.Ref(a), Title: a.Title, Tier: tierPtr(r.Tier), Agenda: string(r.Agenda),
		Risks: compareRisks(r.Risks), OpenQuestions: []string{}}
	for _, q := range r.OpenQuestions {
		t.OpenQuestions = append(t.OpenQuestions, q.Fact.Key())
	}
	return t
}

func compareRisks(rs []classify.Risk) []CompareRisk {
	out := []CompareRisk{}
	for _, r := range rs {
		out = append(out, CompareRisk{ID: r.Rule.ID, Severity: string(r.Severity)})
	}
	return out
}

func factKeys(fs []model.Fact) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Key())
	}
	return out
}

func compareShift(p *compare.Pair) CompareShift {
	s := &p.Shift
	out := CompareShift{Changed: s.Changed(), RisksRaised: compareRisks(s.RisksRaised), RisksCleared: compareRisks(s.RisksCleared),
		RisksRegraded: []CompareRegrade{}, QuestionsOpened: factKeys(s.QuestionsOpened), QuestionsClosed: factKeys(s.QuestionsClosed),
		Because: []CompareFact{}}
	for _, fc := range s.Because {
		out.Because = append(out.Because, CompareFact{Fact: fc.Fact.Key(), Old: fc.Old, New: fc.New})
	}
	if s.Tier {
		out.Tier = &CompareTier{Old: tierPtr(p.OldResult.Tier), New: tierPtr(p.NewResult.Tier)}
	}
	if s.Agenda {
		out.Agenda = &CompareAgenda{Old: string(p.OldResult.Agenda), New: string(p.NewResult.Agenda)}
	}
	for _, r := range s.RisksRegraded {
		out.RisksRegraded = append(out.RisksRegraded, CompareRegrade{ID: r[0].Rule.ID, Old: string(r[0].Severity), New: string(r[1].Severity)})
	}
	return out
}

// gridTiers are the rows of a tier × agenda grid, "none" for no tier yet.
var gridTiers = []classify.Tier{1, 2, 3, 0}

func gridKey(t classify.Tier) string {
	if t == 0 {
		return "none"
	}
	return strconv.Itoa(int(t))
}

// gridOf writes every cell of a summary's grid, zeros included, so that
// the shape never depends on the counts.
func gridOf(s *classify.Summary) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, t := range gridTiers {
		row := map[string]int{}
		for _, a := range classify.Agendas {
			row[string(a)] = s.Grid[t][a]
		}
		out[gridKey(t)] = row
	}
	return out
}

// refPair is "old ref → new ref", a dash for an absent side.
func refPair(p *compare.Pair) string {
	side := func(a *model.Activity) string {
		if a == nil {
			return "–"
		}
		return OneLine(compare.Ref(a))
	}
	return side(p.OldActivity) + " → " + side(p.NewActivity)
}

// pairTitle is the title of the new task, else of the old; of the old one
// for a merged task, which the pair is about (the new one has its own pair).
func pairTitle(p *compare.Pair) string {
	if p.NewActivity != nil && p.Change != compare.Merged {
		return OneLine(p.NewActivity.Title)
	}
	return OneLine(p.OldActivity.Title)
}

// verdictText is "tier 2, poc-only", "no tier, undetermined", or "none"
// for an absent side.
func verdictText(r *classify.Result) string {
	switch {
	case r == nil:
		return "none"
	case r.Tier == 0:
		return "no tier, " + string(r.Agenda)
	}
	return fmt.Sprintf("tier %d, %s", r.Tier, r.Agenda)
}

// changeText names a pair's change so that a planner can tell a paragraph
// that only took another number from one that also says something else:
// "renumbered" for the same words under another reference (the references
// stand beside it, "7 → 9"), "moved and reworded" when both changed, "split from 7" and "merged into 9" for a
// part, whose two references always differ.
func changeText(p *compare.Pair) string {
	switch {
	case p.Change == compare.Split:
		return "split from " + OneLine(compare.Ref(p.OldActivity))
	case p.Change == compare.Merged:
		return "merged into " + OneLine(compare.Ref(p.NewActivity))
	case !p.Moved():
		return string(p.Change)
	case p.Change == compare.Unchanged:
		return "renumbered"
	}
	return "moved and " + string(p.Change)
}
