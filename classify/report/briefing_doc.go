package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// document builds the briefing as one document: the title and what it
// covers, the executive summary, the two readings, the risk register and the
// portfolio, one part per activity, and the recommendations.
func (br *brief) document() *document {
	d := &document{}
	br.build(d)
	return d
}

// stream builds the briefing handing each block to emit as it is made;
// without pictures (a renderer that leaves the readings' part out), that
// part is not made.
func (br *brief) stream(emit func(*block), pictures bool) {
	br.build(&document{emit: emit, words: newRuleWords(), noPictures: !pictures})
}

// build adds the briefing's blocks to d.
func (br *brief) build(d *document) {
	d.title = "POC/SSR briefing: " + br.title
	d.heading(1, line{}.text(d.title))
	var head []line
	if br.mandate != "" {
		head = append(head, line{}.raw(br.mandateLabel+": ").value(br.mandate))
	}
	if br.mission != "" {
		head = append(head, line{}.raw(br.missionLabel+": ").value(br.mission))
	}
	if br.preparedBy != "" {
		head = append(head, line{}.raw("Prepared by: ").text(br.preparedBy))
	}
	if br.today != "" {
		// The day the register and the verdicts are read on, which every
		// OVERDUE below is measured from: said so, lest it read as the day
		// the mandate named before it was read.
		head = append(head, line{}.raw("Register and verdicts as of ").text(string(br.today)))
	}
	head = append(head, append(br.countLine(), run{kind: runRaw, text: "."}))
	d.para(styleLead, line{}.join(head, " · "))
	if br.imported || len(br.shortened) > 0 {
		d.para(styleMuted, line{}.text(ShortenedTitlesNote(br.shortened)))
	}

	d.heading(2, line{}.text("Executive summary"))
	if overdue := br.overdue(); len(overdue) > 0 {
		d.minor("Overdue")
		items := make([]item, len(overdue))
		for i, o := range overdue {
			items[i] = item{text: br.overdueLine(o)}
		}
		d.add(block{kind: blockList, items: items})
	}
	d.minor("Critical and high risks still open")
	if serious := br.seriousRisks(); len(serious) == 0 {
		d.para("", line{}.text("None with what is known."))
	} else {
		var items []item
		for _, s := range serious {
			l := br.names(d.lineOf(4+3*len(s.items)).riskSeverity(&classify.Risk{Severity: s.severity, OnSuggested: s.onSuggested}).raw(" ").value(s.rule.Title).raw(": "), s.items, "; ")
			items = append(items, item{text: l})
		}
		d.add(block{kind: blockList, items: items})
	}
	if l := br.settledLine(); l != "" {
		d.para(styleMuted, line{}.text(l))
	}
	d.add(block{kind: blockTable, table: br.grid()})
	if br.readingOnSuggested() {
		d.para(styleMuted, line{}.text(GridLegend+"."))
	}
	d.minor("Portfolio findings")
	if len(br.findings) > 0 {
		var items []item
		for i := range br.findings {
			f := &br.findings[i]
			items = append(items, item{text: line{}.severity(f.Severity).raw(" ").value(f.Rule.Title).raw(" (").text(f.ForceLabel).raw("): ").text(f.WouldClear)})
		}
		d.add(block{kind: blockList, items: items})
	}
	if l := br.portfolioLine(); l != "" {
		d.para("", line{}.text(l))
	}
	if l := AcrossDocuments(br.sources); l != "" {
		d.para(styleMuted, line{}.text(l))
	}
	if br.drafts > 0 {
		d.para("", line{}.strong("Drafts:").raw(" ").text(draftsOf(br.drafts, len(br.items))).draftWord().
			text(": some of a draft's facts may be suggestions from its words that nobody has confirmed yet."))
		if br.suggestedAnswers {
			d.para(styleMuted, line{}.text(SuggestedAnswerLegend))
		}
		if br.onSuggested() {
			d.para(styleMuted, line{}.text(SuggestedRiskLegend))
		}
		if br.readingOnSuggested() {
			d.para(styleMuted, line{}.text(SuggestedReadingLegend))
		}
	}

	br.readings(d)

	d.open(stylePart)
	d.heading(2, line{}.text("Risk register"))
	if len(br.register) == 0 {
		d.para("", line{}.text("No friction risk fires with what is known."))
	} else {
		// The HRDDP review has a column where an activity of the register
		// sets one (the executive summary says when it is overdue).
		reviews := slices.ContainsFunc(br.register, func(row registerRow) bool { return br.items[row.item].review.Date != "" })
		cols := []column{{head: "Ref", class: "ref"}, {head: "Activity", class: "act"}, {head: "Risk", class: "risk"},
			{head: "Severity", class: "sev"}, {head: "Status", class: "status"}, {head: "Owner", class: "owner"}, {head: "Due", class: "due"}}
		if reviews {
			cols = append(cols, column{head: "HRDDP review", class: "review"})
		}
		t := &table{wide: true, cols: append(cols, column{head: "Note", class: "note"}, column{head: "What to do"})}
		// In the compact form the severity leads the risk's cell, and where
		// the register stands shares one cell, rather than columns of short
		// words under longer headers: those are the first a renderer at 80
		// columns narrows, down to "Se…".
		t.compact = &table{cols: []column{{head: "Ref"}, {head: "Activity"}, {head: "Risk"}, {head: "Register"}, {head: "What to do"}}}
		// The rows are made as they are written, one at a time: a register
		// of 40,000 activities has tens of thousands. Where the document is
		// written as it is made, each row is written before the next is
		// made, in its room (rowRoom).
		t.more = func(yield func([]line) bool) {
			var room rowRoom
			for _, row := range br.register {
				it := &br.items[row.item]
				status, owner, due := registerColumns(&row.risk.Mitigation)
				c := room.runs(d, 2*len(t.cols)+1)
				rw := c.cell(textRun(it.ref())).draftCell(textRun(it.title()), it.draft).cell(fixedRun(row.risk.Rule.Title)).
					cell(riskSeverityRun(row.risk)).cell(textRun(status)).cell(textRun(owner)).cell(textRun(due))
				if reviews {
					rw = rw.cell(textRun(reviewText(it.review)))
				}
				rw = rw.cell(textRun(OneLine(row.risk.Mitigation.Entry.Note))).cell(fixedRun(row.risk.Rule.Mitigation))
				if !yield(room.lines(d, rw)) {
					return
				}
			}
		}
		t.compact.more = func(yield func([]line) bool) {
			var room rowRoom
			for _, row := range br.register {
				it := &br.items[row.item]
				c := room.runs(d, 13)
				rw := c.cell(textRun(it.ref())).draftCell(textRun(it.title()), it.draft).
					cell(riskSeverityRun(row.risk), rawRun(" "), fixedRun(row.risk.Rule.Title)).
					cell(textRun(registerCell(&row.risk.Mitigation, it.review))).cell(fixedRun(row.risk.Rule.Mitigation))
				if !yield(room.lines(d, rw)) {
					return
				}
			}
		}
		d.add(block{kind: blockTable, style: styleRegister, table: t})
	}
	if len(br.findings) > 0 || len(br.open) > 0 {
		br.portfolio(d)
	}
	d.close(stylePart)

	// The mission's own tasks first; those asked of others (the Government,
	// member states, donors) after them, under a heading of their own.
	own, others, heading := br.groups()
	d.open(stylePart)
	d.heading(2, line{}.text("Activities"))
	br.each(own, func(it *briefItem) { it.document(d, br.rb, br.readDraft, br.confirmed) })
	d.close(stylePart)
	if len(others) > 0 {
		d.open(stylePart)
		d.heading(2, line{}.text(heading))
		br.each(others, func(it *briefItem) { it.document(d, br.rb, br.readDraft, br.confirmed) })
		d.close(stylePart)
	}

	br.leftOutPart(d)

	d.open(stylePart)
	d.heading(2, line{}.text("Recommendations"))
	if len(br.recs) == 0 {
		d.para("", line{}.text("No triggered risk points to a recommendation."))
	}
	for _, rec := range br.recs {
		d.heading(3, line{}.text(rec.rec.Title))
		d.para("", line{}.text(rec.rec.Summary))
		d.reuse()
		d.para(styleMuted, br.names(d.lineOf(2+3*len(rec.items)).raw("Answers: "), rec.items, "; ").raw("."))
	}
	d.close(stylePart)
}

