package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/framework"
)

// The plain menu's views of the whole worksheet, as the screens offer them
// from the worksheet: the mission and mandate it is for (m), its portfolio
// findings (P) and the framework (f). Each writes what the report code
// renders for the screens and the briefings; only the mission and mandate
// change the worksheet, as one step for undo. Beside them, how the prompts
// name an activity's paragraph apart from its number.

// mission asks the mission and the mandate the worksheet is for, each kept
// by an empty line and cleared by clearMark, as m's two fields do; a name
// given after the command is the mission's, and then the mandate is asked.
func (m *plainMenu) mission(given string) error {
	p := m.p
	ws := m.sh.Worksheet()
	mission, mandate := ws.Mission, ws.Mandate
	if given = oneLine(given); given != "" {
		mission = given
	} else {
		mission = p.askKept("Mission", mission)
	}
	if !p.eof {
		mandate = p.askKept("Mandate", mandate)
	}
	mark := m.sh.Undoable()
	m.sh.SetHeading(mission, mandate)
	if m.sh.Undoable() == mark {
		p.say("The mission and mandate are as they were: %s.", headingText(mission, mandate))
		return nil
	}
	if err := m.save(); err != nil {
		return err
	}
	p.say("The worksheet is now for %s%s.", headingText(mission, mandate), m.undoHint("; undo takes it back"))
	return nil
}

// headingText says a mission and mandate in words read aloud as they are:
// "mission UNMISS, mandate S/RES/1996 (2011)", or what is not given.
func headingText(mission, mandate string) string {
	say := func(what, v string) string {
		if v == "" {
			return "no " + what + " named"
		}
		return what + " " + oneLine(v)
	}
	return say("mission", mission) + ", " + say("mandate", mandate)
}

// askKept asks for a one-line text that holds now: an empty line keeps it
// as it is (said on one line, safe for the terminal, but kept unchanged),
// clearMark clears it.
func (p *plainQuestionnaire) askKept(name, now string) string {
	if said := oneLine(now); said != "" {
		p.say("%s (now: “%s”; an empty line keeps it, %s clears it):", name, said, clearMark)
	} else {
		p.say("%s (none now; an empty line leaves none):", name)
	}
	switch v := oneLine(p.line()); v {
	case "":
		return now
	case clearMark:
		return ""
	default:
		return v
	}
}

// paragraphOf names the paragraph of a mandate an activity comes from, after
// a space and followed by end, so that its number is never read aloud
// running into the activity's own: "" for an activity of no mandate. A
// case of the library comes from a section of the chapter, named as its
// account names it (report.SourceText).
func (p *plainQuestionnaire) paragraphOf(a *model.Activity, end string) string {
	if s := oneLine(classify.Section(a)); s != "" {
		return " section “" + s + "”" + end
	}
	if ref := p.saidRef(a); ref != "" {
		return " paragraph " + ref + end
	}
	return ""
}

// saidRef is a's paragraph reference as the plain mode says it: where the
// worksheet holds several documents, the document that numbers it follows
// in words ("13 of 2070"), since the screens' "2070·13" reads aloud as two
// numbers run together, or with the dot named; "" for none.
func (p *plainQuestionnaire) saidRef(a *model.Activity) string {
	ref := oneLine(a.Source.Ref)
	if ref == "" || p.sources == nil {
		return ref
	}
	if doc := p.sources().ShortName(a); doc != "" {
		return ref + " of " + doc
	}
	return ref
}

