package present

import (
	"fmt"
	"strings"
)

// countedOnBoard lists, a line for each count of the drawings ("+3"), the
// activities it takes in, by their markers: "2015 policy · SSR, inside
// Tier 3 (+23): #2, #3, …". A region too narrow for a marker, or too full
// for all of them, draws a count in their place; the help lists them so that
// every activity on the board can be found. "" when nothing is counted.
func (p *Screen) countedOnBoard() string {
	var lines []string
	for _, d := range []struct {
		name string
		cv   *canvas
	}{{"2015 policy", p.left}, {"Narrow reading", p.right}} {
		if d.cv == nil {
			continue
		}
		for _, m := range d.cv.more {
			labels := make([]string, len(m.hidden))
			for i, idx := range m.hidden {
				labels[i] = p.drawings.number(idx)
			}
			lines = append(lines, fmt.Sprintf("%s · %s (+%d): %s", d.name, m.region, len(m.hidden), strings.Join(labels, ", ")))
		}
	}
	return strings.Join(lines, "\n")
}

// counts reports whether a drawing of the board counts markers it does not
// draw ("+3"): countedOnBoard then lists them.
func (p *Screen) counts() bool {
	for _, cv := range []*canvas{p.left, p.right} {
		if cv != nil && len(cv.more) > 0 {
			return true
		}
	}
	return false
}
