package panel

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Live shows, beside the questionnaire, the verdict on what is known so
// far: tier, agenda, risks and open questions. It renders a classify.Result and
// is redrawn after every move in the questionnaire.
type Live struct {
	st *component.Styles
}

// NewLive makes the live verdict panel, drawn with the context's styles.
func NewLive(ctx *component.Context) Live { return Live{st: ctx.Styles} }

// Notes is what the live panel says about the verdict it shows.
type Notes struct {
	// Preview says which answers the verdict assumes when they are not the
	// activity's ("preview if you choose “X”"), else "".
	Preview string
	// PreviewOf names what the preview is of, for the verdict's own line
	// ("“none of these”", "the suggested answers"), "" where none: "Preview
	// on 1 suggested" stood above "(preview if you choose “none of
	// these”)", naming what it rested on but not what it previewed.
	PreviewOf string
	// Suggested lists the answers taken from the words and not yet
	// confirmed: they count as answers, marked as suggested.
	Suggested []model.Fact
	// Ticks says, while the planner's ticks on a suggested list differ
	// from the suggestion and are not yet saved, that the verdict rests on
	// them (component.TicksNote); "" otherwise.
	Ticks string
	// Portfolio says which portfolio findings the activity, as shown,
	// raises or clears across the worksheet.
	Portfolio []PortfolioNote
	// WholeKey is the key that shows the open questions and the risks
	// whole where the compact panel cuts or counts them ("" where no key
	// does): at 80×24 the line ended in '…', and the risks in "… and 3
	// more risks", with no way to read the rest.
	WholeKey string
}

// OpenNames are the verdict's open questions by their facts' names, as
// the compact panel lists them.
func OpenNames(r *classify.Result) []string {
	names := make([]string, len(r.OpenQuestions))
	for i, q := range r.OpenQuestions {
		names[i] = component.FactName(q.Fact)
	}
	return names
}

// OpenCut reports whether the compact panel at width w cuts the line of
// the open questions.
func OpenCut(r *classify.Result, w int) bool {
	return len(r.OpenQuestions) > 0 && lipgloss.Width(openLine(OpenNames(r))) > w
}

func openLine(names []string) string { return "Open: " + strings.Join(names, ", ") }

func (n Notes) suggestedLine() string {
	return "~ suggested, not yet confirmed: " + component.FactList(n.Suggested)
}

// CompactHeight is the height of the panel below the questions on a
// narrow terminal; CompactMin the least it gives way to: the rule above it
// and the verdict's line (tier, agenda, how many risks and open questions).
const (
	CompactHeight = 7
	CompactMin    = 2
)

func (p Live) tierLine(r *classify.Result) string {
	if r.Policy.Info == nil {
		return report.NoTierYet // as the 80 columns and the walk-through say it
	}
	return report.VerdictTier(r) + " " + r.Policy.Info.Title
}

// agendaLine is the agenda with the basis of an overlap, as every account
// shows them: the labels from the rulebook.
func (p Live) agendaLine(r *classify.Result) string {
	s := p.st.Agenda(r.Agenda, report.VerdictAgenda(r))
	if b := r.Narrow.Basis; b != nil {
		s += p.st.Muted.Render(" (" + b.Title + ")")
	}
	return s
}

