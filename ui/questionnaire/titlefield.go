package questionnaire

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The title's field is one line. A title longer than the line scrolls in
// it, and the field marks each side where the title goes on out of sight
// with "…": the start of a long title is never gone without a sign, and
// the cursor keys reach all of it. The text field (bubbles' textinput)
// edits the title; the part in sight is drawn here, since the text field
// draws its own part with no such sign.

// titleCut is the sign at a side of the title's field where the title goes on.
const titleCut = "…"

// titleWindow is which part of a title is in sight in a field of cells
// cells, the cursor at pos: from rune start to rune end (exclusive). The
// field has a cell after the last rune for the cursor at the end. from is
// where the part in sight started before: it moves only as far as the
// cursor needs, so the title does not jump under the cursor; and where the
// title ends in sight with room to spare, it starts further left.
func titleWindow(value []rune, pos, from, cells int) (start, end int) {
	n := len(value)
	pos = max(0, min(pos, n))
	start = max(0, min(from, n))
	if pos < start {
		start = pos
	}
	if end = windowEnd(value, start, cells); pos >= end {
		start = windowStart(value, pos, cells)
	}
	// The end in sight with room to spare: show more of the start.
	if back := windowStart(value, n, cells); back < start {
		start = back
	}
	return start, windowEnd(value, start, cells)
}

// cellWidth is the cells rune i of the field takes; the cell after the last
// rune (i == len(value)) is the cursor's, one cell.
func cellWidth(value []rune, i int) int {
	if i >= len(value) {
		return 1
	}
	return max(1, ansi.StringWidth(string(value[i])))
}

// windowEnd is where the part in sight ends when it starts at rune start:
// as many runes as fit with the signs that the cut sides need.
func windowEnd(value []rune, start, cells int) int {
	n := len(value)
	used := 0
	if start > 0 {
		used = 1 // the sign on the left
	}
	end := start
	for end <= n {
		right := 0
		if end+1 < n {
			right = 1 // runes would still be out of sight on the right
		}
		if used+cellWidth(value, end)+right > cells {
			break
		}
		used += cellWidth(value, end)
		end++
	}
	return max(end, min(start+1, n+1)) // the cursor's rune at least
}

// windowStart is where the part in sight starts when it ends with rune last
// (the cursor's) at the right edge.
func windowStart(value []rune, last, cells int) int {
	n := len(value)
	used := cellWidth(value, last)
	if last+1 < n {
		used++ // the sign on the right
	}
	start := last
	for start > 0 {
		left := 0
		if start-1 > 0 {
			left = 1 // runes would still be out of sight on the left
		}
		if used+cellWidth(value, start-1)+left > cells {
			break
		}
		used += cellWidth(value, start-1)
		start--
	}
	return start
}

// followTitle keeps the cursor of the title's field in sight after a key,
// a new title or a new width.
func (q *Screen) followTitle() {
	q.titleFrom, _ = titleWindow([]rune(q.title.Value()), q.title.Position(), q.titleFrom, q.titleCells())
}

// titleCells is how many cells the title's field has: the line less the
// label before it ("> Title: ").
func (q *Screen) titleCells() int { return q.title.Width + 1 }

// titleView draws the part of the title in sight, with the cursor where the
// field has the keys, and "…" on each side where the title goes on. A field
// without the keys shows the title from its start.
func (q *Screen) titleView() string {
	value := []rune(q.title.Value())
	if len(value) == 0 {
		return q.title.View() // the placeholder
	}
	from, pos := 0, 0
	if q.title.Focused() {
		from, pos = q.titleFrom, q.title.Position()
	}
	start, end := titleWindow(value, pos, from, q.titleCells())
	st := q.ctx.Styles
	var b strings.Builder
	if start > 0 {
		b.WriteString(st.Muted.Render(titleCut))
	}
	text := q.title.TextStyle.Inline(true)
	at := end // the cursor's rune, when the field has the keys
	if q.title.Focused() {
		at = q.title.Position()
	}
	part := func(from, to int) string {
		to = min(to, len(value))
		if from >= to {
			return ""
		}
		return text.Render(string(value[from:to]))
	}
	b.WriteString(part(start, at))
	if at < end {
		ch := " " // the cell after the last rune
		if at < len(value) {
			ch = string(value[at])
		}
		c := q.title.Cursor
		c.SetChar(ch)
		b.WriteString(c.View())
		b.WriteString(part(at+1, end))
	}
	if end < len(value) {
		b.WriteString(st.Muted.Render(titleCut))
	}
	return b.String()
}
