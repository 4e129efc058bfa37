package ui

import (
	"fmt"
	"strings"
	"testing"
)

// legendLines are the board's lines between the selected activity's two
// lines and the line of keys: the legend.
func legendLines(t *testing.T, m *Model) []string {
	t.Helper()
	lines := strings.Split(screenText(m), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "2015") { // the second line of the selected activity
			return lines[i+1 : len(lines)-1]
		}
	}
	t.Fatalf("no line of the selected activity:\n%s", screenText(m))
	return nil
}

// The legend cuts titles ("…", by its column or by the import): the board
// says once how to read one whole, "…: ? shows the selected title whole"
// (fewer words beside the page count), on the demo and with S/RES/2241
// imported, whose titles run to 72 characters. Only the selected line
// named ?, for the selected title alone. Where no title is cut, nothing is
// said of it.
func TestBoardLegendNamesTheKeyOfItsCutTitles(t *testing.T) {
	for _, imported := range []bool{false, true} {
		for _, size := range sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", map[bool]string{false: "demo", true: "2241"}[imported], size[0], size[1]), func(t *testing.T) {
				m := demoModel(t, size[0], size[1])
				if imported {
					importOfAnotherMission(t, m, mandate2241)
					press(t, m, "esc")
				}
				press(t, m, "p")
				cut := false
				for _, l := range legendLines(t, m) {
					cut = cut || strings.Contains(strings.TrimSuffix(strings.TrimRight(l, " "), "… (?)"), "…")
				}
				noted := strings.Contains(screenText(m), "…: ? shows the selected title whole") ||
					strings.Contains(screenText(m), "…: ? whole when selected")
				if cut != noted {
					t.Fatalf("titles cut in the legend: %v; the key that shows them named: %v\n%s", cut, noted, screenText(m))
				}
				if !cut && (imported || size[0] == 80) {
					t.Fatalf("the legend cuts no title, where it must:\n%s", screenText(m))
				}
				golden(t, m, size[0], size[1], "Both readings")
			})
		}
	}
}

// A title the legend cuts and the selected line shows whole is given whole
// by ? too, as the note says: at 80×24 the legend cut "UNMISS
// protection-first mandat…", and ? gave only the keys.
func TestBoardHelpGivesATitleTheLegendCut(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "p")
	for i := 0; i < 30 && !strings.Contains(screenText(m), "\n[#12] "); i++ {
		press(t, m, "down")
	}
	requireScreen(t, m, "[#12] UNMISS protection-first mandate after May 2014", "> [#12] UNMISS protection-first mandat…")
	refuseScreen(t, m, "(?)")
	press(t, m, "?")
	requireScreen(t, m, "Keys of the presentation's board", "UNMISS protection-first mandate after May 2014")
}
