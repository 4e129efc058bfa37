package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A paragraph restored in the review and the restore undone leave the
// review as it was before: every draft shows its own words' evidence and
// the facts answered since its own reading. (The draft shown right after
// the undo showed the restored paragraph's suggestions, each "changed to:
// unknown", and its own suggestions as answered since.)

// draftBodies walks the review from the draft shown to its end with s, and
// gives each draft's reference and the rows that show it: the screen but its
// title bar, the review's heading and the three lines at the foot (keys,
// status, footer), which say where the review stands rather than the draft.
func draftBodies(t *testing.T, m *Model) (refs []string, bodies []string) {
	t.Helper()
	seen := map[*model.Activity]bool{}
	for m.front == reviewScreen {
		a := m.draftReview().Draft()
		if a == nil || seen[a] {
			break
		}
		seen[a] = true
		lines := strings.Split(screenText(m), "\n")
		refs = append(refs, a.Source.Ref)
		bodies = append(bodies, strings.Join(lines[2:len(lines)-3], "\n"))
		press(t, m, "s")
	}
	return refs, bodies
}

// reviewAfterRestoreUndone opens the review of the resolution's drafts (on
// an import, or on a replace of an earlier one), restores paragraph 2 from
// the list of those left out, undoes that, and goes back to the draft.
func reviewAfterRestoreUndone(t *testing.T, replace bool, w, h int) *Model {
	t.Helper()
	m := newTestModel(t, model.New(""), w, h)
	importFile(t, m, resolution)
	if replace {
		press(t, m, "esc")
		importFile(t, m, resolution)
		press(t, m, "r")
	}
	press(t, m, "l", "down")
	requireScreen(t, m, "> 2 sets the number of troops")
	press(t, m, "r")
	if got := m.draftReview().Draft().Source.Ref; got != "2" {
		t.Fatalf("r showed the draft of %q, want 2", got)
	}
	press(t, m, "u")
	requireScreen(t, m, "Undid the restore of paragraph 2", "> 2 sets the number of troops")
	press(t, m, "l")
	return m
}

func TestRestoreUndoneLeavesEachDraftItsOwnReading(t *testing.T) {
	for _, replace := range []bool{false, true} {
		t.Run(fmt.Sprintf("replace=%v", replace), func(t *testing.T) {
			fresh := newTestModel(t, model.New(""), 120, 60)
			importFile(t, fresh, resolution)
			if replace {
				press(t, fresh, "esc")
				importFile(t, fresh, resolution)
				press(t, fresh, "r")
			}
			wantRefs, want := draftBodies(t, fresh)

			m := reviewAfterRestoreUndone(t, replace, 120, 60)
			refs, got := draftBodies(t, m)
			if strings.Join(refs, " ") != strings.Join(wantRefs, " ") {
				t.Fatalf("after the undo the review goes through %v, before the restore %v", refs, wantRefs)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("draft of paragraph %s after the restore undone:\n%s\n\nas shown before:\n%s", refs[i], got[i], want[i])
				}
			}
			if !strings.Contains(want[0], "paragraph "+wantRefs[0]+" ") {
				t.Errorf("the first draft does not say whose words it read:\n%s", want[0])
			}
		})
	}
}

func TestRestoreUndoneScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "No activities yet")
			sendKeys(tm, "i")
			waitText(t, tm, "Import a mandate")
			tm.Type(resolution)
			sendKeys(tm, "enter")
			waitText(t, tm, "Review of drafts")
			sendKeys(tm, "l", "down", "r")
			waitText(t, tm, "Paragraph 2 restored")
			sendKeys(tm, "u")
			waitText(t, tm, "Undid the restore")
			sendKeys(tm, "l")
			waitText(t, tm, "[a] accept")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// Undoing a restore gives the review's counts back as they were before it:
