package ui

import (
	"fmt"
	"testing"
)

// In the case library no activity has a paragraph reference, so the first
// o sorts by tier, not by ref: the help names the orders o goes through
// there, without ref, and the status line says why ref was passed over (the
// help said "ref, tier, …" and the first o went to tier without a word).
func TestSortSaysItPassesOverRefWhereNoneHasOne(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			help := wholeHelp(t, m)
			// the item may wrap across a page of the help: its two halves
			if !containsFlat(help, "sort the view: tier, agenda, risk, open; not by ref, as no activity") ||
				!containsFlat(help, "has a paragraph reference") || containsFlat(help, "sort the view: ref,") {
				t.Fatalf("the help does not say o passes over ref:\n%s", help)
			}
			press(t, m, "esc", "o")
			requireScreen(t, m, "Sorted by tier; no activity has a ref. The file keeps its order. o: next order.")
			golden(t, m, size[0], size[1], "Sorted by tier")
			press(t, m, "o")
			requireScreen(t, m, "Sorted by agenda — for viewing only")
		})
	}
	// Where activities have references, o goes by ref first, as the help says.
	m := imported2241(t, 200, 60)
	if help := wholeHelp(t, m); !containsFlat(help, "sort the view: ref, tier, agenda, risk, open") {
		t.Fatalf("the help of a worksheet with references does not say o sorts by ref:\n%s", help)
	}
	press(t, m, "esc", "o")
	requireScreen(t, m, "Sorted by ref — for viewing only")
}

// wholeHelp is the help of the screen in front, every page of it.
func wholeHelp(t *testing.T, m *Model) string {
	t.Helper()
	press(t, m, "?")
	help := screenText(m)
	for range 10 {
		press(t, m, "pgdown")
		help += "\n" + screenText(m)
	}
	return help
}
