package present

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/component"
)

// A character canvas for the presentation drawings: boxes whose lines join
// where they meet, labels, and numbered markers that can be highlighted
// without moving anything (a marker is " 5 " or, highlighted, "[5]").

// cellClass says how a cell is styled.
type cellClass uint8

const (
	cellPlain cellClass = iota
	cellFrame
	cellLabel
	cellMuted
	cellMarker
	cellChosen
)

// The line directions a cell of a box joins.
const (
	lineUp uint8 = 1 << iota
	lineDown
	lineLeft
	lineRight
	lineRound // corners drawn rounded
)

type canvas struct {
	w, h  int
	runes []rune
	class []cellClass
	lines []uint8
	marks []canvasMark
	more  []canvasMore
	// plain is the drawing with no marker highlighted, drawn once.
	plain       []string
	plainStyles *component.Styles
	// number is what a marker says for an activity; nil: its place plus one.
	number func(idx int) string
}

// canvasMore is the place that counts the markers that did not fit. When the
// chosen activity is among them, it is drawn in the place of the last marker
// shown (swap), which the count then takes in: the count stays as it is. With
// no marker shown, the chosen one is drawn beside the count, from left on.
type canvasMore struct {
	x, y, width int
	region      string // the box it counts in, as the help names it
	hidden      []int
	swap        int // the index in marks of the last marker shown, or -1
	left        int // the first cell of the count's row in its region
}

// canvasMark is a numbered marker: activity idx drawn at x, y.
type canvasMark struct {
	x, y, idx int
	text      string
}

func newCanvas(w, h int) *canvas {
	n := max(0, w*h)
	return &canvas{w: w, h: h, runes: make([]rune, n), class: make([]cellClass, n), lines: make([]uint8, n)}
}

func (cv *canvas) in(x, y int) bool { return x >= 0 && y >= 0 && x < cv.w && y < cv.h }

func (cv *canvas) join(x, y int, l uint8) {
	if cv.in(x, y) {
		cv.lines[y*cv.w+x] |= l
	}
}

// box draws a rectangle's outline from (x0, y0) to (x1, y1), both included.
func (cv *canvas) box(x0, y0, x1, y1 int, round bool) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	var r uint8
	if round {
		r = lineRound
	}
	for x := x0; x <= x1; x++ {
		var l uint8
		if x > x0 {
			l |= lineLeft
		}
		if x < x1 {
			l |= lineRight
		}
		cv.join(x, y0, l|r)
		cv.join(x, y1, l|r)
	}
	for y := y0; y <= y1; y++ {
		var l uint8
		if y > y0 {
			l |= lineUp
		}
		if y < y1 {
			l |= lineDown
		}
		cv.join(x0, y, l|r)
		cv.join(x1, y, l|r)
	}
}

// hline draws a horizontal line that joins the box it crosses at both ends.
func (cv *canvas) hline(x0, x1, y int) {
	for x := x0; x <= x1; x++ {
		var l uint8
		if x > x0 {
			l |= lineLeft
		}
		if x < x1 {
			l |= lineRight
		}
		cv.join(x, y, l)
	}
}

// text writes s from x on row y, at most maxW cells; a rune of another width
// than one cell becomes "?" so that the drawing keeps its shape.
func (cv *canvas) text(x, y int, s string, c cellClass, maxW int) {
	n := 0
	for _, r := range s {
		if n >= maxW || !cv.in(x+n, y) {
			return
		}
		if r < ' ' || (r >= 0x7f && r < 0xa0) || r > 0x2fff { // controls, and wide runes
			r = '?'
		}
		cv.runes[y*cv.w+x+n] = r
		cv.class[y*cv.w+x+n] = c
		n++
	}
}

// label writes " s " into a border from x, cut to fit before limit.
func (cv *canvas) label(x, y int, s string, c cellClass, limit int) {
	room := limit - x - 2
	if room < 3 {
		return
	}
	if len([]rune(s)) > room {
		s = string([]rune(s)[:room-1]) + "…"
	}
	cv.text(x, y, " "+s+" ", c, room+2)
}

var boxGlyph = map[uint8]rune{
	lineRight | lineDown: '┌', lineLeft | lineDown: '┐', lineRight | lineUp: '└', lineLeft | lineUp: '┘',
	lineLeft | lineRight: '─', lineUp | lineDown: '│', lineLeft: '─', lineRight: '─', lineUp: '│', lineDown: '│',
	lineLeft | lineRight | lineDown: '┬', lineLeft | lineRight | lineUp: '┴',
	lineUp | lineDown | lineRight: '├', lineUp | lineDown | lineLeft: '┤',
	lineUp | lineDown | lineLeft | lineRight: '┼',
}

