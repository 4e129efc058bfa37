package review

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The note of a restore keeps the paragraph, and the key that takes it out
// again, whole at every width the program runs at: how the draft was made
// gives way first, whole, and is counted "+1 more (?)" for the help to
// show. (At 80 columns "… u takes it out agai…" was cut mid-word.)
func TestRestoredNoteDropsWholeParts(t *testing.T) {
	for _, c := range []struct {
		ref       string
		discarded bool
		w         int
		cut       bool
	}{
		{"2", false, 80, false},
		{"15", false, 80, true},
		{"15", false, 200, false},
		{"12 (a)", false, 80, true},
		{"23", true, 80, false},
		{"12 (b)", true, 80, true},
		{"12 (b)", true, 100, false},
	} {
		t.Run(fmt.Sprintf("%s/%v/%d", c.ref, c.discarded, c.w), func(t *testing.T) {
			text, whole := restoredNote(c.ref, c.discarded, c.w)
			if ansi.StringWidth(text) > c.w || strings.Contains(text, "…") {
				t.Fatalf("%q: wider than %d or cut", text, c.w)
			}
			if !strings.HasPrefix(text, "Paragraph "+c.ref+" ") && !strings.HasPrefix(text, "Paragraph "+c.ref+",") {
				t.Fatalf("%q does not name paragraph %s", text, c.ref)
			}
			if !strings.Contains(text, "; u takes it out again.") {
				t.Fatalf("%q does not say whole how to take it out again", text)
			}
			if !c.cut {
				if whole != "" || strings.Contains(text, "more (?)") {
					t.Fatalf("%q (whole %q): the note fits %d cells and is shortened", text, whole, c.w)
				}
				return
			}
			if !strings.HasSuffix(text, " · +1 more (?)") {
				t.Fatalf("%q does not count what gave way", text)
			}
			if !strings.Contains(whole, "; u takes it out again.") || ansi.StringWidth(whole) <= c.w {
				t.Fatalf("the whole note %q is not what the line could not hold", whole)
			}
		})
	}
}
