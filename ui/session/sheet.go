package session

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Verdict is what the worksheet list needs of one activity's classification,
// kept so that a keystroke never reclassifies anything: only the activity that
// changed is classified again.
type Verdict struct {
	Tier    classify.Tier
	Agenda  classify.Agenda
	Highest classify.Severity
	Risks   [4]int // by severity, most serious first (classify.Severities order)
	// OnSuggested counts, as Risks does, the risks that fire only on
	// answers the words suggested and nobody confirmed
	// (classify.Risk.OnSuggested); HighestOnSuggested says every risk of
	// the most serious severity is one (classify.Result.HighestOnSuggested).
	OnSuggested        [4]int
	HighestOnSuggested bool
	// TierOnSuggested and AgendaOnSuggested: the tier, or the agenda, rests
	// on answers only suggested (classify.Result.TierOnSuggested): the list
	// marks it "~" and the tally counts it so.
	TierOnSuggested, AgendaOnSuggested bool
	// TopicOnSuggested: the title opens with the topic of a kind only
	// suggested (classify.Result.TopicOnSuggested): the screens mark the
	// title "~" (component.TopicMark).
	TopicOnSuggested bool
	Open             int  // open questions
	Draft            bool // status draft: imported or suggested, not yet reviewed
	Others           bool // asked of others than the mission (classify.Result.AskedOfOthers)
	// Register counts the activity's firing risks by register state, what is
	// overdue, and (Keeping) whether it keeps a register; OpenCritical is how
	// many critical risks are still open: a list marks the activity by them;
	// OpenCriticalOnSuggested, how many of those fire only on suggested
	// answers (classify.Risk.OnSuggested): when all do, the mark is "~".
	Register                classify.RegisterCounts
	OpenCritical            int
	OpenCriticalOnSuggested int
	Search                  string // what the filter looks in, as the sheet's search function wrote it
	Mark                    classify.PortfolioMark
	// MarkWithout is Mark with the draft's suggested answers set aside
	// (classify.Rulebook.PortfolioMarkWithout): the findings with and
	// without them are compared (PortfolioOnSuggested).
	MarkWithout classify.PortfolioMark
	// result is the classification the verdict was made from, kept so that
	// every screen (the presentation's board first) reads it instead of
	// classifying the activity again; nil once the activity changed in a
	// way the verdict does not read (see renew), until Result asks again.
	result *classify.Result
	// version is the activity's own generation: it changes whenever the
	// activity does, so a copy taken at one version (the autosave's) is still
	// the activity while the version stands.
	version uint64
	// doc is the source document the sheet counted the activity under
	// (Sheet.Sources), "" for none.
	doc string
}

// counted is the part of the result that the tally counted, so that the same
// can be taken back when the activity changes: its risks' severities, most
// serious first, as the engine orders them.
func (v *Verdict) counted() *classify.Result {
	r := &classify.Result{Tier: v.Tier, Agenda: v.Agenda, TierOnSuggested: v.TierOnSuggested, AgendaOnSuggested: v.AgendaOnSuggested}
	for i, n := range v.Risks {
		for j := range n {
			r.Risks = append(r.Risks, classify.Risk{Severity: classify.Severities[i], OnSuggested: j < v.OnSuggested[i]})
		}
	}
	// The register's counts, given back to risks in any order: the tally
	// counts only how many are in each state and how many are overdue.
	reg := v.Register
	for i := range r.Risks {
		m := &r.Risks[i].Mitigation
		switch {
		case reg.Mitigated > 0:
			m.State, reg.Mitigated = classify.Mitigated, reg.Mitigated-1
		case reg.Accepted > 0:
			m.State, reg.Accepted = classify.Accepted, reg.Accepted-1
		default:
			m.State = classify.Open
		}
		if reg.Overdue > 0 {
			m.Overdue, reg.Overdue = true, reg.Overdue-1
		}
	}
	if reg.Overdue > 0 || reg.Keeping > 0 {
		// The review stands for what else was overdue, and marks that the
		// activity keeps a register.
		r.HRDDPReview = classify.Review{Date: "kept", Overdue: reg.Overdue > 0}
	}
	return r
}

func severityIndex(s classify.Severity) int {
	for i, x := range classify.Severities {
		if x == s {
			return i
		}
	}
	return -1
}

