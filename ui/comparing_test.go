package ui

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/compareview"
)

// The two mandates the comparison screen is tried on: an invented mission's
// reviewed worksheet and its renewal (one task moved unchanged, some
// reworded, one split, one dropped, two added).
var (
	compareOld = filepath.Join("testdata", "compare", "old.yaml")
	compareNew = filepath.Join("testdata", "compare", "new.yaml")
)

// loadTestSheet reads a worksheet of testdata.
func loadTestSheet(t testing.TB, path string) *model.Worksheet {
	t.Helper()
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// comparing opens old.yaml and compares it with new.yaml through C.
func comparing(t testing.TB, w, h int) *Model {
	t.Helper()
	m := newTestModel(t, loadTestSheet(t, compareOld), w, h)
	press(t, m, "C")
	typeText(t, m, compareNew)
	press(t, m, "enter")
	return m
}

func (m *Model) comparison() *compareview.Screen {
	return m.nav.screens[compareScreen].(*compareview.Screen)
}

func TestCompareOpensFromTheWorksheet(t *testing.T) {
	m := newTestModel(t, loadTestSheet(t, compareOld), 120, 40)
	press(t, m, "C")
	requireScreen(t, m, "Compare with another mandate", "The worksheet is OLD")
	typeText(t, m, compareNew)
	// The comparison runs as a task: enter only starts it, and the status
	// line says what runs until its result comes back.
	_, cmd := m.Update(keyMsg("enter"))
	if m.task == nil || m.front != worksheetScreen {
		t.Fatalf("enter did not leave the comparison to a task (front %v)", m.front)
	}
	requireScreen(t, m, "Comparing old.yaml (old) with new.yaml (new)…")
	run(m, cmd)
	if m.front != compareScreen {
		t.Fatalf("front screen %v, want the comparison; status %q", m.front, m.status)
	}
	c := m.comparison()
	if c.Pairs() != 9 {
		t.Errorf("%d pairs, want 9", c.Pairs())
	}
	requireScreen(t, m, "OLD  S/RES/9001 (2013)", "NEW  S/RES/9002 (2014)", "OLD is old.yaml, NEW is new.yaml; w swaps them.")
	press(t, m, "?")
	requireScreen(t, m, "Keys of the comparison screen", "changed verdicts only", "swap OLD and NEW")
	press(t, m, "esc")
	if m.front != compareScreen {
		t.Fatalf("esc on its help: front %v, want the comparison", m.front)
	}
	press(t, m, "esc")
	if m.front != worksheetScreen {
		t.Errorf("esc on the comparison: front %v, want the worksheet", m.front)
	}
}

func TestCompareSwapsOldAndNew(t *testing.T) {
	m := comparing(t, 120, 40)
	before := m.comparison().Selected()
	press(t, m, "w")
	if m.front != compareScreen {
		t.Fatalf("front %v after w", m.front)
	}
	requireScreen(t, m, "OLD  S/RES/9002 (2014)", "NEW  S/RES/9001 (2013)", "OLD is new.yaml, NEW is old.yaml")
	after := m.comparison().Selected()
	if before.OldActivity != after.NewActivity || before.NewActivity != after.OldActivity {
		t.Errorf("the first pair swapped is %v → %v", after.OldActivity, after.NewActivity)
	}
	press(t, m, "esc")
	if m.front != worksheetScreen {
		t.Errorf("esc after a swap: front %v, want the worksheet", m.front)
	}
}

func TestCompareWithAResolution(t *testing.T) {
	m := comparing(t, 120, 40)
	press(t, m, "esc", "C")
	typeText(t, m, filepath.Join("testdata", "S-RES-1925-2010.txt"))
	press(t, m, "enter")
	if m.front != compareScreen {
		t.Fatalf("front %v, status %q", m.front, m.status)
	}
	requireScreen(t, m, "NEW  S/RES/1925 (2010)")
	if n := m.comparison().Pairs(); n < 10 {
		t.Errorf("%d pairs: the resolution was not imported", n)
	}
}

func TestCompareWithWhatCannotBeRead(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ path, want string }{
		{"", "Nothing compared: no file name given."},
		{filepath.Join(dir, "missing.txt"), "does not exist"},
		{dir, "is a folder"},
		{filepath.Join(dir, "missing.yaml"), "Nothing compared"},
	} {
		m := newTestModel(t, loadTestSheet(t, compareOld), 120, 40)
		press(t, m, "C")
		typeText(t, m, tc.path)
		press(t, m, "enter")
		if m.front != worksheetScreen || !m.statusErr || !strings.Contains(m.status, tc.want) {
			t.Errorf("%q: front %v, status %q (error %v), want %q", tc.path, m.front, m.status, m.statusErr, tc.want)
		}
	}
}

