// Package words shows what the plain-language reader (classify/suggest)
// makes of an activity's words: each suggested value with the phrases behind
// it, and what was read but not suggested, with why. The reader decides;
// this package only renders. The questionnaire, the review of drafts, the
// activity's account and the plain prompts all show a reading through it.
package words

import (
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Read reads an activity's words. An imported task is read as import
// reads it: its source paragraph, with the description (the lead-in and
// headings it stood under) as context. Any other activity is read from its
// title and description.
//
// The reading is suggest.Reader.ReadDraft's, the one the reports render: a
// paragraph that opens with a decision asking for no activity is read from
// the decision that keeps it, so the screens never show as suggested the
// words ("attacks on civilians" that the parties are to end) that the
// import and the text account set aside.
func Read(rd *suggest.Reader, a *model.Activity) *suggest.Suggestion {
	if strings.TrimSpace(a.Source.Text) != "" {
		if d := rd.ReadDraft(a); d != nil {
			return d.Suggestion
		}
	}
	return rd.Suggest(suggest.DescribedText(a.Title, a.Description))
}

// Source says where the words read come from, for a heading: ref is a's
// paragraph as the caller names it (session.Sheet.Ref: "2070·15" where the
// worksheet holds several documents).
func Source(a *model.Activity, ref string) string {
	if strings.TrimSpace(a.Source.Text) == "" {
		return "the title and description"
	}
	if ref := report.OneLine(ref); ref != "" {
		return "the source paragraph " + ref
	}
	return "the source text"
}

// Value is one value the reader suggests for a fact, with every
// phrase that supports it.
type Value struct {
	Fact    model.Fact
	Value   string // a value of the fact, "true"/"false", or "none"
	Phrases []string
	Context bool // a phrase comes from the context of an imported task
	// Purpose says that every phrase was read in a purpose and why the
	// kind is kept all the same (report.PurposeOf); "" otherwise.
	Purpose string
	Primary bool // the first of several kinds
	// Lead says why the primary kind leads, when the reading says it.
	Lead *suggest.Lead
}

// Values lists a reading's suggested values in the order of the
// facts, a list's values in its order (the primary kind first).
func Values(s *suggest.Suggestion) []Value {
	var out []Value
	for _, f := range model.AllFacts() {
		v := s.Facts[f]
		if !v.Known {
			continue
		}
		var values []string
		switch f.Type() {
		case model.SetOf:
			values = v.Set
			if len(values) == 0 {
				values = []string{"none"}
			}
		case model.YesNo:
			values = []string{"false"}
			if v.Yes {
				values = []string{"true"}
			}
		default:
			values = []string{v.One}
		}
		evs := s.EvidenceFor(f)
		for i, val := range values {
			sv := Value{Fact: f, Value: val, Primary: f == model.Kinds && i == 0 && len(values) > 1}
			if sv.Primary && s.Lead != nil && s.Lead.Kind == val {
				sv.Lead = s.Lead
			}
			sv.Phrases, sv.Context = report.ValuePhrases(evs, val)
			sv.Purpose = report.PurposeOf(evs, val)
			out = append(out, sv)
		}
	}
	return out
}

// Quoted is the phrases behind a value, each in quotation marks and safe for
// the terminal.
func Quoted(phrases []string) string {
	q := make([]string, len(phrases))
	for i, p := range phrases {
		q[i] = "“" + report.OneLine(p) + "”"
	}
	return strings.Join(q, ", ")
}

// TypedContext names the description of an imported task once the planner
// has typed it anew: read as the task's context, it is no lead-in or
// heading any more.
const TypedContext = "the description"

// Text is a suggested value as one line's words: `implementer: national
// authorities with mission support ← "Support the Government"`.
func (sv Value) Text(rb *classify.Rulebook) string {
	return sv.TextIn(rb, "the lead-in or heading")
}

// TextIn is Text with the context its phrases come from named context.
func (sv Value) TextIn(rb *classify.Rulebook, context string) string {
	s := component.FactName(sv.Fact) + ": " + report.ValueLabel(rb, sv.Fact, sv.Value)
	if sv.Primary {
		s += " (primary)"
	}
	if len(sv.Phrases) > 0 {
		s += " ← " + Quoted(sv.Phrases)
	}
	if sv.Context {
		s += " (in " + context + ")"
	}
	if sv.Purpose != "" {
		s += " (" + sv.Purpose + ")"
	}
	return s
}

// Why says why a primary kind leads the next kind read; "" when the reading
// does not say.
func (sv Value) Why(rb *classify.Rulebook) string {
	if sv.Lead == nil {
		return ""
	}
	return report.LeadText(rb, sv.Lead)
}

// Holds reports whether the facts hold the suggested value.
func (sv Value) Holds(fs *model.Facts) bool {
	v := fs[sv.Fact]
	if !v.Known {
		return false
	}
	switch sv.Fact.Type() {
	case model.SetOf:
		if sv.Value == "none" {
			return len(v.Set) == 0
		}
		return fs.Has(sv.Fact, sv.Value)
	case model.YesNo:
		return v.Yes == (sv.Value == "true")
	}
	return v.One == sv.Value
}

// DeclinedText is a reading that was not suggested, with why.
func DeclinedText(rb *classify.Rulebook, d suggest.Declined) string {
	return component.FactName(d.Fact) + ": " + DeclinedValueText(rb, d)
}

// DeclinedValueText is DeclinedText without the fact, on its question.
func DeclinedValueText(rb *classify.Rulebook, d suggest.Declined) string {
	return report.ValueLabel(rb, d.Fact, d.Value) + " ← “" + report.OneLine(d.Phrase) + "” — " + d.Reason
}

// SetAside is a reading set aside, told as the answers fs now stand: the
// words before it and its value with why (the fact named first where
// named). One set aside because its question was not asked with the facts
// read is told again where the answers ask it, for that reason no longer
// holds: as the answer, where it is one, or as read and not suggested.
func SetAside(rb *classify.Rulebook, d suggest.Declined, fs *model.Facts, named bool) (lead, text string) {
	text = DeclinedValueText(rb, d)
	if named {
		text = component.FactName(d.Fact) + ": " + text
	}
	if !d.Irrelevant || !rb.Relevant(fs, d.Fact) {
		return "not suggested: ", text
	}
	return NowAsked(rb, Value{Fact: d.Fact, Value: d.Value, Phrases: []string{d.Phrase}}, fs, named)
}

// NowAsked is a value read from the words whose question was not asked
// with the facts read, and so was not suggested, told where the answers fs
// ask it: as the answer, where it is one, or as read and not suggested.
func NowAsked(rb *classify.Rulebook, sv Value, fs *model.Facts, named bool) (lead, text string) {
	read := report.ValueLabel(rb, sv.Fact, sv.Value) + " ← " + Quoted(sv.Phrases)
	if named {
		read = component.FactName(sv.Fact) + ": " + read
	}
	if sv.Holds(fs) {
		return "✓ ", read + " (your answer)"
	}
	return "read: ", read + " — not suggested, as the kinds read did not ask for it; your answers do"
}

// SetAsideByYou is a value the words suggested that the planner set aside
// (unticked it, or answered otherwise), told on its question once the
// suggestion no longer marks it: "read: army ← “the FARDC” — set aside by
// you".
func SetAsideByYou(rb *classify.Rulebook, sv Value) (lead, text string) {
	read := report.ValueLabel(rb, sv.Fact, sv.Value)
	if len(sv.Phrases) > 0 {
		read += " ← " + Quoted(sv.Phrases)
	}
	return "read: ", read + " — set aside by you"
}

// Phrases lists the distinct phrases behind a fact's evidence, leaving out
// those that longer ones take in.
func Phrases(evs []suggest.Evidence) []string {
	var out []string
	for _, e := range evs {
		if !slices.Contains(out, e.Phrase) && !report.TakenIn(e, evs) {
			out = append(out, e.Phrase)
		}
	}
	return out
}

// Behind is what the reader made of an activity's words (reading, from
// Read): each suggested value with its phrases, the facts answered since,
// and what was read but not suggested, with why. A value is marked "~" only
// while it is among the activity's suggested answers (suggested: those its
// words alone suggest and nobody confirmed, session.Sheet.Suggested, which
// the account's facts mark alike); a value confirmed since, or held by an
// activity that is no draft, is an answer, and its words are shown as the
// evidence for it, unmarked. The review of drafts and the activity's account
// show the same lines; the review says too of the facts looked for that
// nothing was read for them (NoneRead), and how (its key) asks them: "" where
// that goes unsaid.
func Behind(rb *classify.Rulebook, st *component.Styles, a *model.Activity, ref string, reading *suggest.Suggestion, suggested []model.Fact, how string, w int) []string {
	fs := &a.Facts
	values := Values(reading)
	marked, unmarked := false, false
	for _, sv := range values {
		m := sv.Holds(fs) && slices.Contains(suggested, sv.Fact)
		marked, unmarked = marked || m, unmarked || !m
	}
	heading := "What the words of " + Source(a, ref) + " suggested"
	if marked {
		heading = "Suggested by the words of " + Source(a, ref) + " (~)"
	}
	var out []string
	out = append(out, "")
	for _, l := range component.Wrap(heading, w) {
		out = append(out, st.Heading.Render(l))
	}
	if marked && unmarked {
		// Every suggested answer is marked alike; what is not marked
		// says why it is not.
		for _, l := range component.WrapIndent("  ", "~ suggested, not yet confirmed; a line without ~ is an answer confirmed or changed since", w) {
			out = append(out, st.Muted.Render(l))
		}
	}
	// A fact read from nothing does not appear among the values: a line
	// says the words were read for it, and found none; where they
	// suggested nothing at all, one statement says both.
	var none []model.Fact
	if how != "" {
		none = NoneRead(a, reading)
	}
	if len(values) == 0 {
		for _, l := range component.WrapIndent("  ", NothingReadText(rb, a, ref, reading, none, how), w) {
			out = append(out, st.Muted.Render(l))
		}
		none = nil
	}
	covered := map[model.Fact]bool{}
	for i, sv := range values {
		covered[sv.Fact] = true
		switch {
		case sv.Holds(fs) && slices.Contains(suggested, sv.Fact):
			out = append(out, component.WrapIndent("  ~ ", sv.Text(rb), w)...)
		case sv.Holds(fs):
			out = append(out, component.WrapIndent("    ", sv.Text(rb), w)...)
		default:
			out = append(out, component.WrapIndent("    ", sv.Text(rb), w)...)
		}
		// Why the primary kind leads the next: the ordering rule that decided.
		if why := sv.Why(rb); why != "" {
			out = append(out, component.WrapIndent("      ", why, w)...)
		}
		// After a fact's last value, what the worksheet holds now where
		// that is not what was read (another kind made primary, a value
		// changed), in the words the text account says it.
		if i+1 < len(values) && values[i+1].Fact == sv.Fact {
			continue
		}
		if held, ok := report.NowHolds(rb, fs, reading, sv.Fact); ok {
			out = append(out, component.WrapIndent("    ", component.FactName(sv.Fact)+": "+held, w)...)
		}
	}
	for _, f := range none {
		for _, l := range component.WrapIndent("  "+component.FactName(f)+": ", NoneReadValueText(rb, a, ref, reading, f, how), w) {
			out = append(out, st.Muted.Render(l))
		}
	}

	var other []string
	for _, f := range model.AllFacts() {
		if fs.Known(f) && !covered[f] {
			other = append(other, component.FactName(f)+": "+rb.ValueText(fs, f))
		}
	}
	if len(other) > 0 {
		out = append(out, "", st.Heading.Render("Answered since"))
		for _, l := range other {
			out = append(out, component.WrapIndent("  ", l, w)...)
		}
	}
	// A value declined on overlapping words, or on the same words twice
	// ("Requests MINUSTAH …, and requests MINUSTAH …"), is said once, as
	// the text account says it: three lines of one reading pushed the
	// draft off the screen.
	// They stand under a heading of their own, apart from the answers:
	// a line of them among "Answered since" read like one of the planner's.
	declined := report.DeclinedOnce(reading)
	if len(declined) > 0 {
		out = append(out, "", st.Heading.Render("Read but not suggested"))
	}
	for _, d := range declined {
		text := DeclinedText(rb, d)
		// Wrapped, not cut: the reason the value was not suggested ends the line.
		for _, l := range component.WrapIndent("  ", text, w) {
			out = append(out, st.Muted.Render(l))
		}
	}
	return out
}