// Sheet is the worksheet being edited, with every activity's verdict cached,
// the running tally, whether it has unsaved changes, and the undo history.
type Sheet struct {
	rb     *classify.Rulebook
	ws     *model.Worksheet
	search func(*model.Activity) string
	// read reads a draft's words (the facts they suggest), so that its
	// verdict knows the answers only suggested (Suggested); nil reads none.
	read     func(*model.Activity) *model.Facts
	verdicts map[*model.Activity]*Verdict
	// tally counts the worksheet's results as classify.Summary does for the
	// reports; it follows every change, never recounted.
	tally     *classify.Summary
	drafts    int                     // activities still drafts
	portfolio classify.PortfolioTally // what each activity does for the portfolio findings
	dirty     bool
	gen       uint64 // counts changes; the autosave and the filter follow it
	versions  uint64 // the last version given to an activity (see Verdict.version)
	undo      []undoStep
	redo      []undoStep // what u undid, for ctrl+r; any other change clears it
	replaying bool       // an undo or redo is running: its changes keep the redo steps
	today     model.Date // the day the register is read on
	// confirmed holds the answers the planner confirmed in the questionnaire
	// while the words still suggest them: a draft reopened keeps them confirmed.
	confirmed map[*model.Activity]map[model.Fact]model.Value
	discards  map[*model.Activity]bool // drafts the review discarded (import.go)
	saved     savedMark                // what the file holds, for undo to come back to (undo.go)
	blank     blankAdd                 // a new activity added empty, nothing entered yet (undo.go)
	states    uint64                   // the last state an undo step was given (undo.go)
	trimmedTo uint64                   // the last state of a step trimmed from the undo history
	unmade    map[uint64]bool          // the states of undone steps a later change cleared
	sources   model.Sources            // the activities' source documents, as of sourcesAt
	sourcesAt uint64                   // the docsGen sources was gathered at, plus one
	// docs counts the activities of each source document; docsGen changes
	// when a document comes or goes, so that Sources gathers them again
	// only then, not at every edit.
	docs    map[string]int
	docsGen uint64
	// unsuggested counts the activities' marks with the drafts'
	// suggested answers set aside (Verdict.MarkWithout).
	unsuggested classify.PortfolioTally
}

// NewSheet starts editing ws. search writes what a filter looks in for an
// activity (the screens decide that); nil leaves it empty.
func NewSheet(rb *classify.Rulebook, ws *model.Worksheet, search func(*model.Activity) string) *Sheet {
	return NewSheetOn(rb, ws, search, "")
}

// NewSheetOn starts editing ws with its register read on day today: every
// activity is classified once, on that day (NewSheet and then SetToday would
// classify twice). It touches nothing but ws, so a command may build it off
// the event loop for TakeOver.
func NewSheetOn(rb *classify.Rulebook, ws *model.Worksheet, search func(*model.Activity) string, today model.Date) *Sheet {
	return NewSheetReading(rb, ws, search, nil, today)
}

// NewSheetReading is NewSheetOn with read, which reads a draft's words
// (the facts they suggest, nil for none): every verdict then knows which
// answers of a draft are only suggested (Suggested), and which risks fire
// on them alone (classify.Risk.OnSuggested), for the list and the counts
// to mark "~" as the account does.
func NewSheetReading(rb *classify.Rulebook, ws *model.Worksheet, search func(*model.Activity) string, read func(*model.Activity) *model.Facts, today model.Date) *Sheet {
	if search == nil {
		search = func(*model.Activity) string { return "" }
	}
	s := &Sheet{rb: rb, search: search, read: read, today: today}
	s.Replace(ws)
	s.saved = savedMark{} // the file holds the worksheet as opened
	return s
}

// TakeOver puts in place the worksheet and everything another sheet computed of
// it (built by NewSheetOn in a command, while this one stood in): verdicts,
// tally, versions; it starts with no undo and a new generation, so that
// whatever follows the sheet sees a change.
func (s *Sheet) TakeOver(o *Sheet) {
	gen := max(s.gen, o.gen) + 1
	*s = *o
	s.gen = gen
	s.undo, s.redo, s.replaying, s.trimmedTo, s.unmade = nil, nil, false, 0, nil
}

// Rulebook is the rulebook the verdicts come from.
func (s *Sheet) Rulebook() *classify.Rulebook { return s.rb }

// Worksheet is the worksheet being edited.
func (s *Sheet) Worksheet() *model.Worksheet { return s.ws }

// Tally counts the worksheet's results, kept up to date with every change.
func (s *Sheet) Tally() *classify.Summary { return s.tally }

