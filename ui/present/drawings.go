package present

import (
	"fmt"
	"slices"
	"strconv"
	"unicode"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
)

// The two readings drawn at any size, with every activity's marker in its
// region: the 2015 policy as three nested tiers with SSR inside Tier 3, and
// the narrow reading as two overlapping agendas inside the space of activities
// that are neither.

// drawingSet is what goes on the drawings: for each activity its placement,
// and the activities of each region in worksheet order.
type drawingSet struct {
	places   []placement
	by2015   [5][]int
	byNarrow map[classify.Agenda][]int
	number   func(idx int) string // what the markers say; nil: their numbers
	// widest is the width of number's widest label when the board gave it
	// with its labels (0: measured when asked), so that the legend's layout
	// does not measure every label again for every activity.
	widest int
	// measured counts the labels measured, for the test that the board's
	// layout measures each label once.
	measured int
	// suggested: some activity's place on a drawing rests on answers only
	// suggested, its marker marked "~" (markerFor).
	suggested bool
}

func newDrawingSet(places []placement) *drawingSet {
	d := &drawingSet{places: places, byNarrow: map[classify.Agenda][]int{}}
	for i, p := range places {
		d.by2015[p.In2015] = append(d.by2015[p.In2015], i)
		d.byNarrow[p.InNarrow] = append(d.byNarrow[p.InNarrow], i)
		d.suggested = d.suggested || p.On2015Suggested || p.OnNarrowSuggested
	}
	return d
}

// markerWidth is the cells a marker takes: the widest label, its "~" where
// some marker has one, and a space or bracket either side.
func (d *drawingSet) markerWidth() int {
	if d.suggested {
		return d.labelWidth() + 3
	}
	return d.labelWidth() + 2
}

// markerFor is what the markers of one drawing say for an activity: its
// label, with "~" before it where its place on that drawing rests on
// answers only suggested (onSuggested), as every screen marks such a
// reading ("~4(a)(v)"); the legend lists the labels unmarked.
func (d *drawingSet) markerFor(onSuggested func(*placement) bool) func(int) string {
	return func(i int) string {
		label := strconv.Itoa(i + 1)
		if d.number != nil {
			label = d.number(i)
		}
		return report.ReadingMark(onSuggested(&d.places[i])) + label
	}
}

// labelWidth is the width of the widest label a marker or the legend shows.
func (d *drawingSet) labelWidth() int {
	if d.number != nil && d.widest > 0 {
		return d.widest
	}
	if d.number != nil {
		w := 1
		for i := range d.places {
			w = max(w, cells(d.number(i)))
		}
		d.measured += len(d.places)
		return w
	}
	return markerWidth(len(d.places)) - 2
}

// unplaced reports whether some activity has no place on one of the drawings,
// so both keep a row for them and stay the same height.
func (d *drawingSet) unplaced() bool {
	return len(d.by2015[noTier]) > 0 || len(d.byNarrow[classify.Undetermined]) > 0
}

// minDrawingHeight is the fewest rows a drawing is drawn in.
const minDrawingHeight = 10