// Side renders the panel as a bordered column of width w and height h.
func (p Live) Side(r *classify.Result, notes Notes, w, h int) string {
	st := p.st
	inner := w - st.Panel.GetHorizontalFrameSize()
	var lines []string
	lines = append(lines, st.Heading.Render("Live verdict"))
	if notes.Preview != "" {
		for _, l := range component.Wrap("("+notes.Preview+")", inner) {
			lines = append(lines, st.Accent.Render(l))
		}
	}
	if len(notes.Suggested) > 0 {
		for _, l := range component.WrapIndent("", notes.suggestedLine(), inner) {
			lines = append(lines, st.Accent.Render(l))
		}
	}
	if notes.Ticks != "" {
		for _, l := range component.WrapIndent("", notes.Ticks, inner) {
			lines = append(lines, st.Accent.Render(l))
		}
	}
	lines = append(lines, "", st.Label.Render("Tier   ")+component.Cut(p.tierLine(r), inner-7))
	lines = append(lines, st.Label.Render("Agenda ")+st.Agenda(r.Agenda, report.VerdictAgenda(r)))
	// What holds the agenda open, as the walk-through says it: "SSR only"
	// alone read as settled while the facts it rests on are not known.
	if while := report.AgendaWhileUnknown(&r.Narrow); while != "" {
		for _, l := range component.WrapIndent("       ", strings.TrimPrefix(while, ", "), inner) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	if b := r.Narrow.Basis; b != nil {
		for _, l := range component.WrapIndent("       ", "("+b.Title+")", inner) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	lines = append(lines, "")
	if len(r.Risks) == 0 {
		lines = append(lines, st.Label.Render("Risks")+st.Muted.Render("  none found with what is known"))
	} else {
		lines = append(lines, st.Label.Render(fmt.Sprintf("Risks (%d)", len(r.Risks))))
		for _, k := range r.Risks {
			// A risk that fires only on suggested answers is marked "~",
			// as the worksheet marks it.
			mark := component.RiskMark(k)
			for i, l := range component.WrapIndent(mark+component.SeverityTag(k.Severity)+" ", k.Rule.Title, inner) {
				if i == 0 {
					l = mark + st.Severity(k.Severity, component.SeverityTag(k.Severity)) + l[len(mark+component.SeverityTag(k.Severity)):]
				}
				lines = append(lines, l)
			}
		}
	}
	if len(notes.Portfolio) > 0 {
		lines = append(lines, "", st.Label.Render("Across the worksheet, this activity"))
		for _, n := range notes.Portfolio {
			lines = append(lines, p.portfolioLine(n, inner))
		}
	}
	lines = append(lines, "")
	innerH := h - st.Panel.GetVerticalFrameSize()
	if len(r.OpenQuestions) == 0 {
		lines = append(lines, st.Label.Render("Open questions")+st.Muted.Render("  none"))
	} else {
		lines = append(lines, st.Label.Render(fmt.Sprintf("Open questions (%d)", len(r.OpenQuestions))))
		// Wrapped where the panel has the rows for them all, else one line each.
		var wrapped, cuts []string
		for _, q := range r.OpenQuestions {
			wrapped = append(wrapped, component.WrapIndent("· ", q.Question, inner)...)
			cuts = append(cuts, "· "+component.Cut(q.Question, inner-2))
		}
		if len(lines)+len(wrapped) <= innerH {
			cuts = wrapped
		}
		lines = append(lines, cuts...)
	}
	if len(lines) > innerH && innerH > 0 {
		lines = append(lines[:innerH-1], st.Muted.Render("… (the full account on finishing)"))
	}
	box := st.Panel.Width(w - st.Panel.GetHorizontalBorderSize())
	return box.Render(component.Block(strings.Join(lines, "\n"), inner, innerH))
}

// Compact renders the panel in at most h lines of width w (CompactMin to
// CompactHeight), to lie below the questions on a narrow terminal: the
// verdict's line never gives way, the risks keep a line whenever there is
// one below it, and what the rows do not hold of the notes gives way.
func (p Live) Compact(r *classify.Result, notes Notes, w, h int) string {
	out, _ := p.compact(r, notes, w, h)
	return out
}

// Shown says what the compact panel names whole, for the screen to give
// whole elsewhere (the help) what it does not: every open question (not
// where their line is cut, nor where it gave way to a count, "+ not shown:
// 11 open"), every risk with its title uncut (not where risks past its rows
// are counted, "… and 3 more risks"), every portfolio note uncut and not
// given way, every suggested answer not yet confirmed, and the note on the
// planner's ticks not yet saved.
//
// Verdict says the verdict's line is whole, not cut.
type Shown struct{ Open, Risks, Portfolio, Suggested, Ticks, Verdict bool }

// Whole is what the compact panel in w×h names whole, drawn once.
func (p Live) Whole(r *classify.Result, notes Notes, w, h int) Shown {
	_, whole := p.compact(r, notes, w, h)
	return whole
}

func (p Live) compact(r *classify.Result, notes Notes, w, h int) (string, Shown) {
	h = max(CompactMin, min(CompactHeight, h))
	st := p.st
	// The counts stand in the verdict's line whatever its width: the
	// agenda's basis gives way to them.
	// Where the risks have no row below it, the verdict's line names the
	// one risk where it fits, else its count names the key that shows
	// them ("1 risk (?)"): at 80×24 it said "1 risk" and named none.
	riskCount := component.Plural(len(r.Risks), "risk", "risks")
	risksUnlisted := len(r.Risks) > 0 && h-2 <= 0
	if risksUnlisted && notes.WholeKey != "" {
		riskCount += st.Key.Render(" (" + notes.WholeKey + ")")
	}
	counts := " · " + riskCount + " · " + component.Plural(len(r.OpenQuestions), "open question", "open questions")
	label := st.Heading.Render(verdictLabel(notes, false))
	head := report.VerdictTier(r) + " · " + p.agendaLine(r) + counts
	riskNamed := false
	if risksUnlisted && len(r.Risks) == 1 {
		k := r.Risks[0]
		one := " · risk " + component.RiskMark(k) + st.Severity(k.Severity, component.SeverityTag(k.Severity)) + " " + report.OneLine(k.Rule.Title) +
			" · " + component.Plural(len(r.OpenQuestions), "open question", "open questions")
		for _, try := range []string{p.agendaLine(r), st.Agenda(r.Agenda, report.VerdictAgenda(r))} {
			if named := report.VerdictTier(r) + " · " + try + one; lipgloss.Width(label+named) <= w {
				head, riskNamed = named, true
				break
			}
		}
	}
	if lipgloss.Width(label+head) > w {
		head = report.VerdictTier(r) + " · " + st.Agenda(r.Agenda, report.VerdictAgenda(r)) + counts
	}
	// The ticks not yet saved are counted with the suggested answers
	// (verdictLabel): "Live verdict on 1 not confirmed: " gives way to "On
	// 1 not confirmed: " as for one suggested answer.
	if lipgloss.Width(label+head) > w && (notes.Preview != "" || len(notes.Suggested) > 0 || notes.Ticks != "") {
		label = st.Heading.Render(verdictLabel(notes, true))
	}
	if lipgloss.Width(label+head) > w {
		head = report.VerdictTier(r) + " · " + st.Agenda(r.Agenda, report.VerdictAgenda(r)) + " · " + riskCount + fmt.Sprintf(" · %d open", len(r.OpenQuestions))
	}
	verdict := component.Cut(label+head, w)
	verdictWhole := lipgloss.Width(label+head) <= w
	if key := " (" + notes.WholeKey + ")"; !verdictWhole && notes.WholeKey != "" {
		// Cut still: the key that shows it whole.
		verdict = component.Cut(label+head, w-lipgloss.Width(key)) + st.Key.Render(key)
	}
	lines := []string{st.Rule.Render(strings.Repeat("─", w)), verdict}
	var above, below []note
	if notes.Preview != "" {
		above = append(above, note{st.Accent.Render(component.Cut("("+notes.Preview+")", w)), "preview", ""})
	}
	// A suggested line that is cut names the key that shows it whole.
	suggestedWhole := true
	suggestedCounted := countSuggested(len(notes.Suggested))
	if len(notes.Suggested) > 0 {
		line := st.Accent.Render(component.Cut(notes.suggestedLine(), w))
		if lipgloss.Width(notes.suggestedLine()) > w {
			suggestedWhole = false
			if key := " (" + notes.WholeKey + ")"; notes.WholeKey != "" {
				line = st.Accent.Render(component.Cut(notes.suggestedLine(), w-lipgloss.Width(key))) + st.Key.Render(key)
			}
		}
		above = append(above, note{line, suggestedCounted, "~ suggested: " + component.FactList(notes.Suggested)})
	}
	if notes.Ticks != "" {
		above = append(above, note{st.Accent.Render(component.Cut(notes.Ticks, w)), ticksCounted, notes.Ticks})
	}
	// A note whose finding's title is cut names the key that shows it
	// whole: at 80×24 "raises [HIGH] The mission supports a force that
	// nothing in th… — army" named none.
	portfolioWhole := true
	for _, n := range notes.Portfolio {
		l := p.portfolioLine(n, w-11)
		if cut := PortfolioText(n) != ansi.Strip(l); cut {
			portfolioWhole = false
			if key := " (" + notes.WholeKey + ")"; notes.WholeKey != "" {
				l = p.portfolioLine(n, w-11-lipgloss.Width(key)) + st.Key.Render(key)
			}
		}
		above = append(above, note{st.Label.Render("Portfolio: ") + l, portfolioCounted, ""})
	}
	if len(r.OpenQuestions) > 0 {
		names := OpenNames(r)
		line := component.Cut(st.Label.Render("Open: ")+strings.Join(names, ", "), w)
		if sign := " (" + notes.WholeKey + ")"; notes.WholeKey != "" && OpenCut(r, w) {
			line = component.Cut(st.Label.Render("Open: ")+strings.Join(names, ", "), w-lipgloss.Width(sign)) + st.Key.Render(sign)
		}
		below = append(below, note{line, fmt.Sprintf("%d open", len(names)), openLine(names)})
	}
	// The risks keep a row before any note takes one: the notes give way
	// from the end (the open questions' names first), and risks past their
	// rows are counted, never dropped. The notes that give way are counted
	// on the last row the notes have ("+ not shown: 4 suggested · 10
	// open"), or on the verdict's line when they have none: none is
	// dropped without a sign. With no risk, the verdict's line says so and
	// the notes come first.
	room := h - len(lines)
	notesRoom := room
	if len(r.Risks) > 0 {
		notesRoom = room - min(1, room)
	}
	var gone, named []string
	if n := len(above) + len(below); n > notesRoom {
		keep := max(0, notesRoom-1)
		for i, x := range append(append([]note{}, above...), below...) {
			if i >= keep {
				gone = append(gone, x.counted)
				named = append(named, x.short)
			}
		}
		below = below[:max(0, min(len(below), keep-len(above)))]
		above = above[:min(len(above), keep)]
	}
	// below holds the open questions' line alone, where it is kept.
	openWhole := len(r.OpenQuestions) == 0 || len(below) > 0 && !OpenCut(r, w)
	portfolioWhole = portfolioWhole && !slices.Contains(gone, portfolioCounted)
	suggestedGone := len(notes.Suggested) > 0 && slices.Contains(gone, suggestedCounted)
	suggestedWhole = suggestedWhole && !suggestedGone
	ticksWhole := notes.Ticks == "" || !slices.Contains(gone, ticksCounted)
	// What the panel does not name whole, the help does: the key says so.
	unnamed := func() bool { return !openWhole || !portfolioWhole || !suggestedWhole || !ticksWhole }
	var sign string
	if len(gone) > 0 {
		sign = "+ not shown: " + strings.Join(foldCounts(gone), " · ")
		// The notes that gave way, folded into one line by their names
		// where it holds them whole: on a row of the notes, where they
		// have one (on the verdict's line only their count stands, "+ 1
		// suggested", and they are named whole nowhere but the help).
		if fold := strings.Join(named, " · "); notesRoom > 0 && !slices.Contains(named, "") && lipgloss.Width(fold) <= w {
			sign = fold
			if len(r.OpenQuestions) > 0 && len(below) == 0 {
				openWhole = true // they gave way, and the fold names them whole
			}
			if suggestedGone {
				suggestedWhole = true
			}
			ticksWhole = true
		}
		if notesRoom == 0 {
			// The verdict's line counts the open questions already.
			var rest []string
			for _, g := range foldCounts(gone) {
				if !strings.HasSuffix(g, " open") {
					rest = append(rest, g)
				}
			}
			// The open questions or a portfolio note gave way: the key that
			// shows them, on the verdict's line (at 80×24 question 1 said
			// "11 open questions · + 3 suggested" and named none).
			var key string
			if notes.WholeKey != "" && unnamed() {
				key = st.Key.Render(" (" + notes.WholeKey + ")")
			}
			if len(rest) > 0 || key != "" {
				// The sign takes the room of the longer words first: the
				// agenda's basis, the words of the counts, the label.
				suffix := key
				if len(rest) > 0 {
					suffix = st.Muted.Render(" · + "+strings.Join(rest, ", ")) + key
				}
				plain := report.VerdictTier(r) + " · " + st.Agenda(r.Agenda, report.VerdictAgenda(r))
				short := " · " + riskCount + fmt.Sprintf(" · %d open", len(r.OpenQuestions))
				line := label + plain + short + suffix
				for _, try := range []string{label + head + suffix, label + plain + counts + suffix, line} {
					if lipgloss.Width(try) <= w {
						line = try
						break
					}
				}
				if lipgloss.Width(line) > w {
					// The sign that it is a preview stays, in fewer words.
					line = st.Heading.Render(verdictLabel(notes, true)) + plain + short + suffix
				}
				if counted := uncounted(rest, notes); lipgloss.Width(line) > w && len(counted) < len(rest) && (len(counted) > 0 || key != "") {
					// The label counts the suggested answers and the ticks
					// already ("On 1 not confirmed: "): the sign after it
					// need not count them again, and the label stays.
					suffix = key
					if len(counted) > 0 {
						suffix = st.Muted.Render(" · + "+strings.Join(counted, ", ")) + key
					}
					line = st.Heading.Render(verdictLabel(notes, true)) + plain + short + suffix
				}
				if lipgloss.Width(line) > w {
					// The sign after it counts the preview and the
					// suggested answers that gave way: it says so.
					line = plain + short + suffix
				}
				lines[1] = component.Cut(line, w)
				verdictWhole = lipgloss.Width(line) <= w
				if k := " (" + notes.WholeKey + ")"; !verdictWhole && notes.WholeKey != "" {
					lines[1] = component.Cut(line, w-lipgloss.Width(k)) + st.Key.Render(k)
				}
			}
		} else {
			line := st.Muted.Render(component.Cut(sign, w))
			if key := " (" + notes.WholeKey + ")"; notes.WholeKey != "" && unnamed() {
				// The open questions or a portfolio note gave way: the key
				// that shows them.
				line = st.Muted.Render(component.Cut(sign, w-lipgloss.Width(key))) + st.Key.Render(key)
			}
			below = append(below, note{line, "", ""})
		}
	}
	for _, x := range above {
		lines = append(lines, x.line)
	}
	risks, risksWhole := p.compactRisks(r, w, room-len(above)-len(below), notes.WholeKey)
	lines = append(lines, risks...)
	for _, x := range below {
		lines = append(lines, x.line)
	}
	risksWhole = risksWhole || riskNamed && strings.Contains(ansi.Strip(lines[1]), report.OneLine(r.Risks[0].Rule.Title))
	return component.Block(strings.Join(lines, "\n"), w, len(lines)), Shown{openWhole, risksWhole, portfolioWhole, suggestedWhole, ticksWhole, verdictWhole}
}

// VerdictWhole is the compact panel's verdict line whole, for the help
// where the panel cut it (Shown.Verdict).
func (p Live) VerdictWhole(r *classify.Result, notes Notes) string {
	return ansi.Strip(verdictLabel(notes, false) + report.VerdictTier(r) + " · " + p.agendaLine(r) + " · " +
		component.Plural(len(r.Risks), "risk", "risks") + " · " + component.Plural(len(r.OpenQuestions), "open question", "open questions"))
}

// uncounted are the counts of the notes that gave way (rest) that the
// verdict's short label (verdictLabel) does not count already: it counts
// the suggested answers and the planner's ticks.
func uncounted(rest []string, notes Notes) []string {
	if notes.Preview != "" {
		return rest
	}
	var out []string
	for _, g := range rest {
		if _, ok := suggestedCount(g); ok || g == ticksCounted || strings.HasSuffix(g, " "+notConfirmedCounted) {
			continue
		}
		out = append(out, g)
	}
	return out
}

// ticksCounted counts the note on the planner's ticks where it gives way.
const ticksCounted = "your ticks"

// notConfirmedCounted counts the suggested answers and the planner's ticks
// together where both give way: the ticks are one answer not confirmed.
const notConfirmedCounted = "not confirmed"

// countSuggested counts the note on n suggested answers where it gives
// way; suggestedCount reads n back from it.
func countSuggested(n int) string { return strconv.Itoa(n) + " suggested" }

func suggestedCount(counted string) (int, bool) {
	s, ok := strings.CutSuffix(counted, " suggested")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// note is one line of the compact panel's notes, and how it is counted
// when it gives way.
// short is the note in a few words, for folding several into one line
// ("" when it has none).
type note struct{ line, counted, short string }

// foldCounts joins the counts of the notes that gave way, adding up the
// portfolio's lines into one count. The suggested answers and the
// planner's ticks that both gave way are counted as the questionnaire's
// heading counts them, "3 not confirmed": the same screen had said "+ 2
// suggested, your ticks" under "3 not confirmed".
func foldCounts(gone []string) []string {
	var out []string
	portfolio := 0
	suggested := -1
	if slices.Contains(gone, ticksCounted) {
		for _, g := range gone {
			if n, ok := suggestedCount(g); ok {
				suggested = n
			}
		}
	}
	for _, g := range gone {
		if g == "1 portfolio note" {
			portfolio++
			continue
		}
		if suggested >= 0 {
			if g == ticksCounted {
				continue
			}
			if _, ok := suggestedCount(g); ok {
				g = strconv.Itoa(suggested+1) + " " + notConfirmedCounted
			}
		}
		out = append(out, g)
	}
	if portfolio > 0 {
		out = append(out, component.Plural(portfolio, "portfolio note", "portfolio notes"))
	}
	return out
}

// compactRisks are the risks in at most rows lines of width w: those that
// do not fit are counted on the last line, beside the one risk when there
// is a single line, the count naming the key that shows them whole where
// there is one ("… and 3 more risks (?)"); and whether every risk is
// named with its title whole.
func (p Live) compactRisks(r *classify.Result, w, rows int, key string) ([]string, bool) {
	st := p.st
	if len(r.Risks) == 0 {
		if rows <= 0 {
			return nil, true
		}
		return []string{st.Muted.Render("No risk found with what is known.")}, true
	}
	if rows <= 0 {
		return nil, false // the verdict's line counts them
	}
	whole := len(r.Risks) <= rows
	line := func(k classify.Risk, w int) string {
		tag := component.SeverityTag(k.Severity)
		mark := component.RiskMark(k)
		if len(mark)+len(tag)+1+lipgloss.Width(k.Rule.Title) > w {
			whole = false
		}
		return mark + st.Severity(k.Severity, tag) + " " + component.Cut(k.Rule.Title, w-len(mark)-len(tag)-1)
	}
	if key != "" {
		key = " (" + key + ")"
	}
	if len(r.Risks) <= rows {
		lines := make([]string, len(r.Risks))
		for i, k := range r.Risks {
			lines[i] = line(k, w)
		}
		return lines, whole
	}
	if rows == 1 {
		sign := " · +" + component.Plural(len(r.Risks)-1, "more risk", "more risks")
		return []string{line(r.Risks[0], w-lipgloss.Width(sign+key)) + st.Muted.Render(sign) + st.Key.Render(key)}, whole
	}
	var lines []string
	for _, k := range r.Risks[:rows-1] {
		lines = append(lines, line(k, w))
	}
	more := len(r.Risks) - (rows - 1)
	return append(lines, st.Muted.Render("  … and "+component.Plural(more, "more risk", "more risks"))+st.Key.Render(key)), whole
}

// verdictLabel names the compact panel's verdict: a preview, or one that
// rests on suggested answers, says so on the verdict's own line, which
// never gives way (at 80×24 the note "(preview with the suggested
// answers)" gave way and "[CRIT] …" stood as fact under "Live verdict").
// short is the fewest words, where the verdict's line has little room.
//
// While the planner's ticks on a suggested list are not saved, they are
// counted with the suggested answers, "on 2 not confirmed", as the
// questionnaire's heading counts them: "on 1 suggested" stood under "2 not
// confirmed", the same answers counted two ways.
func verdictLabel(notes Notes, short bool) string {
	n := len(notes.Suggested)
	what := "suggested"
	if notes.Ticks != "" {
		n, what = n+1, notConfirmedCounted
	}
	switch {
	case notes.Preview != "" && notes.PreviewOf != "" && n > 0 && !short:
		return fmt.Sprintf("Preview of %s, on %d %s: ", notes.PreviewOf, n, what)
	case notes.Preview != "" && notes.PreviewOf != "" && !short:
		return fmt.Sprintf("Preview of %s: ", notes.PreviewOf)
	case notes.Preview != "" && n > 0 && !short:
		return fmt.Sprintf("Preview on %d %s: ", n, what)
	case notes.Preview != "":
		return "Preview: "
	case n > 0 && !short:
		return fmt.Sprintf("Live verdict on %d %s: ", n, what)
	case n > 0:
		return fmt.Sprintf("On %d %s: ", n, what)
	case short:
		return ""
	}
	return "Live verdict: "
}
