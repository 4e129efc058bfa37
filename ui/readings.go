package ui

import (
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// The two readings of an activity, drawn in text: the 2015 policy, in which
// security sector reform sits inside Tier 3 of the protection of civilians, and
// the narrow reading, in which POC and SSR are two overlapping circles. The
// letters A–E mark where an activity can fall; the one that applies becomes
// the marker, the others spaces.

// drawingWidth is the width of each drawing.
const drawingWidth = 40

var drawing2015 = []string{
	"┌─ POC under the 2015 policy ──────────┐",
	"│ Tier 1  dialogue, engagement      A  │",
	"│ Tier 2  physical protection       B  │",
	"│┌ Tier 3  protective environment ────┐│",
	"││  ┌─ SSR ──────────────┐            ││",
	"││  │         D          │     C      ││",
	"││  └────────────────────┘            ││",
	"│└────────────────────────────────────┘│",
	"└──────────────────────────────────────┘",
}

var drawingNarrow = []string{
	"       .--------.     .--------.        ",
	"    .-'          '-.-'          '-.     ",
	"  .'  POC only   .' '.  SSR only   '.   ",
	" /              /     \\              \\  ",
	"|      A       |overlap|       C      | ",
	" \\              \\  B  /              /  ",
	"  '.             '. .'             .'   ",
	"    '-.          .-'-.          .-'     ",
	"       '--------'     '--------'        ",
	"   outside both agendas:  E             ",
}

// markerGlyph marks the activity; the caption says in words where it is.
const markerGlyph = "◆"

// mark replaces the placeholder letter want with the marker and every other
// placeholder with a space. A placeholder is a capital A–E standing between
// spaces, so the letters of "POC" and "SSR" stay.
func mark(st *styles, lines []string, want rune) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		rs := []rune(l)
		var b strings.Builder
		for j, r := range rs {
			lone := r >= 'A' && r <= 'E' && (j == 0 || rs[j-1] == ' ') && (j+1 == len(rs) || rs[j+1] == ' ')
			switch {
			case lone && r == want:
				b.WriteString(st.Marker.Render(markerGlyph))
			case lone:
				b.WriteByte(' ')
			default:
				b.WriteRune(r)
			}
		}
		out[i] = b.String()
	}
	return out
}

// place2015 says where an activity falls in the 2015 reading: its tier, and for
// Tier 3 work on the security institutions, inside SSR.
func place2015(rb *classify.Rulebook, r *classify.Result, primary string) (rune, string) {
	switch r.Tier {
	case 1:
		return 'A', "Tier 1: protection through dialogue and engagement"
	case 2:
		return 'B', "Tier 2: provision of physical protection"
	case 3:
		if k := rb.Kind(primary); k != nil && k.Institutions {
			return 'D', "Tier 3, inside SSR: the 2015 policy counts it as protection"
		}
		return 'C', "Tier 3: establishment of a protective environment"
	}
	return 0, "not placed: no kind of activity is known"
}

// placeNarrow says where an activity falls in the narrow reading.
func placeNarrow(r *classify.Result) (rune, string) {
	switch r.Agenda {
	case classify.POCOnly:
		return 'A', "POC only"
	case classify.Overlap:
		return 'B', "the overlap of POC and SSR"
	case classify.SSROnly:
		return 'C', "SSR only"
	case classify.Outside:
		return 'E', "outside both agendas (yet Tier 3 POC under the 2015 policy)"
	}
	return 0, "not placed: undetermined until the open questions are answered"
}

// readingsDrawing draws both readings with the activity marked, side by side
// when w allows, else one above the other. r nil draws them unmarked.
func readingsDrawing(sh *shared, r *classify.Result, primary string, w int) []string {
	st := sh.st
	var a, b rune
	var captionA, captionB string
	if r != nil {
		a, captionA = place2015(sh.rb, r, primary)
		b, captionB = placeNarrow(r)
	}
	left := append([]string{st.Label.Render("The 2015 policy: SSR inside Tier 3")}, mark(st, drawing2015, a)...)
	right := append([]string{st.Label.Render("The narrow reading: two agendas")}, mark(st, drawingNarrow, b)...)
	if r != nil {
		left = append(left, wrapIndent(markerGlyph+" ", captionA, drawingWidth)...)
		right = append(right, wrapIndent(markerGlyph+" ", captionB, drawingWidth)...)
	}
	if w < 2*drawingWidth+3 {
		return append(append(left, ""), right...)
	}
	n := max(len(left), len(right))
	out := make([]string, n)
	for i := 0; i < n; i++ {
		l, rr := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			rr = right[i]
		}
		out[i] = fit(l, drawingWidth) + "   " + rr
	}
	return out
}