// draw2015 draws the 2015 reading in w×h cells.
func draw2015(rb *classify.Rulebook, d *drawingSet, w, h int) *canvas {
	cv := newCanvas(w, h)
	cv.number = d.markerFor(func(p *placement) bool { return p.On2015Suggested })
	cw := d.markerWidth()
	cv.text(0, 0, heading(w, "The 2015 policy: SSR inside Tier 3 of POC", "2015 policy: SSR inside Tier 3"), cellLabel, w)
	u := 0
	if d.unplaced() {
		u = 1
	}
	bottom := h - 1 - u
	inner := w - 4 // between the outer box's sides, one cell of margin each side
	n1, n2 := len(d.by2015[tier1]), len(d.by2015[tier2])
	nSSR, nOther := len(d.by2015[tier3InSSR]), len(d.by2015[tier3])
	// Tier 3 holds the SSR box and, to its right, the rest of Tier 3: split
	// its width so that the taller of the two needs the fewest rows.
	otherW := cw + 1
	best := -1
	for ow := cw + 1; ow <= inner-2*cw-3; ow++ {
		rows := max(rowsNeeded(nSSR, inner-ow-3, cw), rowsNeeded(nOther, ow, cw))
		if best < 0 || rows < best || (rows == best && nOther == 0) {
			best, otherW = rows, ow
		}
		if nOther == 0 {
			break
		}
	}
	need := []int{max(1, rowsNeeded(n1, inner, cw)), max(1, rowsNeeded(n2, inner, cw)), max(1, best)}
	avail := bottom - 1 - 1 - 2 - 2 // outer top, the two separators, the SSR box's top and bottom
	rows := shareRows(need, avail)
	// Still too little room (the walk-through at 80×24, with the line of what
	// has no tier): a tier with nothing in it gives its row up, so that every
	// box keeps its edges inside the outer one.
	empty := []bool{n1 == 0, n2 == 0, nSSR+nOther == 0}
	for i := range rows {
		for empty[i] && rows[i] > 0 && rows[0]+rows[1]+rows[2] > avail {
			rows[i]--
		}
	}
	// On one row of Tier 3, a side with room for one marker only shows the
	// count of the others ("+4"); when the selected activity is among them
	// it stands beside the count ("[12] +3"): widen the side that needs it,
	// as far as the other side keeps its own room.
	if rows[2] == 1 {
		lo, hi := cw+1, inner-5-cw
		if nOther > 1 && otherW < 2*cw {
			lo = max(lo, countRoom(nOther, cw))
		}
		if nSSR > 1 && inner-5-otherW < 2*cw {
			hi = min(hi, inner-5-countRoom(nSSR, cw))
		}
		if lo <= hi {
			otherW = max(lo, min(otherW, hi))
		}
	}
	y := 1
	cv.box(0, y, w-1, bottom, false)
	// A tier's title is said whole, or by the rulebook's short label when
	// the whole one would be cut ("Tier 1 · Dialogue, engagement").
	label := func(y int, t classify.Tier, short string) {
		title := short
		if info := rb.Tier(t); info != nil {
			title, short = info.Title, info.Short
		}
		text := fmt.Sprintf("Tier %d · %s", t, title)
		if len([]rune(text)) > w-5 && short != "" { // the room label leaves between the box's corners
			text = fmt.Sprintf("Tier %d · %s", t, upperFirst(short))
		}
		cv.label(2, y, text, cellLabel, w-1)
	}
	label(y, 1, "dialogue and engagement")
	cv.place(rect{2, y + 1, w - 3, y + rows[0]}, "Tier 1", d.by2015[tier1], cw)
	y += rows[0] + 1
	cv.hline(0, w-1, y)
	label(y, 2, "physical protection")
	cv.place(rect{2, y + 1, w - 3, y + rows[1]}, "Tier 2", d.by2015[tier2], cw)
	y += rows[1] + 1
	cv.hline(0, w-1, y)
	label(y, 3, "protective environment")
	ssrRight := w - 3 - otherW - 1
	cv.box(2, y+1, ssrRight, y+rows[2]+2, true)
	cv.label(4, y+1, "SSR, inside Tier 3", cellLabel, ssrRight)
	cv.place(rect{4, y + 2, ssrRight - 2, y + rows[2] + 1}, "SSR, inside Tier 3", d.by2015[tier3InSSR], cw)
	cv.place(rect{ssrRight + 2, y + 1, w - 3, y + rows[2] + 2}, "Tier 3, outside SSR", d.by2015[tier3], cw, y+1, y+rows[2]+2)
	if u > 0 {
		drawUnplaced(cv, h-1, "No tier (no kind known):", "No tier:", "No tier", d.by2015[noTier], cw)
	}
	return cv
}

