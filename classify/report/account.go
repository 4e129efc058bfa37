package report

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Account is the full account of one activity, written once and drawn by every
// renderer: the text report wraps it at 80 columns, the detail screen styles
// it. It holds only text taken from the activity, the result and the rulebook.
type Account struct {
	Title    string   // the activity's title, on one line; "(untitled)" when it has none
	Meta     []string // id, status and source, each "name: value"
	About    []string // the description's paragraphs
	Sections []Section
}

// Part says which part of the result a section renders, so a screen can
// attach a drawing or a style to it.
type Part int

// The parts of an account, in order.
const (
	PartFacts Part = iota + 1
	PartTier
	PartAgenda
	PartRisks
	PartOpen
	PartChange
	PartNotes
	PartSource
	// PartRegister holds what the register says besides the risks: the next
	// HRDDP review and the entries for risks that do not fire.
	PartRegister
)

// Section is one headed part of an account.
type Section struct {
	Part    Part
	Heading string
	Empty   string // what to say when the section has no lines
	Lines   []Line
}

// Line is one paragraph of a section, wrapped by the renderer after its
// prefix; Depth 1 lines belong to the item above them (a risk's why, say).
type Line struct {
	Prefix   string
	Text     string
	Depth    int
	Severity classify.Severity // set on a risk's head line
	Rule     string            // the risk rule's id, on a risk's head line
	Muted    bool              // a remark rather than content
	// Fixed says the line is the rulebook's alone (a risk's title, what to
	// do, a question): the same for every activity that has it, so a long
	// report may write it as it wrote it before.
	Fixed bool
}

// SeverityTag is a risk's severity in capitals, as the accounts show it.
func SeverityTag(s classify.Severity) string {
	for i, sev := range classify.Severities {
		if sev == s {
			return severityTags()[i]
		}
	}
	return strings.ToUpper(string(s))
}

// severityTags are the tags of classify.Severities, made when first asked
// for (not as the program starts): a long report tags every risk of every
// activity.
func severityTags() []string {
	severityTagsOnce.Do(func() {
		for _, s := range classify.Severities {
			severityTagList = append(severityTagList, strings.ToUpper(string(s)))
		}
	})
	return severityTagList
}

var (
	severityTagsOnce sync.Once
	severityTagList  []string
)

// TierCaption is the tier as the accounts head it: "Tier 2 — Provision of
// physical protection", with the caption from the rulebook.
func TierCaption(p *classify.TierPlacement) string {
	if p.Info == nil {
		return NoTierYet
	}
	return "Tier " + strconv.Itoa(int(p.Tier)) + " — " + p.Info.Title
}

// AgendaCaption is the agenda as the accounts head it, with the basis of an
// overlap: "Agenda — POC and SSR overlap (Capacity for combined operations)".
func AgendaCaption(n *classify.AgendaPlacement) string { return agendaCaption(n, "") }

// agendaCaption is AgendaCaption with the mark before the agenda's label.
func agendaCaption(n *classify.AgendaPlacement, mark string) string {
	if n.Agenda == classify.Undetermined {
		// "No agenda yet" says it is the agenda: "Agenda — No agenda yet"
		// said it twice.
		return mark + AgendaLabel(n)
	}
	s := "Agenda — " + mark + AgendaLabel(n)
	if n.Basis != nil {
		s += " (" + n.Basis.Title + ")"
	}
	return s
}

// AgendaLabel is the agenda's label from the rulebook.
func AgendaLabel(n *classify.AgendaPlacement) string {
	if n.Info == nil {
		return string(n.Agenda)
	}
	return n.Info.Title
}

// VerdictLine sums up a result on one line: "T2 · POC only · 3 risks, the most
// serious critical · 6 open questions"; a draft's tier or agenda that rests
// on suggested answers marked "~" ("~T3 · ~outside", VerdictTier).
func VerdictLine(r *classify.Result) string { return verdictWith(r, VerdictTier(r)) }

