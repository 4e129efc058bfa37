package compareview

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// The mandate's terms on the screen: the paragraphs the import of a
// mandate's text leaves out (end date, ceilings, reports asked for), as the
// comparison aligned them (compare.Comparison.Terms), in a list of their
// own that t switches to and from. They have no verdict, so the filter to
// changed verdicts is the tasks' alone; every term is listed, the unchanged
// too, each with its change and why the import left it out, and enter
// shows its word diff and both texts, as for a task.

// termRow is one term pair of the list, its cells settled when the screen
// opens.
type termRow struct {
	refs, change, why, text string
}

// notCompared is the change of a term that the other side, a worksheet,
// cannot say anything of.
const notCompared compare.Change = ""

// termList is the comparison's terms, then, when one side is a worksheet,
// the other side's terms that pair with none of its tasks, as they stand:
// the end date and the ceilings are worth reading even when a worksheet
// cannot say whether they changed.
func termList(c *compare.Comparison) []compare.TermPair {
	out := append([]compare.TermPair(nil), c.Terms...)
	listed := map[*compare.Term]bool{}
	for i := range c.Terms {
		listed[c.Terms[i].OldTerm], listed[c.Terms[i].NewTerm] = true, true
	}
	switch o, n := c.Old.Terms, c.New.Terms; {
	case len(o) == 0:
		for i := range n {
			if !listed[&n[i]] {
				out = append(out, compare.TermPair{Change: notCompared, NewTerm: &n[i]})
			}
		}
	case len(n) == 0:
		for i := range o {
			if !listed[&o[i]] {
				out = append(out, compare.TermPair{Change: notCompared, OldTerm: &o[i]})
			}
		}
	}
	return out
}

func newTermRow(p *compare.TermPair) termRow {
	why := ""
	for _, t := range []*compare.Term{p.NewTerm, p.OldTerm} {
		if t != nil && t.Why != "" {
			why = report.OneLine(t.Why)
			break
		}
	}
	if why == "" {
		why = "a task on one side"
	}
	if p.Change == notCompared {
		refs := "? → " + report.OneLine(p.Ref(false))
		if p.OldTerm != nil {
			refs = report.OneLine(p.Ref(true)) + " → ?"
		}
		return termRow{refs: refs, change: "not compared", why: why, text: report.CompareTermExcerpt(p)}
	}
	return termRow{refs: report.CompareTermRefs(p), change: report.CompareTermChange(p), why: why, text: report.CompareTermExcerpt(p)}
}

// SelectedTerm is the term pair under the cursor of the terms' list, nil
// when the list shows the tasks or there is no term.
func (s *Screen) SelectedTerm() *compare.TermPair {
	if s.c == nil || !s.terms || len(s.shown) == 0 {
		return nil
	}
	return &s.termPairs[s.shown[s.cursor]]
}

// Terms is how many term pairs the comparison holds.
func (s *Screen) Terms() int { return len(s.termRows) }

// switchList shows the terms instead of the tasks or back, each list on
// the row it was left on.
func (s *Screen) switchList() {
	at := -1
	if len(s.shown) > 0 {
		at = s.shown[s.cursor]
	}
	s.terms = !s.terms
	at, s.otherAt = s.otherAt, at
	s.top = 0
	s.filterAt(at)
}

// termsCount is the line that counts the terms: how many changed and how
// many are the same.
func (s *Screen) termsCount() string {
	changed := 0
	for i := range s.c.Terms {
		if s.c.Terms[i].Change != compare.Unchanged {
			changed++
		}
	}
	switch o, n := len(s.c.Old.Terms), len(s.c.New.Terms); {
	case o+n == 0:
		return "Mandate terms: none compared"
	case o == 0:
		return fmt.Sprintf("Mandate terms: %d of NEW's %d compared, OLD being a worksheet", len(s.c.Terms), n)
	case n == 0:
		return fmt.Sprintf("Mandate terms: %d of OLD's %d compared, NEW being a worksheet", len(s.c.Terms), o)
	}
	return fmt.Sprintf("Mandate terms: %d changed, %d the same", changed, len(s.c.Terms)-changed)
}

