package review

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// keys are the keys of the review of drafts.
type keys struct {
	Accept, Edit, Skip, Stop, LeftOut key.Binding
	Discard, Undo, Restore            key.Binding
	component.ScrollKeys
	global component.GlobalKeys
}

func newKeys(g component.GlobalKeys) keys {
	return keys{
		Accept: component.Bind([]string{"a"}, "a", "accept (reviewed)"),
		Edit:   component.Bind([]string{"e"}, "e", "edit (questionnaire)"),
		Skip:   component.Bind([]string{"s"}, "s", "skip (stays a draft)"),
		// Discard takes out a paragraph that is no task; u puts it back.
		// x alone, named wherever the keys are: d, which no help named,
		// is the due date of a risk's step in the questionnaire e opens
		// (and delete on the worksheet), and a planner who typed it by
		// accident saw a draft go without knowing why.
		Discard: component.Bind([]string{"x"}, "x", "discard: no task (u undoes)"),
		Undo:    component.Bind([]string{"u"}, "u", "undo"),
		Stop:    component.Bind([]string{"esc", "q"}, "esc", "stop reviewing"),
		// LeftOut is enabled once an import left paragraphs out.
		LeftOut: disabled(component.Bind([]string{"l"}, "l", "left-out paragraphs and why")),
		// Restore works in the list of left-out paragraphs only.
		Restore: disabled(component.Bind([]string{"r"}, "r", "restore a left-out paragraph as a draft (u undoes)")),
		ScrollKeys: component.ScrollKeys{
			Up:       component.Bind([]string{"up", "k"}, "↑/k", "scroll up"),
			Down:     component.Bind([]string{"down", "j"}, "↓/j", "scroll down"),
			PageUp:   component.Bind([]string{"pgup"}, "pgup", "page up"),
			PageDown: component.Bind([]string{"pgdown", " "}, "pgdn/space", "page down"),
		},
		global: g,
	}
}

// ShortHelp lists the keys shown in the footer.
func (k keys) ShortHelp() []key.Binding {
	// Undo and save go before the scroll key, which the sign above the
	// keys names: where the line is short it gives way first.
	return []key.Binding{k.Accept, k.Edit, k.Skip, k.Discard, k.Restore, k.Stop, k.LeftOut, k.Undo, k.global.Save, k.Down, k.global.Help}
}

// disabled returns b switched off.
func disabled(b key.Binding) key.Binding {
	b.SetEnabled(false)
	return b
}

// FullHelp lists the keys shown on the help screen.
func (k keys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Accept, k.Edit, k.Skip, k.Discard, k.Undo, k.Stop, k.LeftOut, k.Restore},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.global.Save, k.global.Help, k.global.ForceQuit},
	}
}

// ShortHelp is the key help of the footer. Without a list of paragraphs
// left out, l only says how to get one, and the footer names it in the
// line of keys' short words ("left out?"): the two name the same keys, and
// the footer keeps its room for the others.
func (r *Screen) ShortHelp() []key.Binding {
	k := r.shownKeys()
	if len(r.leftOut) == 0 && k.LeftOut.Enabled() {
		k.LeftOut = component.Bind(k.LeftOut.Keys(), k.LeftOut.Help().Key, "left out?")
	}
	return k.ShortHelp()
}

// FullHelp is the key help of the help screen. Where the paragraphs listed
// by l include some discarded in an earlier review, l says what the line
// of keys counts, which it may write only "(12+1)" for want of room.
func (r *Screen) FullHelp() [][]key.Binding {
	k := r.shownKeys()
	if r.showLeftOut || len(r.leftOut) == 0 {
		return k.FullHelp()
	}
	what := k.LeftOut.Help().Desc
	if of := r.leftOutOfName(); of != "" {
		// The mandate the line of keys names, whole.
		what = fmt.Sprintf("left-out paragraphs%s (%s), the draft's mandate, and why", of, report.OneLine(r.leftOutOf()))
		k.LeftOut = component.Bind(k.LeftOut.Keys(), k.LeftOut.Help().Key, what)
	}
	if n, earlier, now := Counts(r.spare, len(r.leftOut)); earlier+now > 0 {
		var why []string
		if earlier > 0 {
			why = append(why, fmt.Sprintf("+%d discarded in an earlier review, which the replace kept out", earlier))
		}
		if now > 0 {
			why = append(why, fmt.Sprintf("+%d discarded in this run", now))
		}
		k.LeftOut = component.Bind(k.LeftOut.Keys(), k.LeftOut.Help().Key, fmt.Sprintf(
			// in the words of neither width's key line: "(18+1)" at 80
			// columns, "left out (18) and discarded earlier (1)" at 200
			"%s; the line of keys counts them: %s the import left out, %s",
			what, component.Plural(n, "paragraph", "paragraphs"), strings.Join(why, ", ")))
	}
	return k.FullHelp()
}

