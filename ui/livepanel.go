package ui

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// livePanel shows, beside the questionnaire, the verdict on what is known so
// far: tier, agenda, risks and open questions. It renders a classify.Result and
// is redrawn after every move in the questionnaire.
type livePanel struct {
	sh *shared
}

// panelNotes is what the live panel says about the verdict it shows.
type panelNotes struct {
	// preview says which answers the verdict assumes when they are not the
	// activity's ("preview if you choose “X”"), else "".
	preview string
	// suggested lists the answers taken from the words and not yet
	// confirmed: they count as answers, marked as suggested.
	suggested []model.Fact
	// portfolio says which portfolio findings the activity, as shown,
	// raises or clears across the worksheet.
	portfolio []portfolioNote
}

func (n panelNotes) suggestedLine() string {
	return "~ suggested, not yet confirmed: " + factList(n.suggested)
}

// panelCompactHeight is the height of the panel below the questions on a
// narrow terminal.
const panelCompactHeight = 7

func (p livePanel) tierLine(r *classify.Result) string {
	if r.Policy.Info == nil {
		return "undetermined"
	}
	return report.TierText(r.Tier) + " " + r.Policy.Info.Title
}

// agendaLine is the agenda with the basis of an overlap, as every account
// shows them: the labels from the rulebook.
func (p livePanel) agendaLine(r *classify.Result) string {
	s := p.sh.st.Agenda(r.Agenda, report.AgendaLabel(&r.Narrow))
	if b := r.Narrow.Basis; b != nil {
		s += p.sh.st.Muted.Render(" (" + b.Title + ")")
	}
	return s
}

// Side renders the panel as a bordered column of width w and height h.
func (p livePanel) Side(r *classify.Result, notes panelNotes, w, h int) string {
	st := p.sh.st
	inner := w - st.Panel.GetHorizontalFrameSize()
	var lines []string
	lines = append(lines, st.Heading.Render("Live verdict"))
	if notes.preview != "" {
		for _, l := range wrap("("+notes.preview+")", inner) {
			lines = append(lines, st.Accent.Render(l))
		}
	}
	if len(notes.suggested) > 0 {
		for _, l := range wrapIndent("", notes.suggestedLine(), inner) {
			lines = append(lines, st.Accent.Render(l))
		}
	}
	lines = append(lines, "", st.Label.Render("Tier   ")+cut(p.tierLine(r), inner-7))
	lines = append(lines, st.Label.Render("Agenda ")+st.Agenda(r.Agenda, report.AgendaLabel(&r.Narrow)))
	if b := r.Narrow.Basis; b != nil {
		for _, l := range wrapIndent("       ", "("+b.Title+")", inner) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	lines = append(lines, "")
	if len(r.Risks) == 0 {
		lines = append(lines, st.Label.Render("Risks")+st.Muted.Render("  none found with what is known"))
	} else {
		lines = append(lines, st.Label.Render(fmt.Sprintf("Risks (%d)", len(r.Risks))))
		for _, k := range r.Risks {
			for i, l := range wrapIndent(severityTag(k.Severity)+" ", k.Rule.Title, inner) {
				if i == 0 {
					l = st.Severity(k.Severity, severityTag(k.Severity)) + l[len(severityTag(k.Severity)):]
				}
				lines = append(lines, l)
			}
		}
	}
	if len(notes.portfolio) > 0 {
		lines = append(lines, "", st.Label.Render("Across the worksheet, this activity"))
		lines = append(lines, p.portfolioLines(notes.portfolio, inner)...)
	}
	lines = append(lines, "")
	if len(r.OpenQuestions) == 0 {
		lines = append(lines, st.Label.Render("Open questions")+st.Muted.Render("  none"))
	} else {
		lines = append(lines, st.Label.Render(fmt.Sprintf("Open questions (%d)", len(r.OpenQuestions))))
		for _, q := range r.OpenQuestions {
			lines = append(lines, "· "+cut(q.Question, inner-2))
		}
	}
	innerH := h - st.Panel.GetVerticalFrameSize()
	if len(lines) > innerH && innerH > 0 {
		lines = append(lines[:innerH-1], st.Muted.Render("… (the full account on finishing)"))
	}
	box := st.Panel.Width(w - st.Panel.GetHorizontalBorderSize())
	return box.Render(block(strings.Join(lines, "\n"), inner, innerH))
}

// Compact renders the panel in at most panelCompactHeight lines of width w, to
// lie below the questions on a narrow terminal.
func (p livePanel) Compact(r *classify.Result, notes panelNotes, w int) string {
	st := p.sh.st
	head := report.TierText(r.Tier) + " · " + p.agendaLine(r) + " · " +
		plural(len(r.Risks), "risk", "risks") + " · " + plural(len(r.OpenQuestions), "open question", "open questions")
	lines := []string{st.Rule.Render(strings.Repeat("─", w)), cut(st.Heading.Render("Live verdict: ")+head, w)}
	if notes.preview != "" {
		lines = append(lines, st.Accent.Render(cut("("+notes.preview+")", w)))
	}
	if len(notes.suggested) > 0 {
		lines = append(lines, st.Accent.Render(cut(notes.suggestedLine(), w)))
	}
	for _, l := range p.portfolioLines(notes.portfolio, w-11) {
		lines = append(lines, st.Label.Render("Portfolio: ")+l)
	}
	room := panelCompactHeight - len(lines) - 1
	for i, k := range r.Risks {
		if i == room-1 && len(r.Risks) > room {
			lines = append(lines, st.Muted.Render(fmt.Sprintf("  … and %d more", len(r.Risks)-i)))
			break
		}
		lines = append(lines, st.Severity(k.Severity, severityTag(k.Severity))+" "+cut(k.Rule.Title, w-len(severityTag(k.Severity))-1))
	}
	if len(r.Risks) == 0 {
		lines = append(lines, st.Muted.Render("No risk found with what is known."))
	}
	if len(r.OpenQuestions) > 0 {
		names := make([]string, len(r.OpenQuestions))
		for i, q := range r.OpenQuestions {
			names[i] = factName(q.Fact)
		}
		lines = append(lines, cut(st.Label.Render("Open: ")+strings.Join(names, ", "), w))
	}
	if len(lines) > panelCompactHeight {
		lines = lines[:panelCompactHeight]
	}
	return block(strings.Join(lines, "\n"), w, len(lines))
}