// readings adds the two readings with every activity placed on them; they
// follow the summary on its page when they fit.
func (br *brief) readings(d *document) {
	if d.noPictures || br.placed == nil {
		return
	}
	r := br.placed
	d.open(styleReadings)
	d.heading(2, line{}.text("The two readings"))
	d.add(block{kind: blockDrawings, figures: r.figures()})
	d.para(styleMuted, line{}.text("Each mark is an activity's paragraph reference, or #position where its source numbers no paragraph; a star marks a DRAFT. The keys below name every mark."))
	d.close(styleReadings)
	r.key(d)
}

// portfolio adds the findings across the activities, and those held open.
func (br *brief) portfolio(d *document) {
	d.heading(2, line{}.text("Portfolio"))
	var items []item
	for i := range br.findings {
		f := &br.findings[i]
		items = append(items, item{text: line{}.severity(f.Severity).raw(" ").value(f.Rule.Title).raw(" (").text(f.ForceLabel).raw("). Raised by ").
			join(br.findingActivities(f.Activities), "; ").raw(". ").text(f.Why).add(br.measured(f.Measured, f.MeasuredBy)).raw(" ").em("Do:").raw(" ").text(f.Rule.Mitigation).
			raw(" ").em("Would clear it:").raw(" ").text(f.WouldClear)})
	}
	for i := range br.open {
		items = append(items, item{text: br.openText(&br.open[i]), style: styleMuted})
	}
	// A finding the drafts' suggested answers change is said so, with
	// the drafts whose answers to confirm.
	for i := range br.changed {
		c := &br.changed[i]
		items = append(items, item{text: line{}.text(SuggestedChangeText(c, br.draftRefs(c.Drafts)) + ".")})
	}
	d.add(block{kind: blockList, items: items})
}

