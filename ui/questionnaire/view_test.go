package questionnaire

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The progress bar keeps its width over a whole walk of N questions, as
// the heading's numbers gain a digit: from question 9 to question 10 it
// lost a cell. The heading's words are those leftView writes.
func TestProgressBarKeepsItsWidthAsNumbersGrow(t *testing.T) {
	for _, w := range []int{80, 100, 200} {
		for _, n := range []int{1, 9, 10, 14, 19, 99} {
			digits := len(fmt.Sprint(max(n, 19)))
			want := map[bool]int{} // by whether the heading counts suggestions
			for place := 1; place <= n; place++ {
				for _, suggested := range []int{0, 2, place} {
					answered := place - 1
					words := fmt.Sprintf("Question %d of %d", place, n)
					if suggested > 0 {
						words += fmt.Sprintf(" · answered %d of %d relevant, %d suggested ", answered, n, suggested)
					} else {
						words += fmt.Sprintf(" · answered %d of %d relevant ", answered, n)
					}
					bar := headBar(words, answered, n, digits, w)
					got := ansi.StringWidth(bar)
					if first, ok := want[suggested > 0]; !ok {
						want[suggested > 0] = got
					} else if got != first {
						t.Fatalf("%d columns, question %d of %d, %d suggested: the bar is %d wide, at question 1 %d:\n%s%s",
							w, place, n, suggested, got, first, words, bar)
					}
					if line := ansi.StringWidth(words + bar); line > w {
						t.Fatalf("%d columns, question %d of %d: the heading is %d wide", w, place, n, line)
					}
				}
			}
		}
	}
}

// widthAtDigits counts each number as the digits given, a wider one as it
// is, and the rest of the words as they are.
func TestWidthAtDigits(t *testing.T) {
	for _, c := range []struct {
		s      string
		digits int
		want   int
	}{
		{"Question 9 of 14", 2, 17},
		{"Question 10 of 14", 2, 17},
		{"Question 100 of 140", 2, 19},
		{"Review", 2, 6},
		{"answered 1 of 9 relevant, 0 suggested", 1, 37},
		{"answered 1 of 9 relevant, 0 suggested", 3, 43},
		{"· 7", 2, 4},
	} {
		if got := widthAtDigits(c.s, c.digits); got != c.want {
			t.Errorf("widthAtDigits(%q, %d) = %d, want %d", c.s, c.digits, got, c.want)
		}
	}
}
