package review

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// The paragraphs an import left out are listed by l in the review; r
// restores the one marked as a draft, made as `pocssr import --all` makes
// it, where the mandate has it among the drafts of the same document. u
// takes it out again and puts it back on the list.

// Spare is a left-out part as a draft, and the references of the parts
// before it in the mandate (shared by all), so that it goes back in its place.
// discarded: the part is no left-out one but a draft of a paragraph taken out
// in an earlier review, which a replace kept out (Discards).
// now: the draft was discarded in this run (session.Sheet.DiscardDraft).
type Spare struct {
	activity  *model.Activity
	after     []string
	discarded bool
	now       bool
}

// Spares sets each left-out part's draft (spares, read in the same pass as
// the import's own drafts) beside the references of the parts before it;
// none when they do not match the parts left out. The import hands them to
// the review in Imported.
func Spares(mandate *suggest.Mandate, spares []*model.Activity) []Spare {
	if len(spares) == 0 || len(spares) != len(mandate.LeftOut()) {
		return nil
	}
	var out []Spare
	var order []string
	for _, p := range mandate.Parts {
		if p.Role != suggest.Task && p.Role != suggest.LeftOut {
			continue
		}
		if p.Role == suggest.LeftOut {
			out = append(out, Spare{activity: spares[len(out)], after: order[:len(order):len(order)]})
		}
		order = append(order, p.Ref)
	}
	return out
}

// Discards are the drafts of the paragraphs a replace kept out because a
// person discarded them since the earlier import (model.Reimport's
// DiscardedDrafts), each with the references of the parts before it in the
// mandate, as Spares: l lists them among the left-out paragraphs, marked
// discarded, and r brings one back.
func Discards(mandate *suggest.Mandate, drafts []*model.Activity) []Spare {
	var order []string
	for _, p := range mandate.Parts {
		if p.Role == suggest.Task || p.Role == suggest.LeftOut {
			order = append(order, p.Ref)
		}
	}
	var out []Spare
	for _, d := range drafts {
		i := slices.Index(order, d.Source.Ref)
		if i < 0 {
			i = len(order)
		}
		out = append(out, Spare{activity: d, after: order[:i:i], discarded: true})
	}
	return out
}

// Drafts are an import's drafts as entries of the list, each with the
// references of the parts before it, as Discards: one the review discards
// (session.Sheet.DiscardDraft) is listed at once, marked discarded, and r
// brings it back, as after a replace (WithDiscardedNow).
func Drafts(mandate *suggest.Mandate, drafts []*model.Activity) []Spare {
	out := Discards(mandate, drafts)
	for i := range out {
		out[i].now = true
	}
	return out
}

// WithDiscardedNow is the list of parts and their drafts with the import's
// drafts (from Drafts) that were discarded since put in their places, and
// without those that came back since (an undo of the discard, or a
// restore). Where the parts have no drafts, the list restores nothing and
// is as it was. discarded is session.Sheet.Discarded. The review's l and the plain prompts' left and restore list
// the same.
func WithDiscardedNow(discarded func(*model.Activity) bool, parts []suggest.LeftOutPart, spare, drafts []Spare) ([]suggest.LeftOutPart, []Spare) {
	if len(spare) != len(parts) {
		return parts, spare
	}
	var keptParts []suggest.LeftOutPart
	var kept []Spare
	listed := map[*model.Activity]bool{}
	for i, sp := range spare {
		if sp.now && !discarded(sp.activity) {
			continue
		}
		keptParts, kept = append(keptParts, parts[i]), append(kept, sp)
		listed[sp.activity] = true
	}
	var now []Spare
	for _, d := range drafts {
		if discarded(d.activity) && !listed[d.activity] {
			now = append(now, d)
		}
	}
	if len(now) == 0 {
		return keptParts, kept
	}
	return withDiscards(keptParts, kept, now)
}

// discardedPart is the entry of the list for the draft of a paragraph
// discarded earlier.
func discardedPart(sp Spare) suggest.LeftOutPart {
	return suggest.LeftOutPart{Ref: sp.activity.Source.Ref, Text: sp.activity.Source.Text}
}

// withDiscards puts the discarded paragraphs (discards) among the parts left
// out and their drafts (spare), each in its place in the mandate. Where the
// left-out parts have no drafts the list restores nothing, and the
// discarded ones, which are drafts only, are not listed.
func withDiscards(parts []suggest.LeftOutPart, spare, discards []Spare) ([]suggest.LeftOutPart, []Spare) {
	if len(discards) == 0 || len(spare) != len(parts) {
		return parts, spare
	}
	type entry struct {
		part suggest.LeftOutPart
		sp   Spare
	}
	var all []entry
	for i := range parts {
		all = append(all, entry{parts[i], spare[i]})
	}
	for _, d := range discards {
		all = append(all, entry{discardedPart(d), d})
	}
	slices.SortStableFunc(all, func(a, b entry) int { return len(a.sp.after) - len(b.sp.after) })
	parts, spare = nil, nil
	for _, e := range all {
		parts, spare = append(parts, e.part), append(spare, e.sp)
	}
	return parts, spare
}

