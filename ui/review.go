package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// draftReview is the review of drafts: one draft at a time, with where it
// came from (the source reference, its text and the lead-in or heading it
// stood under), the facts its words suggest with the phrases behind them,
// and the verdict on those facts. The planner accepts it (it becomes
// reviewed), edits it in the questionnaire (the review goes on afterwards),
// or skips it (it stays a draft). After an import, l lists the paragraphs
// the import left out, each with its reference and why.
type draftReview struct {
	sh   *shared
	keys reviewKeys

	activity *model.Activity // the draft shown
	// shownOthers: the draft shown was asked of others when it was shown.
	// An edit may make it so; the review still goes on from its place
	// among the mission's own.
	shownOthers bool
	reading     *suggest.Suggestion
	skipped     map[*model.Activity]bool
	// began are the drafts this review set out with (and those an undo or a
	// restore brought in since): what is reviewed or discarded is counted
	// from them, so the tally follows undo as the worksheet does.
	began map[*model.Activity]bool

	edited int // edits made in the questionnaire from the review
	// confirming: a on a draft with no facts asked once; a again accepts it.
	confirming bool

	// leftOut are the parts the last import left out, of document leftOutOf;
	// showLeftOut: the screen lists them instead of the draft.
	leftOut     []suggest.LeftOutPart
	leftOutOf   string
	showLeftOut bool
	// spare are the left-out parts as drafts, one for each of leftOut (none
	// when they could not be made); leftOutAt is the part marked in the list.
	spare     []spareDraft
	leftOutAt int

	view          viewport.Model
	width, height int
}

func newDraftReview(sh *shared) *draftReview {
	return &draftReview{sh: sh, keys: newReviewKeys(sh.global), view: viewport.New(0, 0)}
}

// Init does nothing.
func (r *draftReview) Init() tea.Cmd { return nil }

// Title names the review in the title bar.
func (r *draftReview) Title() string { return "Review" }

// Open begins a review at a draft (see Start), or says there is none.
func (r *draftReview) Open(arg any) (tea.Cmd, bool) {
	from, _ := arg.(*model.Activity)
	if !r.Start(from) {
		return r.sh.status("No drafts to review."), false
	}
	r.SetSize(r.width, r.height)
	return nil, true
}

// leave closes the review, the worksheet's cursor on the draft shown last.
func (r *draftReview) leave() tea.Cmd {
	if r.activity != nil {
		r.sh.send(selectMsg{Activity: r.activity})
	}
	return r.sh.send(backMsg{})
}

// Start begins a review at from when it is a draft, else at the first draft
// after it; it reports whether there is a draft to review. A draft asked of
// others is reviewed last, so a review begun on one while the mission's own
// drafts wait begins with the first of those instead.
func (r *draftReview) Start(from *model.Activity) bool {
	r.skipped = map[*model.Activity]bool{}
	r.began = map[*model.Activity]bool{}
	for _, a := range r.sh.sheet.Worksheet().Activities {
		if a.Status == model.StatusDraft {
			r.began[a] = true
		}
	}
	r.edited = 0
	r.activity = from
	if from != nil && from.Status == model.StatusDraft && r.sh.sheet.Index(from) >= 0 {
		if !r.sh.sheet.Verdict(from).Others || !r.ownDraftsWait() {
			r.show(from)
			return true
		}
		r.activity = nil
	}
	if a := r.nextDraft(); a != nil {
		r.show(a)
		return true
	}
	return false
}

// SetLeftOut records what an import of document left out, for l to list,
// and the drafts r restores them as.
func (r *draftReview) SetLeftOut(document string, parts []suggest.LeftOutPart, spare []spareDraft) {
	r.leftOut, r.leftOutOf, r.showLeftOut, r.leftOutAt = parts, document, false, 0
	r.spare = nil
	if len(spare) == len(parts) {
		r.spare = spare
	}
	r.keys.LeftOut.SetEnabled(len(parts) > 0)
	r.syncRestore()
}