// termsHeaderLines are the lines above the terms' list: both mandates, the
// count, and, when one side is a worksheet, that its terms are unknown.
func (s *Screen) termsHeaderLines() []string {
	st, w := s.ctx.Styles, s.width
	lines := component.WrapIndent(st.Label.Render("OLD ")+" ", report.CompareSideLine(&s.c.Old), w)
	lines = append(lines, component.WrapIndent(st.Label.Render("NEW ")+" ", report.CompareSideLine(&s.c.New), w)...)
	lines = append(lines, st.Accent.Render(component.Cut(s.termsCount()+" (t: the tasks)", w)))
	if note := report.CompareTermsOneSided(s.c); note != "" {
		note += " The others follow, not compared; to compare them too, compare both mandates' texts (pocssr compare OLD.txt NEW.txt)."
		for _, l := range component.Wrap(note, w) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	return append(lines, "")
}

// termColumns are the widths of the terms' cells (refs, change, why); the
// text takes the rest.
func (s *Screen) termColumns() (refs, change, why int) {
	refs, change = len("old → new"), len("change")
	for _, r := range s.termRows {
		refs = max(refs, ansi.StringWidth(r.refs))
		change = max(change, ansi.StringWidth(r.change))
	}
	// A reference is never cut, up to a third of the width (as in the
	// tasks' list).
	refs, change = min(refs, max(16, s.width/3)), min(change, len("moved and reworded"))
	// The reason takes what the references, the change and 60 columns of
	// text leave, no more than the longest needs: on a wide screen it is
	// read whole, on a narrow one the term's page has it.
	longest := 0
	for _, r := range s.termRows {
		longest = max(longest, ansi.StringWidth(r.why))
	}
	why = max(len("left out because"), min(longest, max(24, s.width-refs-change-8-60)))
	return refs, change, why
}

// termsView draws the terms' list.
func (s *Screen) termsView() string {
	st := s.ctx.Styles
	lines := s.termsHeaderLines()
	rw, cw, ww := s.termColumns()
	head := fmt.Sprintf("  %s %s  %s  %s", component.Fit("old → new", rw), component.Fit("change", cw), component.Fit("left out because", ww), "text")
	lines = append(lines, st.Header.Render(component.Cut(head, s.width)))
	if len(s.shown) == 0 {
		none := report.CompareTermsNone(s.c, 0)
		if none == "" {
			none = "None listed: no task of one side pairs with a term of the other."
		}
		for _, l := range component.WrapIndent("  ", none, s.width) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	for i := s.top; i < len(s.shown) && i < s.top+s.listHeight(); i++ {
		r := s.termRows[s.shown[i]]
		mark := "  "
		if i == s.cursor {
			mark = "> "
		}
		line := component.Fit(mark+component.Fit(r.refs, rw)+" "+component.Fit(r.change, cw)+"  "+component.Fit(r.why, ww)+"  "+r.text, s.width)
		if i == s.cursor {
			line = st.Selected.Render(ansi.Strip(line))
		}
		lines = append(lines, line)
	}
	return component.Block(strings.Join(lines, "\n"), s.width, s.height)
}

// termPage is one term pair: how it changed, why each import left it out,
// the word diff, and both texts.
func (s *Screen) termPage(p *compare.TermPair) string {
	st, w := s.ctx.Styles, s.width
	head := newTermRow(p).refs + "  " + newTermRow(p).change
	if p.Similarity > 0 {
		head += fmt.Sprintf("  (similarity %.2f)", p.Similarity)
	}
	lines := []string{st.Heading.Render(component.Cut(head, w)), "", st.Label.Render("Left out because")}
	for _, side := range []struct {
		name string
		term *compare.Term
		task bool
		text string
	}{{"OLD", p.OldTerm, p.OldTask != nil, p.Text(true)}, {"NEW", p.NewTerm, p.NewTask != nil, p.Text(false)}} {
		why := "not in this mandate"
		switch {
		case side.term != nil && side.term.Why != "":
			why = report.OneLine(side.term.Why)
		case side.task:
			why = "not left out: a task of this mandate, which the other's import leaves out"
		case len(s.sideTerms(side.name == "OLD")) == 0:
			why = "unknown: a worksheet holds its tasks alone"
		}
		lines = append(lines, component.WrapIndent("  "+side.name+": ", why, w)...)
	}
	switch {
	case len(p.Diff) > 0:
		lines = append(lines, "", st.Label.Render("Words")+st.Muted.Render("  [-removed-] {+added+}"))
		lines = append(lines, s.diffLines(p.Diff, w-2, "  ")...)
	case p.Change == compare.Unchanged:
		lines = append(lines, "", st.Label.Render("Words")+st.Muted.Render("  the same in both"))
	}
	lines = append(lines, "", st.Rule.Render(strings.Repeat("─", w)))
	text := func(old bool, cw int) []string {
		name := "NEW " + p.Ref(false)
		if old {
			name = "OLD " + p.Ref(true)
		}
		out := []string{st.Heading.Render(component.Cut(strings.TrimSpace(name), cw))}
		if t := p.Text(old); t != "" {
			return append(out, component.WrapIndent("  ", report.OneLine(t), cw)...)
		}
		none := "  no such term in this mandate"
		if len(s.sideTerms(old)) == 0 {
			none = "  unknown: a worksheet holds its tasks alone"
		}
		return append(out, st.Muted.Render(component.Cut(none, cw)))
	}
	if w >= sideBySide {
		cw := (w - 3) / 2
		left, right := text(true, cw), text(false, cw)
		for i := 0; i < max(len(left), len(right)); i++ {
			ll, rr := "", ""
			if i < len(left) {
				ll = left[i]
			}
			if i < len(right) {
				rr = right[i]
			}
			lines = append(lines, component.Fit(ll, cw)+st.Rule.Render(" │ ")+rr)
		}
	} else {
		lines = append(lines, text(true, w)...)
		lines = append(lines, "")
		lines = append(lines, text(false, w)...)
	}
	return strings.Join(lines, "\n")
}

// sideTerms are the terms one mandate's text had; none for a worksheet.
func (s *Screen) sideTerms(old bool) []compare.Term {
	if old {
		return s.c.Old.Terms
	}
	return s.c.New.Terms
}
