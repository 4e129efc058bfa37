package review

import (
	"testing"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Two drafts of one title (S/RES/1861 ¶7(a)(iii) and ¶7(b)(iii) both read
// "Protect United Nations personnel…") were discarded with one same note:
// the note names each by its paragraph too, on the status line, in its
// whole form for the help, and in the undo that puts it back.
func TestDiscardNoteNamesTheParagraph(t *testing.T) {
	const title = "Protect United Nations personnel, installations and equipment"
	a, b, c := draft(title, true), draft(title, true), draft("Patrols", true)
	a.ID, b.ID = "protect-a", "protect-b"
	a.Source = model.Source{Document: "S/RES/1861 (2009)", Ref: "7(a)(iii)"}
	b.Source = model.Source{Document: "S/RES/1861 (2009)", Ref: "7(b)(iii)"}
	r, ctx := opened(t, a, b, c)
	said := func() component.Status {
		t.Helper()
		var st component.Status
		for _, msg := range sent(ctx) {
			if s, ok := msg.(component.Status); ok {
				st = s
			}
		}
		return st
	}
	for _, want := range []string{"7(a)(iii)", "7(b)(iii)"} {
		press(r, "x")
		st := said()
		whole := "Discarded " + want + " “" + title + "”. u puts it back."
		if st.Text != whole && st.Full != whole {
			t.Fatalf("the discard of ¶%s said %#v, not %q", want, st, whole)
		}
	}
	press(r, "u")
	if st := said(); st.Text != "Undid the discard of 7(b)(iii) “"+title+"”." && st.Full != "Undid the discard of 7(b)(iii) “"+title+"”." {
		t.Fatalf("the undo said %#v", st)
	}
}
