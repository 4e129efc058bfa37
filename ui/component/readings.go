package component

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
)

// The two readings of an activity, drawn in text: the 2015 policy, in which
// security sector reform sits inside Tier 3 of the protection of civilians, and
// the narrow reading, in which POC and SSR are two overlapping circles. The
// letters A–E mark where an activity can fall; the one that applies becomes
// the marker, the others spaces. The labels in the drawings are the
// rulebook's short labels of the tiers and agendas, fitted to their slots.

// DrawingWidth is the width of each drawing.
const DrawingWidth = 40

// slot marks, in the art, where a label goes: a run of it as wide as the
// label may be. (NUL never occurs in a rulebook's text: YAML forbids it.)
func slot(n int) string { return strings.Repeat("\x00", n) }

var art2015 = []string{
	"┌─ POC under the 2015 policy ──────────┐",
	"│ Tier 1  " + slot(25) + " A  │",
	"│ Tier 2  " + slot(25) + " B  │",
	"│┌ Tier 3  " + slot(27) + "┐│",
	"││  ┌─ SSR ──────────────┐            ││",
	"││  │         D          │     C      ││",
	"││  └────────────────────┘            ││",
	"│└────────────────────────────────────┘│",
	"└──────────────────────────────────────┘",
}

var artNarrow = []string{
	"       .--------.     .--------.        ",
	"    .-'          '-.-'          '-.     ",
	"  .'  " + slot(10) + " .' '.  " + slot(10) + " '.   ",
	" /              /     \\              \\  ",
	"|      A       |" + slot(7) + "|       C      | ",
	" \\              \\  B  /              /  ",
	"  '.             '. .'             .'   ",
	"    '-.          .-'-.          .-'     ",
	"       '--------'     '--------'        ",
	"   " + slot(22) + " E             ",
}

// fill puts the labels, in order, into the slots of the art.
func fill(art []string, labels ...string) []string {
	out := make([]string, len(art))
	for i, l := range art {
		for strings.Contains(l, "\x00") && len(labels) > 0 {
			at := strings.Index(l, "\x00")
			end := at
			for end < len(l) && l[end] == 0 {
				end++
			}
			l = l[:at] + labels[0] + l[end:]
			labels = labels[1:]
		}
		out[i] = l
	}
	return out
}

// centre fits s to width w, centred.
func centre(s string, w int) string {
	s = Cut(s, w)
	left := (w - ansi.StringWidth(s)) / 2
	return Fit(strings.Repeat(" ", left)+s, w)
}

// MarkerGlyph marks the activity; the caption says in words where it is.
const MarkerGlyph = "◆"

// mark replaces the placeholder letter want with the marker and every other
// placeholder with a space. A placeholder is a capital A–E standing between
// spaces in the art, so the letters of "POC" and "SSR" stay; the labels are
// filled in afterwards, so no letter of theirs is taken for one.
func mark(st *Styles, lines []string, want rune) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		rs := []rune(l)
		var b strings.Builder
		for j, r := range rs {
			lone := r >= 'A' && r <= 'E' && (j == 0 || rs[j-1] == ' ') && (j+1 == len(rs) || rs[j+1] == ' ')
			switch {
			case lone && r == want:
				b.WriteString(st.Marker.Render(MarkerGlyph))
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

// Place2015 marks where the engine placed an activity in the 2015 reading:
// its tier, and for Tier 3 work on the security institutions, inside SSR. The
// caption is the tier's, from the rulebook.
func Place2015(rb *classify.Rulebook, r *classify.Result) (rune, string) {
	p := &r.Policy
	if p.Info == nil {
		return 0, "not placed: " + LowerFirst(p.Reason)
	}
	caption := fmt.Sprintf("Tier %d: %s", p.Tier, p.Info.Title)
	switch {
	case p.InsideSSR && rb.InsideSSRCaption() != "":
		return 'D', caption + ". " + rb.InsideSSRCaption()
	case p.InsideSSR:
		return 'D', caption
	case p.Tier == 1:
		return 'A', caption
	case p.Tier == 2:
		return 'B', caption
	}
	return 'C', caption
}

// Mark2015 is the 2015 drawing with place want marked.
func Mark2015(rb *classify.Rulebook, st *Styles, want rune) []string {
	t1, t2, t3 := Fit(report.OneLine(rb.TierShort(1)), 25), Fit(report.OneLine(rb.TierShort(2)), 25), report.OneLine(rb.TierShort(3))
	t3 = Cut(t3, 25)
	t3 += " " + strings.Repeat("─", 27-1-ansi.StringWidth(t3))
	return fill(mark(st, art2015, want), t1, t2, t3)
}

// MarkNarrow is the drawing of the narrow reading with place want marked.
func MarkNarrow(rb *classify.Rulebook, st *Styles, want rune) []string {
	label := func(a classify.Agenda) string { return report.OneLine(rb.AgendaShort(a)) }
	return fill(mark(st, artNarrow, want), Fit(label(classify.POCOnly), 10), Fit(label(classify.SSROnly), 10),
		centre(label(classify.Overlap), 7), Fit(report.OneLine(rb.AgendaTitle(classify.Outside)), 22))
}

// narrowMarks is where each agenda sits in the drawing of the narrow reading.
var narrowMarks = map[classify.Agenda]rune{
	classify.POCOnly: 'A', classify.Overlap: 'B', classify.SSROnly: 'C', classify.Outside: 'E',
}

// PlaceNarrow marks the agenda the engine gave an activity, with the agenda's
// label from the rulebook.
func PlaceNarrow(r *classify.Result) (rune, string) {
	return narrowMarks[r.Agenda], report.AgendaLabel(&r.Narrow)
}

// LowerFirst lowers the first letter of a sentence placed after a colon.
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return string(unicode.ToLower(r)) + s[n:]
	}
	return s
}

// Readings draws both readings with the activity marked, side by side
// when w allows, else one above the other. r nil draws them unmarked.
func Readings(rb *classify.Rulebook, st *Styles, r *classify.Result, w int) []string {
	var a, b rune
	var captionA, captionB string
	if r != nil {
		a, captionA = Place2015(rb, r)
		b, captionB = PlaceNarrow(r)
		// A place that rests on answers only suggested is marked "~"
		// as the verdict's line marks it (report.VerdictTier).
		captionA = report.ReadingMark(r.TierOnSuggested) + captionA
		captionB = report.ReadingMark(r.AgendaOnSuggested) + captionB
	}
	left := append([]string{st.Label.Render("The 2015 policy: SSR inside Tier 3")}, Mark2015(rb, st, a)...)
	right := append([]string{st.Label.Render("The narrow reading: two agendas")}, MarkNarrow(rb, st, b)...)
	if r != nil {
		// A line apart: right under the drawing's last label (the strip
		// outside both agendas) a caption read as that label's continuation.
		left = append(append(left, ""), WrapIndent(MarkerGlyph+" ", captionA, DrawingWidth)...)
		right = append(append(right, ""), WrapIndent(MarkerGlyph+" ", captionB, DrawingWidth)...)
	}
	if w < 2*DrawingWidth+3 {
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
		out[i] = Fit(l, DrawingWidth) + "   " + rr
	}
	return out
}
