package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// shownRows reads the register's count: the row under the cursor, the
// number of rows, and the first and last rows in view.
var shownRows = regexp.MustCompile(`row (\d+) of (\d+)(?: · rows (\d+)–(\d+) shown)?`)

type inView struct{ cursor, n, first, last int }

func registerInView(t *testing.T, m *Model) inView {
	t.Helper()
	g := shownRows.FindStringSubmatch(screenText(m))
	if g == nil {
		t.Fatalf("no count of rows on the register:\n%s", screenText(m))
	}
	num := func(s string) int { v, _ := strconv.Atoi(s); return v }
	v := inView{cursor: num(g[1]), n: num(g[2]), first: 1, last: num(g[2])}
	if g[3] != "" {
		v.first, v.last = num(g[3]), num(g[4])
	}
	return v
}

// pagedRegister is the register on the first k activities of the case
// library at w×h, the entries of some rows with notes of one to many
// lines, so that the lines under the list differ from row to row.
func pagedRegister(t *testing.T, k, w, h int) *Model {
	t.Helper()
	ws := registerLibrary(t)
	if k > 0 { // 0: all of them
		ws.Activities = ws.Activities[:k]
	}
	rb := classify.Default()
	i := 0
	for _, a := range ws.Activities {
		for _, r := range rb.Classify(a).Risks {
			if i%3 == 1 {
				e := model.RegisterEntry{Risk: r.Rule.ID}
				if old := a.Register.Entry(r.Rule.ID); old != nil {
					e = *old
				}
				e.Note = strings.TrimSpace(strings.Repeat("a note that runs on ", 1+i%7))
				a.Register.Set(e)
			}
			i++
		}
	}
	m := NewModel(rb, ws, true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	m.Update(resize(w, h))
	press(t, m, "r")
	return m
}

// Paging the register down from its first row, and up from its last,
// shows every row: each page begins on the row after the last one shown
// (or, at the end, shows the last rows whole); and moving the cursor
// within a page keeps the page still. At 80×24 a page down measured on one
// row and drawn for the next left row 17 of 25 out.
func TestRegisterPagesShowEveryRow(t *testing.T) {
	for _, w := range []int{80, 120, 200} {
		for h := 24; h <= 60; h += 3 {
			for _, k := range []int{2, 5, 9, 14, 0} {
				t.Run(fmt.Sprintf("%dx%d/%d", w, h, k), func(t *testing.T) {
					m := pagedRegister(t, k, w, h)
					pageThrough(t, m, "pgdown")
					pageThrough(t, m, "pgup")
					press(t, m, "home")
					scrollsNoFurtherThanItMust(t, m)
				})
			}
		}
	}
}

// pageThrough presses key (pgdown from the first row, pgup from the last)
// until the cursor stops, checking that no row is passed unseen.
func pageThrough(t *testing.T, m *Model, key string) {
	t.Helper()
	down := key == "pgdown"
	if down {
		press(t, m, "home")
	} else {
		press(t, m, "end")
	}
	v := registerInView(t, m)
	seen := make([]bool, v.n+1)
	for range v.n + 1 {
		for r := v.first; r <= v.last; r++ {
			seen[r] = true
		}
		if v.cursor < v.first || v.cursor > v.last {
			t.Fatalf("%s: the cursor on row %d is out of view (rows %d–%d)", key, v.cursor, v.first, v.last)
		}
		listUsesTheRoom(t, m)
		press(t, m, key)
		next := registerInView(t, m)
		if next == v {
			break
		}
		if down && next.first > v.last+1 || !down && next.last < v.first-1 {
			t.Fatalf("%s from rows %d–%d showed rows %d–%d: the rows between were never shown", key, v.first, v.last, next.first, next.last)
		}
		v = next
	}
	for r := 1; r <= v.n; r++ {
		if !seen[r] {
			t.Fatalf("%s: row %d of %d was never shown", key, r, v.n)
		}
	}
	if end := map[bool]int{true: v.n, false: 1}[down]; v.cursor != end {
		t.Errorf("%s stopped on row %d, not row %d", key, v.cursor, end)
	}
}

// scrollsNoFurtherThanItMust moves the cursor down through the list and
// back up: the cursor stays in view, the first row in view moves only where
// the cursor's row would leave the screen (then it is the last or first row
// shown) or where the list's end leaves room above it, and the list takes
// the room the lines under it leave for the row under the cursor
// (listUsesTheRoom).
func scrollsNoFurtherThanItMust(t *testing.T, m *Model) {
	t.Helper()
	v := registerInView(t, m)
	for _, key := range []string{"down", "up"} {
		for range v.n {
			press(t, m, key)
			next := registerInView(t, m)
			if next.cursor < next.first || next.cursor > next.last {
				t.Fatalf("%s to row %d: the cursor is out of view (rows %d–%d)", key, next.cursor, next.first, next.last)
			}
			moved := next.first != v.first
			if key == "down" && moved && next.cursor != next.last && next.last != next.n {
				t.Fatalf("down to row %d, within rows %d–%d, moved the view to rows %d–%d", next.cursor, v.first, v.last, next.first, next.last)
			}
			if key == "up" && moved && next.cursor != next.first && next.last != next.n {
				t.Fatalf("up to row %d, within rows %d–%d, moved the view to rows %d–%d", next.cursor, v.first, v.last, next.first, next.last)
			}
			listUsesTheRoom(t, m)
			v = next
		}
	}
}

// listUsesTheRoom fails where rows of the register are out of view while a
// row's worth of blank lines stands between the list and its count: at
// 80×24 a long note on one row kept the last row out under six blank lines
// with the cursor on another.
func listUsesTheRoom(t *testing.T, m *Model) {
	t.Helper()
	v := registerInView(t, m)
	if v.first == 1 && v.last == v.n {
		return
	}
	lines := strings.Split(screenText(m), "\n")
	rowLines := 1
	for i, l := range lines {
		if strings.Contains(l, " Act ") {
			rowLines = 2 // a row of two lines: the activity's number heads it
		}
		if !shownRows.MatchString(l) {
			continue
		}
		blank := 0
		for j := i - 1; j > 0 && strings.TrimSpace(lines[j]) == ""; j-- {
			blank++
		}
		if blank >= rowLines {
			t.Fatalf("rows %d–%d of %d shown over %d blank lines:\n%s", v.first, v.last, v.n, blank, screenText(m))
		}
		return
	}
}

// At 80×24 on the demo the register's pages follow each other: rows 1–8,
// then the page that begins on row 9.
func TestRegisterPageDownScreen(t *testing.T) {
	m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitText(t, tm, "Joint offensiv")
	sendKeys(tm, "r")
	waitText(t, tm, "rows 1–8 shown")
	sendKeys(tm, "pgdown")
	waitText(t, tm, "row 9 of 25 · rows 9–")
	_, view := finalScreen(t, tm)
	teatest.RequireEqualOutput(t, []byte(view))
}
