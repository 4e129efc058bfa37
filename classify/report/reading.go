package report

import (
	"slices"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// Readings gives the reader's reading of an activity's source paragraph, or
// of a hand-written draft's title and description (suggest.Reader.ReadDraft),
// or nil for an activity that has neither. The text account and the
// --explain trace render it under the activity, so that a draft shows the
// words that gave it its kind and implementer, and why the import would
// leave its paragraph out; they never read words themselves.
type Readings func(a *model.Activity) *suggest.DraftReading

// reading is the reading of a, or nil when the sheet has no readings.
func (sh Sheet) reading(a *model.Activity) *suggest.DraftReading {
	if sh.Readings == nil {
		return nil
	}
	return sh.Readings(a)
}

// Confirmations tell which answers of a draft the planner confirmed in a
// session (the screens' session.Sheet.Confirmed).
type Confirmations func(a *model.Activity, f model.Fact) bool

// of reports whether the planner confirmed a's answer to f: in the session
// c tells of, or in one before it, as the YAML file kept it
// (model.Activity.Confirmed).
func (c Confirmations) of(a *model.Activity, f model.Fact) bool {
	return slices.Contains(a.Confirmed, f) || c != nil && c(a, f)
}

// suggested lists the answers of draft a that only its words suggest
// (classify.Rulebook.SuggestedAnswers, as the screens ask it; a YAML file
// keeps those confirmed before, a session tells its own: Sheet.Confirmed), for a report's first pass to classify a with them
// (classify.Rulebook.DecideSuggested): its risks that fire on them alone
// are then marked "~" as the screens mark them. Only a draft's words are
// read, and only when the sheet has readings.
func (sh Sheet) suggested(rb *classify.Rulebook, a *model.Activity) []model.Fact {
	if a.Status != model.StatusDraft || sh.Readings == nil {
		return nil
	}
	d := sh.Readings(a)
	if d == nil || d.Suggestion == nil {
		return nil
	}
	var confirmed func(model.Fact) bool
	if sh.Confirmed != nil {
		confirmed = func(f model.Fact) bool { return sh.Confirmed(a, f) }
	}
	return rb.SuggestedAnswers(a, &d.Suggestion.Facts, confirmed)
}

// readingLine is one line of a draft's reading: a label and its text, and
// the answer it speaks of (of is false for a line of none: why the import
// left the paragraph out).
type readingLine struct {
	label, text string
	fact        model.Fact
	of          bool
	// value is the value the line says was read ("" for a line of no
	// one value: what the worksheet now holds, the primary, one not taken)
	value string
}

// holdsValue reports whether fs holds value v of fact f, as the reading
// gives it ("true" and "false" for a fact of yes or no).
func holdsValue(fs *model.Facts, f model.Fact, v string) bool {
	x := &fs[f]
	switch {
	case !x.Known:
		return false
	case f.Type() == model.SetOf:
		return fs.Has(f, v)
	case f.Type() == model.YesNo:
		return strconv.FormatBool(x.Yes) == v
	}
	return x.One == v
}

// readingLines lists what a reading shows of activity a: each value read,
// with the words behind it (and, with cues, the rulebook phrase that matched
// them); where the worksheet now holds another value, that one; the kinds,
// implementers and forces read but not taken, with why; and, for a paragraph the
// import leaves out that the planner brought back as a draft (restored in
// the review or kept with --all: the worksheet does not say which), why.
func readingLines(rb *classify.Rulebook, a *model.Activity, d *suggest.DraftReading, cues bool) []readingLine {
	s := d.Suggestion
	var out []readingLine
	for _, f := range model.AllFacts() {
		evs := s.EvidenceFor(f)
		if len(evs) == 0 {
			continue
		}
		var shown []string
		for _, e := range evs {
			if slices.Contains(shown, e.Value) {
				continue // the strongest words of a value come first
			}
			shown = append(shown, e.Value)
			phrases, context := ValuePhrases(evs, e.Value)
			text := ValueLabel(rb, f, e.Value) + " ← " + quoted(phrases)
			if context {
				text += " (in the lead-in or heading)"
			}
			if purpose := PurposeOf(evs, e.Value); purpose != "" {
				text += " (" + purpose + ")"
			}
			if cues && e.Cue != "" {
				text += " · cue “" + OneLine(e.Cue) + "”"
			}
			out = append(out, readingLine{FactName(f), text, f, true, e.Value})
		}
		if held, ok := NowHolds(rb, &a.Facts, s, f); ok {
			out = append(out, readingLine{FactName(f), held, f, true, ""})
		}
	}
	if l := s.Lead; l != nil {
		if v := s.Facts[model.Kinds]; v.Known && len(v.Set) > 1 && v.Set[0] == l.Kind {
			out = append(out, readingLine{"primary", LeadText(rb, l), model.Kinds, true, ""})
		}
	}
	for _, dc := range DeclinedOnce(s) {
		if dc.Fact != model.Implementer && dc.Fact != model.Kinds && dc.Fact != model.Forces {
			continue
		}
		out = append(out, readingLine{"not taken", FactName(dc.Fact) + " " + ValueLabel(rb, dc.Fact, dc.Value) +
			" ← “" + OneLine(dc.Phrase) + "”: " + dc.Reason, dc.Fact, true, ""})
	}
	switch {
	case nothingSuggested(a, s):
		text := NothingSuggested
		if named := NoKindNames(s); named != "" {
			text += "; its words name " + named + ", which the framework has no kind for"
		}
		out = append(out, readingLine{label: NothingSuggestedLabel, text: text})
	case unread(a, s, model.Kinds):
		out = append(out, readingLine{NoKindReadLabel, NoKindText(s), model.Kinds, true, ""})
	case unread(a, s, model.Implementer):
		out = append(out, readingLine{NoImplementerReadLabel, unreadText(s, model.Implementer, NoImplementerRead, NoImplementerTaken), model.Implementer, true, ""})
	}
	if d.LeftOut != "" {
		out = append(out, readingLine{label: "left out", text: "on import, and brought back as a draft by the planner (restored in the review or imported with --all): it " + d.LeftOut.Why()})
	}
	return out
}

// NothingSuggestedLabel and NothingSuggested say of a draft that its words
// gave neither of the answers the reading looks for first, what the
// activity does and who carries it out, and the planner has given neither:
// a briefing that listed nothing under it read as if nothing was missing.
const (
	NothingSuggestedLabel = "nothing suggested"
	NothingSuggested      = "no words of it were taken as what the activity does or as who carries it out; both wait on its questions"
)

// NoKindReadLabel and NoKindRead say of a draft whose words gave who
// carries it out but no kind of activity why it has no tier and no agenda:
// "kinds = unknown" alone left a planner asking why clear words of an
// activity (electoral assistance, the relocation of camps) were not read.
const (
	NoKindReadLabel = "no kind read"
	NoKindRead      = "none of its words names one of the framework's kinds of activity (pocssr rules); the kinds question decides, and a task of none of them has no tier or agenda"
)

// NoImplementerReadLabel and NoImplementerRead say the same of a draft
// whose words gave its kind but not who carries it out: its agenda waits on
// the answer, and "implementer unknown" alone did not say why.
const (
	NoImplementerReadLabel = "no implementer read"
	NoImplementerRead      = "none of its words says who carries it out (the mission, national authorities with its support, the host state alone, a partner); the agenda waits on that question"
)

// NoKindTaken and NoImplementerTaken replace NoKindRead and
// NoImplementerRead where words that name an answer were read but not
// taken: "none of its words names one" beside "not taken: kinds … ← “report
// on violence”" told a planner the reading had not looked.
const (
	NoKindTaken        = "the words of it that name a kind were read but not taken (listed as not taken, with why); the kinds question decides, and a task of none of them has no tier or agenda"
	NoImplementerTaken = "the words of it that say who carries it out were read but not taken (listed as not taken, with why); the agenda waits on that question"
)

// NoKindText says why a reading suggests no kind: the work its words name
// that the framework has no kind for, where they name some ("its words name
// disarmament, demobilization and reintegration ← “DDR”, which the
// framework has no kind for"), else NoKindTaken or NoKindRead.
func NoKindText(s *suggest.Suggestion) string {
	text := unreadText(s, model.Kinds, NoKindRead, NoKindTaken)
	if len(s.NoKind) == 0 {
		return text
	}
	text = "its words name " + NoKindNames(s) + ", which the framework has no kind for (pocssr rules lists the kinds it has); the kinds question decides, and a task of none of them has no tier or agenda"
	if s.Declines(model.Kinds) {
		text += "; words that name a kind were read but not taken (listed as not taken, with why)"
	}
	return text
}

// NoKindNames lists the work s names that the framework has no kind for:
// "mine action ← “demining” and arms control ← “small arms”"; "" for none.
// The accounts and the screens name it in these words.
func NoKindNames(s *suggest.Suggestion) string {
	names := make([]string, len(s.NoKind))
	for i, n := range s.NoKind {
		names[i] = n.Label + " ← “" + OneLine(n.Phrase) + "”"
	}
	return andList(names)
}

// unreadText says why f has no answer: none of the words names one
// (none), or those that do were not taken (declined).
func unreadText(s *suggest.Suggestion, f model.Fact, none, declined string) string {
	if s.Declines(f) {
		return declined
	}
	return none
}

// unread reports whether draft a's reading s suggests nothing for f and a
// holds no answer to it: NoKindRead and NoImplementerRead speak of such a
// draft, where NothingSuggested (neither read) does not.
func unread(a *model.Activity, s *suggest.Suggestion, f model.Fact) bool {
	return a.Status == model.StatusDraft && !s.Facts[f].Known && !a.Facts.Known(f)
}

// nothingSuggested reports whether draft a is one NothingSuggested speaks
// of: s suggests no kind and no implementer, and a holds neither.
func nothingSuggested(a *model.Activity, s *suggest.Suggestion) bool {
	return unread(a, s, model.Implementer) && unread(a, s, model.Kinds)
}

// NowHolds says what the worksheet now holds for f where it holds other
// than reading s suggested ("the worksheet now holds Equipment and
// logistics, Operational training": another kind made primary counts);
// ok is false where it holds what was read. The text account and the
// screens' account of a reading say it in these words.
func NowHolds(rb *classify.Rulebook, held *model.Facts, s *suggest.Suggestion, f model.Fact) (text string, ok bool) {
	if sameValue(held[f], s.Facts[f]) {
		return "", false
	}
	return "the worksheet now holds " + heldValue(rb, held, f), true
}

// DeclinedOnce keeps each value declined once, with its strongest words:
// those of the heaviest cue that read it, the first read among equals, in
// the place of the value's first reading. The same value declined on
// overlapping words ("Authorizes UNMIL", "Authorizes UNMIL to", "UNMIL
// to") is one reading not taken, not three. Every account of a reading
// (the text report, the review, the activity's account, the description
// step) lists the declined values by this rule. A value the reading
// suggests from other words is no value declined: "training" named as a
// purpose is not said beside the training suggested from the words that
// name the task.
func DeclinedOnce(s *suggest.Suggestion) []suggest.Declined {
	ds := s.Declined
	type value struct {
		fact  model.Fact
		value string
	}
	at := make(map[value]int, len(ds))
	out := make([]suggest.Declined, 0, len(ds))
	for _, d := range ds {
		if v := &s.Facts[d.Fact]; v.Known && (v.One == d.Value || slices.Contains(v.Set, d.Value)) {
			continue
		}
		k := value{d.Fact, d.Value}
		i, seen := at[k]
		switch {
		case !seen:
			at[k] = len(out)
			out = append(out, d)
		case d.Weight > out[i].Weight:
			out[i] = d
		}
	}
	return out
}

// writeReadingText writes a reading under an activity's text account.
func writeReadingText(b sink, rb *classify.Rulebook, a *model.Activity, d *suggest.DraftReading, width int) {
	lines := readingLines(rb, a, d, false)
	if len(lines) == 0 {
		return
	}
	b.WriteString("  Read from " + sourceName(a) + ":\n")
	for _, l := range lines {
		wrap(b, l.label+": "+l.text, "    ", "      ", width)
	}
}

// writeReadingTrace writes a reading in the --explain trace, with the cues.
func writeReadingTrace(b *strings.Builder, rb *classify.Rulebook, a *model.Activity, d *suggest.DraftReading) {
	lines := readingLines(rb, a, d, true)
	if len(lines) == 0 {
		return
	}
	b.WriteString("  read from " + sourceName(a) + ":\n")
	for _, l := range lines {
		wrap(b, l.text, "    "+labelColumn(l.label, 12), strings.Repeat(" ", 16), textWidth+20)
	}
}

// sourceName names where an activity's words come from: a draft written
// by hand was read from its title and description.
func sourceName(a *model.Activity) string {
	if strings.TrimSpace(a.Source.Text) == "" {
		return "the title and description"
	}
	name := "the source paragraph"
	if ref := OneLine(a.Source.Ref); ref != "" {
		name += " " + ref
	}
	if doc := OneLine(a.Source.Document); doc != "" {
		name += " of " + doc
	}
	return name
}

// ValueLabel is a value of a fact in the words the questions use: yes or
// no, none, or the rulebook's label.
func ValueLabel(rb *classify.Rulebook, f model.Fact, value string) string {
	switch {
	case f.Type() == model.YesNo && value == "true":
		return "yes"
	case f.Type() == model.YesNo:
		return "no"
	case value == "none":
		return "none"
	}
	return rb.Label(f, value)
}

// heldValue is what the facts hold for f, in the words of the questions.
func heldValue(rb *classify.Rulebook, fs *model.Facts, f model.Fact) string {
	v := fs[f]
	switch {
	case !v.Known:
		return "no value (not known)"
	case f.Type() == model.SetOf && len(v.Set) == 0:
		return "none"
	case f.Type() == model.SetOf:
		labels := make([]string, len(v.Set))
		for i, x := range v.Set {
			labels[i] = rb.Label(f, x)
		}
		return strings.Join(labels, ", ")
	case f.Type() == model.YesNo && v.Yes:
		return "yes"
	case f.Type() == model.YesNo:
		return "no"
	}
	return rb.Label(f, v.One)
}

// sameValue reports whether two values of a fact say the same.
func sameValue(a, b model.Value) bool {
	if a.Known != b.Known || a.One != b.One || a.Yes != b.Yes || len(a.Set) != len(b.Set) {
		return false
	}
	for i := range a.Set {
		if a.Set[i] != b.Set[i] {
			return false
		}
	}
	return true
}

// LeadText says, in words, why the primary kind leads the next kind read,
// by the ordering rule the reading records (suggest.Lead).
func LeadText(rb *classify.Rulebook, l *suggest.Lead) string {
	a, b := rb.Label(model.Kinds, l.Kind), rb.Label(model.Kinds, l.Over)
	pa, pb := "“"+OneLine(l.Phrase)+"”", "“"+OneLine(l.OverPhrase)+"”"
	switch l.Rule {
	case suggest.LeadPart:
		return a + " leads: read in " + scopeWords(l.Detail) + " (" + pa + "), " + b + " only in " + scopeWords(l.OverDetail) + " (" + pb + "), which comes after"
	case suggest.LeadWeight:
		return a + " leads: its cue weighs " + l.Detail + " (" + pa + "), that of " + b + " " + l.OverDetail + " (" + pb + ")"
	case suggest.LeadLeadIn:
		return a + " leads: the action of the paragraph's lead-in (" + pa + "); the part says what it is for, " + b + " (" + pb + ")"
	case suggest.LeadGivesWay:
		return a + " leads: " + b + " (" + pb + ") gives way to it in the same part (the rulebook's gives_way) (" + pa + ")"
	}
	return a + " leads: read first (" + pa + "), in the same part as " + b + " (" + pb + ") and by a cue as heavy"
}

// scopeWords names a part of a sentence by its scope ("" the main clause).
func scopeWords(scope string) string {
	if scope == "" {
		return "the main clause"
	}
	return "the " + scope + " scope"
}

// ValuePhrases are the words behind value among a fact's evidence, each
// once, the strongest first, less those other words behind it take in
// ("Support the efforts" says nothing that "Support the efforts of the
// Government" does not), and whether any comes from the lead-in or heading.
// The screens and the briefing list the same words: the briefing gave only
// the first where the review named four.
func ValuePhrases(evs []suggest.Evidence, value string) (phrases []string, context bool) {
	for _, e := range evs {
		if e.Value == value && !slices.Contains(phrases, e.Phrase) && !TakenIn(e, evs) {
			phrases = append(phrases, e.Phrase)
			context = context || e.InContext
		}
	}
	return phrases, context
}

// PurposeOf says where every word behind a kind was read in a purpose, and
// why the kind is kept all the same: "read in a purpose, kept: no other
// words say what the activity does" — a planner saw "rule of law" taken from
// "with a view to … promote rule of law" in one task and set aside as a
// purpose in the next, and nothing said why. "" where some words behind the
// value are no purpose.
func PurposeOf(evs []suggest.Evidence, value string) string {
	purpose := ""
	for _, e := range evs {
		if e.Value != value {
			continue
		}
		if e.Purpose == "" {
			return ""
		}
		purpose = e.Purpose
	}
	if purpose == "" {
		return ""
	}
	return "read in " + suggest.PurposeName(purpose) + ", kept: no other words say what the activity does"
}

// TakenIn reports whether other words behind the same value take in e's.
func TakenIn(e suggest.Evidence, evs []suggest.Evidence) bool {
	for _, o := range evs {
		if o.Value == e.Value && o.InContext == e.InContext && o.Start <= e.Start && e.End <= o.End &&
			o.End-o.Start > e.End-e.Start {
			return true
		}
	}
	return false
}

// quoted is phrases each in quotation marks, on one line.
func quoted(phrases []string) string {
	q := make([]string, len(phrases))
	for i, p := range phrases {
		q[i] = "“" + OneLine(p) + "”"
	}
	return strings.Join(q, ", ")
}
