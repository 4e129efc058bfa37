package ui

import (
	"fmt"
	"testing"
)

// On the framework's Readings section, r changes which reading the words
// under the drawings explain; the drawing is the same in both, so at
// 80×24 the first page looked the same after r but for a word at the end
// of the tabs' line, and the key seemed to do nothing. The section's first
// line says which reading is explained, and r changes it.
func TestFrameworkReadingsSayWhichReadingIsExplained(t *testing.T) {
	for _, size := range sizes {
		for _, narrow := range []bool{false, true} {
			t.Run(fmt.Sprintf("%dx%d_narrow_%v", size[0], size[1], narrow), func(t *testing.T) {
				m := newTestModel(t, haitiAndCongo(t), size[0], size[1])
				press(t, m, "f")
				press(t, m, "2")
				want, other := "Explained below the drawings: the 2015 policy", "Explained below the drawings: the narrow reading"
				if narrow {
					press(t, m, "r")
					want, other = other, want
				}
				requireScreen(t, m, want)
				refuseScreen(t, m, other)
				golden(t, m, size[0], size[1], "Explained below")
			})
		}
	}
}