// Opening a comparison, its pages and its keys never wait on the disk: the
// file is read by the task, and swapping compares again in a task.
func TestCompareNeverWaitsOnTheDisk(t *testing.T) {
	opened := comparing(t, 120, 40)
	called := blockDisk(t)
	for i, k := range []string{"v", "j", "enter", "]", "T", "esc", "v", "w", "w", "esc"} {
		updateOffDisk(t, opened, keyMsg(k), called, []string{k})
		if i == 7 && opened.task == nil {
			t.Error("w did not start a task")
		}
	}
	m := newTestModel(t, loadTestSheet(t, compareOld), 120, 40)
	keys := []string{"C", "n", "e", "w", ".", "y", "a", "m", "l", "tab", "enter", "esc", "C", "x", ".", "t", "x", "t", "enter"}
	for i, k := range keys {
		updateOffDisk(t, m, keyMsg(k), called, keys[:i+1])
	}
}

// The comparison's list, filter, pair and totals, drawn at the smallest
// terminal and a wide one (where a pair's accounts stand side by side).
func TestCompareScreens(t *testing.T) {
	screens := []struct {
		name string
		keys []string
		wait string
	}{
		{"list", nil, "Every task: 9 pairs"},
		{"changed", []string{"v"}, "Changed verdicts only"},
		{"pair", []string{"j", "enter"}, "similarity"},
		{"totals", []string{"T"}, "NEW: "},
		{"terms", []string{"t"}, "None compared: only a mandate"},
	}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				m := NewModel(classify.Default(), loadTestSheet(t, compareOld), false, nil, nil)
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitText(t, tm, "Facilitate humanitarian access")
				sendKeys(tm, "C")
				waitText(t, tm, "Compare with another mandate")
				for _, r := range compareNew {
					sendKeys(tm, string(r))
				}
				sendKeys(tm, "enter")
				if len(s.keys) == 0 {
					waitText(t, tm, "w swaps them", s.wait)
				} else {
					waitText(t, tm, "w swaps them")
					sendKeys(tm, s.keys...)
					waitText(t, tm, s.wait)
				}
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}

// The comparison's View only draws: the list, the filter, a pair and the
// totals, at the smallest terminal and a wide one.
func TestCompareViewIsPure(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, keys := range [][]string{nil, {"v"}, {"j", "enter"}, {"j", "enter", "pgdown"}, {"T"}} {
			t.Run(fmt.Sprintf("%v %dx%d", keys, size[0], size[1]), func(t *testing.T) {
				m := comparing(t, size[0], size[1])
				press(t, m, keys...)
				if m.front != compareScreen {
					t.Fatalf("front %v", m.front)
				}
				before := dumpState(reflect.ValueOf(m))
				first := m.View()
				if second := m.View(); first != second {
					t.Errorf("two Views differ:\n%s\n---\n%s", first, second)
				}
				if after := dumpState(reflect.ValueOf(m)); after != before {
					t.Errorf("View changed the model's state:\n%s", firstDifference(before, after))
				}
			})
		}
	}
}

// A worksheet with no activity yet compares too: every task of NEW is
// added, and the screen draws every page.
func TestCompareAnEmptyWorksheet(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	press(t, m, "C")
	typeText(t, m, compareNew)
	press(t, m, "enter")
	if m.front != compareScreen {
		t.Fatalf("front %v, status %q", m.front, m.status)
	}
	requireScreen(t, m, "0 unchanged", "8 added", "OLD is the worksheet")
	press(t, m, "v")
	requireScreen(t, m, "No task's verdict changed")
	press(t, m, "v", "enter")
	requireScreen(t, m, "no such task in this mandate")
	press(t, m, "esc", "T", "end")
	requireScreen(t, m, "Difference (NEW")
}

// esc while the comparison runs drops it: the worksheet stays in front.
func TestCompareCancelled(t *testing.T) {
	m := newTestModel(t, loadTestSheet(t, compareOld), 120, 40)
	press(t, m, "C")
	typeText(t, m, compareNew)
	_, cmd := m.Update(keyMsg("enter"))
	press(t, m, "esc")
	requireScreen(t, m, "Cancelled: comparing old.yaml (old) with new.yaml (new)")
	run(m, cmd)
	if m.front != worksheetScreen {
		t.Errorf("a cancelled comparison opened screen %v", m.front)
	}
}

// A request to compare with nothing says so rather than fail.
func TestCompareWithNothing(t *testing.T) {
	m := newTestModel(t, loadTestSheet(t, compareOld), 120, 40)
	_, cmd := m.Update(compareview.Run{OldFile: "old.yaml", Old: loadTestSheet(t, compareOld), NewFile: "none"})
	run(m, cmd)
	if m.front != worksheetScreen || !strings.Contains(m.status, "Nothing compared: no mandate to compare with") {
		t.Errorf("front %v, status %q", m.front, m.status)
	}
}
