package ui

import (
	"fmt"
	"strings"
	"testing"
)

const mandate1608 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1608-2005.txt"

// At 80 columns a worksheet of two mandates gives its Ref column the room
// of "1756·21(•1)", and with the list scrolled the header said "Activity
// ↑43 ↓3" and no more, though every title in view was cut: the count's
// words give way first, then the note's, and the key that shows a title
// whole stays named beside the count.
func TestWorksheetOfTwoMandatesKeepsTheKeyOfACutTitle(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := importedInTurn(t, size[0], size[1], mandate1608, mandate1756)
			for range 40 {
				press(t, m, "j")
			}
			var header string
			for _, l := range strings.Split(screenText(m), "\n") {
				if strings.Contains(l, "# Ref") {
					header = l
				}
			}
			counted := strings.Contains(header, "Activity ↑") || strings.Contains(header, "more below")
			if !counted || !strings.Contains(header, "…: enter") {
				t.Fatalf("the header lacks the count or the key of a cut title:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "# Ref")
		})
	}
}
