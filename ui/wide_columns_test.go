package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The walk-through's Answers column wraps an answer longer than its line
// under its name where the rows allow: at 200×60 five kinds were cut
// ("… human rights and IHL trai…") with the rows under the list empty.
func TestWalkThroughAnswersWrapWhereRowsAllow(t *testing.T) {
	m := newTestModel(t, sheetOf(manyKinds(t)), 200, 60)
	press(t, m, "p", "t", "end")
	s := screenText(m)
	var col []string
	at := -1
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, "Answers"); i >= 0 && at < 0 {
			at = ansi.StringWidth(l[:i])
		}
		if at >= 0 {
			col = append(col, ansi.Cut(l, at, 200))
		}
	}
	if !containsFlat(strings.Join(col, "\n"), "2 kinds: operational training, equipment and logistics, human rights and IHL training, vetting and combined operations") {
		t.Fatalf("the kinds are not whole in the answers:\n%s", s)
	}
	requireScreen(t, m, "> 16 encourages reporting: yes")
	golden(t, m, 200, 60, "Answers")
}
