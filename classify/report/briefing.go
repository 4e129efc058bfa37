package report

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The briefing a planner hands up: an executive summary (mandate and mission,
// the tier × agenda grid, the critical and high risks, the portfolio findings,
// the drafts still to review), the risk register, one section per activity
// named by its reference and title, and the recommendations with the
// activities they answer. brief gathers it once; the markdown and HTML
// writers only lay it out.

type brief struct {
	rb      *classify.Rulebook
	title   string // the mission, else the mandate, else the file
	mandate string
	mission string
	// mandateLabel and missionLabel name them: "Mandates" where the
	// worksheet holds several source documents (model.HeadingOf).
	mandateLabel, missionLabel string
	sources                    model.Sources // the source documents of the whole worksheet
	shown                      string        // what the selection keeps, in words; "" when whole
	preparedBy                 string        // who prepared it (author, organisation); "" when unsaid
	of                         int           // how many activities the whole worksheet holds
	items                      []briefItem
	sum                        *classify.Summary
	drafts                     int
	findings                   []classify.Finding
	open                       []classify.OpenFinding
	changed                    []classify.SuggestedChange // the findings the drafts' suggested answers change
	hidden                     map[string]string          // the reference of each activity the selection leaves out, by id
	byID                       map[string]int             // each activity's place in items, by id
	register                   []registerRow              // every risk, most serious first
	recs                       []briefRec
	source                     *model.Stream // the activities, read again as their parts are written
	placed                     *readings     // every activity placed on the two readings; nil without pictures
	today                      model.Date    // the day the register is read on
	// shortened holds the signs of a cut that end the titles the import
	// shortened from their paragraphs (suggest.ShortenedTitleSign), in
	// the order first met; none where no title in it was.
	shortened []string
	// imported: an activity was imported from a mandate's paragraph, its
	// title a heading made from it (ShortenedTitlesNote).
	imported bool
	// readings reads a draft's source paragraph again, for its part to
	// show the words its facts were suggested from; nil when the sheet has
	// none.
	readDraft Readings
	// confirmed tells the answers the planner confirmed in the session the
	// briefing is written from (Sheet.Confirmed); nil for none.
	confirmed Confirmations
	// suggestedAnswers: an activity holds an answer only suggested
	// (classify.Result.Suggested), which its Facts mark "~".
	suggestedAnswers bool
	// importedDocs are the documents imported activities come from, in
	// the order first met; leftOut what the session knows each import
	// left out (Sheet.LeftOut).
	importedDocs []string
	leftOut      []LeftOut
}

// briefItem is what the summary, the register and the recommendations need
// of an activity; its account is made only when its own part is written, so
// that a briefing never holds every activity's text at once.
type briefItem struct {
	a *model.Activity  // only while its part is written
	r *classify.Result // only while its part is written
	// What the summary, the register and the grouping read of the result,
	// kept for every activity: a whole result is eight times the size.
	risks []classify.Risk
	// decided is what the result's conditions decided, for its part to be
	// classified again without testing them.
	decided classify.Decisions
	review  classify.Review
	others  bool // asked of others than the mission
	// named is the activity as the briefing names it, made once: the
	// summary and the recommendations name an activity again and again.
	// Its reference and its title, as the account heads it, are its ends.
	named  string
	refLen int
	draft  bool
	// doc is the activity's source document and paragraph its reference,
	// for its name to say which document numbers it where the worksheet
	// holds several; "" when it numbers no paragraph (ParagraphRef).
	doc, paragraph string
	region         string // where it stands on the 2015 reading
	agenda         classify.Agenda
}

// ShortenedTitlesNote says, once under a briefing's heading, what the
// titles of imported activities are (ImportedTitleNote) and that each
// activity's section quotes its paragraph whole. The summary and the
// register name activities by these titles.
func ShortenedTitlesNote(signs []string) string {
	return ImportedTitleNote(signs, "each activity's own section below") + "."
}

// ImportedTitleNote says what the titles of imported activities are:
// headings made from their paragraph, often shorter than it without a sign,
// those cut short ending in one of signs (none: no title is cut), and where
// (whole: "each activity's own section below") the paragraph is quoted
// whole. The briefing says it under its heading, the screens under a title
// the import shortened: one wording, each naming its own place.
func ImportedTitleNote(signs []string, whole string) string {
	cut := ""
	if len(signs) > 0 {
		cut = ", and one cut short ends in " + strings.Join(signs, " or ")
	}
	return "An imported activity's title is a heading made from its paragraph" + cut +
		"; " + whole + " quotes its paragraph whole"
}

// nameSep is what stands between an activity's reference and its title in
// its name.
const nameSep = " — "

// newNamed is an item's name and the length of its reference.
func newNamed(ref, title string) (string, int) { return ref + nameSep + title, len(ref) }

// name is the activity as the briefing names it: "6(ii) — title".
func (it *briefItem) name() string { return it.named }

// ref is the activity's mark: its paragraph reference, or #position (Mark).
func (it *briefItem) ref() string { return it.named[:it.refLen] }

// title is the activity's title as its account heads it.
func (it *briefItem) title() string { return it.named[it.refLen+len(nameSep):] }

type registerRow struct {
	item int
	risk *classify.Risk // in the item's risks
}

type briefRec struct {
	rec   *classify.Recommendation
	items []int // the activities whose risks or findings it answers
}

// newBrief reads the sheet's first pass for a briefing with its pictures.
func newBrief(rb *classify.Rulebook, sh Sheet) (*brief, error) { return briefOf(rb, sh, true) }

// briefOf reads the sheet's first pass; without pictures (markdown, a
// terminal), no activity is placed on the two readings, which only the
// pictures show.
func briefOf(rb *classify.Rulebook, sh Sheet, pictures bool) (*brief, error) {
	st := sh.stream()
	var b *brief
	if err := st.FirstPass(func() { b = firstPass(rb, sh, st, pictures) }); err != nil {
		return nil, err
	}
	h := model.HeadingOf(OneLine(st.Mission), OneLine(st.Mandate), b.sources)
	b.mandate, b.mission = h.Mandate, h.Mission
	b.mandateLabel, b.missionLabel = h.MandateLabel, h.MissionLabel
	b.title = b.mission
	if b.title == "" {
		b.title = b.mandate
	}
	if b.title == "" {
		b.title = OneLine(sh.File)
	}
	if b.title == "" {
		b.title = "Worksheet"
	}
	b.shown = shownWords(sh)
	return b, nil
}

// shownWords says what the sheet's selection and filter keep, in words
// ("agenda SSR · filter “police reform”"); "" when the sheet is whole.
func shownWords(sh Sheet) string {
	var parts []string
	if !sh.Selection.IsZero() {
		parts = append(parts, sh.Selection.String())
	}
	if f := OneLine(sh.Filter); f != "" {
		parts = append(parts, "filter “"+f+"”")
	}
	return strings.Join(parts, " · ")
}

// firstPass reads the sheet's activities once for all the briefing keeps
// of them: its summary, portfolio, register and recommendations.
func firstPass(rb *classify.Rulebook, sh Sheet, st *model.Stream, pictures bool) *brief {
	b := &brief{rb: rb, sum: classify.NewSummary(), of: sh.Of,
		preparedBy: OneLine(sh.PreparedBy), source: st, today: sh.Today, readDraft: sh.Readings, confirmed: sh.Confirmed, leftOut: sh.LeftOut}
	byID := make(map[string]int, st.Len())
	b.byID = byID
	b.items = make([]briefItem, 0, st.Len())
	// The activities each recommendation answers, gathered in any order and
	// with repeats (an activity answers through several risks and findings),
	// sorted and made unique once at the end: a look-up in the list on every
	// addition made a long worksheet quadratic.
	answers := map[string][]int{}
	answer := func(recIDs []string, item int) {
		for _, id := range recIDs {
			if l := answers[id]; len(l) == 0 || l[len(l)-1] != item {
				answers[id] = append(l, item)
			}
		}
	}
	if pictures {
		b.placed = newReadings(rb)
	}
	// The portfolio is gathered on this pass unless it is judged over a
	// whole worksheet the selection was made from: reading the stream whole
	// for it held every activity at once.
	// Every activity that might answer a finding held open is named by
	// its reference, as the portfolio screen lists them all.
	p := rb.NewPortfolio()
	p.ListEveryHolder()
	changed := rb.NewSuggestedTally()
	if sh.Whole != nil {
		for _, a := range sh.Whole.Activities {
			p.Add(a)
			changed.Add(a, sh.suggested(rb, a))
		}
	}
	i := -1
	// What is kept of each activity is its strings and a copy of its risks.
	for a := range st.Each() {
		i++
		suggested := sh.suggested(rb, a)
		if sh.Whole == nil {
			p.Add(a)
			changed.Add(a, suggested)
		}
		r, d := rb.DecideSuggested(a, sh.Today, suggested)
		it := briefItem{risks: keptRisks(&r), decided: d, review: r.HRDDPReview, others: r.AskedOfOthers,
			draft: a.Status == model.StatusDraft}
		it.named, it.refLen = newNamed(sh.ref(a, i), accountTitle(a))
		if sign := suggest.ShortenedTitleSign(a); sign != "" && !slices.Contains(b.shortened, sign) {
			b.shortened = append(b.shortened, sign)
		}
		if ParagraphRef(a.Source.Ref) != "" {
			it.doc, it.paragraph = a.Source.Document, a.Source.Ref
			b.imported = b.imported || strings.TrimSpace(a.Source.Text) != ""
			if doc := OneLine(a.Source.Document); doc != "" && strings.TrimSpace(a.Source.Text) != "" && !slices.Contains(b.importedDocs, doc) {
				b.importedDocs = append(b.importedDocs, doc)
			}
		}
		b.sources.Add(a)
		if it.draft {
			b.drafts++
		}
		b.sum.Add(&r)
		b.suggestedAnswers = b.suggestedAnswers || len(r.Suggested) > 0
		if b.placed != nil {
			it.region, it.agenda = region2015Of(&r), r.Agenda
		}
		byID[a.ID] = i
		for _, k := range it.risks {
			answer(k.Rule.Recommendations, i)
		}
		b.items = append(b.items, it)
	}
	if b.of == 0 {
		b.of = len(b.items)
	}
	if sh.Whole != nil {
		b.sources = model.SourcesOf(sh.Whole.Activities)
	} else {
		b.sources.Finish()
	}
	if b.sources.Several() {
		for i := range b.items {
			it := &b.items[i]
			if it.paragraph != "" {
				ref := OneLine(b.sources.Ref(&model.Activity{Source: model.Source{Document: it.doc, Ref: it.paragraph}}))
				it.named, it.refLen = newNamed(ref, it.title())
			}
		}
	}
	if b.placed != nil {
		for i := range b.items {
			it := &b.items[i]
			label := it.ref()
			if it.draft {
				label += "*"
			}
			b.placed.placeNamed(it.region, it.agenda, label, it.title())
		}
	}
	for _, sev := range classify.Severities {
		for i := range b.items {
			for j := range b.items[i].risks {
				if k := &b.items[i].risks[j]; k.Severity == sev {
					b.register = append(b.register, registerRow{i, k})
				}
			}
		}
	}
	if sh.Whole != nil {
		b.hidden = map[string]string{}
		for i, a := range sh.Whole.Activities {
			if _, kept := byID[a.ID]; !kept {
				b.hidden[a.ID] = SourcesRef(b.sources, a, i+1)
			}
		}
	}
	b.findings, b.open = p.Findings(), p.Open()
	b.changed = changed.Changes()
	for _, f := range b.findings {
		for _, id := range f.Activities {
			if i, ok := byID[id]; ok {
				answer(f.Rule.Recommendations, i)
			}
		}
	}
	for _, rec := range rb.Recommendations {
		if items := answers[rec.ID]; len(items) > 0 {
			slices.Sort(items)
			items = slices.Compact(items)
			b.recs = append(b.recs, briefRec{rec, items})
		}
	}
	return b
}

// keptRisks is what the briefing keeps of a result's risks for every
// activity (the register, the serious risks, the recommendations): each
// risk without its explanation and what it read of the activity's facts,
// which only the activity's own part writes, while the activity is read
// again.
func keptRisks(r *classify.Result) []classify.Risk {
	risks := make([]classify.Risk, len(r.Risks))
	for i, k := range r.Risks {
		risks[i] = classify.Risk{Rule: k.Rule, Severity: k.Severity, Raised: k.Raised, Mitigation: k.Mitigation, OnSuggested: k.OnSuggested}
	}
	return risks
}

// each hands each activity of idx (positions in items, in worksheet order)
// to fn with its activity, read again from the stream: the briefing holds
// each activity's text only while its part is written.
func (b *brief) each(idx []int, fn func(it *briefItem)) {
	if len(idx) == 0 {
		return
	}
	i, k := -1, 0
	// A part keeps nothing of its activity once written (it.a is let go),
	// and its result is made in the room of the part before it.
	var r classify.Result
	for a := range b.source.Each() {
		i++
		if i != idx[k] {
			continue
		}
		it := &b.items[i]
		r = b.rb.ClassifyAgain(a, b.today, it.decided)
		it.a, it.r = a, &r
		fn(it)
		it.a, it.r = nil, nil
		if k++; k == len(idx) {
			return
		}
	}
}

// seriousRisks groups the critical and high risks that are still open by
// rule and severity, each with the activities it fires for, most serious
// first.
func (b *brief) seriousRisks() []seriousRisk {
	var out []seriousRisk
	at := map[string]int{}
	for _, row := range b.register {
		if row.risk.Severity.Rank() < classify.High.Rank() || row.risk.Mitigation.State != classify.Open {
			continue
		}
		// A risk that fires only on suggested answers is listed apart,
		// its severity marked "~".
		key := string(row.risk.Severity) + "/" + row.risk.Rule.ID
		if row.risk.OnSuggested {
			key = "~" + key
		}
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			out = append(out, seriousRisk{severity: row.risk.Severity, rule: row.risk.Rule, onSuggested: row.risk.OnSuggested})
		}
		out[i].items = append(out[i].items, row.item)
	}
	return out
}