// SetSize gives the screen its area and reflows the draft.
func (r *draftReview) SetSize(w, h int) {
	r.width, r.height = w, h
	r.view.Width, r.view.Height = w, max(1, h-2)
	r.render()
}

// ShortHelp is the key help of the footer.
func (r *draftReview) ShortHelp() []key.Binding { return r.keys.ShortHelp() }

// FullHelp is the key help of the help screen.
func (r *draftReview) FullHelp() [][]key.Binding { return r.keys.FullHelp() }

func (r *draftReview) show(a *model.Activity) {
	r.activity = a
	r.shownOthers = r.sh.sheet.Verdict(a).Others
	r.showLeftOut = false
	r.syncRestore()
	r.reading = readActivity(r.sh.reader(), a)
	r.render()
	r.view.GotoTop()
}

// nextDraft is the first draft after the one shown that was not skipped,
// nil when none is left. The mission's own drafts come first, in the
// worksheet's order, then those asked of others, and round to the top.
func (r *draftReview) nextDraft() *model.Activity {
	s := r.sh.sheet
	n := s.Len()
	rank := func(a *model.Activity, i int) int {
		if s.Verdict(a).Others {
			return n + i
		}
		return i
	}
	cur := -1
	if r.activity != nil {
		if i := s.Index(r.activity); i >= 0 {
			cur = i
			if r.shownOthers {
				cur += n
			}
		}
	}
	var first, next *model.Activity
	firstRank, nextRank := 2*n, 2*n
	for i := range n {
		a := s.At(i)
		if a.Status != model.StatusDraft || r.skipped[a] || a == r.activity {
			continue
		}
		k := rank(a, i)
		if k < firstRank {
			first, firstRank = a, k
		}
		if k > cur && k < nextRank {
			next, nextRank = a, k
		}
	}
	if next != nil {
		return next
	}
	return first
}

// ownDraftsWait reports whether a draft of the mission's own is left.
func (r *draftReview) ownDraftsWait() bool {
	for _, a := range r.sh.sheet.Worksheet().Activities {
		if a.Status == model.StatusDraft && !r.sh.sheet.Verdict(a).Others {
			return true
		}
	}
	return false
}

// advance shows the next draft, or ends the review when none is left.
func (r *draftReview) advance() tea.Cmd {
	if a := r.nextDraft(); a != nil {
		r.show(a)
		return nil
	}
	r.leave()
	t := r.tally()
	return r.sh.status(fmt.Sprintf("Review done: %d reviewed (%d edited), %d skipped, %d discarded; %s left (R reviews them).",
		t.reviewed, r.edited, t.skipped, t.discarded, plural(r.sh.sheet.Drafts(), "draft", "drafts")))
}

// reviewTally is where the review stands: the drafts left to decide, those
// reviewed, skipped (still drafts) and discarded since it began. Left and
// skipped together are the worksheet's drafts, which a briefing marks DRAFT.
type reviewTally struct {
	left, reviewed, skipped, discarded int
	others                             int // of those left, the drafts asked of others
}

// tally counts the review from the worksheet as it is now.
func (r *draftReview) tally() reviewTally {
	var t reviewTally
	in := make(map[*model.Activity]bool, r.sh.sheet.Len())
	for _, a := range r.sh.sheet.Worksheet().Activities {
		in[a] = true
		switch {
		case a.Status == model.StatusDraft && r.skipped[a]:
			t.skipped++
		case a.Status == model.StatusDraft:
			t.left++
			if r.sh.sheet.Verdict(a).Others {
				t.others++
			}
		case r.began[a]:
			t.reviewed++
		}
	}
	for a := range r.began {
		if !in[a] {
			t.discarded++
		}
	}
	return t
}

