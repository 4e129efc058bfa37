package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// WriteExplain prints, for every activity, each verdict (tier, agenda, every
// risk) with the rulebook line that decided it and the facts it read, with
// their values: `pocssr classify --explain`. Like an evaluation trace, it
// renders what the engine recorded; it evaluates nothing again. An activity
// that keeps a register (FRAMEWORK §9) has each risk's entry under it (status,
// owner, due, note, as of the sheet's Today), its HRDDP review and its stale
// entries.
func WriteExplain(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	var b strings.Builder
	for si, sh := range sheets {
		if si > 0 {
			b.WriteString("\n")
		}
		first := true
		for a := range sh.stream().All() {
			if !first {
				b.WriteString("\n")
			}
			first = false
			r := rb.ClassifyOn(a, sh.Today)
			explainResult(&b, rb, &r)
			if d := sh.reading(a); d != nil {
				writeReadingTrace(&b, rb, a, d)
			}
			if b.Len() > 64<<10 {
				if _, err := io.WriteString(w, b.String()); err != nil {
					return err
				}
				b.Reset()
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// explainResult writes the trace of one result.
func explainResult(b *strings.Builder, rb *classify.Rulebook, r *classify.Result) {
	fmt.Fprintf(b, "%s — %s\n", OneLine(r.ID), OneLine(r.Title))
	p := &r.Policy
	if p.Info != nil {
		fmt.Fprintf(b, "  tier %d: %s\n", p.Tier, p.Info.Title)
		entry(b, "decided by", fmt.Sprintf("%s · the primary kind %s is placed at tier %d", p.Pos, p.Kind.ID, p.Tier))
		if p.InsideSSR {
			entry(b, "reading", fmt.Sprintf("inside SSR: tier 3 and the kind acts on security institutions (%s)", p.Kind.Pos))
		}
	} else {
		b.WriteString("  tier: undetermined\n")
		entry(b, "decided by", fmt.Sprintf("%s · explanation tier-none", p.Pos))
	}
	entry(b, "read", factValues(rb, []classify.FactValue{p.Kinds()}))

	n := &r.Narrow
	fmt.Fprintf(b, "  agenda %s: %s\n", n.Agenda, AgendaLabel(n))
	decided := fmt.Sprintf("%s · rule %s", n.Pos, n.Rule)
	if p.Kind != nil {
		decided += fmt.Sprintf(", on the kind %s (%s)", p.Kind.ID, p.Kind.Pos)
	}
	entry(b, "decided by", decided)
	if n.Basis != nil {
		entry(b, "basis", fmt.Sprintf("%s: %s", n.Basis.ID, n.Basis.Title))
	}
	entry(b, "read", factValues(rb, n.Facts()))

	if len(r.Risks) == 0 {
		b.WriteString("  risks: none fires\n")
	}
	keeps := r.KeepsRegister()
	for _, k := range r.Risks {
		fmt.Fprintf(b, "  risk %s: %s\n", k.Rule.ID, k.Severity)
		entry(b, "decided by", fmt.Sprintf("%s · when %s", k.Rule.Pos, k.Rule.When.Describe()))
		if k.Raised != nil {
			entry(b, "severity", fmt.Sprintf("%s · %s when %s", k.Raised.Pos, k.Raised.Severity, k.Raised.When.Describe()))
		}
		entry(b, "read", factValues(rb, k.Facts()))
		if keeps {
			entry(b, "register", MitigationText(&k.Mitigation))
		}
	}
	if keeps {
		// The activity's own register lines, at the level of its verdicts.
		if d := r.HRDDPReview.Date; d != "" {
			late := ""
			if r.HRDDPReview.Overdue {
				late = " — OVERDUE"
			}
			fmt.Fprintf(b, "  HRDDP review: %s%s\n", d, late)
		}
		for i := range r.Stale {
			m := classify.Mitigation{Entry: r.Stale[i], State: classify.StateOf(r.Stale[i].Status)}
			fmt.Fprintf(b, "  stale entry %s: does not fire now\n", OneLine(r.Stale[i].Risk))
			entry(b, "register", EntryText(&m))
		}
	}
	if len(r.OpenQuestions) > 0 {
		open := make([]string, len(r.OpenQuestions))
		for i, q := range r.OpenQuestions {
			open[i] = q.Fact.Key()
		}
		entry(b, "open", strings.Join(open, ", "))
	}
}

// entry writes one labelled line of a trace, wrapped under its label.
func entry(b *strings.Builder, label, text string) {
	wrap(b, text, "    "+labelColumn(label, 11), strings.Repeat(" ", 15), textWidth+20)
}

// labelColumn is a trace's label in a column of width characters; a label as
// wide or wider ("nothing suggested") is followed by one space.
func labelColumn(label string, width int) string {
	if len(label) >= width {
		return label + " "
	}
	return fmt.Sprintf("%-*s", width, label)
}

// factValues lists facts with their values: "implementer = the mission itself".
func factValues(rb *classify.Rulebook, fvs []classify.FactValue) string {
	parts := make([]string, len(fvs))
	for i, fv := range fvs {
		parts[i] = fv.Fact.Key() + " = " + rb.ValueOf(fv)
	}
	return strings.Join(parts, "; ")
}