// Drafts is how many activities are still drafts.
func (s *Sheet) Drafts() int { return s.drafts }

// Portfolio is what the activities do for the portfolio findings.
func (s *Sheet) Portfolio() *classify.PortfolioTally { return &s.portfolio }

// Dirty reports unsaved changes.
func (s *Sheet) Dirty() bool { return s.dirty }

// Gen counts changes; whatever follows the worksheet compares it.
func (s *Sheet) Gen() uint64 { return s.gen }

// Sources names the source documents of the worksheet's activities, for
// every screen to show a reference as the reports do: "2070·13" where the
// worksheet holds several documents (model.Sources). It reads the
// activities again only when a document came or went, never at an edit
// that keeps the worksheet's documents.
func (s *Sheet) Sources() model.Sources {
	if s.sourcesAt != s.docsGen+1 {
		s.sources, s.sourcesAt = model.SourcesOf(s.ws.Activities), s.docsGen+1
	}
	return s.sources
}

// Ref is an activity's reference as every screen shows it (Sources).
func (s *Sheet) Ref(a *model.Activity) string { return s.Sources().Ref(a) }

// Heading is the worksheet's mission and mandate as the screens name them
// (model.HeadingOf).
func (s *Sheet) Heading() model.Heading {
	return model.HeadingOf(s.ws.Mission, s.ws.Mandate, s.Sources())
}

// Undoable is how many changes can be undone now.
func (s *Sheet) Undoable() int { return len(s.undo) }

// Replace puts a whole worksheet in place (opening, reloading, restoring).
func (s *Sheet) Replace(ws *model.Worksheet) {
	s.ws = ws
	s.verdicts = make(map[*model.Activity]*Verdict, len(ws.Activities))
	s.tally, s.drafts, s.portfolio, s.unsuggested = classify.NewSummary(), 0, classify.PortfolioTally{}, classify.PortfolioTally{}
	s.docs, s.docsGen = nil, s.docsGen+1
	s.confirmed, s.discards = nil, nil
	// The answers a YAML file kept confirmed are the planner's here as
	// they stand; from now on the sheet keeps them (Detach writes them
	// back), so that an activity holds none a change could leave stale.
	for _, a := range ws.Activities {
		for _, f := range a.Confirmed {
			if a.Status == model.StatusDraft {
				s.Confirm(a, f)
			}
		}
		a.Confirmed = nil
	}
	for _, a := range ws.Activities {
		s.classify(a)
	}
	s.undo, s.redo, s.trimmedTo, s.unmade = nil, nil, 0, nil
	s.saved = savedMark{lost: true} // a save or NewSheet says what is saved
	s.gen++
}

// Confirm records that the planner confirmed a's answer to f as it stands.
func (s *Sheet) Confirm(a *model.Activity, f model.Fact) {
	if s.confirmed == nil {
		s.confirmed = map[*model.Activity]map[model.Fact]model.Value{}
	}
	if s.confirmed[a] == nil {
		s.confirmed[a] = map[model.Fact]model.Value{}
	}
	v := a.Facts[f]
	v.Set = slices.Clone(v.Set)
	s.confirmed[a][f] = v
	if _, ok := s.verdicts[a]; ok && s.read != nil && a.Status == model.StatusDraft {
		// The answer is the planner's now: a risk that rested on it as
		// a suggestion no longer does.
		s.Forget(a)
		s.classify(a)
	}
}

// Confirmed reports whether the planner confirmed a's answer to f as it
// stands now (an answer changed since, by an undo say, is not).
func (s *Sheet) Confirmed(a *model.Activity, f model.Fact) bool {
	v, ok := s.confirmed[a][f]
	now := a.Facts[f]
	return ok && v.Known == now.Known && v.One == now.One && v.Yes == now.Yes && slices.Equal(v.Set, now.Set)
}