// grid is the tier × agenda counts. Its compact form turns the table on its
// side, an agenda a row and a tier a column ("Tier 1" … NoTierYet, Total):
// with a tier's title in its first cell the table is wider than 80
// columns, and a renderer at that width (glow's) cuts the agendas' headers
// to "PO…"; turned so, no tier yet is named as everywhere else and the
// table still fits. The tiers are spelled out below. The terminal briefing
// uses the compact form too when the whole table does not fit on one line
// a row.
func (br *brief) grid() *table {
	rb, s := br.rb, br.sum
	t := &table{cols: []column{{head: "Tier (2015 policy)"}}, compact: &table{cols: []column{{head: "Agenda"}}}}
	for _, a := range classify.Agendas {
		t.cols = append(t.cols, column{head: rb.AgendaShort(a), numeric: true})
	}
	t.cols = append(t.cols, column{head: "Total", numeric: true})
	// count is one cell: "~" before a count with drafts placed so on
	// answers only suggested, as the worksheet's grid marks it (GridLegend).
	count := func(tier classify.Tier, a classify.Agenda) line {
		cell := line{}
		if s.GridOnSuggested[tier][a] > 0 {
			cell = cell.text("~")
		}
		return cell.raw(fmt.Sprint(s.Grid[tier][a]))
	}
	var legend []line
	var tiers []classify.Tier
	for n := classify.Tier(1); n <= 4; n++ {
		tier, label := n, line{}
		if n == 4 {
			tier, label = 0, label.text(NoTierYet)
		} else if info := rb.Tier(n); info != nil {
			label = label.raw(fmt.Sprintf("%d. ", n)).text(info.Title)
			legend = append(legend, label)
		}
		if tier == 0 && s.ByTier[0] == 0 {
			continue
		}
		tiers = append(tiers, tier)
		var counts []line
		for _, a := range classify.Agendas {
			counts = append(counts, count(tier, a))
		}
		counts = append(counts, line{}.raw(fmt.Sprint(s.ByTier[tier])))
		t.rows = append(t.rows, append([]line{label}, counts...))
	}
	for _, tier := range tiers {
		head := NoTierYet
		if tier != 0 {
			head = fmt.Sprintf("Tier %d", tier)
		}
		t.compact.cols = append(t.compact.cols, column{head: head, numeric: true})
	}
	t.compact.cols = append(t.compact.cols, column{head: "Total", numeric: true})
	for _, a := range classify.Agendas {
		row := []line{line{}.text(rb.AgendaShort(a))}
		for _, tier := range tiers {
			row = append(row, count(tier, a))
		}
		t.compact.rows = append(t.compact.rows, append(row, line{}.raw(fmt.Sprint(s.ByAgenda[a]))))
	}
	t.legend = line{}.raw("Tiers of the 2015 policy: ").join(legend, " · ").raw(".")
	return t
}

