package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// haitiAndCongo is S/RES/1542 (2004) and S/RES/1925 (2010) imported into one
// worksheet, in turn; 1925's paragraph 6 is numbered as a mandate that
// parts its sub-paragraphs again numbers it ("6(a)(ii)"), so that its refs
// are longer than the Ref column at 80 columns.
func haitiAndCongo(t *testing.T) *model.Worksheet {
	t.Helper()
	ws := importedSheet(t, "../classify/suggest/testdata/S-RES-1542-2004.txt")
	ws.Activities = append(ws.Activities, importedSheet(t, "../classify/suggest/testdata/S-RES-1925-2010.txt").Activities...)
	parted := 0
	for _, a := range ws.Activities {
		if a.Source.Document == "S/RES/1925 (2010)" {
			switch a.Source.Ref {
			case "6(i)", "6(ii)", "6(iii)":
				a.Source.Ref = "6(a)" + a.Source.Ref[1:]
				parted++
			}
		}
	}
	if parted != 3 {
		t.Fatalf("%d paragraphs 6(…) of S/RES/1925 (2010): the test would not hold the bug", parted)
	}
	return ws
}

// At 80 columns the Ref column cut 1925·6(a)(ii) from its start
// ("…5·6(a)(ii)"), losing the number that tells the two mandates apart.
// It keeps the number whole and cuts the paragraph's middle instead, and
// where the paragraph's number too must give way the document's stays
// ("1925·…(iii)"); no cut reads as another row's ref: 1542·7.III(a), whose middle tells it
// from 7.I(a) and 7.II(a), keeps its paragraph whole. At 200 all is whole.
func TestWorksheetOfTwoMandatesCutsARefInItsMiddle(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, haitiAndCongo(t), size[0], size[1])
			for range 30 {
				press(t, m, "j")
			}
			// The column now takes the room of a reference of three levels
			// where references name their document, so these stand whole
			// at 80 columns too (component.RefCellAmong's own test holds
			// the cut of a longer one).
			requireScreen(t, m, "1925·6(a)(ii) ", "1925·6(a)(iii) ")
			refuseScreen(t, m, "…5·6(a)(ii)", "1542·7…(a)")
			golden(t, m, size[0], size[1], "1925·6")
		})
	}
}