// classify computes and counts one activity's verdict.
func (s *Sheet) classify(a *model.Activity) *Verdict {
	r := s.result(a)
	s.versions++
	v := &Verdict{Tier: r.Tier, Agenda: r.Agenda, TierOnSuggested: r.TierOnSuggested, AgendaOnSuggested: r.AgendaOnSuggested, TopicOnSuggested: r.TopicOnSuggested, Highest: r.Highest(), Open: len(r.OpenQuestions),
		Draft: a.Status == model.StatusDraft, Others: r.AskedOfOthers, Search: s.search(a), version: s.versions,
		result: &r}
	v.Register.Add(&r)
	for _, k := range r.Risks {
		if k.Severity == classify.Critical && k.Mitigation.State == classify.Open {
			v.OpenCritical++
			if k.OnSuggested {
				v.OpenCriticalOnSuggested++
			}
		}
	}
	if v.Draft {
		s.drafts++
	}
	v.Mark = s.rb.PortfolioMark(&a.Facts)
	v.MarkWithout = v.Mark
	if len(r.Suggested) > 0 {
		v.MarkWithout = s.rb.PortfolioMarkWithout(&a.Facts, r.Suggested)
	}
	for _, k := range r.Risks {
		if i := severityIndex(k.Severity); i >= 0 {
			v.Risks[i]++
			if k.OnSuggested {
				v.OnSuggested[i]++
			}
		}
	}
	v.HighestOnSuggested = r.HighestOnSuggested()
	s.verdicts[a] = v
	s.tally.Add(&r)
	s.portfolio.Count(v.Mark, +1)
	s.unsuggested.Count(v.MarkWithout, +1)
	v.doc = strings.TrimSpace(a.Source.Document)
	s.countDoc(v.doc, +1)
	return v
}

// result classifies a on the sheet's day, a draft's answers only
// suggested marked as such (Suggested) when the sheet reads its words.
func (s *Sheet) result(a *model.Activity) classify.Result {
	if s.read == nil || a.Status != model.StatusDraft {
		return s.rb.ClassifyOn(a, s.today)
	}
	return s.rb.ClassifySuggested(a, s.today, s.Suggested(a, s.read(a)))
}

// countDoc counts an activity in or out of its source document's.
func (s *Sheet) countDoc(doc string, n int) {
	if doc == "" {
		return
	}
	if s.docs == nil {
		s.docs = map[string]int{}
	}
	was := s.docs[doc]
	s.docs[doc] += n
	if s.docs[doc] <= 0 {
		delete(s.docs, doc)
	}
	if (was == 0) != (s.docs[doc] == 0) {
		s.docsGen++
	}
}

// Forget takes an activity's verdict out of the counts (it left the worksheet).
func (s *Sheet) Forget(a *model.Activity) {
	if v, ok := s.verdicts[a]; ok {
		s.tally.Remove(v.counted())
		s.portfolio.Count(v.Mark, -1)
		s.unsuggested.Count(v.MarkWithout, -1)
		s.countDoc(v.doc, -1)
		if v.Draft {
			s.drafts--
		}
		delete(s.verdicts, a)
	}
}

// Len is the number of activities.
func (s *Sheet) Len() int { return len(s.ws.Activities) }

// At is the i-th activity.
func (s *Sheet) At(i int) *model.Activity { return s.ws.Activities[i] }

// Index finds an activity's position, or -1.
func (s *Sheet) Index(a *model.Activity) int {
	for i, x := range s.ws.Activities {
		if x == a {
			return i
		}
	}
	return -1
}

// Verdict is an activity's cached verdict.
func (s *Sheet) Verdict(a *model.Activity) *Verdict {
	if v, ok := s.verdicts[a]; ok {
		return v
	}
	return s.classify(a)
}

// Cached is an activity's verdict if the sheet holds one, never classifying.
func (s *Sheet) Cached(a *model.Activity) (*Verdict, bool) {
	v, ok := s.verdicts[a]
	return v, ok
}

// Version is the activity's own generation, which changes with every change
// of the activity the sheet is told of (Touch, Edited, an undo, a register
// edit); 0 for an activity the sheet holds no verdict for. Whatever keeps a
// copy of an activity compares it instead of the activity.
func (s *Sheet) Version(a *model.Activity) uint64 {
	if v, ok := s.verdicts[a]; ok {
		return v.version
	}
	return 0
}

// renew gives an activity a new version without classifying it again: it
// changed in a way its verdict does not read.
func (s *Sheet) renew(a *model.Activity) {
	if v, ok := s.verdicts[a]; ok {
		s.versions++
		v.version = s.versions
		v.result = nil
	}
}

// Result is the activity's classification as of its version (Version): the
// one its verdict was made from, shared by every screen and never changed
// (a change of the activity makes a new one). It classifies only an activity
// that changed since in a way its verdict does not read, or that the sheet
// holds no verdict for.
func (s *Sheet) Result(a *model.Activity) *classify.Result {
	v, ok := s.verdicts[a]
	if !ok {
		v = s.classify(a)
	}
	if v.result == nil {
		r := s.result(a)
		v.result = &r
	}
	return v.result
}