var roundGlyph = map[uint8]rune{
	lineRight | lineDown: '╭', lineLeft | lineDown: '╮', lineRight | lineUp: '╰', lineLeft | lineUp: '╯',
}

func (cv *canvas) glyph(i int) (rune, cellClass) {
	if r := cv.runes[i]; r != 0 {
		return r, cv.class[i]
	}
	l := cv.lines[i]
	if l == 0 {
		return ' ', cellPlain
	}
	if l&lineRound != 0 {
		if r, ok := roundGlyph[l&^lineRound]; ok {
			return r, cellFrame
		}
	}
	return boxGlyph[l&^lineRound], cellFrame
}

// rect is an area of the canvas, both corners included.
type rect struct{ x0, y0, x1, y1 int }

func (r rect) width() int { return r.x1 - r.x0 + 1 }

// markerWidth is the cells a marker takes for activity numbers up to n.
func markerWidth(n int) int { return len(strconv.Itoa(max(1, n))) + 2 }

// rowsNeeded is how many rows n markers of width cw take in a width of w cells.
func rowsNeeded(n, w, cw int) int {
	if n == 0 {
		return 0
	}
	per := max(1, w/cw)
	return (n + per - 1) / per
}

// place spreads the markers of the activities idx evenly over r, the region
// the help calls region, on no row of skip (the border of a box beside the
// region, where a marker would read as lying on that box). When they do not
// all fit, the last place says how many more there are ("+3"); where not even
// one marker fits, the count stands alone and counts them all. The legend
// lists them all, and the help says which each count takes in.
func (cv *canvas) place(r rect, region string, idx []int, cw int, skip ...int) {
	var free []int // the rows markers may take
	for y := r.y0; y <= r.y1; y++ {
		if !slices.Contains(skip, y) {
			free = append(free, y)
		}
	}
	if len(idx) == 0 || len(free) < 1 {
		return
	}
	if r.width() < cw {
		cv.countAll(r, region, idx, free[(len(free)-1)/2])
		return
	}
	per := max(1, r.width()/cw)
	rows := min(len(free), (len(idx)+per-1)/per)
	capacity := rows * per
	shown := idx
	more := 0
	if len(idx) > capacity {
		shown, more = idx[:capacity-1], len(idx)-capacity+1
	}
	n := len(shown)
	if more > 0 {
		n++
	}
	perRow := (n + rows - 1) / rows
	first := len(cv.marks)
	k := 0
	for row := 0; row < rows && k < n; row++ {
		y := free[spreadRow(row, rows, len(free))]
		inRow := min(perRow, n-k)
		for j := 0; j < inRow; j++ {
			x := r.x0 + (2*j+1)*r.width()/(2*inRow) - cw/2
			x = max(r.x0, min(x, r.x1-cw+1))
			if k < len(shown) {
				text := strconv.Itoa(shown[k] + 1)
				if cv.number != nil {
					text = cv.number(shown[k])
				}
				cv.marks = append(cv.marks, canvasMark{x: x, y: y, idx: shown[k], text: text})
			} else {
				cv.text(x, y, fitRight("+"+strconv.Itoa(more), cw), cellMuted, cw)
				swap := -1
				if len(cv.marks) > first {
					swap = len(cv.marks) - 1
				}
				cv.more = append(cv.more, canvasMore{x: x, y: y, width: cw, region: region, hidden: idx[len(shown):], swap: swap, left: r.x0})
			}
			k++
		}
	}
}

// spreadRow is which of free rows the row-th of rows of markers takes:
// spread evenly where each can have a row of space below it, else together
// in the middle, so that no empty row splits them into two groups (four rows
// over five free ones left the middle one empty).
func spreadRow(row, rows, free int) int {
	if 2*rows > free {
		return (free-rows)/2 + row
	}
	return (2*row + 1) * free / (2 * rows)
}

// countAll counts every activity of a region too narrow for one marker
// ("+4", at the right of row y), so that none leaves the drawing without a
// sign; a count wider than the region is not drawn, and the help still lists
// them.
func (cv *canvas) countAll(r rect, region string, idx []int, y int) {
	count := "+" + strconv.Itoa(len(idx))
	w := cells(count)
	if w > r.width() {
		return
	}
	x := r.x1 - w + 1
	cv.text(x, y, count, cellMuted, w)
	cv.more = append(cv.more, canvasMore{x: x, y: y, width: w, region: region, hidden: idx, swap: -1, left: r.x0})
}

// cells is the width s takes on the screen: "1927·4" is six cells, though
// "·" is two bytes.
func cells(s string) int { return ansi.StringWidth(s) }

func fitRight(s string, w int) string {
	if cells(s) >= w {
		return s
	}
	return strings.Repeat(" ", w-cells(s)) + s
}

