package questionnaire

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/x/ansi"
)

// The description's box shows a few rows of a description that may be
// longer. The text area scrolls its rows to keep the cursor in sight, and
// says nothing of the rows it leaves out; the box says it, as every scrolled
// view does, beside its label ("↑ 2 above (↑)"). Without the keys the box
// shows the description's start, where the planner reads it from.

// endOfBox marks the rows a text area draws under its text, so that they
// are told from an empty line of the text.
const endOfBox = '\uE000'

// descWidth is the width the description's box is given, its prompt included.
func (q *Screen) descWidth() int { return max(10, q.leftWidth()-2) }

// descRows draws the description whole from its start, as its box wraps
// it: the rows of its text, and the row the box draws under the text.
func (q *Screen) descRows() (rows []string, pad string) {
	whole := textarea.New()
	whole.ShowLineNumbers, whole.CharLimit, whole.MaxHeight = false, 0, 0
	whole.Prompt, whole.EndOfBufferCharacter = q.desc.Prompt, endOfBox
	whole.SetWidth(q.descWidth())
	whole.SetValue(q.desc.Value())
	whole.Blur()
	for tall := whole.LineCount() + q.desc.Height() + 1; ; tall *= 2 {
		whole.SetHeight(tall)
		rows = rows[:0]
		for _, l := range strings.Split(whole.View(), "\n") {
			if strings.ContainsRune(l, endOfBox) {
				return rows, strings.ReplaceAll(l, string(endOfBox), " ")
			}
			rows = append(rows, l)
		}
	}
}

// descBox is the description's box in its rows, with how many rows of the
// description are out of sight above and below it.
func (q *Screen) descBox() (box []string, above, below int) {
	shown := strings.Split(q.desc.View(), "\n")
	if q.desc.Value() == "" {
		return shown, 0, 0
	}
	rows, pad := q.descRows()
	h := len(shown)
	if !q.desc.Focused() {
		box = slices.Clone(rows[:min(h, len(rows))])
		for len(box) < h {
			box = append(box, pad)
		}
		return box, 0, max(0, len(rows)-h)
	}
	// The box's rows are found among the description's: the text area
	// keeps where it scrolled to for itself.
	plain := func(l string) string { return strings.TrimRight(ansi.Strip(l), " ") }
	all := make([]string, 0, len(rows)+h)
	for _, l := range rows {
		all = append(all, plain(l))
	}
	for range h {
		all = append(all, plain(pad))
	}
	want := make([]string, h)
	for i, l := range shown {
		want[i] = plain(l)
	}
	for k := 0; k+h <= len(all); k++ {
		if slices.Equal(all[k:k+h], want) {
			return shown, k, max(0, len(rows)-k-h)
		}
	}
	return shown, 0, 0
}