// shownKeys are the keys as the help and the footer offer them: in the list
// of left-out paragraphs ↑/↓ move the mark, as the list says; elsewhere the
// scroll keys are offered only where the text scrolls.
func (r *Screen) shownKeys() keys {
	k := r.keys
	if r.showLeftOut {
		// l and esc go back, as the line of keys above says; q stops.
		k.LeftOut = component.Bind(append(k.LeftOut.Keys(), "esc"), "l/esc", "back to the draft")
		k.Stop = component.Bind([]string{"q"}, "q", "stop reviewing")
	} else if of := r.leftOutOfName(); of != "" && len(r.leftOut) > 0 {
		// The mandate the line of keys names ("left out of 1590 (8)").
		k.LeftOut = component.Bind(k.LeftOut.Keys(), k.LeftOut.Help().Key, "left-out paragraphs"+of+" and why")
	}
	if k.Restore.Enabled() {
		k.Up = component.Bind(k.Up.Keys(), k.Up.Help().Key, "mark the paragraph above")
		k.Down = component.Bind(k.Down.Keys(), k.Down.Help().Key, "mark the next paragraph")
		return k
	}
	k.ScrollKeys = k.Within(&r.view)
	return k
}

// View draws the tally of the review, the draft and the verdict keys.
func (r *Screen) View() string {
	if r.activity == nil || r.width <= 0 || r.height <= 0 {
		return ""
	}
	head := strings.Join(r.heading(r.width), "\n")
	body := component.Block(r.view.View(), r.width, r.view.Height)
	if sign := r.scrollSign(); sign != "" {
		body += "\n" + sign
	}
	return component.Block(head+"\n"+body+"\n"+r.keyLine(), r.width, r.height)
}

// scrollSign is the shared sign of a scrolled view under the draft or the
// list of paragraphs left out, on a row of its own (see fit): how many
// lines are above and below, and the keys that show them. In the list, ↑/↓
// mark a paragraph, so it names only pgup and pgdn.
func (r *Screen) scrollSign() string {
	keys := component.ScrollSignDefault
	if r.keys.Restore.Enabled() {
		keys = [2]string{"pgup", "pgdn"}
	}
	v := &r.view
	return component.ScrollSignKeys(r.ctx.Styles, v.YOffset, max(0, v.TotalLineCount()-v.YOffset-v.Height), r.width, keys)
}

// keyItem is a key of the review's key line, with what it does in full
// and in short; mid, where set, is a shorter form than full that still says
// what short leaves to the help ("left out (12+1 discarded earlier)").
type keyItem struct{ key, full, short, mid string }

// leftOutItem is l's key when some of the paragraphs it lists were
// discarded: in this run, in this review or an earlier one (the heading's
// "discarded" counts only this review's, so the key says "in this run"),
// or before a replace that kept it out ("earlier"), said apart.
func leftOutItem(of string, n, earlier, now int) keyItem {
	var full []string
	if now > 0 {
		full = append(full, fmt.Sprintf("%s (%d)", discardedNow, now))
	}
	if earlier > 0 {
		full = append(full, fmt.Sprintf("%s (%d)", discardedEarlier, earlier))
	}
	left := "left out" + of
	mid := fmt.Sprintf("%s (%d+%d %s)", left, n, now, discardedNow)
	switch {
	case now == 0:
		mid = fmt.Sprintf("%s (%d+%d %s)", left, n, earlier, discardedEarlier)
	case earlier > 0:
		mid = fmt.Sprintf("%s (%d+%d discarded, %d earlier)", left, n, now+earlier, earlier)
	}
	return keyItem{"l", fmt.Sprintf("%s (%d) and ", left, n) + strings.Join(full, " and "), fmt.Sprintf("%s (%d+%d)", left, n, now+earlier), mid}
}

// leftOutOfName is " of 1702", the short name of the mandate whose
// paragraphs l lists, where the worksheet holds several: the line of keys
// counts those of the draft's mandate, and the count changed from one
// mandate's drafts to another's without saying whose it was. "" where the
// worksheet holds one mandate.
func (r *Screen) leftOutOfName() string {
	if name := r.ctx.Sheet.Sources().DocumentShortName(r.leftOutOf()); name != "" {
		return " of " + name
	}
	return ""
}

