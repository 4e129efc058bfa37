package present

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// What c shows whole in place of the walk-through's drawings, when what
// changed or the risks are longer than their lines, scrolled where it is
// longer than the screen; and the key line under it all.

// page is what c shows whole in place of the drawings, below the rows
// headRows above it, and how many rows it has: what changed, where it is
// longer than its lines, then the risks where they are cut, and during
// "what if" the values to try below them where they fit.
func (wt *walkThrough) page(headRows int) (full []string, room int) {
	w, h := wt.width, wt.height
	r, before := wt.verdict(), wt.before()
	lines, rows := wt.changeLines(len(wt.stepLines(w)))
	cutShort := len(lines) > rows
	if !wt.listsCut() {
		// What changed alone, where the drawings and their caption were.
		return wt.wholeChange(w), wt.drawingHeight() + 1 + rows - 1
	}
	if cutShort {
		full = wt.wholeChange(w)
	}
	full = append(full, wt.wholeRiskLines(before, r, w)...)
	room = max(0, h-headRows-1)
	if wt.whatIf != nil {
		// The values to try, each whole, below the risks: ↑/↓ still try
		// another, and the label above names the one tried.
		full = append(full, "")
		full = append(full, wt.wholeWhatIfLines(w)...)
	}
	if wt.answersCut() {
		full = append(full, "")
		full = append(full, wt.wholeAnswerLines(w)...)
	}
	return full, room
}

// wholeChange is what changed, whole in w cells, as c shows it: before the
// first answer, what the walk starts from.
func (wt *walkThrough) wholeChange(w int) []string {
	if wt.whatIf == nil && wt.step == 0 {
		return wt.startLines(w)
	}
	return component.Wrap(changeLine(wt.before(), wt.verdict()), w)
}

// answersCut reports whether an answer revealed is cut to the column of
// answers beside the risks (from 100 columns): then c shows them whole.
// At 200 columns the kinds were cut ("… vetting, …") with no way to read
// them. Where the column's rows hold every answer wrapped whole, nothing
// is cut: c was offered there with nothing more to show.
func (wt *walkThrough) answersCut() bool {
	if wt.whatIf != nil || wt.width < 100 || wt.height <= 0 {
		return false
	}
	_, total := wt.answerRows(wt.width-wt.width/2, func(int) bool { return true })
	return total > wt.listRows()
}

// listRows is how many rows the lists below the drawings have (the risks,
// and beside them the answers or the values to try).
func (wt *walkThrough) listRows() int {
	step := wt.stepLines(wt.width)
	_, rows := wt.changeLines(len(step))
	return max(0, wt.height-1-len(step)-rows-wt.verdictRows()-wt.drawingHeight()-1-1)
}

// wholeAnswerLines are the answers revealed so far, each wrapped whole to
// w cells under its number and name.
func (wt *walkThrough) wholeAnswerLines(w int) []string {
	out := []string{wt.answersHeading(w)}
	digits := len(strconv.Itoa(len(wt.steps)))
	for i, f := range wt.steps[:min(wt.step, len(wt.steps))] {
		out = append(out, component.WrapIndent(fmt.Sprintf("  %*d %s: ", digits, i+1, factName(f)), report.OneLine(wt.shownAnswer(f)), w)...)
	}
	return out
}

// listsCut reports whether c has more to show of the lists below the
// drawings: the risks are longer than their rows, or a risk's title, an
// answer or (during "what if") a value to try is cut to its column.
func (wt *walkThrough) listsCut() bool {
	return wt.risksCut() || wt.linesCut() || wt.answersCut()
}

// riskColumn is the width of the list of risks below the drawings: half the
// screen beside the answers or the values to try, else all of it.
func (wt *walkThrough) riskColumn() int {
	if wt.whatIf != nil || wt.width >= 100 {
		return wt.width/2 - 1
	}
	return wt.width
}

// linesCut reports whether a risk's line is wider than the list's column,
// or during "what if" a value's line wider than theirs: then the line ends
// in "…" and c shows it whole.
func (wt *walkThrough) linesCut() bool {
	if wt.width <= 0 || wt.height <= 0 {
		return false
	}
	w := wt.riskColumn()
	for _, l := range wt.wholeRiskLines(wt.before(), wt.verdict(), 1<<16) {
		if ansi.StringWidth(l) > w {
			return true
		}
	}
	if wt.whatIf == nil {
		return false
	}
	for _, l := range wt.wholeWhatIfLines(1 << 16)[2:] {
		if ansi.StringWidth(l) > wt.width-wt.width/2 {
			return true
		}
	}
	return false
}

