package questionnaire

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The progress bar keeps its width over a whole walk of N questions, as
// the heading's numbers gain a digit (from question 9 to question 10 it
// lost a cell), and whether suggestions wait or not: at 80 columns it was
// 20 cells, 17 while suggestions waited. The heading's words are those
// leftView writes.
func TestProgressBarKeepsItsWidthAsNumbersGrow(t *testing.T) {
	for _, w := range []int{80, 100, 200} {
		for _, n := range []int{1, 9, 10, 14, 19, 99} {
			digits := len(fmt.Sprint(max(n, 19)))
			want := -1
			for place := 1; place <= n; place++ {
				for _, suggested := range []int{0, 2, place} {
					answered := place - 1
					ticks := place % 2 // the planner's ticks not yet saved, on every other
					words := questionWhere(place, n) + headCountWords(answered, n, suggested, ticks, "")
					bar := headBar(answered, n, digits, w)
					got := ansi.StringWidth(bar)
					if want < 0 {
						want = got
					} else if got != want {
						t.Fatalf("%d columns, question %d of %d, %d suggested: the bar is %d wide, at question 1 %d:\n%s%s",
							w, place, n, suggested, got, want, words, bar)
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

// The heading's title beside the live panel takes the blank line under it
// where it is longer than its line, whole where two lines hold it, its
// second line cut with '…' and ? where they do not, and the help shows it
// whole; below the panel (80×24) it keeps one line and the blank under
// it. No line is wider than the left side.
func TestHeadingTitleTakesTheLineUnderItBesideThePanel(t *testing.T) {
	words := strings.Fields("Training and equipping the national police rapid response units in the eastern provinces with vetting of every recruit and a human rights course before any deployment alongside the mission")
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, n := range []int{3, 12, 24, 60, 90} {
			var ws []string
			for i := range n {
				ws = append(ws, words[i%len(words)])
			}
			title := strings.Join(ws, " ")
			t.Run(fmt.Sprintf("%dx%d_%d_words", size[0], size[1], n), func(t *testing.T) {
				q := atReview(t, size[0], size[1])
				q.activity.Title = title
				w := q.leftWidth()
				lines := strings.Split(ansi.Strip(q.leftView(w, q.leftHeight())), "\n")
				for _, l := range lines[:3] {
					if ansi.StringWidth(l) > w {
						t.Fatalf("a heading line is %d wide, the side %d: %q", ansi.StringWidth(l), w, l)
					}
				}
				head := "Editing: " + title
				oneLine := ansi.StringWidth(head) <= w
				switch {
				case oneLine || !q.wide():
					if strings.TrimSpace(lines[2]) != "" {
						t.Fatalf("the line under a title on one line is not blank: %q", lines[2])
					}
					if !oneLine && !strings.HasSuffix(strings.TrimSpace(lines[1]), "… (?)") {
						t.Fatalf("a title cut to one line has no sign naming the help: %q", lines[1])
					}
				case len(strings.Fields(strings.Join(lines[1:3], " "))) == len(strings.Fields(head)):
					if flat := strings.Join(strings.Fields(strings.Join(lines[1:3], " ")), " "); flat != head {
						t.Fatalf("the title reads %q, not whole", flat)
					}
				default:
					if !strings.HasSuffix(strings.TrimSpace(lines[2]), "… (?)") {
						t.Fatalf("a title longer than two lines is cut without a sign and its key: %q", lines[1:3])
					}
					if head, text := q.WholeText(); head != "The title, whole" || text != title {
						t.Fatalf("? shows %q: %q, not the title whole", head, text)
					}
				}
			})
		}
	}
}
