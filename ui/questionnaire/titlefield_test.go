package questionnaire

import (
	"fmt"
	"testing"
)

// The part of a title in sight always holds the cursor and fits the field
// with its signs; a sign stands on each side that is cut, and only there;
// a title that fits is shown whole. Wide runes take two cells.
func TestTitleWindowKeepsTheCursorAndSignsTheCuts(t *testing.T) {
	titles := []string{"", "Short", "Training and equipping the national police rapid response units in the east",
		"警察の訓練と装備、東部州の即応部隊への支援と審査", "a"}
	for _, title := range titles {
		value := []rune(title)
		for cells := 3; cells <= 40; cells++ {
			from := 0
			// The cursor walks to the end and back, as the arrow keys move it.
			walk := make([]int, 0, 2*len(value)+2)
			for p := 0; p <= len(value); p++ {
				walk = append(walk, p)
			}
			for p := len(value); p >= 0; p-- {
				walk = append(walk, p)
			}
			for _, pos := range walk {
				start, end := titleWindow(value, pos, from, cells)
				from = start
				name := fmt.Sprintf("%q in %d cells, cursor at %d", title, cells, pos)
				if pos < start || pos >= end {
					t.Fatalf("%s: the cursor is out of sight (%d–%d)", name, start, end)
				}
				used := 0
				for i := start; i < end; i++ {
					used += cellWidth(value, i)
				}
				if start > 0 {
					used++
				}
				if end < len(value) {
					used++
				}
				if used > cells && end-start > 1 {
					t.Fatalf("%s: %d cells drawn in %d (%d–%d)", name, used, cells, start, end)
				}
				whole := len(value) + 1
				for _, r := range value {
					if r > 0x2e80 {
						whole++
					}
				}
				if whole <= cells && (start != 0 || end < len(value)) {
					t.Fatalf("%s: a title that fits is cut (%d–%d)", name, start, end)
				}
			}
		}
	}
}

// A field moves its part in sight only as far as the cursor needs: the
// cursor moving left from the end does not scroll the title until it
// reaches the left edge.
func TestTitleWindowDoesNotJumpUnderTheCursor(t *testing.T) {
	value := []rune("Training and equipping the national police rapid response units")
	start, _ := titleWindow(value, len(value), 0, 20)
	for pos := len(value) - 1; pos > start; pos-- {
		if s, _ := titleWindow(value, pos, start, 20); s != start {
			t.Fatalf("the cursor at %d moved the part in sight from %d to %d", pos, start, s)
		}
	}
}