// scrollPage moves what c shows by n lines, kept in range.
func (wt *walkThrough) scrollPage(n int) {
	full, room := wt.page(wt.headRows())
	_, wt.scroll = component.Scrolled(wt.ctx.Styles, full, wt.scroll+n, room, wt.width)
}

// scrollKeys are the keys that scroll what c shows, as its sign names
// them: during "what if" ↑/↓ try a value, and only the pages scroll.
func (wt *walkThrough) scrollKeys() [2]string {
	if wt.whatIf != nil {
		return [2]string{"pgup", "pgdn"}
	}
	return component.ScrollSignDefault
}

// followCursor scrolls what c shows during "what if" so that the value
// under the cursor is in sight: space ticks the value the room sees.
func (wt *walkThrough) followCursor() {
	if wt.whatIf == nil || !wt.showsFullChange() || !wt.listsCut() {
		return // the values are beside the risks, their window follows the cursor
	}
	full, room := wt.page(wt.headRows())
	values, from, to := wt.wholeWhatIf(wt.width)
	at := len(full) - len(values)
	from, to = at+from, at+to
	body := room
	if len(full) > room {
		body = max(1, room-1) // the last row is the sign
	}
	if to >= wt.scroll+body {
		wt.scroll = to - body + 1
	}
	if from < wt.scroll {
		wt.scroll = from
	}
	wt.scrollPage(0)
}

// headRows is how many rows the walk-through shows above what c shows
// whole: the title, the step, what changed (one line when it is all below)
// and the verdict (two lines where it does not fit on one).
func (wt *walkThrough) headRows() int {
	step := len(wt.stepLines(wt.width))
	lines, rows := wt.changeLines(step)
	if len(lines) > rows {
		rows = len(wt.changeHead())
	}
	return 1 + step + rows + wt.verdictRows()
}

// changeHead stands above c's page for what changed, shown whole below:
// what it is the change of, wrapped whole (the trial value of "what if"
// is what the room reads the page by), and where the rest is. The page
// begins with it, so once the page has scrolled its start is above: the
// head said "below" while ↓ in "what if" had scrolled it out of sight at
// the top ("above" is as wide, so the head keeps its rows).
func (wt *walkThrough) changeHead() []string {
	st := wt.ctx.Styles
	where := "all of it below"
	if wt.scroll > 0 {
		where = "all of it above"
	}
	lines := component.Wrap(wt.changeLabel()+where, wt.width)
	for i, l := range lines {
		if lead, ok := strings.CutSuffix(l, where); ok {
			lines[i] = st.Label.Render(lead) + st.Muted.Render(where)
		} else {
			lines[i] = st.Label.Render(l)
		}
	}
	return lines
}

// pageScrolls reports whether what c shows is longer than its rows.
func (wt *walkThrough) pageScrolls() bool {
	if !wt.showsFullChange() {
		return false
	}
	full, room := wt.page(wt.headRows())
	return len(full) > room
}

// showsFullChange reports whether what changed is shown whole in place of
// the drawings: asked for (c), and longer than its lines above them.
func (wt *walkThrough) showsFullChange() bool {
	if !wt.fullChange {
		return false
	}
	lines, rows := wt.changeLines(len(wt.stepLines(wt.width)))
	return len(lines) > rows || wt.listsCut()
}

// risksCut reports whether the list of risks is longer than the rows left
// to it under the drawings (during "what if", beside the values to try):
// then c shows it whole in their place, as it does what changed.
func (wt *walkThrough) risksCut() bool {
	if wt.width <= 0 || wt.height <= 0 {
		return false
	}
	return riskRows(wt.before(), wt.verdict()) > wt.listRows()
}

// before is the verdict the one shown is compared with: the step before,
// or during "what if" the real answer's.
func (wt *walkThrough) before() *classify.Result {
	if wt.whatIf != nil {
		return &wt.res
	}
	return &wt.prev
}

// offersAll reports whether c shows more than is in sight: what changed,
// longer than its lines, or the risks, longer than theirs.
func (wt *walkThrough) offersAll() bool {
	if wt.width <= 0 || wt.height <= 0 {
		return false
	}
	lines, rows := wt.changeLines(len(wt.stepLines(wt.width)))
	return len(lines) > rows || wt.listsCut()
}

