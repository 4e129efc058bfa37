package ui

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// Every row of the register gives its activity's mark, the one the
// briefing gives, at every width: an imported paragraph's number, else
// "#n" (a case's section, which the account gives whole). At 80 columns the rows take two lines and the
// reference ends the first (it took the title's room, or none of it, and
// the case's section not at all); where a long risk id leaves the first
// line no room for it, it goes before the title on the second.
func TestRegisterGivesEveryRowsReference(t *testing.T) {
	// longID is a stale entry's risk, one the rulebook in use does not
	// know, as long as the first line's Ref column cannot stand beside.
	const longID = "a-risk-an-older-rulebook-named-at-great-length-again"
	for _, c := range []struct {
		name   string
		w, h   int
		longID bool
	}{
		{"80x24", 80, 24, false},
		{"200x60", 200, 60, false},
		{"80x24 with a long risk id", 80, 24, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ws := registerLibrary(t)
			ws.Activities[0].Source.Ref = "5(f)" // a paragraph: the rows give a Ref column
			if c.longID {
				a := ws.Activities[0]
				a.Register = append(a.Register, model.RegisterEntry{Risk: longID, Status: model.Planned})
			}
			m := NewModel(classify.Default(), ws, true, nil, nil)
			m.sh.sheet.SetToday(registerDay)
			m.Update(resize(c.w, c.h))
			press(t, m, "r")
			if c.longID {
				requireScreen(t, m, "· ref 5(f) · Joint o")
				refuseScreen(t, m, "Status       Ref")
			}
			seen := 0
			for range 40 {
				r := m.reg().Selected()
				lines := strings.Split(screenText(m), "\n")
				at := -1
				for i, l := range lines {
					if strings.HasPrefix(l, "> ") {
						at = i
						break
					}
				}
				if at < 0 || at+1 >= len(lines) {
					t.Fatalf("no row marked '>' with a line after it:\n%s", screenText(m))
				}
				ref := report.SourcesRef(model.SourcesOf(ws.Activities), r.Activity, r.Index+1)
				row := lines[at] + "\n" + lines[at+1]
				if !strings.Contains(row, ref) {
					t.Errorf("the row of %s on %q does not give its reference %q:\n%s", r.Risk.Rule.ID, r.Activity.Title, ref, row)
				}
				seen++
				before := r
				press(t, m, "j")
				if m.reg().Selected() == before {
					break
				}
			}
			if seen < 20 {
				t.Fatalf("walked %d rows of the case library's register, want at least 20", seen)
			}
		})
	}
}
