package panel

import (
	"fmt"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// The portfolio findings as the worksheet and the questionnaire show them: the
// worksheet's running count of them, the summary's lines and the live
// verdict's notes. The findings' own screen is ui/portfolio, the rulebook's
// list of them is the framework's (ui/framework).

// firedCache keeps the findings of the last set that fired, so that drawing the
// summary renders their texts only when the set changes.
type firedCache struct {
	set      classify.FindingSet
	findings []classify.Finding
	valid    bool
}

// Fired lists the findings that fire on the worksheet, from the running tally:
// their rule, force and what would clear them (the activities need the view).
// The worksheet calls it after every Update, so that drawing finds them ready.
func (p *Summary) Fired() []classify.Finding {
	s := p.ctx.Sheet
	set := s.Portfolio().Firing()
	if !p.fired.valid || p.fired.set != set {
		p.fired = firedCache{set: set, findings: s.Rulebook().Fired(set), valid: true}
	}
	return p.fired.findings
}

// effect says which findings the activity's facts fs raise and which
// they clear: the worksheet's findings with the activity as fs describes it,
// against those without it. It re-counts one activity, never the worksheet.
func effect(s *session.Sheet, a *model.Activity, fs *model.Facts) (raises, clears []classify.Finding) {
	rb := s.Rulebook()
	without := *s.Portfolio()
	if v, ok := s.Cached(a); ok {
		without.Count(v.Mark, -1)
	}
	with := without
	with.Count(rb.PortfolioMark(fs), +1)
	w, wo := with.Firing(), without.Firing()
	return rb.Fired(w &^ wo), rb.Fired(wo &^ w)
}

// findingLine is a finding in one line: severity tag, title and force.
func findingLine(st *component.Styles, f *classify.Finding, w int) string {
	tag := component.SeverityTag(f.Severity)
	return st.Severity(f.Severity, tag) + " " + titleForce(f, w-len(tag)-1)
}

// titleForce is a finding's title and force in w cells. What is cut is the
// title, never the force: two findings of one rule differ only by their
// force, and a cut force would show them as the same line.
func titleForce(f *classify.Finding, w int) string {
	force := " — " + f.ForceLabel
	if ansi.StringWidth(f.Rule.Title+force) <= w {
		return f.Rule.Title + force
	}
	if room := w - ansi.StringWidth(force); room >= minTitleCells {
		return component.Cut(f.Rule.Title, room) + force
	}
	return component.Cut(f.Rule.Title+force, w)
}

// minTitleCells is the least of a finding's title worth showing before its
// force; narrower than this the line is cut from its end as any other.
const minTitleCells = 8

// maxFlatFindings is how many findings the summary below the list shows; a
// further line says how many more there are.
const maxFlatFindings = 2

// portfolioSide is the summary column's part on the portfolio findings.
func (p *Summary) portfolioSide(w int) []string {
	st := p.ctx.Styles
	fs := p.Fired()
	// The count says the findings held open too, as the line below the
	// list does ("P: 0, 3 held"): "(0)" read as none to look into.
	held := p.ctx.Sheet.Portfolio().HeldOpen().Len()
	// A count the drafts' suggested answers change is marked "~", as
	// the risk counts are.
	firesMark, heldMark := suggestedMarks(p.ctx.Sheet.PortfolioOnSuggested())
	count := fmt.Sprintf("Portfolio findings (%d%s)", len(fs), firesMark)
	if held > 0 || heldMark != "" {
		// the fewest words that fit beside " · P"
		for _, c := range []string{"Portfolio findings (%d%s, %d held open%s)", "Portfolio findings (%d%s, %d held%s)", "Portfolio: %d%s, %d held open%s", "Portfolio: %d%s, %d held%s"} {
			count = fmt.Sprintf(c, len(fs), firesMark, held, heldMark)
			if ansi.StringWidth(count+" · P") <= w {
				break
			}
		}
	}
	lines := []string{"", st.Label.Render(count) + st.Muted.Render(" · P")}
	if full, _ := report.AcrossCount(p.ctx.Sheet.Sources()); full != "" {
		// Of several mandates, the count is of each force across them,
		// as P and the briefing say.
		for _, l := range component.WrapIndent("  ", "counted "+full, w) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	if len(fs) == 0 {
		none := "none with what is known"
		if held > 0 {
			none += fmt.Sprintf("; %d held open by unknown facts", held)
		}
		if firesMark != "" || heldMark != "" {
			none += "; ~ suggested answers change them (P)"
		}
		for _, l := range component.WrapIndent("  ", none, w) {
			lines = append(lines, st.Muted.Render(l))
		}
		return lines
	}
	for i := range fs {
		f := &fs[i]
		tag := component.SeverityTag(f.Severity)
		wrapped := component.WrapIndent(tag+" ", f.Rule.Title+" — "+f.ForceLabel, w)
		wrapped[0] = st.Severity(f.Severity, tag) + wrapped[0][len(tag):]
		lines = append(lines, wrapped...)
	}
	return lines
}

// portfolioFlat is the summary's lines on the portfolio findings below the
// list: none when nothing fires, so the list keeps its room.
func (p *Summary) portfolioFlat(w int) []string {
	fs := p.Fired()
	var lines []string
	for i := range fs {
		if i == maxFlatFindings-1 && len(fs) > maxFlatFindings {
			lines = append(lines, p.ctx.Styles.Muted.Render(fmt.Sprintf("  … and %d more portfolio findings (P lists them)", len(fs)-i)))
			break
		}
		lines = append(lines, component.Cut("Portfolio: ", w)+findingLine(p.ctx.Styles, &fs[i], w-11))
	}
	return lines
}

// FlatHeight is the height of the summary below the list.
func (p *Summary) FlatHeight() int {
	return summaryFlatHeight + len(p.registerFlat(1<<16)) + min(len(p.Fired()), maxFlatFindings)
}

// PortfolioNote is what the activity being edited does to a portfolio finding.
type PortfolioNote struct {
	Raises  bool // it raises the finding; else it clears it
	Finding classify.Finding
}

func (n PortfolioNote) verb() string {
	if n.Raises {
		return "raises"
	}
	return "clears"
}

// PortfolioNotes compares the worksheet's findings with activity a as fs,
// the facts the live verdict shows, describes it, and without it.
func PortfolioNotes(s *session.Sheet, a *model.Activity, fs *model.Facts) []PortfolioNote {
	raises, clears := effect(s, a, fs)
	var out []PortfolioNote
	for _, f := range raises {
		out = append(out, PortfolioNote{Raises: true, Finding: f})
	}
	for _, f := range clears {
		out = append(out, PortfolioNote{Finding: f})
	}
	return out
}

// portfolioLine renders one note in at most w cells, its finding's title
// cut before its force.
func (p Live) portfolioLine(n PortfolioNote, w int) string {
	st, f := p.st, &n.Finding
	tag := component.SeverityTag(f.Severity)
	return component.Cut(st.Accent.Render(n.verb())+" "+st.Severity(f.Severity, tag)+" "+titleForce(f, w-len(n.verb())-len(tag)-2), w)
}

// PortfolioText is a note whole, in plain text: "raises [HIGH] … — army".
func PortfolioText(n PortfolioNote) string {
	f := &n.Finding
	return n.verb() + " " + component.SeverityTag(f.Severity) + " " + f.Rule.Title + " — " + f.ForceLabel
}

// portfolioCounted is how a portfolio note that gives way is counted.
const portfolioCounted = "1 portfolio note"

// suggestedMarks are the marks of the count of the findings that fire and
// of those held open: " (~)" where the drafts' suggested answers change
// it, else "".
func suggestedMarks(cs []classify.SuggestedChange) (fires, held string) {
	f, h := classify.Changes(cs)
	return report.SuggestedCount("", f), report.SuggestedCount("", h)
}
