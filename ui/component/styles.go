package component

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// Theme is the palette of the terminal UI: every colour has a light and a dark
// variant, and lipgloss picks one from the terminal's background (or from
// --light / --dark). No state is shown by colour alone; each coloured thing
// also carries a word or a mark.
type Theme struct {
	Text     lipgloss.AdaptiveColor
	Muted    lipgloss.AdaptiveColor
	Accent   lipgloss.AdaptiveColor
	Border   lipgloss.AdaptiveColor
	Selected lipgloss.AdaptiveColor // background of the selected row
	Error    lipgloss.AdaptiveColor
	Critical lipgloss.AdaptiveColor
	High     lipgloss.AdaptiveColor
	Medium   lipgloss.AdaptiveColor
	Low      lipgloss.AdaptiveColor
	POC      lipgloss.AdaptiveColor
	SSR      lipgloss.AdaptiveColor
	Overlap  lipgloss.AdaptiveColor
}

// DefaultTheme is the built-in palette.
func DefaultTheme() Theme {
	return Theme{
		Text:     lipgloss.AdaptiveColor{Light: "#1f2328", Dark: "#e6edf3"},
		Muted:    lipgloss.AdaptiveColor{Light: "#656d76", Dark: "#8b949e"},
		Accent:   lipgloss.AdaptiveColor{Light: "#0550ae", Dark: "#79c0ff"},
		Border:   lipgloss.AdaptiveColor{Light: "#afb8c1", Dark: "#484f58"},
		Selected: lipgloss.AdaptiveColor{Light: "#ddf4ff", Dark: "#1f3a5f"},
		Error:    lipgloss.AdaptiveColor{Light: "#cf222e", Dark: "#ff7b72"},
		Critical: lipgloss.AdaptiveColor{Light: "#a40e26", Dark: "#ff6b6b"},
		High:     lipgloss.AdaptiveColor{Light: "#bc4c00", Dark: "#ffa657"},
		Medium:   lipgloss.AdaptiveColor{Light: "#7d4e00", Dark: "#e3b341"},
		Low:      lipgloss.AdaptiveColor{Light: "#57606a", Dark: "#a5b1bd"},
		POC:      lipgloss.AdaptiveColor{Light: "#1a7f37", Dark: "#56d364"},
		SSR:      lipgloss.AdaptiveColor{Light: "#8250df", Dark: "#d2a8ff"},
		Overlap:  lipgloss.AdaptiveColor{Light: "#0969da", Dark: "#58a6ff"},
	}
}

// Styles are built once, when the program starts, and read by every screen.
type Styles struct {
	Title    lipgloss.Style // the bar at the top
	Screen   lipgloss.Style // the screen's name in the title bar
	Heading  lipgloss.Style // section headings inside a screen
	Label    lipgloss.Style // "Mission:", "Why:" ...
	Text     lipgloss.Style
	Muted    lipgloss.Style
	Accent   lipgloss.Style
	Error    lipgloss.Style
	Status   lipgloss.Style
	Selected lipgloss.Style // the row under the cursor (with a ">" mark too)
	Header   lipgloss.Style // column headers
	Rule     lipgloss.Style // horizontal rules
	Panel    lipgloss.Style // bordered panels (live verdict, summary)
	Dialog   lipgloss.Style // bordered prompts over the screen
	Key      lipgloss.Style // key names in help
	Marker   lipgloss.Style // the activity's mark in the drawings

	severity map[classify.Severity]lipgloss.Style
	agenda   map[classify.Agenda]lipgloss.Style
}

// NewStyles builds the styles of a theme.
func NewStyles(t Theme) *Styles {
	s := &Styles{
		Title:    lipgloss.NewStyle().Bold(true).Foreground(t.Accent),
		Screen:   lipgloss.NewStyle().Bold(true).Foreground(t.Text),
		Heading:  lipgloss.NewStyle().Bold(true).Foreground(t.Accent),
		Label:    lipgloss.NewStyle().Bold(true).Foreground(t.Text),
		Text:     lipgloss.NewStyle().Foreground(t.Text),
		Muted:    lipgloss.NewStyle().Foreground(t.Muted),
		Accent:   lipgloss.NewStyle().Foreground(t.Accent),
		Error:    lipgloss.NewStyle().Bold(true).Foreground(t.Error),
		Status:   lipgloss.NewStyle().Foreground(t.Muted),
		Selected: lipgloss.NewStyle().Bold(true).Background(t.Selected).Foreground(t.Text),
		Header:   lipgloss.NewStyle().Bold(true).Foreground(t.Muted),
		Rule:     lipgloss.NewStyle().Foreground(t.Border),
		Panel: lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(t.Border).
			Padding(0, 1),
		Dialog: lipgloss.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(t.Accent).
			Padding(0, 1),
		Key:    lipgloss.NewStyle().Bold(true).Foreground(t.Accent),
		Marker: lipgloss.NewStyle().Bold(true).Foreground(t.Critical),
		severity: map[classify.Severity]lipgloss.Style{
			classify.Critical: lipgloss.NewStyle().Bold(true).Foreground(t.Critical),
			classify.High:     lipgloss.NewStyle().Bold(true).Foreground(t.High),
			classify.Medium:   lipgloss.NewStyle().Foreground(t.Medium),
			classify.Low:      lipgloss.NewStyle().Foreground(t.Low),
		},
		agenda: map[classify.Agenda]lipgloss.Style{
			classify.POCOnly:      lipgloss.NewStyle().Foreground(t.POC),
			classify.SSROnly:      lipgloss.NewStyle().Foreground(t.SSR),
			classify.Overlap:      lipgloss.NewStyle().Bold(true).Foreground(t.Overlap),
			classify.Outside:      lipgloss.NewStyle().Foreground(t.Muted),
			classify.Undetermined: lipgloss.NewStyle().Foreground(t.Muted),
		},
	}
	return s
}

