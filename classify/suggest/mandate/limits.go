package mandate

import (
	"fmt"
	"strings"
)

// MaxParts is the most numbered parts (paragraphs, sub-paragraphs, bullets)
// a text may hold, and MaxLines the most lines. The longest resolutions
// hold a few hundred parts on a few thousand lines; a worksheet of 25,000
// tasks is already past what a worksheet may hold (16 MiB) and past what a
// person reviews. A text over either limit is refused before it is read
// into lines and parts, by a count that allocates nothing: reading it would
// cost memory in proportion to its parts and lines, not to its bytes.
const (
	MaxParts = 25_000
	MaxLines = 1_000_000
)

// TooManyError refuses a text over MaxParts or MaxLines.
type TooManyError struct {
	What  string // "numbered paragraphs and sub-paragraphs" or "lines"
	Limit int
}

func (e *TooManyError) Error() string {
	return fmt.Sprintf("the text holds more than %d %s: no mandate is that long; split it and import each part", e.Limit, e.What)
}

// checkCounts counts the places a marker may begin, as candidates() looks
// for them, and the lines, stopping past the limits.
func checkCounts(text string) error {
	lines, marks := 1, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		start := i == 0
		switch c {
		case '\n', '\r':
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			lines++
			if lines > MaxLines {
				return &TooManyError{What: "lines", Limit: MaxLines}
			}
			if i+1 < len(text) {
				if _, ok := markerAt(text, skipBlanks(text, i+1)); ok {
					marks++
				}
			}
			continue
		case '.', ';', ':', ',':
			j := skipBlanks(text, i+1)
			if j > i+1 && j < len(text) {
				if _, ok := markerAt(text, j); ok {
					marks++
				}
			}
		}
		if start {
			if _, ok := markerAt(text, skipBlanks(text, 0)); ok {
				marks++
			}
		}
		if marks > MaxParts {
			return &TooManyError{What: "numbered paragraphs and sub-paragraphs", Limit: MaxParts}
		}
	}
	return nil
}

func skipBlanks(s string, i int) int {
	for i < len(s) && strings.IndexByte(" \t\f", s[i]) >= 0 {
		i++
	}
	return i
}
