package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// WriteRules prints the framework as a workshop handout, in markdown or text.
func WriteRules(w io.Writer, rb *classify.Rulebook, f Format) error {
	var b strings.Builder
	h := func(level int, title string) {
		if f == Markdown {
			fmt.Fprintf(&b, "%s %s\n\n", strings.Repeat("#", level), title)
			return
		}
		under := "="
		if level > 1 {
			under = "-"
		}
		if level > 2 {
			fmt.Fprintf(&b, "%s\n\n", title)
			return
		}
		fmt.Fprintf(&b, "%s\n%s\n\n", title, strings.Repeat(under, ansi.StringWidth(title)))
	}
	para := func(s string) {
		if f == Markdown {
			fmt.Fprintf(&b, "%s\n\n", s)
			return
		}
		for _, line := range Wrap(s, textWidth) {
			b.WriteString(line + "\n")
		}
		b.WriteString("\n")
	}
	item := func(s string) {
		if f == Markdown {
			fmt.Fprintf(&b, "- %s\n", s)
			return
		}
		wrap(&b, s, "  - ", "    ", textWidth)
	}
	code := func(s string) string {
		if f == Markdown {
			return "`" + s + "`"
		}
		return s
	}

	title := rb.Title
	if title == "" {
		title = "The POC/SSR activity framework"
	}
	h(1, title)
	h(2, "The 2015 policy: three tiers of POC")
	for _, t := range rb.Tiers {
		h(3, fmt.Sprintf("Tier %d: %s", t.Tier, t.Title))
		para(t.Description)
		var kinds []string
		for _, k := range rb.Kinds {
			if k.Tier == t.Tier {
				kinds = append(kinds, fmt.Sprintf("%s (%s)", k.Label, code(k.ID)))
			}
		}
		para("Kinds: " + strings.Join(kinds, "; ") + ".")
	}
	h(2, "The narrow reading: agendas")
	for _, a := range rb.Agendas {
		item(fmt.Sprintf("%s — %s: %s", code(string(a.ID)), a.Title, a.Description))
	}
	b.WriteString("\n")
	for _, basis := range rb.Bases {
		item(fmt.Sprintf("Overlap basis %s — %s: %s", code(string(basis.ID)), basis.Title, basis.Description))
	}
	b.WriteString("\n")

	h(2, "Kinds of activity")
	if f == Markdown {
		b.WriteString("| Kind | Tier | Direct protection | Security institutions | Reform | Overlap basis | HRDDP |\n")
		b.WriteString("|---|---|---|---|---|---|---|\n")
		for _, k := range rb.Kinds {
			basis := string(k.Basis)
			if basis == "" {
				basis = "–"
			}
			fmt.Fprintf(&b, "| %s (`%s`) | %d | %s | %s | %s | %s | %s |\n", k.Label, k.ID, k.Tier,
				yesNo(k.Direct), yesNo(k.Institutions), yesNo(k.Reform), basis, yesNo(k.HRDDP))
		}
		b.WriteString("\n")
	}
	for _, k := range rb.Kinds {
		item(fmt.Sprintf("%s (%s, tier %d): %s", k.Label, code(k.ID), k.Tier, k.Description))
	}
	b.WriteString("\n")

	h(2, "Terms")
	for _, t := range rb.Terms {
		item(fmt.Sprintf("%s — %s: %s", code(t.Name), t.Label, t.When.Describe()))
	}
	b.WriteString("\n")

	h(2, "Questions")
	for i, q := range rb.Questions {
		h(3, fmt.Sprintf("%d. %s (%s)", i+1, q.Question, code(q.Fact.Key())))
		if q.Help != "" {
			para(q.Help)
		}
		if q.Relevant != nil {
			para("Asked when " + q.Relevant.Describe() + ".")
		}
		if q.Fact.Type() == model.YesNo {
			item("yes: " + q.Yes)
			item("no: " + q.No)
		}
		for _, o := range q.Options {
			item(fmt.Sprintf("%s (%s): %s", o.Label, code(o.Value), o.Explain))
		}
		item("don't know: leave it unknown")
		b.WriteString("\n")
	}

	h(2, "Friction risks")
	for _, r := range rb.Risks {
		h(3, fmt.Sprintf("%s (%s, %s)", r.Title, code(r.ID), r.Severity))
		item("Fires when: " + r.When.Describe() + ".")
		for _, raise := range r.Raise {
			item(fmt.Sprintf("Severity %s when %s.", raise.Severity, raise.When.Describe()))
		}
		item("What to do: " + r.Mitigation)
		if r.Example != "" {
			item("From the chapter: " + r.Example)
		}
		item("See: " + r.Section)
		if len(r.Recommendations) > 0 {
			var titles []string
			for _, id := range r.Recommendations {
				if rec := rb.Recommendation(id); rec != nil {
					titles = append(titles, fmt.Sprintf("%s (%s)", rec.Title, code(id)))
				}
			}
			item("Recommendations: " + strings.Join(titles, "; "))
		}
		b.WriteString("\n")
	}

	if len(rb.Portfolio) > 0 {
		h(2, "Portfolio findings")
		para("Computed across all the activities of a worksheet, for each force; an activity that might answer a finding, because what decides it is not known yet, keeps the finding from firing.")
		for _, r := range rb.Portfolio {
			h(3, fmt.Sprintf("%s (%s, %s)", r.Title, code(r.ID), r.Severity))
			item("Raised for a force when an activity on it is known to hold: " + r.RaisedBy.Describe() + ".")
			item("Unless an activity on that force holds, or might hold: " + r.AnsweredBy.Describe() + ".")
			item("What to do: " + r.Mitigation)
			if r.Example != "" {
				item("From the chapter: " + r.Example)
			}
			item("See: " + r.Section)
			var titles []string
			for _, id := range r.Recommendations {
				if rec := rb.Recommendation(id); rec != nil {
					titles = append(titles, fmt.Sprintf("%s (%s)", rec.Title, code(id)))
				}
			}
			if len(titles) > 0 {
				item("Recommendations: " + strings.Join(titles, "; "))
			}
			b.WriteString("\n")
		}
	}

	h(2, "Recommendations")
	for _, rec := range rb.Recommendations {
		h(3, fmt.Sprintf("%s (%s)", rec.Title, code(rec.ID)))
		para(rec.Summary)
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
