package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
)

// legendPage reads the legend's page count: the first and last activity it
// lists, and of how many.
var legendPage = regexp.MustCompile(`\((\d+)–(\d+) of (\d+)\)`)

// The presentation's help lists pgup and pgdn: on the board they turn the
// legend's page, the selection on the next page's first activity (they did
// nothing), and back; where the legend lists every activity (200×60), pgdn
// selects the last and pgup the first.
func TestPresentPagesThroughTheLegend(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), importedSheet(t, mandate2241), false, nil, nil)
			m.Present()
			m.Update(resize(size[0], size[1]))
			first := legendPage.FindStringSubmatch(screenText(m))
			if first == nil {
				// The legend lists every activity: pgdn selects the last.
				n := m.sh.sheet.Len()
				press(t, m, "pgdown")
				requireScreen(t, m, "["+report.Ref(m.sh.sheet.At(n-1), n)+"] ")
				golden(t, m, size[0], size[1], "Both readings")
				press(t, m, "pgup")
				requireScreen(t, m, "["+report.Ref(m.sh.sheet.At(0), 1)+"] ")
				return
			}
			last, _ := strconv.Atoi(first[2])
			press(t, m, "pgdown")
			next := legendPage.FindStringSubmatch(screenText(m))
			if next == nil || next[1] != strconv.Itoa(last+1) {
				t.Fatalf("pgdn did not turn the legend's page (%v):\n%s", next, screenText(m))
			}
			golden(t, m, size[0], size[1], "Both readings")
			press(t, m, "pgup")
			if back := legendPage.FindStringSubmatch(screenText(m)); back == nil || back[1] != "1" {
				t.Fatalf("pgup did not turn the page back:\n%s", screenText(m))
			}
		})
	}
}