// scrollHelp names the keys that scroll what c shows, where it is longer
// than its rows.
const scrollHelp = "↓/↑ pgdn/pgup"

// changeKey shows what changed in full in place of the drawings, and back.
const changeKey = "c"

// whatIfScroll names the keys that scroll what c shows during "what if",
// where ↑/↓ try a value: the pages of PageScroll.
const whatIfScroll = "pgdn/pgup"

// helpKeys lists the keys of the walk-through's help: always, its own, and
// the keys its footer offers only where they act (c, and the keys that
// scroll what c shows), taken from the footer itself (offeredHints), so
// that the help lists every key the footer names, those that gave way to
// the width too. Each names every key it answers to (space, → and l go on
// a step), where the footer names one; c comes third, in sight at 80×24.
func (wt *walkThrough) helpKeys() []key.Binding {
	k := wt.keys
	var change, scroll bool
	for _, h := range wt.offeredHints(wt.offersAll()) {
		change = change || h.key == k.Change.Help().Key
		scroll = scroll || h.key == k.PageScroll.Help().Key || h.key == whatIfScroll
	}
	keys := []key.Binding{everyKeyNamed(k.Next), everyKeyNamed(k.Prev)}
	if change {
		keys = append(keys, k.Change)
	}
	try, toggle := k.TryValue, k.Toggle
	if wt.ticking() {
		// On a list to tick ↑/↓ only move to a choice: space tries it.
		try.SetHelp(try.Help().Key, tryOnAList)
	}
	keys = append(keys, k.WhatIf, k.EndWhatIf, everyKeyNamed(try), everyKeyNamed(toggle),
		everyKeyNamed(k.WalkTop), everyKeyNamed(k.WalkBottom))
	if scroll {
		keys = append(keys, k.PageScroll)
	}
	return append(keys, k.Back, k.Quit)
}

// everyKeyNamed is b as the help lists it: named by every key it answers
// to ("space/→/l"), not only the one the footer names.
func everyKeyNamed(b key.Binding) key.Binding {
	names := make([]string, 0, len(b.Keys()))
	for _, k := range b.Keys() {
		names = append(names, keyName(k))
	}
	b.SetHelp(strings.Join(names, "/"), b.Help().Desc)
	return b
}

// keyName is how the help writes a key bubbletea names k.
func keyName(k string) string {
	switch k {
	case " ":
		return "space"
	case "right":
		return "→"
	case "left":
		return "←"
	case "up":
		return "↑"
	case "down":
		return "↓"
	case "pgdown":
		return "pgdn"
	}
	return k
}

// hint is the key line; more says what changed is longer than its lines.
func (wt *walkThrough) hint(more bool) string {
	st := wt.ctx.Styles
	hs, gone := wt.footerHints(more)
	parts := make([]string, 0, len(hs)+2)
	for _, h := range hs {
		parts = append(parts, st.Key.Render(h.key)+" "+st.Muted.Render(h.desc))
	}
	// "? keys" closes the line, as on the board and the account; "…"
	// before it says keys gave way.
	if gone {
		parts = append(parts, st.Muted.Render(keysGone))
	}
	parts = append(parts, st.Key.Render("?")+" "+st.Muted.Render("keys"))
	return component.Fit(strings.Join(parts, st.Muted.Render(" · ")), wt.width)
}

// footerHint is a key the walk-through's footer offers and what it says it
// does there; mayGo marks one that gives way where the line is too long.
type footerHint struct {
	key, desc string
	mayGo     bool
}

// footerHints are the keys the footer shows, in its order, and whether
// some gave way for the width (the help lists them). more says what
// changed is longer than its lines.
func (wt *walkThrough) footerHints(more bool) (hs []footerHint, gone bool) {
	type hint = footerHint
	hs = wt.offeredHints(more)
	// In what if every hint stays, space too where it ticks: their words
	// shorten instead, the question above saying what they act on. They
	// shorten by the width alone, as far as the longest line "what if"
	// has needs, so that every question reads the same words at one
	// width: at 80 columns space said "tick or untick" on forces and
	// "tick" on kinds, where c was offered too.
	if wt.whatIf != nil {
		short := whatIfShortWords(wt.width)
		for i := range hs {
			if s, ok := short[hs[i].desc]; ok {
				hs[i].desc = s
			}
		}
	}
	// "? keys" closes the line: where the line is too long, the hints that
	// may go give way to it, first to last (at 80 columns "backspace take
	// it back" went without a sign).
	width := func() int {
		n := ansi.StringWidth("? keys")
		if gone {
			n += ansi.StringWidth(keysGone + " · ")
		}
		for _, h := range hs {
			n += ansi.StringWidth(h.key + " " + h.desc + " · ")
		}
		return n
	}
	for width() > wt.width {
		i := slices.IndexFunc(hs, func(h hint) bool { return h.mayGo })
		if i < 0 {
			break
		}
		hs, gone = slices.Delete(hs, i, i+1), true
	}
	return hs, gone
}