// discardedAt reports whether entry i of the list is a paragraph discarded
// earlier rather than one the import left out.
func (r *Screen) discardedAt(i int) bool {
	return i < len(r.spare) && len(r.spare) == len(r.leftOut) && r.spare[i].discarded
}

// Counts are how many entries of a list the import left out, how many a
// replace kept out as discarded in an earlier review, and how many were
// discarded in this one.
func Counts(spare []Spare, parts int) (leftOut, earlier, now int) {
	if len(spare) != parts {
		return parts, 0, 0
	}
	for _, sp := range spare {
		switch {
		case sp.now:
			now++
		case sp.discarded:
			earlier++
		default:
			leftOut++
		}
	}
	return leftOut, earlier, now
}

// leftOutHow says how to list the paragraphs left out of the document of
// the draft shown when the review holds none of them: they are not kept
// with the worksheet, but importing the mandate again lists them, and
// replacing keeps what was reviewed. "" when the draft is of no document,
// or of one whose list the review holds, though every paragraph of it may
// be restored.
func (r *Screen) leftOutHow() string {
	if r.activity == nil {
		return ""
	}
	doc := r.activity.Source.Document
	if doc == "" || r.listOf(doc) != nil {
		return ""
	}
	// i works on the worksheet, under the review, not here; r is the
	// replace of the import's dialog.
	return "Left-out paragraphs are not saved: esc, then i on the worksheet imports the mandate again (r in its dialog keeps the review)."
}

// leftOutHowNote is leftOutHow for the status line: whole where it fits,
// else its short form, the help (?) giving it whole.
func (r *Screen) leftOutHowNote() component.Status {
	whole := r.leftOutHow()
	note := component.Status{Text: whole, Full: whole}
	if w := r.ctx.StatusRoom(r.width); ansi.StringWidth(whole) > w {
		note.Text = component.Cut("Left-out paragraphs are not saved: esc, then i imports again", w-len(" (?)")) + " (?)"
	}
	return note
}

// syncLeftOut lists as left out the parts whose draft is not in the
// worksheet: a restore made again by ctrl+r on the worksheet takes its
// paragraph off the list (r on it made a second draft of it), and u there
// puts it back.
func (r *Screen) syncLeftOut() {
	r.leftOut, r.spare = nil, nil
	if l := r.list; l != nil {
		r.leftOut, r.spare = l.leftOut, l.spare
	}
	if r.spare != nil {
		l := r.list
		parts, spare := WithDiscardedNow(r.ctx.Sheet.Discarded, l.leftOut, l.spare, l.drafts)
		r.leftOut, r.spare = nil, nil
		for i, sp := range spare {
			if r.ctx.Sheet.Index(sp.activity) < 0 {
				r.leftOut, r.spare = append(r.leftOut, parts[i]), append(r.spare, sp)
			}
		}
	}
	if len(r.leftOut) == 0 {
		r.showLeftOut = false
	}
	r.keys.LeftOut.SetEnabled(len(r.leftOut) > 0 || r.leftOutHow() != "")
	r.syncRestore()
}

// syncRestore offers r only in the list of left-out parts, with a draft to
// restore; the verdict keys rest meanwhile, since the draft they would act
// on is not in view.
func (r *Screen) syncRestore() {
	r.leftOutAt = max(0, min(r.leftOutAt, len(r.leftOut)-1))
	r.keys.Restore.SetEnabled(r.showLeftOut && len(r.spare) > 0 && len(r.spare) == len(r.leftOut))
	for _, b := range []*key.Binding{&r.keys.Accept, &r.keys.Edit, &r.keys.Skip, &r.keys.Discard} {
		b.SetEnabled(!r.showLeftOut)
	}
}

// markLeftOut moves the mark in the list of left-out parts and scrolls the
// list to it.
func (r *Screen) markLeftOut(km tea.KeyMsg) {
	if key.Matches(km, r.keys.Up) {
		r.leftOutAt--
	} else {
		r.leftOutAt++
	}
	r.syncRestore()
	r.render()
	r.scrollToMark()
}

// scrollToMark scrolls the list to the part marked, when it is out of sight.
func (r *Screen) scrollToMark() {
	line := r.leftOutLine(r.leftOutAt)
	if line < r.view.YOffset || line+2 >= r.view.YOffset+r.view.Height {
		r.view.SetYOffset(max(0, line-1))
	}
}