type seriousRisk struct {
	severity    classify.Severity
	rule        *classify.RiskRule
	onSuggested bool // it fires for these only on suggested answers
	items       []int
}

// taskText is what the activity asks for: the paragraph of its source, else
// its description; context is the lead-in that frames it, when the task is
// the source's own text.
func (it *briefItem) taskText() (task, context string) {
	task = OneLine(it.a.Source.Text)
	desc := OneLine(it.a.Description)
	if task == "" {
		return desc, ""
	}
	if desc == task {
		desc = ""
	}
	return task, desc
}

// verdict is the verdict line, with "No tier yet" for a tier not known.
func (it *briefItem) verdict(w *ruleWords) string {
	return w.verdict(it.r)
}

// portfolioLine sums up the portfolio for the executive summary when no
// finding is certain: how many are held open by what is not known.
func (b *brief) portfolioLine() string {
	switch {
	case len(b.open) > 0:
		lead := "None certain yet; "
		if len(b.findings) > 0 {
			lead = "Also "
		}
		_, held := classify.Changes(b.changed)
		return lead + SuggestedCount(plural(len(b.open), "finding is", "findings are")+" held open", held) + " by facts not known yet (see Portfolio)."
	case len(b.findings) == 0:
		return "None across these activities with what is known."
	}
	return ""
}