// Severity styles a severity's word; the word itself carries the meaning.
func (s *Styles) Severity(sev classify.Severity, text string) string {
	if st, ok := s.severity[sev]; ok {
		return st.Render(text)
	}
	return text
}

// Agenda styles an agenda's word.
func (s *Styles) Agenda(a classify.Agenda, text string) string {
	if st, ok := s.agenda[a]; ok {
		return st.Render(text)
	}
	return text
}

// Fit cuts s to width w (measuring display cells, styles included) and pads it
// with spaces to exactly w.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = Cut(s, w)
	if n := w - ansi.StringWidth(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// Cut cuts s to width w without padding.
func Cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		// A cut right after a full stop would read ".…", two marks in a
		// row: the stop goes, and the ellipsis alone says the text goes on.
		t := ansi.Truncate(s, w-1, "")
		for n := ansi.StringWidth(t); n > 0 && strings.HasSuffix(ansi.Strip(t), "."); n-- {
			t = ansi.Truncate(t, n-1, "")
		}
		return t + "…"
	}
	return s
}

// Wrap word-wraps safe text to width w, measuring terminal cells.
func Wrap(s string, w int) []string {
	return report.Wrap(report.OneLine(s), w)
}

// WrapItems wraps items joined with sep to width w, breaking between items:
// an item that fits on a line is never parted ("source: S/RES/2180 (2014)"
// above a bare "3"); one longer than a line is word-wrapped on lines of its own.
func WrapItems(items []string, sep string, w int) []string {
	var lines []string
	line := ""
	for _, it := range items {
		it = report.OneLine(it)
		switch {
		case line == "":
		case ansi.StringWidth(line+sep+it) <= w:
			line += sep + it
			continue
		default:
			lines = append(lines, line)
		}
		line = ""
		if ansi.StringWidth(it) <= w {
			line = it
			continue
		}
		parts := Wrap(it, w)
		lines = append(lines, parts[:len(parts)-1]...)
		line = parts[len(parts)-1]
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// WrapIndent wraps text after a first-line prefix, indenting the rest to match.
func WrapIndent(prefix, text string, w int) []string {
	pw := ansi.StringWidth(prefix)
	lines := Wrap(text, w-pw)
	pad := strings.Repeat(" ", pw)
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return lines
}

// Block makes exactly h lines of width w from s: longer content is cut,
// shorter is padded, so a screen never draws past its area.
func Block(s string, w, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i := range lines {
		lines[i] = Fit(lines[i], w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines, "\n")
}

// SeverityTag is a risk's severity as a fixed-width tag, readable without colour.
func SeverityTag(s classify.Severity) string {
	switch s {
	case classify.Critical:
		return "[CRIT]"
	case classify.High:
		return "[HIGH]"
	case classify.Medium:
		return "[MED] "
	case classify.Low:
		return "[LOW] "
	}
	return "[?]   "
}

// RiskMark is "~" before the severity tag of a risk that fires only on
// answers a draft's words suggested and nobody confirmed
// (classify.Risk.OnSuggested): "~[LOW]", as the worksheet's "~low" and the
// briefing's "~LOW" mark it; "" before any other.
func RiskMark(k classify.Risk) string {
	if k.OnSuggested {
		return "~"
	}
	return ""
}

// RiskCount counts a verdict's risks: where some fire only on suggested
// answers, as the board counts them (report.RiskPhraseShort: "2 risks (1 ~;
// ~high)"), so that the count states no more as fact than the marks of the
// risks; else "2 risks".
func RiskCount(r *classify.Result) string {
	if r.RisksOnSuggested() == 0 {
		return Plural(len(r.Risks), "risk", "risks")
	}
	return report.RiskPhraseShort(r, func(_ classify.Severity, s string) string { return s })
}

// Plural says "1 activity" or "3 activities".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// FactName is a fact's key as words: "combined_ops" → "combined ops".
func FactName(f model.Fact) string {
	return strings.ReplaceAll(f.Key(), "_", " ")
}

// FactList names facts as words, separated by commas.
func FactList(fs []model.Fact) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = FactName(f)
	}
	return strings.Join(names, ", ")
}

// TitleFrom makes a title from the first words of a description, for an
// activity finished or saved without one.
func TitleFrom(desc string) string {
	words := strings.Fields(report.OneLine(desc))
	if len(words) == 0 {
		return "Untitled activity"
	}
	if len(words) > 8 {
		return strings.Join(words[:8], " ") + "…"
	}
	return strings.Join(words, " ")
}