// Resume goes on after the draft was edited in the questionnaire; out says
// what the edit did, which the tally and the status line report.
func (r *draftReview) Resume(out editOutcome) tea.Cmd {
	if r.activity == nil || r.sh.sheet.Index(r.activity) < 0 {
		return r.advance()
	}
	var said tea.Cmd
	switch {
	case r.activity.Status != model.StatusDraft:
		r.edited++
	case out.edited:
		// Changed, with suggestions still unconfirmed: it stays a draft for
		// later, and the tally counts the edit that was made.
		r.skipped[r.activity] = true
		r.edited++
		said = r.sh.status(fmt.Sprintf("Edited; it stays a draft: %s not confirmed yet.",
			plural(out.pending, "suggested answer", "suggested answers")))
	default:
		r.skipped[r.activity] = true
		said = r.sh.status("Left unchanged: it stays a draft (skipped).")
	}
	// advance says so itself when the review ends.
	return tea.Batch(said, r.advance())
}

// accept marks the draft reviewed; undo makes it a draft again.
func (r *draftReview) accept() tea.Cmd {
	s := r.sh.sheet
	a := r.activity
	snap := s.Snapshot(a)
	a.Status = model.StatusReviewed
	s.Touch(a)
	s.Edited(snap)
	s.RenameLastUndo("acceptance of a draft")
	return r.advance()
}

// Update acts on the verdict keys and scrolls the draft; back from the
// questionnaire, it goes on with the review.
func (r *draftReview) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if e, ok := msg.(editedMsg); ok {
		return r, r.Resume(e.outcome)
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	k := r.keys
	if key.Matches(km, k.Undo) {
		return r, r.undo()
	}
	if key.Matches(km, k.Stop) || r.activity == nil || r.sh.sheet.Index(r.activity) < 0 {
		return r, r.leave()
	}
	asked := r.confirming
	r.confirming = false
	switch {
	case key.Matches(km, k.Accept):
		if !asked && r.factless() {
			r.confirming = true
			return r, nil
		}
		return r, r.accept()
	case key.Matches(km, k.Discard):
		return r, r.discard()
	case key.Matches(km, k.Edit):
		return r, r.sh.send(openMsg{To: questionnaireScreen, Arg: editArgs{activity: r.activity, inReview: true}})
	case key.Matches(km, k.LeftOut):
		r.showLeftOut = !r.showLeftOut
		r.syncRestore()
		r.render()
		r.view.GotoTop()
		return r, nil
	case key.Matches(km, k.Restore):
		return r, r.restore()
	case k.Restore.Enabled() && (key.Matches(km, k.Up) || key.Matches(km, k.Down)):
		r.markLeftOut(km)
		return r, nil
	case key.Matches(km, k.Skip):
		r.skipped[r.activity] = true
		return r, r.advance()
	default:
		k.Scroll(&r.view, km)
	}
	return r, nil
}

// View draws the tally of the review, the draft and the verdict keys.
func (r *draftReview) View() string {
	if r.activity == nil || r.width <= 0 || r.height <= 0 {
		return ""
	}
	st := r.sh.st
	title := "Review of drafts"
	tally := r.tallyText(r.width - ansi.StringWidth(title))
	head := st.Heading.Render(title) + st.Muted.Render(tally)
	if ansi.StringWidth(tally) > r.width-ansi.StringWidth(title) {
		// Every count rather than the heading: the bar above says Review.
		head = st.Muted.Render(strings.TrimPrefix(r.tallyText(r.width+ansi.StringWidth(" · ")), " · "))
	}
	keys := st.Key.Render("[a]") + " accept  " + st.Key.Render("[e]") + " edit  " + st.Key.Render("[s]") + " skip  " +
		st.Key.Render("[x]") + " discard  " + st.Key.Render("[esc]") + " stop"
	if r.confirming {
		keys = st.Accent.Render("No fact is known of this draft: ") + st.Key.Render("[a]") + " accept it with every fact unknown  " +
			st.Key.Render("[e]") + " answer the questions  " + st.Key.Render("[s]") + " skip"
	}
	if len(r.leftOut) > 0 {
		what := fmt.Sprintf("left out (%d)", len(r.leftOut))
		if r.showLeftOut {
			what = "back to the draft"
		}
		keys += "  " + st.Key.Render("[l]") + " " + what
	}
	if r.showLeftOut {
		keys = st.Key.Render("[l]") + " back to the draft  " + st.Key.Render("[esc]") + " stop"
		if r.keys.Restore.Enabled() {
			keys = st.Key.Render("[↑/↓]") + " mark  " + st.Key.Render("[r]") + " restore as a draft  " + keys
		}
	}
	if !r.view.AtBottom() {
		// That the draft goes on below is never cut: the keys close up
		// first, then the words shorten.
		more := "  · ↓ more below"
		if ansi.StringWidth(keys+more) > r.width {
			keys, more = strings.ReplaceAll(keys, "  ", " "), " · ↓ more below"
		}
		if ansi.StringWidth(keys+more) > r.width {
			more = " · ↓ more"
		}
		keys += st.Muted.Render(more)
	}
	return block(cut(head, r.width)+"\n"+block(r.view.View(), r.width, r.height-2)+"\n"+cut(keys, r.width), r.width, r.height)
}