// entries lists the activity's section after its verdict, each a labelled
// entry, the same in every format: the facts it is judged on (factsEntry),
// why this tier and this agenda, each risk (its severity, title, why, what
// to do and its place in the register), the register's other entries, the open questions, what would change the
// agenda and the notes. They are made as the document's items and at
// their number, in d's room (document.lineOf): a long briefing makes them
// for every activity.
func (it *briefItem) entries(rb *classify.Rulebook, d *document) []item {
	r := it.r
	out := d.itemsOf(1 + 2 + len(r.Risks) + 1 + len(r.Stale) + 3)
	out = append(out, it.factsEntry(rb, d))
	// Why this tier and this agenda: the lines of the account's sections
	// (placementSections), each on one line.
	tier := OneLine(TierReason(r))
	if r.Policy.Also != "" {
		tier += " " + OneLine(r.Policy.Also)
	}
	agenda := "Agenda"
	if r.Narrow.Basis != nil {
		agenda += " (" + r.Narrow.Basis.Title + ")"
	}
	// The reasons, a risk's why, the questions and what would change are
	// the rulebook's sentences, with at most a few of the activity's facts
	// in them: many activities read the same, so each is written as it was
	// written before (run.fixed).
	out = append(out, item{term: "Tier", text: d.lineOf(1).fixed(tier)}, item{term: agenda, text: d.lineOf(1).fixed(OneLine(AgendaReason(r)))})
	keeps := r.KeepsRegister()
	for i := range r.Risks {
		k := &r.Risks[i]
		n := 9 // the runs below, and four more for the register
		if keeps {
			n += 4
		}
		// A sentence framed as holding only if the answers marked ~ do
		// (RiskWhy) follows its title after a colon, as in the account.
		end := "."
		if k.OnSuggested {
			end = ":"
		}
		l := d.lineOf(n).riskSeverity(k).raw(" ").value(k.Rule.Title + end).raw(" ").fixed(RiskWhy(k)).
			raw(" ").em("Do:").raw(" ").fixed(k.Rule.Mitigation)
		if keeps {
			l = l.raw(" ").em("Register:").raw(" ").text(MitigationText(&k.Mitigation))
		}
		out = append(out, item{term: "Risk", text: l})
	}
	out = it.registerEntries(out, d)
	if qs := r.OpenQuestions; len(qs) > 0 {
		texts := make([]string, len(qs))
		for i, q := range qs {
			texts[i] = q.Question
		}
		out = append(out, item{term: d.words.count("Open questions (", len(qs)), text: d.lineOf(1).fixed(strings.Join(texts, " "))})
	}
	if len(r.WouldChange) > 0 {
		texts := make([]string, len(r.WouldChange))
		for i, c := range r.WouldChange {
			texts[i] = ChangeText(rb, c)
		}
		out = append(out, item{term: "Would change the agenda", text: d.lineOf(1).fixed(strings.Join(texts, "; "))})
	}
	if n := strings.TrimSpace(it.a.Notes); n != "" {
		out = append(out, item{term: "Notes", text: d.lineOf(1).text(OneLine(n))})
	}
	return out
}