// keyLine is the review's line of keys, in its width: in the confirmation
// of a draft without facts, what it asks first. Nothing is cut into: the
// keys close up first, then what the keys do shortens, then what is asked,
// then the last keys give way whole, "… ? keys" saying so (the help lists
// every key). What is out of sight is said by the shared sign above it
// (scrollSign).
func (r *Screen) keyLine() string {
	st := r.ctx.Styles
	var lead [2]string
	items := []keyItem{{"a", "accept", "accept", ""}, {"e", "edit", "edit", ""}, {"s", "skip", "skip", ""}, {"x", "discard", "discard", ""}, {"esc", "stop", "stop", ""}}
	if r.confirming {
		lead = [2]string{"No fact is known of this draft:", "No fact known:"}
		// x and esc act on the question as on the draft: they stay on the
		// line (at 80 columns they went from it with no sign).
		items = []keyItem{{"a", "accept it with every fact unknown", "accept, all unknown", ""}, {"e", "answer the questions", "answer", ""},
			{"s", "skip", "skip", ""}, {"x", "discard", "discard", ""}, {"esc", "stop", "stop", ""}}
	}
	if n, earlier, now := Counts(r.spare, len(r.leftOut)); earlier+now > 0 {
		// "+1" says what it counts where the line has room; where it has
		// not, the help says it under l (FullHelp). The heading's
		// "discarded" counts this review's: l's count those of this run
		// ("in this run") and those of an earlier one ("discarded
		// earlier"), different numbers.
		items = append(items, leftOutItem(r.leftOutOfName(), n, earlier, now))
	} else if n > 0 {
		left := fmt.Sprintf("left out%s (%d)", r.leftOutOfName(), n)
		items = append(items, keyItem{"l", left, left, ""})
	} else if r.leftOutHow() != "" {
		items = append(items, keyItem{"l", "left out: how to list them", "left out?", ""})
	}
	if r.showLeftOut {
		lead = [2]string{}
		items = []keyItem{{"l/esc", "back to the draft", "back", ""}, {"q", "stop", "stop", ""}}
		if r.keys.Restore.Enabled() {
			items = append([]keyItem{{"↑/↓", "mark", "mark", ""}, {"r", "restore as a draft", "restore", ""}}, items...)
		}
	}
	// The forms of what the keys do: in full, in short but for those with a
	// middle form, in short.
	const (
		full = iota
		mid
		short
	)
	draw := func(lead string, items []keyItem, form int, sep string) string {
		var parts []string
		for _, it := range items {
			what := it.full
			switch {
			case form == mid && it.mid != "":
				what = it.mid
			case form != full:
				what = it.short
			}
			parts = append(parts, st.Key.Render("["+it.key+"]")+" "+what)
		}
		line := strings.Join(parts, sep)
		if lead != "" {
			line = st.Accent.Render(lead) + " " + line
		}
		return line
	}
	tries := []string{draw(lead[0], items, full, "  "), draw(lead[0], items, full, " "),
		draw(lead[0], items, mid, " "), draw(lead[0], items, short, " "),
		draw(lead[1], items, mid, " "), draw(lead[1], items, short, " ")}
	// Where the last keys give way, "… ? keys" ends the line, as on the
	// other screens' key lines: the help lists every key.
	gone := " " + st.Muted.Render(keysGone) + " " + st.Key.Render("?") + " keys"
	for n := len(items) - 1; n > 0; n-- {
		tries = append(tries, draw(lead[1], items[:n], short, " ")+gone)
	}
	for _, line := range tries {
		if ansi.StringWidth(line) <= r.width {
			return line
		}
	}
	return component.Cut(tries[len(tries)-1], r.width)
}

// keysGone stands before "? keys" where keys of the line gave way.
const keysGone = "…"