// tallyText is the review's tally: what is left, reviewed, skipped and
// discarded, then, as far as w cells allow, how many drafts the worksheet
// holds, each marked DRAFT in a briefing (those left and those skipped), and
// how many of those left are asked of others (they come last).
func (r *draftReview) tallyText(w int) string {
	t := r.tally()
	left := fmt.Sprintf(" · %d left", t.left)
	done := fmt.Sprintf(" · %d reviewed · %d skipped · %d discarded", t.reviewed, t.skipped, t.discarded)
	// On a narrow screen the counts at nought give way first.
	var nonZero string
	for _, c := range []struct {
		n    int
		what string
	}{{t.reviewed, "reviewed"}, {t.skipped, "skipped"}, {t.discarded, "discarded"}} {
		if c.n > 0 {
			nonZero += fmt.Sprintf(" · %d %s", c.n, c.what)
		}
	}
	long := fmt.Sprintf(" · %d DRAFT in a briefing", r.sh.sheet.Drafts())
	short := fmt.Sprintf(" · %d DRAFT", r.sh.sheet.Drafts())
	if t.others == 0 {
		for _, tally := range []string{left + done + long, left + done + short} {
			if ansi.StringWidth(tally) <= w {
				return tally
			}
		}
		return left + done
	}
	// That the drafts asked of others come last explains the order of the
	// review: it gives way to nothing, the other counts shorten first, and
	// on the narrowest it follows what is left.
	others := fmt.Sprintf(" · %d asked of others, last", t.others)
	for _, tally := range []string{left + done + long + others, left + done + short + others, left + nonZero + long + others,
		left + nonZero + short + others, left + done + others, left + nonZero + others} {
		if ansi.StringWidth(tally) <= w {
			return tally
		}
	}
	return left + others + nonZero
}

// render lays out the draft for the viewport.
func (r *draftReview) render() {
	if r.activity == nil || r.width <= 0 {
		return
	}
	y := r.view.YOffset
	if r.showLeftOut {
		r.view.SetContent(strings.Join(r.leftOutLines(r.width), "\n"))
		r.view.SetYOffset(y)
		return
	}
	r.view.SetContent(strings.Join(r.draftLines(r.width), "\n"))
	r.view.SetYOffset(y)
}