// readFrom adds to a draft's entries the words its facts were suggested
// from, as the text account shows them under "Read from": a planner who
// has only the briefing sees why a draft reads as it does. A reviewed
// activity's facts are the planner's, and show none. The words of an
// answer the planner confirmed in the session the briefing is written from
// (Sheet.Confirmed) stand apart from those not yet confirmed, as the
// screens mark that answer without "~"; of that answer, the values the
// worksheet no longer holds (unticked or replaced) stand apart again,
// read but not kept: they were listed as confirmed by the planner who had
// rejected them. Each fact is named as the screens name it ("state forces
// attacking civilians", not its key).
func (it *briefItem) readFrom(out []item, rb *classify.Rulebook, d *document, read Readings, confirmed Confirmations) []item {
	if !it.draft || read == nil {
		return out
	}
	rd := read(it.a)
	if rd == nil {
		return out
	}
	var open, held, dropped []string
	nothing := ""
	for _, l := range readingLines(rb, it.a, rd, false) {
		text := l.label + ": " + l.text
		switch {
		case l.label == NothingSuggestedLabel:
			nothing = text
		case !l.of || !confirmed.of(it.a, l.fact):
			open = append(open, text)
		case l.value != "" && !holdsValue(&it.a.Facts, l.fact, l.value):
			// A value read that the planner unticked or replaced: the
			// answer is confirmed, this value is not in it.
			dropped = append(dropped, text)
		default:
			held = append(held, text)
		}
	}
	switch {
	case nothing != "" && len(open) > 0:
		// Among the words still to confirm, under their one label: apart,
		// it said "Read from the source paragraph 19 of …" twice in a row.
		open = append(open, nothing)
	case nothing != "":
		// Said alone, without "(not yet confirmed)": nothing read is
		// nothing to confirm.
		out = append(out, item{term: "Read from " + sourceName(it.a), text: d.lineOf(1).text(strings.TrimPrefix(nothing, NothingSuggestedLabel+": "))})
	}
	if len(open) > 0 {
		out = append(out, item{term: "Read from " + sourceName(it.a) + " (not yet confirmed)", text: d.lineOf(1).text(strings.Join(open, "; "))})
	}
	if len(held) > 0 {
		out = append(out, item{term: "Read from " + sourceName(it.a) + " (confirmed by the planner)", text: d.lineOf(1).text(strings.Join(held, "; "))})
	}
	if len(dropped) > 0 {
		out = append(out, item{term: "Read from " + sourceName(it.a) + " (" + ReadNotKept + ")", text: d.lineOf(1).text(strings.Join(dropped, "; "))})
	}
	return out
}

// ReadNotKept heads the values a draft's words suggested that the planner,
// confirming the answer, did not keep: unticked, or replaced by another.
const ReadNotKept = "read, not kept by the planner"

// groups splits the activities into the mission's own and those asked of
// others (classify.Result.AskedOfOthers), each in worksheet order, with the
// heading of the second group from the rulebook's term; others is empty
// when either group is, so that a briefing of one kind reads as one list.
func (b *brief) groups() (own, others []int, heading string) {
	for i := range b.items {
		if b.items[i].others {
			others = append(others, i)
		} else {
			own = append(own, i)
		}
	}
	if len(own) == 0 || len(others) == 0 {
		all := append(own, others...)
		slices.Sort(all)
		return all, nil, ""
	}
	for _, t := range b.rb.Terms {
		if t.Name == classify.AskedOfOthersTerm {
			heading = t.Label
		}
	}
	if heading == "" {
		heading = classify.AskedOfOthersTerm
	}
	r, size := utf8.DecodeRuneInString(heading)
	return own, others, string(unicode.ToUpper(r)) + heading[size:]
}
