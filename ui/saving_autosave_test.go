package ui

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// autosaveSteps are edits of the worksheet, each followed by the autosave's
// timer going off, so that each is written.
var autosaveSteps = []struct {
	name    string
	keys    []string
	changes bool // the step changes the worksheet
}{
	{"answer a question", []string{"e", "space", "esc"}, true},
	{"move an activity down", []string{"J"}, true},
	{"delete an activity", []string{"d"}, true},
	{"undo the delete", []string{"u"}, true},
	{"redo it", []string{"ctrl+r"}, true},
	{"duplicate an activity", []string{"c"}, true},
	{"sort", []string{"o"}, false},
	{"edit the register", []string{"r", "s", "esc"}, true},
}

// autosaveCopies counts the activities the autosave copies at each step on a
// worksheet of n activities, and checks that every step was written.
func autosaveCopies(t *testing.T, n int) []int {
	isolateState(t)
	rec, _, _ := startTestRecovery(t, "")
	rb := classify.Default()
	m := NewModel(rb, sample.Worksheet(rb, n, 7), false, rec, nil)
	m.Update(resize(120, 40))
	m.copyForAutosave()
	if rec.copies.made != n {
		t.Fatalf("%d copies made before the first edit, want %d", rec.copies.made, n)
	}
	out := make([]int, len(autosaveSteps))
	for i, s := range autosaveSteps {
		before, gen := rec.copies.made, m.sh.sheet.Gen()
		for _, k := range s.keys {
			if k == "space" && m.quest != nil && len(m.qs().Questions) > 0 {
				m.quest.GoTo(m.qs().Questions[0].Fact)
				press(t, m, "down")
			}
			press(t, m, k)
		}
		_, cmd := m.Update(autosaveTickMsg{})
		run(m, cmd)
		out[i] = rec.copies.made - before
		if changed := m.sh.sheet.Gen() != gen; changed != s.changes {
			t.Fatalf("%s: the worksheet changed: %v, want %v", s.name, changed, s.changes)
		}
		if got := autosaved(t, rec); got == nil || len(got.Activities) != m.sh.sheet.Len() {
			t.Fatalf("%s: the autosave does not hold the worksheet's %d activities", s.name, m.sh.sheet.Len())
		}
	}
	return out
}

// An edit copies for the autosave the activities it changed, not the
// worksheet: each step copies as many activities on 4,000 as on 200, counted.
func TestAutosaveCopiesOnlyWhatChanged(t *testing.T) {
	small, large := autosaveCopies(t, 200), autosaveCopies(t, 4000)
	t.Logf("copies per step: %v", large)
	for i, s := range autosaveSteps {
		if large[i] != small[i] || large[i] > 2 {
			t.Errorf("%s: %d activities copied on 4,000 activities, %d on 200", s.name, large[i], small[i])
		}
	}
}

// staleCopies names the activities whose autosave copy still stands for them
// (the sheet gives them the version it was taken at) but no longer matches
// them: a change that did not renew the activity's version.
func staleCopies(m *Model) []string {
	var stale []string
	s := m.sh.sheet
	for i, a := range s.Worksheet().Activities {
		held, ok := m.recovery.copies.held[a]
		if !ok || held.version != s.Version(a) {
			continue
		}
		if want := autosaveCopyOf(a); !reflect.DeepEqual(held.copy, want) {
			stale = append(stale, fmt.Sprintf("%d %q: copy %+v, activity %+v", i, a.ID, *held.copy, *want))
		}
	}
	return stale
}

// Every way of changing an activity renews its version, so the autosave never
// writes an activity as it was before a change: random key sequences on every
// screen, the copies checked after each key against the activities.
func TestNoChangeKeepsAnOldAutosaveCopy(t *testing.T) {
	drafts := importedSheet(t, resolution)
	t.Chdir(t.TempDir())
	isolateState(t)
	keys := append(append([]string{}, monkeyKeys...), "r", "s", "x", "e", "space", "1", "2", "esc", "R", "a")
	steps := 1500
	if testing.Short() {
		steps = 300
	}
	for seed := uint64(1); seed <= 3; seed++ {
		rec, _, _ := startTestRecovery(t, "")
		rng := rand.New(rand.NewPCG(seed, 18))
		m := NewModel(classify.Default(), caseLibrary(t), true, rec, nil)
		if seed == 3 {
			m = NewModel(classify.Default(), drafts, false, rec, nil)
		}
		m.Update(resize(120, 40))
		m.copyForAutosave()
		var last []string
		for step := 0; step < steps; step++ {
			k := keys[rng.IntN(len(keys))]
			last = append(last, k)
			if len(last) > 20 {
				last = last[1:]
			}
			_, cmd := m.Update(keyMsg(k))
			run(m, cmd)
			if stale := staleCopies(m); len(stale) > 0 {
				t.Fatalf("seed %d step %d: after %v the autosave holds an old copy of %v", seed, step, last, stale)
			}
			rec.copies.snapshot(m.sh.sheet.Sheet, time.Time{})
			if m.prompt != nil || m.quitAfterSave {
				// A question (quit, lose work) would end the run: answer no.
				_, cmd := m.Update(keyMsg("esc"))
				run(m, cmd)
			}
		}
	}
}

// A title typed with a space and ended the questionnaire back as it was
// (the space trimmed) is written as it now is, not as it was while typed.
func TestTrimmedTitleRenewsTheAutosaveCopy(t *testing.T) {
	isolateState(t)
	rec, _, _ := startTestRecovery(t, "")
	m := NewModel(classify.Default(), caseLibrary(t), true, rec, nil)
	m.Update(resize(120, 40))
	m.copyForAutosave()
	press(t, m, "e")
	a := m.qs().Activity
	title := a.Title
	for i := 0; i < 40 && m.qs().Stage != questionnaire.Describing; i++ {
		press(t, m, "left") // back, question by question, to the description
	}
	press(t, m, "end", " ")
	if a.Title != title+" " {
		t.Fatalf("title %q after a space typed", a.Title)
	}
	rec.copies.snapshot(m.sh.sheet.Sheet, time.Time{}) // the copy holds the title with its space
	for m.front == questionnaireScreen || m.nav.front() == questionnaireScreen {
		press(t, m, "esc")
	}
	if a.Title != title {
		t.Fatalf("title %q, want %q back after the trim", a.Title, title)
	}
	if stale := staleCopies(m); len(stale) > 0 {
		t.Fatalf("the autosave holds an old copy: %v", stale)
	}
}
