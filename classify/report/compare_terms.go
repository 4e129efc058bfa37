package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/pocssr/pocssr/classify/compare"
)

// The mandate's terms in a comparison: the paragraphs that ask for no
// activity (end date, ceilings, reports asked for), in a section of their
// own after the tasks, so that a changed ceiling never reads as a task
// added. Only those that changed are listed; the unchanged are counted.

// CompareTermsHeading heads the section in every format.
const CompareTermsHeading = "Mandate terms: end date, ceilings and other paragraphs that ask for no activity"

// CompareTermRefs is "old ref → new ref", a dash for an absent side.
func CompareTermRefs(p *compare.TermPair) string {
	side := func(old bool) string {
		if r := p.Ref(old); r != "" {
			return OneLine(r)
		}
		if p.Text(old) != "" {
			return "?"
		}
		return "–"
	}
	return side(true) + " → " + side(false)
}

// CompareTermWhat says what a term is and how it changed: "reworded; sets the
// number of troops or police", "added; read as a task in the new mandate".
func CompareTermWhat(p *compare.TermPair) string {
	parts := []string{CompareTermChange(p)}
	for _, t := range []*compare.Term{p.NewTerm, p.OldTerm} {
		if t != nil && t.Why != "" {
			parts = append(parts, OneLine(t.Why))
			break
		}
	}
	switch {
	case p.OldTask != nil:
		parts = append(parts, "a task in the old mandate, which the new one's import leaves out")
	case p.NewTask != nil:
		parts = append(parts, "read as a task in the new mandate, which the old one's import left out")
	}
	return strings.Join(parts, "; ")
}

// CompareTermChange is how a term changed, worded as a task's change is
// (changeText): "renumbered" for the same words under another number,
// "moved and reworded", else the change itself ("reworded", "added" …).
func CompareTermChange(p *compare.TermPair) string {
	if old, new := p.Ref(true), p.Ref(false); old != "" && new != "" && old != new {
		switch p.Change {
		case compare.Unchanged:
			return "renumbered"
		case compare.Reworded:
			return "moved and reworded"
		}
	}
	return string(p.Change)
}

// CompareTermExcerpt is the opening words of a term that has no diff.
func CompareTermExcerpt(p *compare.TermPair) string {
	text := p.Text(false)
	if text == "" {
		text = p.Text(true)
	}
	w := strings.Fields(compare.Body(text))
	if len(w) > 14 {
		w = append(w[:14], "…")
	}
	return OneLine(strings.Join(w, " "))
}

// changedTerms are the term pairs that changed, and how many did not.
func changedTerms(c *compare.Comparison) (changed []*compare.TermPair, unchanged int) {
	for i := range c.Terms {
		if p := &c.Terms[i]; p.Change == compare.Unchanged {
			unchanged++
		} else {
			changed = append(changed, p)
		}
	}
	return changed, unchanged
}

// CompareTermsNone says why the section is empty.
func CompareTermsNone(c *compare.Comparison, unchanged int) string {
	switch {
	case len(c.Terms) == 0 && CompareTermsOneSided(c) != "":
		return "" // said already
	case len(c.Terms) == 0:
		return "None compared: only a mandate's text has them (a worksheet holds its tasks alone, and --all reads them as tasks)."
	}
	return fmt.Sprintf("None changed (%d the same).", unchanged)
}

// CompareTermsOneSided says, when one side has terms and the other none (a
// worksheet), that the first side's are not listed as added or dropped; ""
// otherwise.
func CompareTermsOneSided(c *compare.Comparison) string {
	switch o, n := len(c.Old.Terms), len(c.New.Terms); {
	case o == 0 && n > 0:
		return fmt.Sprintf("OLD holds no terms (a worksheet holds its tasks alone): the %d of NEW are listed only where a task of OLD pairs with one.", n)
	case n == 0 && o > 0:
		return fmt.Sprintf("NEW holds no terms (a worksheet holds its tasks alone): the %d of OLD are listed only where a task of NEW pairs with one.", o)
	}
	return ""
}