// drawNarrow draws the narrow reading in w×h cells.
func drawNarrow(d *drawingSet, w, h int) *canvas {
	cv := newCanvas(w, h)
	cv.number = d.markerFor(func(p *placement) bool { return p.OnNarrowSuggested })
	cw := d.markerWidth()
	cv.text(0, 0, heading(w, "The narrow reading: POC and SSR, two agendas that overlap", "Narrow reading: two agendas"), cellLabel, w)
	u := 0
	if d.unplaced() {
		u = 1
	}
	bottom := h - 1 - u
	nOut := len(d.byNarrow[classify.Outside])
	outRows := max(1, rowsNeeded(nOut, w-4, cw))
	outRows = min(outRows, max(1, (bottom-2)/4))
	cv.box(0, 1, w-1, bottom, false)
	// The label names no tier: an activity outside both agendas may sit at
	// any tier of the 2015 policy (the mandate's good offices at Tier 1).
	cv.label(2, 1, heading(w-6, "Outside both agendas (still filed under the 2015 policy's tiers)", "Outside both agendas"), cellLabel, w-1)
	top, low := 2, bottom-1-outRows // rows of the two agenda boxes
	height := low - top + 1
	off := max(1, height/5)
	// The rows inside each region: POC only left of SSR, the overlap between
	// both boxes, SSR only right of POC.
	hp, ho, hs := height-off-2, height-2*off-2, height-off-2
	np, no, ns := len(d.byNarrow[classify.POCOnly]), len(d.byNarrow[classify.Overlap]), len(d.byNarrow[classify.SSROnly])
	widthFor := func(n, rows, least int) int {
		if rows < 1 {
			rows = 1
		}
		per := (n + rows - 1) / rows
		return max(least, per*cw+2)
	}
	span := w - 4 - 4 // the two boxes' span less their four upright lines
	ws := regionWidths([3]int{np, no, ns}, []int{widthFor(np, hp, 6), widthFor(no, ho, 9), widthFor(ns, hs, 6)}, cw, span)
	// A side too narrow for one marker (80 columns, long paragraph
	// references) places its activities in the strip of its box beyond
	// the other box: POC only above the SSR box, SSR only below the POC
	// box; the strips take a few rows from the overlap.
	pocStrip, ssrStrip := np > 0 && ws[0]-2 < cw, ns > 0 && ws[2]-2 < cw
	if pocStrip || ssrStrip {
		off = max(off, min(3, (height-3)/2))
	}
	xa0 := 2
	xb0 := xa0 + ws[0] + 1
	xa1 := xb0 + ws[1] + 1
	xb1 := xa1 + ws[2] + 1
	cv.box(xa0, top, xa1, low-off, true)
	cv.box(xb0, top+off, xb1, low, true)
	cv.label(xa0+1, top, "POC", cellLabel, xb0)
	cv.label(xa1+1, top+off, "SSR", cellLabel, xb1)
	cv.label(xb0+1, low-off, "overlap", cellLabel, xa1)
	if pocStrip {
		cv.place(rect{xa0 + 2, top + 1, xa1 - 2, top + off - 1}, "POC only", d.byNarrow[classify.POCOnly], cw)
	} else {
		cv.place(rect{xa0 + 2, top + 1, xb0 - 2, low - off - 1}, "POC only", d.byNarrow[classify.POCOnly], cw, top+off)
	}
	cv.place(rect{xb0 + 2, top + off + 1, xa1 - 2, low - off - 1}, "POC and SSR overlap", d.byNarrow[classify.Overlap], cw)
	if ssrStrip {
		cv.place(rect{xb0 + 2, low - off + 1, xb1 - 2, low - 1}, "SSR only", d.byNarrow[classify.SSROnly], cw)
	} else {
		cv.place(rect{xa1 + 2, top + off + 1, xb1 - 2, low - 1}, "SSR only", d.byNarrow[classify.SSROnly], cw, low-off)
	}
	cv.place(rect{2, low + 1, w - 3, bottom - 1}, "Outside both agendas", d.byNarrow[classify.Outside], cw)
	if u > 0 {
		drawUnplaced(cv, h-1, "Agenda undetermined:", "Undetermined:", "Agenda undetermined", d.byNarrow[classify.Undetermined], cw)
	}
	return cv
}

