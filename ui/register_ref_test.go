package ui

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Every row of the register gives its activity's reference, the one the
// briefing gives, at every width: a case's section as well as an imported
// paragraph's number. At 80 columns the rows take two lines and the
// reference ends the first (it took the title's room, or none of it, and
// the case's section not at all); where a long risk id leaves the first
// line no room for it, it goes before the title on the second.
func TestRegisterGivesEveryRowsReference(t *testing.T) {
	// longID is a stale entry's risk, one the rulebook in use does not
	// know, as long as the first line's Ref column cannot stand beside.
	const longID = "a-risk-an-older-rulebook-named-at-length"
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
			if c.longID {
				a := ws.Activities[0]
				a.Register = append(a.Register, model.RegisterEntry{Risk: longID, Status: model.Planned})
			}
			m := NewModel(classify.Default(), ws, true, nil, nil)
			m.sh.sheet.SetToday(registerDay)
			m.Update(resize(c.w, c.h))
			press(t, m, "r")
			if c.longID {
				requireScreen(t, m, "· ref Existing UN… · Joint o")
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
				ref := component.RefCell(r.Activity.Source.Ref, 12)
				if ref == "" {
					t.Fatalf("the case library's activity %q has no reference", r.Activity.Title)
				}
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
