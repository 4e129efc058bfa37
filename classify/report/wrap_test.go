package report

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Wrap fits text to a width in terminal cells: a CJK character or an emoji
// takes two, so a line of them is half as many characters; a word wider than
// the line is broken, never cut; nothing is lost or reordered.
func TestWrapMeasuresCells(t *testing.T) {
	cases := []struct {
		text  string
		width int
	}{
		{"Support to the national police in the capital and the provinces", 20},
		{"平和維持活動は文民の保護と治安部門改革を同時に進める必要がある", 20},
		{"文民の保護 と 治安部門改革 は 重なり合う 二つの 課題 である", 12},
		{"👩‍👩‍👧 family 🇺🇳 flag 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽 done", 10},
		{"Vetting of the 警察 (police) with community-input and rule-of-law support", 16},
		{"averyveryverylongwordthatdoesnotfitatall next", 10},
	}
	for _, c := range cases {
		lines := Wrap(c.text, c.width)
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > c.width {
				t.Errorf("%q at %d: line %q is %d cells", c.text, c.width, l, w)
			}
		}
		got := strings.Join(strings.Fields(strings.Join(lines, " ")), "")
		if want := strings.Join(strings.Fields(c.text), ""); got != want {
			t.Errorf("%q at %d: text changed to %q", c.text, c.width, strings.Join(lines, "|"))
		}
	}
	// Words with hyphens stay whole where they fit: identifiers are not split.
	if lines := Wrap("the kind rule-of-law here", 14); lines[1] != "rule-of-law" {
		t.Errorf("hyphenated word split: %q", lines)
	}
	// A line is filled: a CJK text of 20 characters takes exactly two lines of 20 cells.
	if lines := Wrap(strings.Repeat("保", 20), 20); len(lines) != 2 || ansi.StringWidth(lines[0]) != 20 {
		t.Errorf("CJK: %q", lines)
	}
}
