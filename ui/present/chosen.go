package present

import (
	"slices"
	"strconv"
)

// How the chosen activity is drawn when it is among the markers a count
// ("+3") stands in for.
type chosenPlace uint8

const (
	notCounted      chosenPlace = iota // the chosen one is not among them
	inPlaceOfMarker                    // in the place of the last marker shown
	inPlaceOfCount                     // alone in the count's place: the only one counted
	besideCount                        // left of the count of the others
	inTheCount                         // no room beside it: the count takes it in, bracketed
)

// chosenText is the chosen activity's marker, bracketed: "[2241·4(a)(vi)]".
func (cv *canvas) chosenText(chosen int) string {
	if cv.number != nil {
		return "[" + cv.number(chosen) + "]"
	}
	return "[" + strconv.Itoa(chosen+1) + "]"
}

// drawnWith says where the chosen activity is drawn with respect to the
// count m.
func (cv *canvas) drawnWith(m canvasMore, chosen int) chosenPlace {
	if !slices.Contains(m.hidden, chosen) {
		return notCounted
	}
	text := cells(cv.chosenText(chosen))
	switch {
	case m.swap >= 0:
		return inPlaceOfMarker
	case len(m.hidden) == 1 && text <= m.x+m.width-m.left:
		return inPlaceOfCount
	case len(m.hidden) > 1 && m.x+m.width-text-len(" +"+strconv.Itoa(len(m.hidden)-1)) >= m.left:
		return besideCount
	}
	return inTheCount
}

// countedBy is the activities the count m stands for as it is drawn with
// chosen selected, in the order of the drawing: when the chosen one takes
// the place of the last marker shown, the count takes in that marker instead
// of the chosen one; when the chosen one stands beside the count or in its
// place, the count leaves it out.
func (cv *canvas) countedBy(m canvasMore, chosen int) []int {
	switch cv.drawnWith(m, chosen) {
	case inPlaceOfMarker:
		out := []int{cv.marks[m.swap].idx}
		return append(out, slices.DeleteFunc(slices.Clone(m.hidden), func(i int) bool { return i == chosen })...)
	case inPlaceOfCount, besideCount:
		return slices.DeleteFunc(slices.Clone(m.hidden), func(i int) bool { return i == chosen })
	}
	return m.hidden
}
