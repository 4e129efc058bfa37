package present

import (
	"fmt"
	"strings"
)

// countedOnBoard lists, a line for each count of the drawings ("+3"), the
// activities it takes in, by their markers: "2015 policy · SSR, inside
// Tier 3 (+23): #2, #3, …". A region too narrow for a marker, or too full
// for all of them, draws a count in their place; the help lists them so that
// every activity on the board can be found. Each list names the markers its
// count stands for as drawn with the selected activity: when the selected
// one is drawn in the place of another marker, that marker is counted in its
// stead. "" when nothing is counted.
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
			counted := d.cv.countedBy(m, p.cursor)
			if len(counted) == 0 {
				continue // the selected one alone, drawn in the count's place
			}
			labels := make([]string, len(counted))
			for i, idx := range counted {
				labels[i] = d.cv.number(idx)
			}
			lines = append(lines, fmt.Sprintf("%s · %s (+%d): %s", d.name, m.region, len(counted), strings.Join(labels, ", ")))
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