// The words of the heading's counts.
const (
	termLeft      = "left"
	termReviewed  = "reviewed"
	termSkipped   = "skipped"
	termDiscarded = "discarded"
	// termDiscardedHere is termDiscarded where l counts those of the run.
	termDiscardedHere = termDiscarded + " in this review"
	termDrafts        = "DRAFT in a briefing"
	termDraftsShort   = "DRAFT"
	// The drafts asked of others say who the others are and when they come
	// ("asked of others, last" said neither); short where the heading has
	// not the room. They name what the engine counts, who carries the
	// task out: a request whose words name no one ("asked of others, reviewed
	// last" over a first draft that was such a request) is reviewed with
	// the rest until its implementer is answered.
	termOthers      = "by national authorities alone or a partner, reviewed after the rest"
	termOthersShort = "by others, reviewed last"
	// Where R on a draft of others began the review there (chosenOthers),
	// they say so: "reviewed last" stood over the draft of others shown
	// first.
	termOthersChosen      = "by national authorities alone or a partner, from the cursor on, then the mission's own"
	termOthersChosenShort = "by others, from the cursor on"
)

// Terms are the words of the review's heading and what each counts, for
// its help screen: a new user meets "asked of others" in the heading
// before any draft of others is shown.
func (r *Screen) Terms() []component.Term {
	// First the heading whole: at 80 columns its counts give way, "… (?)".
	terms := []component.Term{
		{Word: r.headingWhole(), Meaning: "the heading whole, as the review stands; where the screen is too narrow for it, counts give way from its end, signed “… (?)”, and its words are these:"},
		{Word: termLeft, Meaning: "drafts this review has still to decide: accept, edit, skip or discard each."},
		{Word: termReviewed, Meaning: "drafts accepted (a), or edited in the questionnaire (e) until no suggested answer waits to be confirmed, since the review began; u undoes an acceptance."},
		{Word: termSkipped, Meaning: "drafts passed over (s), or edited (e) with a suggested answer left unconfirmed: they stay drafts, for a later review (R)."},
		{Word: termDiscarded + " (or " + termDiscardedHere + ")", Meaning: "paragraphs taken out as no task (x) in this review, said so where l counts a different number discarded in this run; u puts one back, the last first. l lists them among those left out, with any discarded in an earlier review of this run, counted as discarded in this run; those a replace of the mandate kept out, discarded before it, as discarded earlier."},
		{Word: termDrafts + " (or " + termDraftsShort + ")", Meaning: "the worksheet's drafts, those left and those skipped: a briefing marks each one DRAFT, not yet reviewed."},
		{Word: termOthersShort + " (or " + strings.TrimSuffix(termOthers, ", reviewed after the rest") + ")", Meaning: "drafts whose implementer, suggested by the words or answered, is national authorities alone or another international partner: " +
			"tasks the mandate asks of others than the mission, each marked on its draft. The review puts them last: the mission's own tasks are what it plans, carries out and answers for, " +
			"so they are reviewed first; a task of others is still read and classified, as the setting the mission works in, " +
			"and its verdict rests on who acts. A request whose words name no one to carry it out is not among them: it is reviewed with the rest, and answering its implementer places it."},
	}
	if r.chosenOthers() {
		terms = append(terms, component.Term{Word: termOthersChosenShort + " (or " + strings.TrimPrefix(termOthersChosen, "by national authorities alone or a partner, ") + ")",
			Meaning: "R was pressed on a draft asked of others, so the review began there, at the cursor, as it begins at any draft the cursor is on: it goes on with the drafts of others after it, then the mission's own from the top, then the rest of those of others. Begun anywhere else, the mission's own come first."})
	}
	if r.activity != nil && r.ctx.Sheet.Verdict(r.activity).TopicOnSuggested {
		terms = append(terms, component.TopicTerm)
	}
	if r.activity != nil && r.ctx.Sheet.Result(r.activity).RisksOnSuggested() > 0 {
		terms = append(terms, component.Term{Word: "~ before a severity (~[LOW])",
			Meaning: "the risk fires only on answers the draft's words suggested and nobody has confirmed yet, as the worksheet marks it (~low); accepting the draft (a), or confirming them (e), takes the ~ away."})
	}
	return terms
}

// reviewTitle heads the review's first line while it has the room.
const reviewTitle = "Review of drafts"

// heading is the review's heading, one line of width w: the title, then
// every count of the tally in their fixed order (see counts). It keeps its
// shape from step to step and at every width: as it is while that fits,
// then without the counts at nought, then with the briefing's count
// shortened; where even that does not fit, it gives way from its end.
// Whatever gives way is signed with "… (?)", and the help (?) has the heading
// whole (Terms). The title never goes
// and the heading never wraps.
func (r *Screen) heading(w int) []string {
	st := r.ctx.Styles
	line := r.headingLine(w)
	if rest, ok := strings.CutPrefix(line, reviewTitle); ok {
		return []string{st.Heading.Render(reviewTitle) + st.Muted.Render(rest)}
	}
	return []string{st.Muted.Render(line)}
}