// Changed records that the worksheet changed: it has unsaved changes and a
// new generation.
// Any change but an undo or a redo makes what was undone final: it can no
// longer be redone.
func (s *Sheet) Changed() {
	s.dirty = true
	s.gen++
	if !s.replaying {
		s.clearRedo()
		s.saved.unrecorded = true // until PushUndo records it
	}
}

// InsertAt puts a at position i without recording an undo step.
func (s *Sheet) InsertAt(i int, a *model.Activity) {
	acts := s.ws.Activities
	i = max(0, min(i, len(acts)))
	acts = append(acts, nil)
	copy(acts[i+1:], acts[i:])
	acts[i] = a
	s.ws.Activities = acts
	s.classify(a)
	s.Changed()
}

// RemoveAt takes out the activity at i without recording an undo step.
func (s *Sheet) RemoveAt(i int) *model.Activity {
	a := s.ws.Activities[i]
	s.ws.Activities = append(s.ws.Activities[:i], s.ws.Activities[i+1:]...)
	s.Forget(a)
	s.Changed()
	return a
}

// Add puts a new activity at position i; undo takes it out again.
func (s *Sheet) Add(i int, a *model.Activity) {
	s.InsertAt(i, a)
	s.PushUndoOn("add", a, func() {
		if j := s.Index(a); j >= 0 {
			s.RemoveAt(j)
		}
	})
}

// Delete removes the activity at i; undo puts it back where it was.
func (s *Sheet) Delete(i int) *model.Activity {
	a := s.RemoveAt(i)
	s.PushUndoOn("delete", a, func() { s.InsertAt(i, a) })
	return a
}

// Duplicate copies the activity at i to just below it, with a new id.
func (s *Sheet) Duplicate(i int) *model.Activity {
	a := s.At(i)
	c := a.Clone()
	c.Title = s.copyTitle(c.Title)
	c.ID = s.UniqueID(c.Title)
	// The copy holds the same answers, confirmed as the original's are.
	s.confirmedAs(c, s.confirmed[a])
	s.Add(i+1, c)
	s.RenameLastUndo("duplicate")
	return c
}

// copyTitle names a copy of an activity titled title: "X (copy)", then
// "X (copy 2)", "X (copy 3)", the first the worksheet does not hold; a copy
// of a copy counts on from its original's name, where "(copy)" stacked
// ("X (copy) (copy)").
func (s *Sheet) copyTitle(title string) string {
	base, _ := CopyMark(strings.TrimSpace(title))
	held := map[string]bool{}
	for _, a := range s.ws.Activities {
		held[strings.TrimSpace(a.Title)] = true
	}
	name := base + " (copy)"
	for n := 2; held[name]; n++ {
		name = fmt.Sprintf("%s (copy %d)", base, n)
	}
	return name
}

// Move shifts the activity at i by delta places and returns where it went.
func (s *Sheet) Move(i, delta int) int {
	j := max(0, min(i+delta, s.Len()-1))
	if j == i {
		return i
	}
	a := s.At(i)
	s.swap(i, j)
	s.PushUndoOn("move", a, func() { s.swap(j, i) })
	return j
}

func (s *Sheet) swap(i, j int) {
	acts := s.ws.Activities
	a := acts[i]
	if i < j {
		copy(acts[i:j], acts[i+1:j+1])
	} else {
		copy(acts[j+1:i+1], acts[j:i])
	}
	acts[j] = a
	s.Changed()
}

// Touch reclassifies an activity after it was edited in place: an edit
// Edited records at its end, or of a new activity whose add undo takes out.
func (s *Sheet) Touch(a *model.Activity) {
	s.Forget(a)
	s.classify(a)
	u := s.saved.unrecorded
	s.Changed()
	s.saved.unrecorded = u
}

// Snapshot is an activity as it was before an edit, for undo.
type Snapshot struct {
	a      *model.Activity
	before model.Activity
	// confirmed are the answers the planner had confirmed: an undo brings
	// them back with the answers (confirmed.go).
	confirmed confirmations
}

// Snapshot remembers an activity before editing it.
func (s *Sheet) Snapshot(a *model.Activity) Snapshot {
	b := *a // keeps where a was read from, so an undone edit saves in place
	b.Facts = a.Facts.Clone()
	b.Register = a.Register.Clone()
	return Snapshot{a: a, before: b, confirmed: confirmations(s.confirmed[a]).clone()}
}