// factsAsAsked puts the facts of an account in the order the questions
// ask them, and marks a draft's answers that only its words suggest where
// they are first read, with the questionnaire's mark (~) and its words: a
// screen reader reads the Facts section before anything says which of its
// values nobody confirmed.
func (p *plainQuestionnaire) factsAsAsked(acc *report.Account, a *model.Activity) {
	i := slices.IndexFunc(acc.Sections, func(s report.Section) bool { return s.Part == report.PartFacts })
	if i < 0 {
		return
	}
	sec := &acc.Sections[i]
	// The section has a line for each fact known, in the order of the
	// facts, then its remarks.
	var known []model.Fact
	for _, f := range model.AllFacts() {
		if a.Facts.Known(f) {
			known = append(known, f)
		}
	}
	if len(known) > len(sec.Lines) {
		return
	}
	held := map[model.Fact][]string{}
	if a.Status == model.StatusDraft {
		for _, sv := range p.heldSuggestions(a) {
			held[sv.Fact] = append(held[sv.Fact], report.ValueLabel(p.rb, sv.Fact, sv.Value))
		}
	}
	type factLine struct {
		f model.Fact
		l report.Line
	}
	lines := make([]factLine, len(known))
	for j, f := range known {
		l := sec.Lines[j]
		if labels := held[f]; len(labels) > 0 {
			// The mark leads the line, once: not again before the value.
			l.Prefix = "~ " + l.Prefix
			l.Text = strings.TrimPrefix(l.Text, classify.SuggestedMark(true))
			if len(labels) >= max(1, len(a.Facts[f].Set)) {
				l.Text += " (suggested by the words, not yet confirmed)"
			} else {
				l.Text += " (" + strings.Join(labels, "; ") + " suggested by the words, not yet confirmed)"
			}
		}
		lines[j] = factLine{f, l}
	}
	place := func(f model.Fact) int {
		if n := p.walk.Place(f); n >= 0 {
			return n
		}
		return int(model.NumFacts) + int(f) // no question: after those asked
	}
	slices.SortStableFunc(lines, func(x, y factLine) int { return place(x.f) - place(y.f) })
	for j, fl := range lines {
		sec.Lines[j] = fl.l
	}
}

// findings writes the worksheet's portfolio findings to standard output,
// as the findings screen shows them: each with why it fires, what to do,
// what would clear it and the activities that raise it, then those that
// facts not known yet hold open.
func (m *plainMenu) findings() {
	if m.sh.Len() == 0 {
		m.p.say("No activities yet: the portfolio findings read the whole worksheet; add makes one.")
		return
	}
	report.WritePortfolioText(m.stdout, m.sh.Rulebook(), m.sh.Worksheet(), m.sh.PortfolioOnSuggested(), 80)
}

// framework writes the framework to standard output section by section,
// as the framework screen shows it and from the same code (framework.Plain):
// the kinds by tier and by agenda, the readings, the risk catalogue with the
// cases and the activities that raise each risk, the recommendations.
// which names one section, by its name or number (framework risks,
// framework 3); none gives them all.
func (m *plainMenu) framework(which string) {
	names := framework.Sections()
	var listed []string
	for i, n := range names {
		listed = append(listed, fmt.Sprintf("%d %s", i+1, strings.ToLower(n)))
	}
	chosen := -1
	if which = strings.TrimSpace(which); which != "" {
		if chosen = framework.SectionOf(which); chosen < 0 {
			m.p.say("%q is not a section of the framework. Allowed: %s (by name or number: framework risks, framework 3).", which, strings.Join(listed, ", "))
			return
		}
	} else {
		m.p.say("The framework in %d sections: %s; framework SECTION gives one (framework risks, framework 3).", len(names), strings.Join(listed, ", "))
	}
	ctx := &component.Context{Sheet: m.sh, Styles: newStyles(DefaultTheme())}
	var b strings.Builder
	for i, n := range names {
		if chosen >= 0 && i != chosen {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "Framework, section %d of %d: %s\n\n", i+1, len(names), n)
		for _, l := range framework.Plain(ctx, m.sh.Rulebook(), i, 80) {
			b.WriteString(l + "\n")
		}
	}
	m.stdout.Write([]byte(b.String()))
}

// saveAs keeps a new worksheet no file was named for in the file path, as
// ctrl+s asks a name for one: a file there is replaced only on a yes, and
// from then on every change is saved to it at once. A worksheet that has a
// file is saved at each change already; the case library is kept by none.
func (m *plainMenu) saveAs(rest string) error {
	p := m.p
	if !m.unnamed {
		if m.demo {
			p.say("Not saved: the case library is kept by no file; export writes a briefing of it.")
		} else {
			p.say("Every change is saved to %s at once: save names a file for a new worksheet only.", m.name())
		}
		return nil
	}
	path := expandHome(unquotePath(rest))
	if path == "" {
		p.say("save needs a file name: save plan.yaml.")
		return nil
	}
	ws := m.sh.Worksheet()
	err := ws.Save(path, model.SaveOptions{})
	if errors.Is(err, model.ErrExists) {
		if !p.yesNo(model.QuoteName(path) + " exists. Replace it? (yes or no)") {
			p.say("Not saved.")
			return nil
		}
		err = ws.Save(path, model.SaveOptions{Overwrite: true})
	}
	if err != nil {
		p.say("Not saved: %s.", err)
		return nil
	}
	m.sh.MarkSaved()
	m.unnamed = false
	p.say("Saved %s to %s: every change is saved there from now on.", plural(len(ws.Activities), "activity", "activities"), m.name())
	return nil
}