// draftLines is the draft as lines of width w.
func (r *draftReview) draftLines(w int) []string {
	st := r.sh.st
	rb := r.sh.rb
	a := r.activity
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	heading := func(s string) { add("", st.Heading.Render(cut(s, w))) }
	title := oneLine(a.Title)
	if title == "" {
		title = "(untitled)"
	}
	if r.sh.sheet.Verdict(a).Others {
		add(st.Accent.Render(cut(othersHeading(rb)+" · not the mission's own task, reviewed last", w)))
	}
	add(st.Screen.Render(cut(title, w)))
	src := report.SourceText(a)
	if src == "" {
		src = "none recorded"
	}
	add(st.Muted.Render(cut("id: "+oneLine(a.ID)+" · source: "+oneLine(src), w)))
	if t := strings.TrimSpace(a.Source.Text); t != "" {
		heading("Source text")
		add(wrapIndent("  ", t, w)...)
	}
	add(r.factLines(w)...)
	res := rb.Classify(a)
	heading("Verdict with these facts")
	verdict := report.TierText(res.Tier) + " · " + st.Agenda(res.Agenda, report.AgendaLabel(&res.Narrow)) + " · " +
		plural(len(res.Risks), "risk", "risks") + " · " + plural(len(res.OpenQuestions), "open question", "open questions")
	add("  " + cut(verdict, w-2))
	for _, k := range res.Risks {
		add("  " + st.Severity(k.Severity, severityTag(k.Severity)) + " " + cut(k.Rule.Title, w-3-len(severityTag(k.Severity))))
	}
	// An imported task's description is the lead-in and headings it stood
	// under: the least needed, so last.
	if d := strings.TrimSpace(a.Description); d != "" {
		label := "Description"
		if !a.Source.IsZero() {
			label = "Stands under (lead-in and headings)"
		}
		heading(label)
		for _, p := range strings.Split(d, "\n") {
			add(wrapIndent("  ", p, w)...)
		}
	}
	return out
}

// factLines lists what the words suggest, each value with the phrases behind
// it, marked "~" while the draft still holds it; then the facts answered
// since, and what was read but not suggested.
func (r *draftReview) factLines(w int) []string {
	return wordsBehind(r.sh, r.activity, r.reading, w)
}

// wordsBehind is what the reader made of an activity's words (reading, from
// readActivity): each suggested value with its phrases, marked "~" while the
// activity still holds it, the facts answered since, and what was read but
// not suggested, with why. The review of drafts and the activity's account
// show the same lines.
func wordsBehind(sh *shared, a *model.Activity, reading *suggest.Suggestion, w int) []string {
	st := sh.st
	rb := sh.rb
	fs := &a.Facts
	values := suggestedValues(reading)
	var out []string
	out = append(out, "", st.Heading.Render(cut("Suggested by the words of "+readingSource(a)+" (~)", w)))
	if len(values) == 0 {
		out = append(out, st.Muted.Render(cut("  Nothing: no words match the cue lexicon. e answers the questions.", w)))
	}
	covered := map[model.Fact]bool{}
	for _, sv := range values {
		covered[sv.fact] = true
		if sv.holds(fs) {
			out = append(out, wrapIndent("  ~ ", sv.text(rb), w)...)
		} else {
			now := "unknown"
			if fs.Known(sv.fact) {
				now = rb.ValueText(fs, sv.fact)
			}
			out = append(out, wrapIndent("    ", sv.text(rb)+" — changed to: "+now, w)...)
		}
		// Why the primary kind leads the next: the ordering rule that decided.
		if why := sv.why(rb); why != "" {
			out = append(out, wrapIndent("      ", why, w)...)
		}
	}

	var other []string
	for _, f := range model.AllFacts() {
		if fs.Known(f) && !covered[f] {
			other = append(other, "  "+factName(f)+": "+rb.ValueText(fs, f))
		}
	}
	if len(other) > 0 {
		out = append(out, "", st.Heading.Render("Answered since"))
		for _, l := range other {
			out = append(out, cut(l, w))
		}
	}
	var said []string
	for _, d := range reading.Declined {
		// The same words may stand twice in a paragraph ("Requests MINUSTAH
		// …, and requests MINUSTAH …"): each reason is said once.
		text := declinedText(rb, d)
		if slices.Contains(said, text) {
			continue
		}
		said = append(said, text)
		// Wrapped, not cut: the reason the value was not suggested ends the line.
		for _, l := range wrapIndent("  not suggested: ", text, w) {
			out = append(out, st.Muted.Render(l))
		}
	}
	return out
}