// ready draws the lines without a highlight once, for render to start from.
func (cv *canvas) ready(st *component.Styles) *canvas {
	if cv.w <= 0 || cv.h <= 0 {
		return cv // a terminal too small to draw on: View says so instead
	}
	cv.plain, cv.plainStyles = cv.plainLines(st), st
	return cv
}

func (cv *canvas) plainLines(st *component.Styles) []string {
	out := make([]string, cv.h)
	for y := range out {
		out[y] = cv.line(st, y, -1)
	}
	return out
}

// render draws the canvas as lines, the marker of activity chosen highlighted
// ("[5]" and the highlight style), the others plain (" 5 ").
func (cv *canvas) render(st *component.Styles, chosen int) []string {
	// The lines without a highlight are drawn once, by ready, outside View; a
	// move redraws only the lines of the chosen marker.
	var out []string
	if cv.plain != nil && cv.plainStyles == st {
		out = slices.Clone(cv.plain)
	} else {
		out = cv.plainLines(st)
	}
	for _, m := range cv.marks {
		if m.idx == chosen {
			out[m.y] = cv.line(st, m.y, chosen)
		}
	}
	for _, m := range cv.more {
		if slices.Contains(m.hidden, chosen) {
			out[m.y] = cv.line(st, m.y, chosen)
			if m.swap >= 0 {
				y := cv.marks[m.swap].y
				out[y] = cv.line(st, y, chosen)
			}
		}
	}
	return out
}

// line draws row y with the marker of activity chosen highlighted.
func (cv *canvas) line(st *component.Styles, y, chosen int) string {
	rs := make([]rune, cv.w)
	cl := make([]cellClass, cv.w)
	row := y * cv.w
	for x := range rs {
		rs[x], cl[x] = cv.glyph(row + x)
	}
	put := func(x int, s string, c cellClass, limit int) {
		for j, r := range []rune(s) {
			if x+j >= 0 && x+j < cv.w && j < limit {
				rs[x+j], cl[x+j] = r, c
			}
		}
	}
	// The marker the chosen one takes the place of, when the chosen one is
	// among those counted.
	displaced := -1
	for _, m := range cv.more {
		if slices.Contains(m.hidden, chosen) {
			displaced = m.swap
		}
	}
	for k, m := range cv.marks {
		if m.y != y || k == displaced {
			continue
		}
		cw := cells(m.text) + 2
		if m.idx == chosen {
			put(m.x, fitRight("["+m.text+"]", cw), cellChosen, cw)
		} else {
			put(m.x, fitRight(m.text, cw-1)+" ", cellMarker, cw)
		}
	}
	for _, m := range cv.more {
		if !slices.Contains(m.hidden, chosen) {
			continue
		}
		text := cv.chosenText(chosen)
		counted := "+" + strconv.Itoa(len(cv.countedBy(m, chosen)))
		place := cv.drawnWith(m, chosen)
		if place == inPlaceOfMarker {
			if d := cv.marks[m.swap]; d.y == y {
				put(d.x, fitRight(text, m.width), cellChosen, m.width)
			}
			continue
		}
		if m.y != y {
			continue
		}
		switch place {
		case inPlaceOfCount:
			w := max(m.width, cells(text))
			put(m.x+m.width-w, fitRight(text, w), cellChosen, w)
		case besideCount:
			// No marker shown: the chosen one stands left of the count
			// of the others, when the row has room for both.
			count := " " + counted
			x := m.x + m.width - cells(text) - len(count)
			put(x, text, cellChosen, cells(text))
			put(x+cells(text), count, cellMuted, len(count))
		default:
			// No room for the chosen one's marker beside the count of the
			// others: the count, of all of them, is bracketed as a marker
			// is, where there is room, and highlighted, so that none
			// leaves the drawing; the line of the selected activity says
			// where it sits, and the help lists what the count takes in.
			if end := m.x + m.width; end-cells(counted)-2 >= m.left {
				counted = "[" + counted + "]"
				put(end-cells(counted), counted, cellChosen, cells(counted))
			} else {
				put(m.x+m.width-cells(counted), counted, cellChosen, cells(counted))
			}
		}
	}
	var b strings.Builder
	for x := 0; x < cv.w; {
		c := cl[x]
		end := x
		for end < cv.w && cl[end] == c {
			end++
		}
		b.WriteString(styleCell(st, c, string(rs[x:end])))
		x = end
	}
	return b.String()
}

// styleCell styles a run of cells of one class.
func styleCell(s *component.Styles, c cellClass, text string) string {
	switch c {
	case cellFrame:
		return s.Rule.Render(text)
	case cellLabel:
		return s.Label.Render(text)
	case cellMuted:
		return s.Muted.Render(text)
	case cellMarker:
		return s.Text.Render(text)
	case cellChosen:
		return s.Selected.Render(text)
	}
	return text
}