// VerdictTier is the tier a verdict names ("T2", NoTierYet when not known),
// marked "~" when it rests on answers only suggested
// (classify.Result.TierOnSuggested): a verdict never states as fact what
// only a suggestion makes.
func VerdictTier(r *classify.Result) string {
	return ReadingMark(r.TierOnSuggested) + TierWords(r.Tier)
}

// VerdictAgenda is the agenda a verdict names by its title, marked "~" when
// it rests on answers only suggested (classify.Result.AgendaOnSuggested).
func VerdictAgenda(r *classify.Result) string {
	return ReadingMark(r.AgendaOnSuggested) + AgendaLabel(&r.Narrow)
}

// ReadingMark is the sign before a tier or an agenda that rests on answers
// only suggested, "~" close to it ("~T3", "~SSR only") as before a
// severity ("~critical"); "" for one that does not.
func ReadingMark(onSuggested bool) string {
	if onSuggested {
		return "~"
	}
	return ""
}

// verdictWith is the verdict line with the tier as tier says it.
func verdictWith(r *classify.Result, tier string) string {
	s := tier + " · " + VerdictAgenda(r) + " · " + RiskPhrase(r, func(_ classify.Severity, s string) string { return s })
	return s + " · " + plural(len(r.OpenQuestions), "open question", "open questions")
}

// RiskPhrase is the verdict's words on the risks, the severity's through
// style: "3 risks, the most serious critical", or "no risk found". The
// risks that fire only on suggested answers (classify.Risk.OnSuggested)
// are counted "~" ("3 risks (1 ~)"), and the severity is marked "~" too
// ("the most serious ~critical") when every risk of it is one of them: a
// verdict never states as fact what only a suggestion makes.
func RiskPhrase(r *classify.Result, style func(classify.Severity, string) string) string {
	h := r.Highest()
	if h == "" {
		return "no risk found"
	}
	s := plural(len(r.Risks), "risk", "risks")
	if n := r.RisksOnSuggested(); n > 0 {
		s += " (" + strconv.Itoa(n) + " ~)"
	}
	s += ", the most serious "
	if r.HighestOnSuggested() {
		s += "~"
	}
	return s + style(h, string(h))
}

// RiskPhraseShort is RiskPhrase for a narrow line: "3 risks (critical)",
// and where risks fire only on suggested answers, their count kept before
// the severity ("3 risks (2 ~; critical)", "1 risk (1 ~; ~low)"), so that
// the short form says no more as fact than the long one.
func RiskPhraseShort(r *classify.Result, style func(classify.Severity, string) string) string {
	h := r.Highest()
	if h == "" {
		return "no risk found"
	}
	in := ""
	if n := r.RisksOnSuggested(); n > 0 {
		in = strconv.Itoa(n) + " ~; "
	}
	if r.HighestOnSuggested() {
		in += "~"
	}
	return plural(len(r.Risks), "risk", "risks") + " (" + in + style(h, string(h)) + ")"
}

// SourceText names an activity's source on one line: a document and its
// paragraph ("S/RES/1925 (2010) 5(f)"), or the case library and the
// chapter section a case comes from, set apart so that they do not read as
// one name.
func SourceText(a *model.Activity) string {
	doc, ref := OneLine(a.Source.Document), OneLine(a.Source.Ref)
	switch {
	case ref == "" || doc == "":
		return strings.TrimSpace(doc + ref)
	case classify.Section(a) != "":
		return doc + ", section “" + ref + "”"
	}
	return doc + " " + ref
}

