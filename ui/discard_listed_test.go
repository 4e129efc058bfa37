package ui

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// A draft discarded in the review is listed by l at once, among the
// paragraphs the import left out, marked [discarded] and counted in the key
// (a first use found it missing until the mandate was imported again), in
// the words of the key, "discarded in this run" (it was marked "taken out
// earlier in this run" a moment after x), and r brings it back to its
// place; u takes it out and lists it again.
func TestReviewListsADraftDiscardedInIt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			_, left := leftOutOf(t)
			gone := m.draftReview().Draft()
			ref, at := gone.Source.Ref, m.sh.sheet.Index(gone)
			press(t, m, "x")
			if k := fmt.Sprintf(`left out \(%d(\+1 discarded in this run|\+1|\) and discarded in this run \(1)\)`, len(left)); !regexp.MustCompile(k).MatchString(screenText(m)) {
				t.Fatalf("the key of the list does not count the discard:\n%s", screenText(m))
			}
			press(t, m, "l")
			requireScreen(t, m, "1 was discarded in this run")
			mark := "> " + ref + " [discarded] in this run"
			for i := 0; i < 40 && !strings.Contains(screenText(m), mark); i++ {
				press(t, m, "down")
			}
			requireScreen(t, m, mark)
			golden(t, m, size[0], size[1], "[discarded]")
			s := m.sh.sheet
			n := s.Len()
			press(t, m, "r")
			if back := m.draftReview().Draft(); s.Len() != n+1 || back != gone || s.Index(back) != at {
				t.Fatalf("r brought back %q at row %d, want paragraph %s at row %d", back.Source.Ref, s.Index(back), ref, at)
			}
			press(t, m, "u") // the list again, the paragraph marked on it
			requireScreen(t, m, mark)
		})
	}
}

// The plain prompts' left lists a draft discarded in their review at once,
// and restore brings it back, through the same list as the screens'.
func TestAccessibleLeftListsADraftDiscardedInTheReview(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	drafts, left := leftOutOf(t)
	lines := []string{"", "import " + resolution, "review", "4", "0", "left"}
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	want := "Left out of S/RES/1925 (2010): " + plural(len(left), "paragraph asks", "paragraphs ask") + " for no activity, 1 was discarded in this run;"
	if !strings.Contains(stderr, want) {
		t.Fatalf("the prompts lack %q:\n%s", want, stderr[max(0, len(stderr)-1500):])
	}
	found := regexp.MustCompile(`(?m)^  (\S+) — \[discarded\] in this run$`).FindStringSubmatch(stderr)
	if found == nil {
		t.Fatalf("left does not name the discarded paragraph:\n%s", stderr[max(0, len(stderr)-1500):])
	}
	path = filepath.Join(t.TempDir(), "plan.yaml")
	_, stderr, code = runPocssr(t, strings.Join(append(lines, "restore "+found[1]), "\n")+"\nquit\n", path, "--accessible")
	if code != 0 || !strings.Contains(stderr, "Paragraph "+found[1]+", discarded in this run, brought back as a draft: activity ") {
		t.Fatalf("exit %d, not brought back:\n%s", code, stderr[max(0, len(stderr)-800):])
	}
	if n := len(loadPlan(t, path).Activities); n != drafts {
		t.Errorf("the file holds %d activities, want %d", n, drafts)
	}
}

// The status line names a discarded draft by its whole title where the line
// holds it: at 200 columns a title of 60 cells was cut at 40.
func TestDiscardNoteCutsTheTitleOnlyForWantOfRoom(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			gone := m.draftReview().Draft()
			title := report.OneLine(gone.Title)
			press(t, m, "x")
			whole := "Discarded " + gone.Source.Ref + " “" + title + "”. u puts it back."
			if size[0] == 200 && len([]rune(whole)) <= 200 {
				requireScreen(t, m, whole)
			} else {
				requireScreen(t, m, "Discarded "+gone.Source.Ref+" “")
			}
		})
	}
}

// The review's line of keys at 200×60 shows every key that fits, undo and
// save among them (they gave way while 24 columns were free), and in the
// list of left-out paragraphs says what l does there, as the key row does.
func TestReviewKeyLineAgreesAndShowsWhatFits(t *testing.T) {
	m := NewModel(classify.Default(), model.New(""), false, nil, nil)
	m.Update(resize(200, 60))
	importFile(t, m, resolution)
	footer := func() string {
		l := strings.Split(screenText(m), "\n")
		return l[len(l)-1]
	}
	for _, want := range []string{" · u undo · ", "ctrl+s save", "l left-out paragraphs and why"} {
		if !strings.Contains(footer(), want) {
			t.Errorf("the review's key line lacks %q: %q", want, footer())
		}
	}
	press(t, m, "l")
	requireScreen(t, m, "[l/esc] back to the draft")
	if f := footer(); !strings.Contains(f, "l/esc back to the draft") || strings.Contains(f, "left-out paragraphs") {
		t.Errorf("in the list the key line says %q", f)
	}
	golden(t, m, 200, 60, "[l/esc] back to the draft")
}