// the paragraph goes back to the list, and nothing was discarded. (The
// heading counted it "1 discarded".) A restore decided and then undone,
// decision first, counts so too.
func TestRestoreUndoneKeepsTheCounts(t *testing.T) {
	for _, decide := range []string{"", "a", "x"} {
		t.Run("decide="+decide, func(t *testing.T) {
			m := newTestModel(t, model.New(""), 200, 60)
			importFile(t, m, resolution)
			heading := func() string { return strings.Split(screenText(m), "\n")[1] }
			before := heading()
			press(t, m, "l", "down", "r")
			if decide != "" {
				press(t, m, decide)
				if strings.Contains(screenText(m), "No fact is known of this draft") {
					press(t, m, "a")
				}
				press(t, m, "u")
			}
			press(t, m, "u")
			requireScreen(t, m, "Undid the restore of paragraph 2")
			press(t, m, "l")
			if got := heading(); got != before {
				t.Errorf("heading after the restore undone:\n%s\nbefore the restore:\n%s", got, before)
			}
			requireScreen(t, m, "0 discarded", "[l] left out (10)")
		})
	}
}

// After r, the status line names the paragraph restored and u whole at 80
// columns: how the draft was made gives way, the line ending "in full
// (?)", and the help shows the note whole, the one message it names, not a
// second one "+1 more (?)" counted. ("… u takes it out agai…" was cut.)
func TestRestoreNoteOnTheStatusLine(t *testing.T) {
	const whole = "Paragraph 15 restored as a draft, as import --all makes it; u takes it out again."
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, resolution)
			press(t, m, "l", "down", "down", "down")
			requireScreen(t, m, "> 15 ")
			press(t, m, "r")
			refuseScreen(t, m, "agai…")
			if size[0] != 80 {
				requireScreen(t, m, whole)
				golden(t, m, size[0], size[1], "[l] left out")
				return
			}
			requireScreen(t, m, "Paragraph 15 restored as a draft; u takes it out again. · in full (?)")
			golden(t, m, size[0], size[1], "[l] left out")
			press(t, m, "?")
			if !containsFlat(screenText(m), whole) {
				t.Fatalf("the help does not show the note whole:\n%s", screenText(m))
			}
		})
	}
}

// ctrl+r on the worksheet after a restore undone in the review makes the
// restore again, and the review's list of paragraphs left out follows:
// paragraph 2 is a draft of the worksheet, not listed as left out (it was,
// and r on it made a second draft of it); u on the worksheet takes it out
// again, and the list has it back.
func TestRedoOfAnUndoneRestoreOnTheWorksheet(t *testing.T) {
	drafts := func(m *Model) int {
		n := 0
		for _, a := range m.sh.sheet.Worksheet().Activities {
			if a.Source.Ref == "2" {
				n++
			}
		}
		return n
	}
	redone := func(t *testing.T, w, h int) *Model {
		m := reviewAfterRestoreUndone(t, false, w, h)
		press(t, m, "esc")
		press(t, m, "ctrl+r")
		requireScreen(t, m, "Redid the restore of paragraph 2")
		if n := drafts(m); n != 1 {
			t.Fatalf("after ctrl+r the worksheet holds %d drafts of paragraph 2, want 1", n)
		}
		press(t, m, "R")
		requireScreen(t, m, "[l] left out (9)")
		press(t, m, "l")
		refuseScreen(t, m, "2 sets the number of troops")
		requireScreen(t, m, "9 paragraphs ask for no activity")
		return m
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			golden(t, redone(t, size[0], size[1]), size[0], size[1], "Left out of")
		})
	}
	m := redone(t, 120, 40)
	press(t, m, "r", "u") // restores the paragraph marked, 3, and undoes that
	if n := drafts(m); n != 1 {
		t.Fatalf("the list's r and u leave %d drafts of paragraph 2, want 1", n)
	}
	press(t, m, "q", "u") // q stops the review from the list
	requireScreen(t, m, "Undid the last restore of paragraph 2")
	if n := drafts(m); n != 0 {
		t.Fatalf("after u the worksheet holds %d drafts of paragraph 2, want none", n)
	}
	press(t, m, "R", "l")
	requireScreen(t, m, "2 sets the number of troops", "10 paragraphs ask for no activity")
	// u in the review, on the restore made again, puts it back on the list.
	m = redone(t, 120, 40)
	press(t, m, "l", "u")
	requireScreen(t, m, "Undid the restore of paragraph 2")
	if n := drafts(m); n != 0 {
		t.Fatalf("after u in the review the worksheet holds %d drafts of paragraph 2, want none", n)
	}
	press(t, m, "l")
	requireScreen(t, m, "2 sets the number of troops", "10 paragraphs ask for no activity")
}