// document adds the activity's part: its task quoted with the lead-in as
// context, the verdict, then the reasons, risks, open questions and what
// would change.
func (it *briefItem) document(d *document, rb *classify.Rulebook, read Readings, confirmed Confirmations) {
	// Each activity's lines are made at their length, in room the part
	// before it used where the document is written as it is made: a long
	// briefing makes them for every activity.
	d.reuse()
	d.open(styleActivity)
	d.heading(3, d.lineOf(4).text(it.ref()).raw(nameSep).text(it.title()).draft(it.draft))
	if task, context := it.taskText(); task != "" {
		q := block{kind: blockQuote, text: d.lineOf(1).text(task)}
		if context != "" {
			q.context = d.lineOf(2).raw("Context: ").text(context)
		}
		d.add(q)
	}
	d.para("", d.lineOf(3).strong("Verdict:").raw(" ").fixed(it.verdict(d.words)))
	items := it.entries(rb, d)
	items = it.readFrom(items, rb, d, read, confirmed)
	if section := it.section(); section != "" {
		items = append(items, item{term: "Source", text: d.lineOf(1).text(section)})
	}
	d.add(block{kind: blockDefs, items: items})
	d.close(styleActivity)
}

// section is where the activity's source places it when that is no
// paragraph its mark could give ("Case library, Vetting security forces"),
// else "": a section title, said once in the activity's own part.
func (it *briefItem) section() string {
	ref := OneLine(it.a.Source.Ref)
	if ref == "" || ParagraphRef(ref) != "" {
		return ""
	}
	if doc := OneLine(it.a.Source.Document); doc != "" {
		return doc + ", " + ref
	}
	return ref
}

// nameLine is an activity's "ref — title" with its DRAFT mark.
func (br *brief) nameLine(i int) line {
	it := &br.items[i]
	return line{}.text(it.name()).draft(it.draft)
}

// names adds to l the names of the activities items, as nameLine makes
// each, with sep between them: the lists that name every activity a risk
// fires for or a recommendation answers are made in l's room, not a line
// an activity joined into a line that grows.
func (br *brief) names(l line, items []int, sep string) line {
	for i, x := range items {
		if i > 0 {
			l = l.raw(sep)
		}
		it := &br.items[x]
		l = l.text(it.name()).draft(it.draft)
	}
	return l
}

// countLine says how many activities the briefing covers and how many are
// drafts: "37 activities: 3 reviewed, 34 DRAFT (not yet reviewed: …)". The
// file keeps no answer's confirmation: of a draft, it can say only that
// some of its facts may be suggestions.
func (br *brief) countLine() line {
	n := len(br.items)
	s := plural(n, "activity", "activities")
	if br.shown != "" {
		s = fmt.Sprintf("%d of %d activities (%s; %d left out)", n, br.of, br.shown, br.of-n)
	}
	if br.drafts == 0 {
		return line{}.text(s + ", none a draft")
	}
	return line{}.text(fmt.Sprintf("%s: %d reviewed, %d ", s, n-br.drafts, br.drafts)).draftWord().
		text(" (not yet reviewed: some facts may be only suggested)")
}

