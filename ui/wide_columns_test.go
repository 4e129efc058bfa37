package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The worksheet's Ref column takes the room the titles leave over: at
// 200×60 "Existing UN frameworks linking POC and SSR" was cut to "Existing
// U…" beside a hundred empty columns of titles. At 80×24 it stays as it
// was, the titles needing every column.
func TestWorksheetRefTakesTheRoomTheTitlesLeave(t *testing.T) {
	for _, c := range []struct {
		w, h       int
		want, not  string
		titleWhole bool
	}{
		{80, 24, "Existing U…", "Existing UN", false},
		{200, 60, "Existing UN frameworks", "Existing U…", true},
	} {
		t.Run(fmt.Sprintf("%dx%d", c.w, c.h), func(t *testing.T) {
			m := demoModel(t, c.w, c.h)
			requireScreen(t, m, c.want)
			refuseScreen(t, m, c.not)
			if c.titleWhole {
				// The titles give nothing up for it.
				requireScreen(t, m, "[crit open] UNMISS SSR support amid attacks on civilians by state forces (before May 2014)")
				golden(t, m, c.w, c.h, "Existing UN frameworks")
			}
		})
	}
}

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
	requireScreen(t, m, "> 18 public reporting: yes")
	golden(t, m, 200, 60, "Answers")
}

// Filtered, the Ref column takes the room the titles listed leave, not the
// room a title the filter hides would want: at 200×60 "Existing" listed
// titles of 76 columns at most in a column of 92, beside "Existing UN
// frameworks linkin…". At 80×24 the titles still need every column.
func TestWorksheetRefTakesTheRoomTheFilteredTitlesLeave(t *testing.T) {
	for _, c := range []struct {
		w, h      int
		want, not string
	}{
		{80, 24, "Existing U…", "Existing UN"},
		{200, 60, "Existing UN frameworks linking POC and SSR", "linkin…"},
	} {
		t.Run(fmt.Sprintf("%dx%d", c.w, c.h), func(t *testing.T) {
			m := demoModel(t, c.w, c.h)
			press(t, m, "/")
			typeText(t, m, "Existing")
			press(t, m, "enter")
			requireScreen(t, m, c.want)
			refuseScreen(t, m, c.not)
			golden(t, m, c.w, c.h, "Filter: Existing")
		})
	}
}