// NewAccount writes the full account of activity a, classified as r.
func NewAccount(rb *classify.Rulebook, a *model.Activity, r *classify.Result) *Account {
	acc := &Account{Title: accountTitle(a)}
	acc.Meta = []string{"id: " + OneLine(a.ID)}
	if a.Status != model.StatusUnset {
		acc.Meta = append(acc.Meta, "status: "+string(a.Status))
	}
	if !a.Source.IsZero() {
		acc.Meta = append(acc.Meta, "source: "+SourceText(a))
	}
	if d := strings.TrimSpace(a.Description); d != "" {
		for _, p := range strings.Split(d, "\n") {
			if p = OneLine(p); p != "" {
				acc.About = append(acc.About, p)
			}
		}
	}
	acc.Sections = resultSections(rb, &a.Facts, r)
	if n := strings.TrimSpace(a.Notes); n != "" {
		acc.Sections = append(acc.Sections, Section{Part: PartNotes, Heading: "Notes", Lines: []Line{{Text: n}}})
	}
	if t := strings.TrimSpace(a.Source.Text); t != "" {
		acc.Sections = append(acc.Sections, Section{Part: PartSource, Heading: "Source text", Lines: []Line{{Text: t}}})
	}
	return acc
}

// resultSections are the sections that render a result: the facts (when fs
// is given), both
// placements, the risks, the open questions and what would change.
func resultSections(rb *classify.Rulebook, fs *model.Facts, r *classify.Result) []Section {
	out := make(sectionList, 0, 7)
	eachResultSection(rb, fs, r, &out, nil)
	return out
}

// NoneOpen is what an account says where no question is open: every
// relevant fact is known, or, where the engine marks some of the answers
// only suggested (r.Suggested, those of relevant facts where fs is given),
// that every one has an answer and how many of them are only suggested.
// "None: every relevant fact is known" stood over answers still "~".
func NoneOpen(rb *classify.Rulebook, fs *model.Facts, r *classify.Result) string {
	n := 0
	for _, f := range r.Suggested {
		if fs == nil || rb == nil || rb.Relevant(fs, f) {
			n++
		}
	}
	if n == 0 {
		return "None: every relevant fact is known."
	}
	return "None open: every relevant fact has an answer, " + strconv.Itoa(n) + " only suggested (~)."
}

// sectionSink takes an account's sections as they are made, each section's
// heading before its lines: NewAccount keeps them, a long text report
// writes them as they come and keeps none (accountWriter).
type sectionSink interface {
	// section begins a section; room is how many lines it will hold at
	// most, or -1 when that is not known.
	section(part Part, heading, empty string, room int)
	line(l Line)
}

// sectionList keeps the sections it is given.
type sectionList []Section

func (s *sectionList) section(part Part, heading, empty string, room int) {
	sec := Section{Part: part, Heading: heading, Empty: empty}
	if room >= 0 {
		// Every list is made at its size: a long report made one for
		// every activity, and their growth was most of what it allocated.
		sec.Lines = make([]Line, 0, room)
	}
	*s = append(*s, sec)
}

func (s *sectionList) line(l Line) {
	sec := &(*s)[len(*s)-1]
	sec.Lines = append(sec.Lines, l)
}