// leftOutLine is the line of the list where part i begins.
func (r *Screen) leftOutLine(i int) int {
	n := len(r.leftOutHead(r.width))
	for j := 0; j < i && j < len(r.leftOut); j++ {
		n += len(r.leftOutEntry(j, r.width))
	}
	return n
}

// restore puts the marked left-out part into the worksheet as a draft and
// shows it; u takes it out and puts it back on the list.
func (r *Screen) restore() tea.Cmd {
	if !r.keys.Restore.Enabled() {
		return nil
	}
	s := r.ctx.Sheet
	i := r.leftOutAt
	part, sp := r.leftOut[i], r.spare[i]
	a := sp.activity
	r.began[a] = true
	if r.activity != nil {
		r.back = append(r.back, r.activity)
	}
	ref := r.partRef(part)
	list := r.list
	s.Restore(a, sp.after, "restore of paragraph "+ref, func() {
		// Back on the list, it is no draft the review began with: gone
		// from the worksheet, it is not counted discarded. The list in
		// view is the one it went back to, whatever the document of the
		// draft the review goes on with.
		delete(r.began, a)
		if !list.setAside {
			r.list = list
		}
		r.syncLeftOut()
		if r.activity == a {
			// The draft it was on comes back behind the list; its reading
			// is its own (readingOf), read when it is shown.
			next := r.returnTo()
			if next == nil {
				next = r.nextDraft()
			}
			if r.activity = next; next != nil {
				r.shownOthers = s.Verdict(next).Others
			}
		}
		r.showLeftOut, r.leftOutAt = true, max(0, slices.IndexFunc(r.spare, func(x Spare) bool { return x.activity == a }))
		r.syncRestore()
		r.render()
		r.scrollToMark()
	})
	r.syncLeftOut() // in the worksheet, it is left out no more
	r.show(a)
	r.syncRestore()
	text, whole := restoredNote(ref, sp, r.ctx.StatusRoom(r.width))
	return r.ctx.Send(component.Status{Text: text, Full: whole})
}

// restoredNote is what the status line says of the restore of paragraph
// ref, in w cells, and the note whole: which paragraph came back, how, and
// that u takes it out again. Where the line does not hold it all, how it
// was made gives way whole, and the line says the help has the note in
// full ("· in full (?)"): at 80 columns "… u takes it out agai…" lost the
// key's words to a two-figure paragraph. What gave way is part of the one
// note, not a further message: "+1 more" counted one the help did not have.
func restoredNote(ref string, sp Spare, w int) (text, whole string) {
	const undo = "; u takes it out again."
	head, whole := RestoredNote(ref, sp)
	whole += undo
	if ansi.StringWidth(whole) <= w {
		return whole, ""
	}
	return component.Cut(head+undo+restoredInFull, w), whole
}

// restoredInFull ends a restore's note the status line holds only in
// short: the help (?) shows the one note, whole.
const restoredInFull = " · in full (?)"

// leftOutLines lists what the last import left out: each part's reference
// and why, then its text, the part r would restore marked.
func (r *Screen) leftOutLines(w int) []string {
	out := r.leftOutHead(w)
	for i := range r.leftOut {
		out = append(out, r.leftOutEntry(i, w)...)
	}
	return out
}

// leftOutHead is the lines above the first left-out part, in width w: of
// which document, how many and why, and the keys.
func (r *Screen) leftOutHead(w int) []string {
	st := r.ctx.Styles
	how := "(pocssr import --all keeps them as drafts.)"
	if len(r.spare) > 0 {
		how = "↑/↓ marks one; r restores it as a draft (as import --all); u undoes."
	}
	n, earlier, now := Counts(r.spare, len(r.leftOut))
	why := LeftOutWhyNow(n, earlier, now) + ": no draft was made of them."
	if earlier+now > 0 {
		why = LeftOutWhyNow(n, earlier, now) + ": none of them is in the worksheet." // a discarded one had its draft
	}
	out := []string{st.Screen.Render(component.Cut("Left out of "+report.OneLine(r.leftOutOf()), w))}
	for _, l := range component.Wrap(why, w) {
		out = append(out, st.Muted.Render(l))
	}
	return append(out, st.Muted.Render(component.Cut(how, w)))
}

// leftOutEntry is part i of the list in width w: a blank line, its
// reference and why (marked when r would restore it), then its text.
func (r *Screen) leftOutEntry(i, w int) []string {
	st := r.ctx.Styles
	p := r.leftOut[i]
	mark := "  "
	if i == r.leftOutAt && len(r.spare) > 0 {
		mark = "> "
	}
	reason := p.Reason.Why()
	if r.discardedAt(i) {
		reason = r.spare[i].Why(p)
	}
	// The reason wraps under itself, whole: at 80 columns the longest
	// ("…which is no activity on the ground") lost its end.
	out := []string{""}
	for _, l := range component.WrapIndent(mark+component.Cut(r.partRef(p), leftOutRefWidth)+" ", reason, w) {
		if mark == "> " {
			out = append(out, st.Selected.Render(component.Fit(l, w)))
		} else {
			out = append(out, st.Heading.Render(l))
		}
	}
	return append(out, component.WrapIndent("  ", report.OneLine(p.Text), w)...)
}