// headingLine is the heading's text in w cells (see heading).
func (r *Screen) headingLine(w int) string {
	cs := r.counts()
	var full, mid, short, someFull, someMid, someShort []string
	for _, c := range cs {
		// mid: the count that is shortened first (those asked of others,
		// whose whole words are long) in short, the others whole.
		m := c.full
		if c.shortFirst {
			m = c.short
		}
		full, mid, short = append(full, c.full), append(mid, m), append(short, c.short)
		// A count at nought says only that the review has not done that
		// yet: it gives way first.
		if !c.none {
			someFull, someMid, someShort = append(someFull, c.full), append(someMid, m), append(someShort, c.short)
		}
	}
	title := func(items []string) string { return strings.Join(append([]string{reviewTitle}, items...), " · ") }
	// Every count, in short where need be, before any gives way: the
	// words of those asked of others are longer than they were.
	tries := [][]string{full, mid, short}
	if len(someFull) < len(full) {
		// Counts at nought that give way are signed, as every count is
		// that gives way: the heading keeps one shape from the first key
		// on, not '…' on one step and none on the one before.
		signed := func(items []string) []string { return append(items[:len(items):len(items)], givenWay) }
		tries = append(tries, signed(someFull), signed(someMid), signed(someShort))
	}
	for _, items := range tries {
		if line := title(items); ansi.StringWidth(line) <= w {
			return line
		}
	}
	// Whole counts give way from the end, and givenWay says that some did
	// and which key shows them.
	for n := len(someShort) - 1; n >= 0; n-- {
		if line := title(append(someShort[:n:n], givenWay)); ansi.StringWidth(line) <= w {
			return line
		}
	}
	if sign := strings.TrimPrefix(givenWay, "…"); w > ansi.StringWidth(givenWay) {
		return component.Cut(title(someShort), w-ansi.StringWidth(sign)) + sign
	}
	return component.Cut(title(someShort), w)
}

// givenWay ends a heading whose counts gave way: the help (?) shows them
// whole. A bare "…" named no key, and from the first skip on the skipped
// and DRAFT counts were gone at 80 columns with nothing saying where.
const givenWay = "… (?)"

// headingWhole is the heading with every count, in full: what the help
// shows where the screen cuts it.
func (r *Screen) headingWhole() string {
	var items []string
	for _, c := range r.counts() {
		items = append(items, c.full)
	}
	return strings.Join(append([]string{reviewTitle}, items...), " · ")
}

// count is one count of the review's heading, in full and in short; none:
// it is nought.
type count struct {
	full, short string
	none        bool
	// shortFirst: the count is said short before any other is (those
	// asked of others).
	shortFirst bool
}

// counts are the review's tally as the heading says it, most needed first:
// what is left and how many of those are asked of others (they come last,
// which explains the order of the review), what is reviewed, skipped and
// discarded, and how many drafts the worksheet holds, each marked DRAFT in
// a briefing (those left and those skipped). Each is a word of the
// review's help (Terms).
func (r *Screen) counts() []count {
	t := r.tally()
	n := func(v int, what string) count {
		s := fmt.Sprintf("%d %s", v, what)
		return count{s, s, v == 0, false}
	}
	drafts := r.ctx.Sheet.Drafts()
	// Those asked of others right after what is left, of which they are a
	// part: they explain the order of the review, and where the heading
	// gives way from its end they stay.
	cs := []count{n(t.Left, termLeft)}
	if t.Others > 0 {
		full, short := termOthers, termOthersShort
		if r.chosenOthers() {
			full, short = termOthersChosen, termOthersChosenShort
		}
		cs = append(cs, count{fmt.Sprintf("%d %s", t.Others, full), fmt.Sprintf("%d %s", t.Others, short), false, true})
	}
	return append(cs, n(t.Reviewed, termReviewed), n(t.Skipped, termSkipped), n(t.Discarded, r.discardedTerm(t.Discarded)),
		count{fmt.Sprintf("%d %s", drafts, termDrafts), fmt.Sprintf("%d %s", drafts, termDraftsShort), drafts == 0, false})
}

// discardedTerm is the word of the heading's count of this review's
// discards: "discarded in this review" where l counts a different number
// discarded in this run (a review reopened after one that discarded), so
// that "0 discarded" does not stand beside "1 was discarded in this run".
func (r *Screen) discardedTerm(discarded int) string {
	if _, _, now := Counts(r.spare, len(r.leftOut)); now > 0 && now != discarded {
		return termDiscardedHere
	}
	return termDiscarded
}