// eachResultSection gives to the sections resultSections makes, in
// order, with the words of the rulebook's risks and questions from words
// when it is not nil.
func eachResultSection(rb *classify.Rulebook, fs *model.Facts, r *classify.Result, to sectionSink, words *ruleWords) {
	if fs != nil {
		to.section(PartFacts, "Facts", FactsNone, knownFacts(fs)+2)
		eachFact(rb, fs, r, func(prefix, value string) { to.line(Line{Prefix: prefix, Text: value}) })
		if len(r.Suggested) > 0 {
			to.line(Line{Text: SuggestedLegend, Muted: true})
		}
		if n := len(r.OpenQuestions); n > 0 {
			to.line(Line{Text: plural(n, "relevant fact", "relevant facts") + " not known yet (see the open questions)", Muted: true})
		}
	}
	tier, agenda := placementSections(r)
	for _, sec := range []*Section{&tier, &agenda} {
		to.section(sec.Part, sec.Heading, sec.Empty, -1)
		for _, l := range sec.Lines {
			to.line(l)
		}
	}

	to.section(PartRisks, words.count("Risks (", len(r.Risks)), "None found with what is known.", 7*len(r.Risks))
	// An activity that keeps no register says nothing of one; one that does
	// shows every risk's place in it, "no entry" too.
	register := r.KeepsRegister()
	for _, k := range r.Risks {
		rw := words.risk(rb, k.Rule)
		to.line(Line{Prefix: words.severity(k.Severity), Text: k.Rule.Title, Severity: k.Severity, Rule: k.Rule.ID, Fixed: true})
		// A risk that fires only on suggested answers says so before its
		// sentence, which the rulebook writes as a fact (RiskWhy).
		to.line(Line{Prefix: "Why: ", Text: RiskWhy(&k), Depth: 1})
		to.line(Line{Prefix: "Do: ", Text: k.Rule.Mitigation, Depth: 1, Fixed: true})
		if register {
			to.line(Line{Prefix: "Register: ", Text: MitigationText(&k.Mitigation), Depth: 1})
		}
		to.line(Line{Prefix: "See: ", Text: rw.see, Depth: 1, Fixed: true})
		if k.Rule.Example != "" {
			to.line(Line{Prefix: "Example: ", Text: k.Rule.Example, Depth: 1, Fixed: true})
		}
		if rw.recs != "" {
			to.line(Line{Prefix: "Recommendations: ", Text: rw.recs, Depth: 1, Fixed: true})
		}
	}
	to.section(PartOpen, words.count("Open questions (", len(r.OpenQuestions)), NoneOpen(rb, fs, r), len(r.OpenQuestions))
	for _, q := range r.OpenQuestions {
		to.line(Line{Prefix: "- ", Text: words.question(q), Fixed: true})
	}
	empty := "Nothing the framework names would move it to another agenda."
	if r.Agenda == classify.Undetermined {
		// Not yet placed: the answers it waits for place it, not a change;
		// the engine names those still missing.
		empty = r.Narrow.Waits
		if empty == "" {
			empty = "It is not yet in an agenda: the open questions above will place it."
		}
	}
	to.section(PartChange, "What would change the agenda", empty, -1)
	// Who carries it out moves it too (OtherHands): named, so the section
	// never says nothing would.
	for _, c := range append(slices.Clip(r.WouldChange), r.OtherHands...) {
		to.line(Line{Prefix: "- ", Text: ChangeText(rb, c)})
	}
	if sec := registerSection(r); len(sec.Lines) > 0 {
		to.section(sec.Part, sec.Heading, sec.Empty, -1)
		for _, l := range sec.Lines {
			to.line(l)
		}
	}
}

// SuggestedLegend says what the sign before a suggested answer means,
// under the facts of an account that has one.
const SuggestedLegend = "~ suggested by the activity's words, not yet confirmed: the verdict reads them as answers"

// SuggestedRiskLegend says what the "~" before a risk's severity means:
// the briefing says it where it explains its DRAFT mark, the worksheet's
// help in its glossary of marks.
const SuggestedRiskLegend = "~ before a severity: the risk fires only on answers a draft's words suggested and nobody has confirmed yet."

// SuggestedReadingLegend says what the "~" before a tier or an agenda
// means (classify.Result.TierOnSuggested): the briefing says it with
// SuggestedRiskLegend where a draft's verdict is marked so.
const SuggestedReadingLegend = "~ before a tier or an agenda: it rests on answers a draft's words suggested and nobody has confirmed yet; without them the activity would be placed otherwise, or not yet."

// GridLegend says what the "~" before a count of the tier × agenda table
// means, in the briefing and under the worksheet's grid alike.
const GridLegend = "~ before a count: " + GridMeaning

// GridMeaning is what GridLegend says of a count marked "~".
const GridMeaning = "the count includes drafts placed there only on suggested answers"