// whatIfShortWords are the shorter words the what-if footer says at width w
// in place of its longer ones, the same for every question: as many as the
// longest footer "what if" has (a list to tick, the answer on record, c,
// and keys that gave way) needs to fit, in this order. Space keeps "tick or
// untick": it unticks as well.
func whatIfShortWords(w int) map[string]string {
	shorter := [][2]string{{"try another value", "try a value"}, {"back to the real answer", "real answer"},
		{"back to the answer on record", "on record"}, {"the drawings again", "drawings"}}
	longest := []string{"↑/↓ try another value", "space tick or untick", "w back to the answer on record",
		"c the drawings again", keysGone, "? keys"}
	out := map[string]string{}
	for _, s := range shorter {
		if ansi.StringWidth(strings.Join(longest, " · ")) <= w {
			break
		}
		out[s[0]] = s[1]
		for i := range longest {
			if l, ok := strings.CutSuffix(longest[i], " "+s[0]); ok {
				longest[i] = l + " " + s[1]
			}
		}
	}
	return out
}

// offeredHints are every key the footer offers, before any gives way for
// the width: the help lists each of them (FullHelp), so that no key the
// footer names is missing there. more says what changed is longer than its
// lines.
func (wt *walkThrough) offeredHints(more bool) (hs []footerHint) {
	k := wt.keys
	type hint = footerHint
	next := []hint{{k.Next.Help().Key, k.Next.Help().Desc, false}}
	if wt.atEnd() {
		next = nil // there is no next answer
	}
	hs = append(next, hint{k.Prev.Help().Key, k.Prev.Help().Desc, true},
		hint{k.WhatIf.Help().Key, k.WhatIf.Help().Desc, true}, hint{k.Back.Help().Key, "back", false})
	switch {
	case wt.showsFullChange():
		hs = []hint{{k.Change.Help().Key, "the drawings again", false}}
		if wt.pageScrolls() {
			hs = append(hs, hint{k.PageScroll.Help().Key, "scroll", false})
		}
		for _, n := range next {
			n.mayGo = true // here the page and the way back come first
			hs = append(hs, n)
		}
		hs = append(hs, hint{k.Back.Help().Key, "the drawings", false})
	case more && wt.whatIf == nil:
		hs = append([]hint{{k.Change.Help().Key, "all of it", false}}, hs...)
	}
	if wt.whatIf != nil {
		hs = []hint{{k.TryValue.Help().Key, "try another value", false}}
		if wt.ticking() {
			// ↑/↓ move to a choice, and ticking it, which tries it,
			// needs space: the hint never gives way.
			hs = []hint{{k.TryValue.Help().Key, "move", false}, {k.Toggle.Help().Key, "tick or untick", false}}
		}
		back := "back to the real answer"
		if wt.isSuggested(wt.whatIf.fact) {
			back = "back to the answer on record" // only suggested: no real answer yet
		}
		hs = append(hs, hint{k.WhatIf.Help().Key, back, false})
		// Last: the line of the change says c itself, the way back must not
		// give way to it.
		switch {
		case wt.showsFullChange() && wt.pageScrolls():
			// ↑/↓ try a value here: only the pages scroll.
			hs = append(hs, hint{whatIfScroll, "scroll", true}, hint{k.Change.Help().Key, "the drawings again", false})
		case wt.showsFullChange():
			hs = append(hs, hint{k.Change.Help().Key, "the drawings again", false})
		case more:
			hs = append(hs, hint{k.Change.Help().Key, "all of it", false})
		}
	}
	return hs
}

// tryOnAList is what ↑/↓ do in "what if" on a list to tick: they move to
// a choice, and space, ticking or unticking it, tries it (a walk found the
// help saying they try a value there).
const tryOnAList = "move to a choice (what if, on a list to tick: space tries it)"

// ticking reports whether "what if" is on a list to tick.
func (wt *walkThrough) ticking() bool {
	return wt.whatIf != nil && wt.whatIf.fact.Type() == model.SetOf
}