// openText says what holds an open finding back, naming the activities
// that raise it and, by reference, those that might answer it.
func (br *brief) openText(o *classify.OpenFinding) line {
	return line{}.text(fmt.Sprintf("Held open: %s (%s). Raised by ", o.Rule.Title, o.ForceLabel)).join(br.findingActivities(o.Activities), "; ").
		text(fmt.Sprintf("; %s might answer it%s; not known yet: %s.", plural(o.HeldCount, "other activity", "other activities"), br.heldRefs(o), o.UnknownText)).
		add(br.measured(o.Measured, o.MeasuredBy))
}

// measured is a finding's note on the accountability measures of the
// activities that raise it (classify.Finding.Measured), after a space,
// those activities named as the briefing names them; nothing for none.
func (br *brief) measured(note string, ids []string) line {
	if note == "" {
		return line{}
	}
	list := classify.ActivityList(ids)
	before, after, ok := strings.Cut(note, list)
	if !ok || list == "" {
		return line{}.raw(" ").text(note)
	}
	return line{}.raw(" ").text(before).join(br.findingActivities(ids), "; ").text(after)
}

// heldRefs names by reference every activity that might answer an open
// finding: ": 1608·2(b), 1608·4 and 1756·3(e)"; "" where none is known by
// name. A terminal names them all too, wrapped, as the files and the
// portfolio screen do: it named five and "and 21 more", which no key of a
// text briefing could show.
func (br *brief) heldRefs(o *classify.OpenFinding) string {
	var refs []string
	for _, id := range o.HeldBy {
		if i, ok := br.byID[id]; ok {
			refs = append(refs, br.items[i].ref())
		} else if ref, ok := br.hidden[id]; ok {
			refs = append(refs, ref+" (not shown here)")
		}
	}
	if len(refs) == 0 {
		return ""
	}
	return ": " + andList(refs)
}

// findingActivities names activities given by id.
func (br *brief) findingActivities(ids []string) []line {
	var out []line
	for _, id := range ids {
		if i, ok := br.byID[id]; ok {
			out = append(out, br.nameLine(i))
		} else if ref, ok := br.hidden[id]; ok {
			out = append(out, line{}.text(ref+" (not shown here)"))
		}
	}
	return out
}

// onSuggested reports whether a risk of the briefing fires only on answers
// a draft's words suggested (classify.Risk.OnSuggested): the briefing then
// says what its "~" means.
func (br *brief) onSuggested() bool {
	for _, n := range br.sum.OnSuggested {
		if n > 0 {
			return true
		}
	}
	return false
}

// readingOnSuggested reports whether a draft of the briefing has its tier
// or agenda resting on suggested answers (classify.Result.TierOnSuggested):
// the briefing then says what the "~" before them means.
func (br *brief) readingOnSuggested() bool {
	for _, agendas := range br.sum.GridOnSuggested {
		for _, n := range agendas {
			if n > 0 {
				return true
			}
		}
	}
	return false
}

// draftsOf opens the sentence on the drafts, its verb agreeing with their
// count: "1 of 31 activities is ", "3 of 31 activities are ", "1 of 1
// activity is ".
func draftsOf(drafts, total int) string {
	verb := "are"
	if drafts == 1 {
		verb = "is"
	}
	return fmt.Sprintf("%d of %s %s ", drafts, plural(total, "activity", "activities"), verb)
}

// draftRefs names drafts by reference, as heldRefs does.
func (br *brief) draftRefs(ids []string) string {
	var refs []string
	for _, id := range ids {
		if i, ok := br.byID[id]; ok {
			refs = append(refs, br.items[i].ref())
		} else if ref, ok := br.hidden[id]; ok {
			refs = append(refs, ref+" (not shown here)")
		}
	}
	return andList(refs)
}
