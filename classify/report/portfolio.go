package report

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// OutputFinding is one portfolio finding of FRAMEWORK §8.
type OutputFinding struct {
	ID              string   `json:"id" yaml:"id"`
	Severity        string   `json:"severity" yaml:"severity"`
	Force           string   `json:"force" yaml:"force"`
	Activities      []string `json:"activities" yaml:"activities,flow"`
	Title           string   `json:"title" yaml:"title"`
	Why             string   `json:"why" yaml:"why"`
	Mitigation      string   `json:"mitigation" yaml:"mitigation"`
	Section         string   `json:"section" yaml:"section"`
	Recommendations []string `json:"recommendations" yaml:"recommendations,flow"`
	// WouldClear says what would clear it: an activity of which kinds on the force.
	WouldClear string   `json:"would_clear" yaml:"would_clear"`
	ClearKinds []string `json:"clear_kinds" yaml:"clear_kinds,flow"`
}

// NewOutputFindings converts findings to their §8 form; never nil, so that an
// empty list is written as [].
func NewOutputFindings(fs []classify.Finding) []OutputFinding {
	out := make([]OutputFinding, len(fs))
	for i, f := range fs {
		out[i] = OutputFinding{ID: f.Rule.ID, Severity: string(f.Severity), Force: f.Force,
			Activities: nonNil(f.Activities), Title: f.Rule.Title, Why: f.Why, Mitigation: f.Rule.Mitigation,
			Section: f.Rule.Section, Recommendations: nonNil(f.Rule.Recommendations),
			WouldClear: f.WouldClear, ClearKinds: nonNil(f.Rule.ClearKinds)}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// FindingHeading is a finding in one line: "[HIGH] title (id, force)".
func FindingHeading(f *classify.Finding) string {
	return fmt.Sprintf("[%s] %s (%s, %s)", strings.ToUpper(string(f.Severity)), f.Rule.Title, f.Rule.ID, f.Force)
}

// writePortfolioText writes the "Portfolio" section of the text account.
func writePortfolioText(b *strings.Builder, fs []classify.Finding, width int) {
	if len(fs) == 0 {
		b.WriteString("Portfolio: no finding across the activities with what is known\n\n")
		return
	}
	b.WriteString("Portfolio:\n")
	for i := range fs {
		f := &fs[i]
		wrap(b, FindingHeading(f), "  ", "    ", width)
		wrap(b, "why: "+f.Why, "    ", "      ", width)
		wrap(b, "do: "+f.Rule.Mitigation, "    ", "      ", width)
		wrap(b, "would clear: "+f.WouldClear, "    ", "      ", width)
		wrap(b, "see: "+f.Rule.Section, "    ", "      ", width)
	}
	b.WriteString("\n")
}

// writePortfolioMarkdown writes the "Portfolio" section of the briefing.
func writePortfolioMarkdown(b *strings.Builder, fs []classify.Finding) {
	b.WriteString("## Portfolio\n\n")
	if len(fs) == 0 {
		b.WriteString("No finding across the activities with what is known.\n\n")
		return
	}
	for _, f := range fs {
		fmt.Fprintf(b, "- **%s — %s: %s** (`%s`)\n", f.Severity, md(f.Force), md(f.Rule.Title), f.Rule.ID)
		fmt.Fprintf(b, "  - Why: %s\n", md(f.Why))
		fmt.Fprintf(b, "  - Mitigation: %s\n", md(f.Rule.Mitigation))
		fmt.Fprintf(b, "  - Would clear it: %s\n", md(f.WouldClear))
		fmt.Fprintf(b, "  - See: %s\n", md(f.Rule.Section))
	}
	b.WriteString("\n")
}
