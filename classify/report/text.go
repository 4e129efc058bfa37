package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// textWidth is the width the text account wraps at.
const textWidth = 80

// writeText writes a readable account of each activity.
func writeText(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	var b strings.Builder
	for si, sh := range sheets {
		if si > 0 {
			b.WriteString("\n")
		}
		ws := sh.worksheet()
		results := classifyAll(rb, ws)
		head := OneLine(ws.Mission)
		if head == "" {
			head = sh.File
		}
		if head != "" {
			fmt.Fprintf(&b, "%s\n", head)
		}
		if ws.Mandate != "" {
			fmt.Fprintf(&b, "Mandate: %s\n", OneLine(ws.Mandate))
		}
		s := classify.Summarize(results)
		fmt.Fprintf(&b, "%s\n\n", SummaryLine(s))
		writePortfolioText(&b, portfolioOf(rb, ws), textWidth)
		for i := range results {
			WriteActivityText(&b, rb, ws.Activities[i], &results[i], textWidth)
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// SummaryLine sums up a worksheet in one line.
func SummaryLine(s *classify.Summary) string {
	parts := []string{plural(s.Activities, "activity", "activities")}
	for t := 1; t <= 3; t++ {
		if s.ByTier[t] > 0 {
			parts = append(parts, fmt.Sprintf("T%d %d", t, s.ByTier[t]))
		}
	}
	for _, a := range classify.Agendas {
		if s.ByAgenda[a] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", a, s.ByAgenda[a]))
		}
	}
	var risks []string
	for _, sev := range classify.Severities {
		if s.BySeverity[sev] > 0 {
			risks = append(risks, fmt.Sprintf("%d %s", s.BySeverity[sev], sev))
		}
	}
	line := strings.Join(parts, " · ")
	if len(risks) > 0 {
		line += " · risks: " + strings.Join(risks, ", ")
	} else {
		line += " · no risks"
	}
	return line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// AgendaText is an agenda as people read it.
func AgendaText(a classify.Agenda) string {
	switch a {
	case classify.POCOnly:
		return "POC only"
	case classify.SSROnly:
		return "SSR only"
	case classify.Overlap:
		return "POC/SSR overlap"
	case classify.Outside:
		return "outside both"
	}
	return "undetermined"
}

// WriteResultText writes the account of one activity, wrapped at width.
func WriteResultText(b *strings.Builder, rb *classify.Rulebook, r *classify.Result, width int) {
	writeAccount(b, rb, r, "", width)
}

// WriteActivityText writes the account of one activity with its description.
func WriteActivityText(b *strings.Builder, rb *classify.Rulebook, a *model.Activity, r *classify.Result, width int) {
	writeAccount(b, rb, r, a.Description, width)
}

func writeAccount(b *strings.Builder, rb *classify.Rulebook, r *classify.Result, about string, width int) {
	fmt.Fprintf(b, "%s — %s\n", r.ID, OneLine(r.Title))
	if about = OneLine(about); about != "" {
		wrap(b, about, "  ", "  ", width)
	}
	tier := "Tier: undetermined"
	if t := rb.Tier(r.Tier); t != nil {
		tier = fmt.Sprintf("Tier %d: %s", r.Tier, t.Title)
	}
	agenda := "Agenda: " + AgendaText(r.Agenda)
	if r.Basis != classify.NoBasis {
		agenda += " (" + string(r.Basis) + ")"
	}
	fmt.Fprintf(b, "  %s\n  %s\n", tier, agenda)
	b.WriteString("  Why:\n")
	for _, reason := range r.Reasons {
		wrap(b, reason, "    - ", "      ", width)
	}
	if len(r.Risks) == 0 {
		b.WriteString("  Risks: none found with what is known\n")
	} else {
		b.WriteString("  Risks:\n")
		for _, k := range r.Risks {
			wrap(b, fmt.Sprintf("[%s] %s (%s)", strings.ToUpper(string(k.Severity)), k.Rule.Title, k.Rule.ID), "    ", "      ", width)
			wrap(b, "why: "+k.Why, "      ", "        ", width)
			wrap(b, "do: "+k.Rule.Mitigation, "      ", "        ", width)
			wrap(b, "see: "+k.Rule.Section, "      ", "        ", width)
		}
	}
	if len(r.OpenQuestions) > 0 {
		b.WriteString("  Open questions:\n")
		for _, q := range r.OpenQuestions {
			wrap(b, fmt.Sprintf("%s (%s)", q.Question, q.Fact.Key()), "    - ", "      ", width)
		}
	}
	if len(r.WouldChange) > 0 {
		b.WriteString("  Would change:\n")
		for _, c := range r.WouldChange {
			wrap(b, ChangeText(c), "    - ", "      ", width)
		}
	}
}

// wrap writes text word-wrapped to width, the first line after first and the
// rest after rest.
func wrap(b *strings.Builder, text, first, rest string, width int) {
	for i, line := range Wrap(OneLine(text), width-len(rest)) {
		if i == 0 {
			b.WriteString(first)
		} else {
			b.WriteString(rest)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
}

// Wrap splits text into lines of at most width characters, at spaces.
func Wrap(text string, width int) []string {
	if width < 10 {
		width = 10
	}
	var lines []string
	var line strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		wl := len([]rune(word))
		if n > 0 && n+1+wl > width {
			lines = append(lines, line.String())
			line.Reset()
			n = 0
		}
		if n > 0 {
			line.WriteByte(' ')
			n++
		}
		line.WriteString(word)
		n += wl
	}
	if n > 0 || len(lines) == 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// ChangeText says what would move an activity: "POC/SSR overlap if ...".
func ChangeText(c classify.Change) string {
	cond := c.If
	if r, n := utf8.DecodeRuneInString(cond); unicode.IsUpper(r) {
		if r2, _ := utf8.DecodeRuneInString(cond[n:]); !unicode.IsUpper(r2) {
			cond = string(unicode.ToLower(r)) + cond[n:]
		}
	}
	return AgendaText(c.Agenda) + " if " + cond
}