// placementSections are the sections that say why the result has its tier
// and its agenda; the briefing says their lines in its entries (briefItem.entries).
// A heading whose reading rests on answers only suggested is marked "~"
// as the verdict's line marks it: "~Tier 3 — …", "Agenda — ~SSR only",
// and its reason framed as holding only if those answers do (TierReason,
// AgendaReason).
func placementSections(r *classify.Result) (tier, agenda Section) {
	tier = Section{Part: PartTier, Heading: ReadingMark(r.TierOnSuggested) + TierCaption(&r.Policy), Lines: []Line{{Text: TierReason(r)}}}
	if r.Policy.Also != "" {
		tier.Lines = append(tier.Lines, Line{Text: r.Policy.Also})
	}
	agenda = Section{Part: PartAgenda, Heading: agendaCaption(&r.Narrow, ReadingMark(r.AgendaOnSuggested)), Lines: []Line{{Text: AgendaReason(r)}}}
	return tier, agenda
}

// registerSection says when the HRDDP risk assessment is next reviewed and
// which entries are stale: kept for risks that do not fire now.
func registerSection(r *classify.Result) Section {
	sec := Section{Part: PartRegister, Heading: "Register"}
	if d := r.HRDDPReview.Date; d != "" {
		text := string(d)
		if r.HRDDPReview.Overdue {
			text += " — OVERDUE"
		}
		sec.Lines = append(sec.Lines, Line{Prefix: "HRDDP review: ", Text: text})
	}
	for i := range r.Stale {
		m := classify.Mitigation{Entry: r.Stale[i], State: classify.StateOf(r.Stale[i].Status)}
		sec.Lines = append(sec.Lines, Line{Prefix: "Stale: ", Text: r.Stale[i].Risk + " does not fire now; kept: " + EntryText(&m)})
	}
	return sec
}

// MitigationText is a risk's place in the register on one line: "open — no
// entry", or the state and the entry ("mitigated — in place · owner: Human
// Rights Division · due 2026-03-31 · Units screened").
func MitigationText(m *classify.Mitigation) string {
	if !m.HasEntry() {
		return string(m.State) + " — " + NoEntry
	}
	return string(m.State) + " — " + EntryText(m)
}

// NoEntry is what a risk without a register entry has in place of one,
// said alike by the account, the register's Status column and its header.
const NoEntry = "no entry"

// EntryText is a register entry: its status, owner, due date, OVERDUE when it
// is, and its note.
func EntryText(m *classify.Mitigation) string {
	parts := []string{StatusText(m.Entry.Status)}
	if o := OneLine(m.Entry.Owner); o != "" {
		parts = append(parts, "owner: "+o)
	}
	if m.Entry.Due != "" {
		parts = append(parts, "due "+string(m.Entry.Due))
	}
	if m.Overdue {
		parts = append(parts, "OVERDUE")
	}
	if n := OneLine(m.Entry.Note); n != "" {
		parts = append(parts, n)
	}
	return strings.Join(parts, " · ")
}

// StatusText is a register status as words: "not started", "in place".
func StatusText(s model.MitigationStatus) string { return strings.ReplaceAll(string(s), "-", " ") }

// FactName is a fact's key as words: "rights record".
func FactName(f model.Fact) string {
	if f >= model.NumFacts {
		return strings.ReplaceAll(f.Key(), "_", " ")
	}
	factNamesOnce.Do(func() {
		for g := range model.NumFacts {
			factNames[g] = strings.ReplaceAll(g.Key(), "_", " ")
		}
	})
	return factNames[f]
}

// factNames are the facts' names, made when first asked for: every
// account names its open questions' facts.
var (
	factNamesOnce sync.Once
	factNames     [model.NumFacts]string
)

// factPrefix is each fact's name as a line of the facts section begins,
// "name: ", made once, when an account is first written.
var factPrefix = sync.OnceValue(func() *[model.NumFacts]string {
	var out [model.NumFacts]string
	for _, f := range model.AllFacts() {
		out[f] = FactName(f) + ": "
	}
	return &out
})

// accountTitle is the activity's title on one line, "(untitled)" when it has
// none.
func accountTitle(a *model.Activity) string {
	if t := OneLine(a.Title); t != "" {
		return t
	}
	return "(untitled)"
}