func writeTermsText(b *strings.Builder, c *compare.Comparison) {
	b.WriteString("\n" + CompareTermsHeading + "\n")
	if note := CompareTermsOneSided(c); note != "" {
		wrap(b, note, "  ", "  ", textWidth)
	}
	changed, unchanged := changedTerms(c)
	if len(changed) == 0 {
		if none := CompareTermsNone(c, unchanged); none != "" {
			wrap(b, none, "  ", "  ", textWidth)
		}
		return
	}
	for _, p := range changed {
		b.WriteString("\n")
		wrap(b, CompareTermRefs(p)+"  "+CompareTermWhat(p), "", "    ", textWidth)
		if len(p.Diff) > 0 {
			wrap(b, "words: "+diffText(p.Diff), "  ", "    ", textWidth)
		} else {
			wrap(b, "text: "+CompareTermExcerpt(p), "  ", "    ", textWidth)
		}
	}
	if unchanged > 0 {
		wrap(b, fmt.Sprintf("(%d more the same in both)", unchanged), "\n", "", textWidth)
	}
}

func writeTermsMarkdown(b *strings.Builder, c *compare.Comparison) {
	b.WriteString("\n## " + CompareTermsHeading + "\n\n")
	if note := CompareTermsOneSided(c); note != "" {
		b.WriteString(md(note) + "\n\n")
	}
	changed, unchanged := changedTerms(c)
	if len(changed) == 0 {
		if none := CompareTermsNone(c, unchanged); none != "" {
			b.WriteString(md(none) + "\n")
		}
		return
	}
	for _, p := range changed {
		text := md(CompareTermExcerpt(p))
		if len(p.Diff) > 0 {
			text = diffMarkdown(p.Diff)
		}
		fmt.Fprintf(b, "- **%s** (%s): %s\n", md(CompareTermRefs(p)), md(CompareTermWhat(p)), text)
	}
	if unchanged > 0 {
		fmt.Fprintf(b, "\n%d more the same in both.\n", unchanged)
	}
}

func writeTermsHTML(b *strings.Builder, c *compare.Comparison) {
	b.WriteString("<h2>" + esc(CompareTermsHeading) + "</h2>\n")
	if note := CompareTermsOneSided(c); note != "" {
		b.WriteString("<p class=\"muted\">" + esc(note) + "</p>\n")
	}
	changed, unchanged := changedTerms(c)
	if len(changed) == 0 {
		if none := CompareTermsNone(c, unchanged); none != "" {
			b.WriteString("<p>" + esc(none) + "</p>\n")
		}
		return
	}
	b.WriteString("<table class=\"pairs\">\n<tr><th>Old ref → new ref</th><th>Change</th><th>Text</th></tr>\n")
	for _, p := range changed {
		text := esc(CompareTermExcerpt(p))
		if len(p.Diff) > 0 {
			text = diffHTML(p.Diff)
		}
		fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n", esc(CompareTermRefs(p)), esc(CompareTermWhat(p)), text)
	}
	b.WriteString("</table>\n")
	if unchanged > 0 {
		fmt.Fprintf(b, "<p class=\"muted\">%d more the same in both.</p>\n", unchanged)
	}
}

// CompareTerm is a term of the mandates in the JSON form: both sides (a
// side is null when absent), how it changed, and the word diff.
type CompareTerm struct {
	Change     string          `json:"change"`
	Similarity float64         `json:"similarity"`
	Old        *CompareTermRef `json:"old"`
	New        *CompareTermRef `json:"new"`
	Diff       []CompareSpan   `json:"diff"`
}

// CompareTermRef is one side of a term: its reference, why the import left
// it out ("" for a task of that mandate, task true), and its text.
type CompareTermRef struct {
	Ref    string `json:"ref"`
	Reason string `json:"reason"`
	Task   bool   `json:"task"`
	Text   string `json:"text"`
}

func compareTerms(c *compare.Comparison) []CompareTerm {
	out := []CompareTerm{}
	side := func(p *compare.TermPair, old bool) *CompareTermRef {
		term, task := p.NewTerm, p.NewTask
		if old {
			term, task = p.OldTerm, p.OldTask
		}
		switch {
		case term != nil:
			return &CompareTermRef{Ref: term.Ref, Reason: term.Reason, Text: term.Text}
		case task != nil:
			return &CompareTermRef{Ref: compare.Ref(task), Task: true, Text: compare.TaskText(task)}
		}
		return nil
	}
	for i := range c.Terms {
		p := &c.Terms[i]
		t := CompareTerm{Change: string(p.Change), Similarity: math.Round(p.Similarity*1000) / 1000, Old: side(p, true), New: side(p, false), Diff: []CompareSpan{}}
		for _, s := range p.Diff {
			t.Diff = append(t.Diff, CompareSpan{Op: string(s.Op), Text: s.Text})
		}
		out = append(out, t)
	}
	return out
}