// regionWidths shares span between the narrow drawing's three regions (POC
// only, overlap, SSR only) as need asks, but gives a region with activities
// (n) room for one marker of width cw first, so that none is left empty
// with no count. When the three cannot all have it, the sides keep their
// least width (their activities go to the strips beyond the other box) and
// the overlap keeps its room for a marker.
func regionWidths(n [3]int, need []int, cw, span int) []int {
	least := []int{6, 9, 6}
	floor := make([]int, 3)
	for i := range floor {
		floor[i] = least[i]
		if n[i] > 0 {
			floor[i] = max(least[i], cw+2)
		}
	}
	if floor[0]+floor[1]+floor[2] > span {
		floor[0], floor[2] = least[0], least[2]
	}
	if floor[0]+floor[1]+floor[2] > span {
		return shareRows(need, span) // too narrow for any rule: as before
	}
	want := make([]int, 3)
	for i := range want {
		want[i] = max(need[i], floor[i])
	}
	if want[0]+want[1]+want[2] <= span {
		return shareRows(want, span)
	}
	// Each region its floor, and what is left in proportion to how much
	// more it asks for.
	out := slices.Clone(floor)
	left := span - floor[0] - floor[1] - floor[2]
	more := 0
	for i := range want {
		more += want[i] - floor[i]
	}
	given := 0
	for i := range out {
		add := left * (want[i] - floor[i]) / more
		out[i] += add
		given += add
	}
	for i := 0; given < left; i = (i + 1) % 3 {
		if want[i] > floor[i] {
			out[i]++
			given++
		}
	}
	return out
}

// countRoom is the width a region of n activities with room for one marker
// needs to draw the selected one beside the count of the others ("[12] +3").
func countRoom(n, cw int) int { return cw + 2 + len(strconv.Itoa(n)) }

// drawUnplaced draws the row of what has no place, captioned long, or short
// when the long caption leaves too little room for the selected activity
// beside the count of the others.
func drawUnplaced(cv *canvas, y int, long, short, region string, idx []int, cw int) {
	caption := long
	if len(idx) > 1 && cv.w-len([]rune(long))-1 < 2*cw && cv.w-len([]rune(long))-1 < countRoom(len(idx), cw) {
		caption = short
	}
	cv.text(0, y, caption, cellMuted, cv.w)
	x := len([]rune(caption)) + 1
	cv.place(rect{x, y, cv.w - 1, y}, region, idx, cw)
}

// shareRows gives each part at least what it needs, as far as avail allows,
// and shares what is left in proportion to the needs; the parts add up to
// avail.
func shareRows(need []int, avail int) []int {
	out := make([]int, len(need))
	total := 0
	for _, n := range need {
		total += n
	}
	if total == 0 {
		total = 1
	}
	if avail <= total {
		// Too little room: cut from the largest, never below one.
		copy(out, need)
		for sum := total; sum > avail; sum-- {
			big := 0
			for i := range out {
				if out[i] > out[big] {
					big = i
				}
			}
			if out[big] <= 1 {
				break
			}
			out[big]--
		}
		return out
	}
	extra := avail - total
	given := 0
	for i, n := range need {
		out[i] = n + extra*n/total
		given += out[i]
	}
	for i := 0; given < avail; i = (i + 1) % len(out) {
		out[i]++
		given++
	}
	return out
}

// heading is long when it fits in w cells, else short.
func heading(w int, long, short string) string {
	if len([]rune(long)) <= w {
		return long
	}
	return short
}

// upperFirst is s with its first letter a capital, for a short label that
// starts a title.
func upperFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