// fit gives the draft the rows the heading and the line of keys leave it,
// less one for the scroll sign where it goes on out of sight: a heading
// that wraps takes them from the draft, never a count from the heading.
func (r *Screen) fit() {
	component.FitPager(&r.view, r.height-1-len(r.heading(r.width)))
}

// render lays out the draft for the viewport.
func (r *Screen) render() {
	if r.activity == nil || r.width <= 0 {
		return
	}
	y := r.view.YOffset
	if r.showLeftOut {
		r.view.SetContent(strings.Join(r.leftOutLines(r.width), "\n"))
		r.view.SetYOffset(y)
		r.fit()
		return
	}
	r.view.SetContent(strings.Join(r.draftLines(r.width), "\n"))
	r.view.SetYOffset(y)
	r.fit()
}

// draftLines is the draft as lines of width w.
func (r *Screen) draftLines(w int) []string {
	st := r.ctx.Styles
	a := r.activity
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	heading := func(s string) { add("", st.Heading.Render(component.Cut(s, w))) }
	if r.ctx.Sheet.Verdict(a).Others {
		note := OthersNote(r.others)
		if r.chosenOthers() {
			note = r.others + " · not the mission's own, from the cursor on"
		}
		add(st.Accent.Render(component.Cut(note, w)))
	}
	title, short := titleLine(a, r.ctx.Sheet.Verdict(a).TopicOnSuggested, w)
	r.titleShort = short
	if short {
		add(st.Screen.Render(title) + st.Key.Render(titleSign))
	} else {
		add(st.Screen.Render(title))
	}
	src := report.SourceText(a)
	if src == "" {
		src = "none recorded"
	}
	for _, l := range idAndSource(report.OneLine(a.ID), report.OneLine(src), w) {
		add(st.Muted.Render(l))
	}
	// The live verdict is what the planner reviews the draft for: it comes
	// first, in view at 80×24, and the words it stands on below it.
	// The sheet's result, as the worksheet's: a risk that rests on answers
	// the draft's words suggested is marked "~" here as there.
	res := r.ctx.Sheet.Result(a)
	heading("Verdict with these facts")
	verdict := report.VerdictTier(res) + " · " + st.Agenda(res.Agenda, report.VerdictAgenda(res)) + " · " +
		component.RiskCount(res) + " · " + component.Plural(len(res.OpenQuestions), "open question", "open questions")
	add("  " + component.Cut(verdict, w-2))
	for _, k := range res.Risks {
		tag := component.SeverityTag(k.Severity)
		mark := component.RiskMark(k)
		add("  " + mark + st.Severity(k.Severity, tag) + " " + component.Cut(k.Rule.Title, w-3-len(mark)-len(tag)))
	}
	if t := strings.TrimSpace(a.Source.Text); t != "" {
		heading("Source text")
		add(component.WrapIndent("  ", t, w)...)
	}
	add(r.factLines(w)...)
	// An imported task's description is the lead-in and headings it stood
	// under: the least needed, so last.
	if d := strings.TrimSpace(a.Description); d != "" {
		label := "Description"
		if !a.Source.IsZero() {
			label = "Stands under (lead-in and headings)"
		}
		heading(label)
		for _, p := range strings.Split(d, "\n") {
			add(component.WrapIndent("  ", p, w)...)
		}
	}
	return out
}

// factLines lists what the words suggest, each value with the phrases behind
// it, marked "~" while the draft still holds it, and the facts looked for
// of which they suggest nothing, with the key that asks them (e); then the
// facts answered since, and what was read but not suggested.
func (r *Screen) factLines(w int) []string {
	return r.words.Behind(r.activity, r.readingOf(r.activity), r.keys.Edit.Help().Key, w)
}

// idAndSource is the draft's id and source in width w: on one line where
// they fit, else the source on a line of its own below the id, each
// wrapped whole. Neither is cut: at 80 columns the id of a subparagraph
// ("4-a-iii-observe-and-monitor-movement-…") lost its end with no key that
// gave it whole.
func idAndSource(id, src string, w int) []string {
	return component.WrapItems([]string{"id: " + id, "source: " + src}, " · ", w)
}

// OthersNote marks a draft asked of others than the mission, which others
// names as the rulebook does: the review's screen and the plain prompts'
// say the same.
func OthersNote(others string) string {
	return others + " · not the mission's own task, reviewed last"
}
