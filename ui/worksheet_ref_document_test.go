package ui

import (
	"strings"
	"testing"
)

// At 80 columns the Ref column of a worksheet holding two mandates keeps
// every reference's document: "2241·4(a)(iii)" was cut to "…4(a)(iii)",
// which names no mandate, while the worksheet held 1967 too.
func TestRefColumnKeepsTheDocumentOfEveryRow(t *testing.T) {
	const mandate2241 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2241-2015.txt"
	const mandate1967 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1967-2011.txt"
	m := importedInTurn(t, 80, 24, mandate2241, mandate1967)
	press(t, m, "home")
	requireScreen(t, m, "2241·4(a)(iii)")
	s := screenText(m)
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(l, ">"), " 0123456789"), "…") {
			t.Errorf("a row's reference is cut at its start, its document gone: %q", l)
		}
	}
	golden(t, m, 80, 24, "2241·4(a)(iii)")
}