// Changed reports whether the activity differs from the snapshot.
func (sn Snapshot) Changed() bool {
	a, b := sn.a, &sn.before
	return a.Title != b.Title || a.Description != b.Description || a.Notes != b.Notes ||
		a.Status != b.Status || a.ID != b.ID || !a.Facts.Equal(&b.Facts) ||
		!a.Register.Equal(b.Register) || a.HRDDPReview != b.HRDDPReview
}

// Edited records an edit of an activity made since the snapshot.
//
// The activity gets a new version even when it ends as it began: an edit may
// have changed it since it was last classified (spaces trimmed from a title
// typed with them) and come back to the snapshot.
func (s *Sheet) Edited(sn Snapshot) {
	s.renew(sn.a)
	if !sn.Changed() {
		return
	}
	before := sn.before
	s.PushUndoOn("edit", sn.a, func() {
		*sn.a = before
		s.confirmedAs(sn.a, sn.confirmed)
		s.Touch(sn.a)
	})
}

// AddDrafts appends imported activities and names their document in the
// mission and mandate (model.Worksheet.NameImport); one undo takes them all
// out again.
func (s *Sheet) AddDrafts(acts []*model.Activity, mission, mandate string) {
	oldMission, oldMandate := s.ws.Mission, s.ws.Mandate
	doc := mandate
	if len(acts) > 0 {
		doc = acts[0].Source.Document
	}
	s.ws.NameImport(doc, mission, mandate)
	for _, a := range acts {
		s.InsertAt(s.Len(), a)
	}
	s.PushUndo("import", func() {
		added := make(map[*model.Activity]bool, len(acts))
		for _, a := range acts {
			added[a] = true
		}
		kept := s.ws.Activities[:0]
		for _, a := range s.ws.Activities {
			if added[a] {
				s.Forget(a)
				continue
			}
			kept = append(kept, a)
		}
		clear(s.ws.Activities[len(kept):])
		s.ws.Activities = kept
		s.ws.Mission, s.ws.Mandate = oldMission, oldMandate
	})
}

// SetHeading changes the mission and mandate.
func (s *Sheet) SetHeading(mission, mandate string) {
	oldMission, oldMandate := s.ws.Mission, s.ws.Mandate
	if mission == oldMission && mandate == oldMandate {
		return
	}
	s.ws.Mission, s.ws.Mandate = mission, mandate
	s.Changed()
	s.PushUndo("mission and mandate", func() { s.ws.Mission, s.ws.Mandate = oldMission, oldMandate })
}

// UniqueID derives an id from a title that no other activity has.
func (s *Sheet) UniqueID(title string) string {
	taken := make(map[string]bool, s.Len())
	for _, a := range s.ws.Activities {
		taken[a.ID] = true
	}
	return model.UniqueID(model.Slug(title), taken)
}

// HoldsReading reports whether a's answer to f is what its words suggest
// (read, the facts of their reading; nil when none) on a question that is
// asked: the answer came from the words, confirmed since or not
// (classify.Rulebook.HoldsReading).
func (s *Sheet) HoldsReading(a *model.Activity, read *model.Facts, f model.Fact) bool {
	return s.rb.HoldsReading(&a.Facts, read, f)
}

// Suggested lists the answers of draft a that only its words suggest
// (read, the facts of their reading): they hold what the words suggest and
// nobody confirmed them. Every screen marks them "~"; an activity that is
// no draft has none. The reports ask the same of a file
// (classify.Rulebook.SuggestedAnswers), which keeps no confirmation.
func (s *Sheet) Suggested(a *model.Activity, read *model.Facts) []model.Fact {
	return s.rb.SuggestedAnswers(a, read, func(f model.Fact) bool { return s.Confirmed(a, f) })
}

// CopyMark parts the title of a copy into its original's name and the mark
// duplicating gave it, " (copy)" or " (copy n)"; a title that is no copy's
// has no mark. A screen that cuts the title keeps the mark in sight: it
// tells the copy from its original.
func CopyMark(title string) (name, mark string) {
	if i := strings.LastIndex(title, " (copy"); i >= 0 && strings.HasSuffix(title, ")") {
		n := strings.TrimSpace(title[i+len(" (copy") : len(title)-1])
		if n == "" || strings.Trim(n, "0123456789") == "" {
			return title[:i], title[i:]
		}
	}
	return title, ""
}