// leftOutRefWidth is the most a left-out part's reference takes before its
// reason: "2070·6(a)(ii)" whole, a section title cut.
const leftOutRefWidth = 14

// partRef is the reference of a part left out of the list's document as the
// worksheet would show its draft: "2070·13" where the worksheet holds
// another document, whose paragraph 13 the status line's "Paragraph 13
// restored" could be.
func (r *Screen) partRef(p suggest.LeftOutPart) string {
	return report.OneLine(r.ctx.Sheet.Ref(&model.Activity{Source: model.Source{Document: r.leftOutOf(), Ref: p.Ref}}))
}

// discardedEarlier and discardedNow say when a listed paragraph was
// discarded: before a replace that kept it out, or in this run (in this
// review or an earlier one, since the review's heading counts only its own
// discards). l's key counts them in these words ("discarded earlier (1)"),
// the marks of the list say them ("[discarded] earlier"), and the note of
// a restore: it said "discarded earlier" of a paragraph discarded a moment
// before, and the mark "taken out in an earlier review" where the key said
// "discarded earlier".
const (
	whenEarlier      = "earlier"
	whenThisRun      = "in this run"
	discardedEarlier = "discarded " + whenEarlier
	discardedNow     = "discarded " + whenThisRun
)

// discardedWhy is the reason given for a paragraph discarded earlier,
// discardedNowWhy for one discarded in this run: "[discarded]" and when,
// in the key's words.
const (
	discardedWhy    = "[discarded] " + whenEarlier + "; the replace kept it out"
	discardedNowWhy = "[discarded] " + whenThisRun
)

// RestoredNote says which paragraph came back and how, in short (head) and
// whole: the review's status line and the plain prompts say the same.
// sp says how the paragraph came to be out of the worksheet.
func RestoredNote(ref string, sp Spare) (head, whole string) {
	switch {
	case sp.now:
		return fmt.Sprintf("Paragraph %s brought back as a draft", ref),
			fmt.Sprintf("Paragraph %s, %s, brought back as a draft", ref, discardedNow)
	case sp.discarded:
		return fmt.Sprintf("Paragraph %s brought back as a draft", ref),
			fmt.Sprintf("Paragraph %s, %s, brought back as a draft", ref, discardedEarlier)
	}
	return fmt.Sprintf("Paragraph %s restored as a draft", ref),
		fmt.Sprintf("Paragraph %s restored as a draft, as import --all makes it", ref)
}

// Draft is the draft a spare part is restored as.
func (sp Spare) Draft() *model.Activity { return sp.activity }

// After are the references of the paragraphs before the part in its
// mandate, in order: where its draft goes back (session.Sheet.Restore).
func (sp Spare) After() []string { return sp.after }

// Discarded reports whether the part is a paragraph discarded in an earlier
// review, which a replace kept out, rather than one the import left out.
func (sp Spare) Discarded() bool { return sp.discarded }

// Why is why part p, spared as sp, is not in the worksheet: the reason the
// import left it out, or that a review discarded it.
func (sp Spare) Why(p suggest.LeftOutPart) string {
	if sp.now {
		return discardedNowWhy
	}
	if sp.discarded {
		return discardedWhy
	}
	return p.Reason.Why()
}

// List is what l lists after an import: the parts the import left out and
// those a replace kept discarded, each in its place in the mandate, with
// their drafts (none when the left-out parts have none).
func List(in Imported) ([]suggest.LeftOutPart, []Spare) {
	parts, spare := withDiscards(in.LeftOut, in.Spare, in.Discarded)
	if len(spare) != len(parts) {
		spare = nil
	}
	return parts, spare
}

// LeftOutWhy says why the list holds n paragraphs left out and discarded
// ones a replace kept out: the review's heading and the plain prompts' say
// the same.
func LeftOutWhy(n, discarded int) string {
	return LeftOutWhyNow(n, discarded, 0)
}

// LeftOutWhyNow is LeftOutWhy with the paragraphs discarded in this run
// (now), in this review or an earlier one, counted apart: in the words of
// their marks ("[discarded] in this run"), for the review's heading
// counts only its own discards.
func LeftOutWhyNow(n, earlier, now int) string {
	why := component.Plural(n, "paragraph asks", "paragraphs ask") + " for no activity"
	if earlier > 0 {
		why += ", " + component.Plural(earlier, "was", "were") + " discarded in an earlier review"
	}
	if now > 0 {
		why += ", " + component.Plural(now, "was", "were") + " discarded in this run"
	}
	return why
}
