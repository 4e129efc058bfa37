package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// allDraft is the draft `pocssr import --all` makes of the part at ref.
func allDraft(t *testing.T, ref string) *model.Activity {
	t.Helper()
	data, err := os.ReadFile(resolution)
	if err != nil {
		t.Fatal(err)
	}
	ws, _, err := suggest.Import(suggest.NewReader(classify.Default()), resolution, string(data), suggest.ImportOptions{All: true, TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ws.Activities {
		if a.Source.Ref == ref {
			return a
		}
	}
	t.Fatalf("import --all made no draft of %s", ref)
	return nil
}

// In the list of left-out paragraphs, r restores the marked one as the draft
// import --all makes of it, in its place among the mandate's drafts; u takes
// it out and puts it back on the list.
func TestReviewRestoresALeftOutParagraph(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	s := m.sh.sheet
	n := s.Len()
	press(t, m, "r") // not in the list: nothing
	if s.Len() != n {
		t.Fatal("r restored a paragraph outside the list of left-out ones")
	}
	press(t, m, "l")
	requireScreen(t, m, "> 1 extends a mandate", "[r] restore as a draft")
	press(t, m, "down", "down")
	requireScreen(t, m, "> 3 sets the number of troops")
	press(t, m, "r")
	if s.Len() != n+1 {
		t.Fatalf("%d activities after r, want %d", s.Len(), n+1)
	}
	a := m.draftReview().Draft()
	want := allDraft(t, "3")
	if a.Source.Ref != "3" || a.Status != model.StatusDraft || a.Title != want.Title || !a.Facts.Equal(&want.Facts) || a.Source != want.Source {
		t.Fatalf("restored %q %q %q, import --all makes %q", a.Source.Ref, a.Status, a.Title, want.Title)
	}
	// Paragraphs 1 and 2 are left out too: 3 comes first, before 4.
	if i := s.Index(a); i != 0 || s.At(1).Source.Ref != "4" {
		t.Fatalf("restored at %d, before %q", i, s.At(i+1).Source.Ref)
	}
	requireScreen(t, m, "Paragraph 3 restored as a draft", "[l] left out (9)", "35 left · ", " · 0 reviewed")
	press(t, m, "l")
	refuseScreen(t, m, "3 sets the number of troops")

	press(t, m, "u")
	if s.Len() != n || s.Index(a) >= 0 {
		t.Fatalf("u left %d activities", s.Len())
	}
	requireScreen(t, m, "> 3 sets the number of troops", "Undid the restore of paragraph 3", "34 left")

	// The next one, 23, goes after the draft of 17 (18 to 22 are left out),
	// and u on the worksheet
	// takes it out too.
	for i := 0; i < 40 && !strings.Contains(screenText(m), "> 23 "); i++ {
		press(t, m, "down")
	}
	press(t, m, "r")
	b := m.draftReview().Draft()
	if i := s.Index(b); b.Source.Ref != "23" || s.At(i-1).Source.Ref != "17" {
		t.Fatalf("restored %q after %q", b.Source.Ref, s.At(i-1).Source.Ref)
	}
	press(t, m, "esc", "u")
	if s.Index(b) >= 0 {
		t.Fatal("u on the worksheet left the restored draft in")
	}
	// 23 is back on the list of the parts left out.
	press(t, m, "R")
	requireScreen(t, m, "[l] left out (10)")
}

func TestReviewRestoreScreens(t *testing.T) {
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
			sendKeys(tm, "l", "down")
			waitText(t, tm, "> 2 sets the number")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// While the list of left-out paragraphs is in view, the verdict keys act on
// no draft out of sight, and the footer does not offer them.
func TestReviewVerdictKeysRestInTheLeftOutList(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	shown := m.draftReview().Draft()
	press(t, m, "l", "a", "s", "x")
	if shown.Status != model.StatusDraft || m.sh.sheet.Index(shown) < 0 || m.draftReview().Draft() != shown {
		t.Fatalf("a verdict key acted on the draft out of sight: %q", shown.Status)
	}
	refuseScreen(t, m, "[a] accept", "a accept (reviewed)")
	press(t, m, "l", "a")
	if shown.Status != model.StatusReviewed {
		t.Fatal("back at the draft, a does not accept it")
	}
}

// Once a restored paragraph is decided, the review returns to the draft it
// was on, and goes on from there in its order: the drafts waiting between
// it and the restored one come next, the mission's own before those asked
// of others. (It went on after the restored one, past those waiting.)
func TestReviewReturnsAfterARestore(t *testing.T) {
	for _, decide := range []string{"s", "a"} {
		t.Run(decide, func(t *testing.T) {
			m := newTestModel(t, model.New(""), 120, 40)
			importFile(t, m, resolution)
			press(t, m, "s")
			on := m.draftReview().Draft()
			press(t, m, "l", "down", "down", "down") // 15, after the drafts of 14
			requireScreen(t, m, "> 15 ")
			press(t, m, "r")
			if got := m.draftReview().Draft().Source.Ref; got != "15" {
				t.Fatalf("restored and shown %q, want 15", got)
			}
			press(t, m, decide)
			if got := m.draftReview().Draft(); got != on {
				t.Fatalf("after the restored draft the review shows %q, want %q, the one it was on", got.Source.Ref, on.Source.Ref)
			}
			sh := m.sh.sheet
			var want *model.Activity // the mission's own next draft after it
			for i := sh.Index(on) + 1; i < sh.Len() && want == nil; i++ {
				if a := sh.At(i); a.Status == model.StatusDraft && !sh.Verdict(a).Others {
					want = a
				}
			}
			press(t, m, "s")
			if got := m.draftReview().Draft(); got != want {
				t.Fatalf("then %q, want %q", got.Source.Ref, want.Source.Ref)
			}
		})
	}
}

// At 80 columns the list of left-out paragraphs gives every reason whole,
// wrapped under its reference ("…which is no a…" lost its end).
func TestLeftOutListWrapsEachReason(t *testing.T) {
	data, err := os.ReadFile(resolution)
	if err != nil {
		t.Fatal(err)
	}
	mandate, err := suggest.ReadMandate(suggest.NewReader(classify.Default()), string(data))
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, resolution)
	press(t, m, "l")
	seen := screenText(m)
	for range mandate.LeftOut() {
		press(t, m, "down")
		seen += screenText(m)
	}
	for _, p := range mandate.LeftOut() {
		if !containsFlat(seen, p.Ref+" "+p.Reason.Why()) {
			t.Errorf("paragraph %s: the reason %q is not whole in the list", p.Ref, p.Reason.Why())
		}
	}
	if strings.Contains(seen, "no a…") {
		t.Error("a reason is cut")
	}
}

// After a replace that kept a discarded paragraph out, the key line counts
// l's paragraphs "(9+1)" where it is short of room, and the help says under
// l what the two numbers are.
func TestLeftOutKeyCountIsExplainedInTheHelp(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			press(t, m, "x", "esc")
			importFile(t, m, resolution)
			press(t, m, "r")
			requireScreen(t, m, "[l] left out (10")
			press(t, m, "?")
			// The help may give the draft's title whole first (its "(?)").
			const counts = "the line of keys counts them: 10 paragraphs the import left out, +1 discarded in an earlier review"
			for i := 0; i < 60 && !containsFlat(screenText(m), counts); i++ {
				press(t, m, "j")
			}
			if !containsFlat(screenText(m), counts) {
				t.Fatalf("the help does not say what l counts:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "the line of keys counts them")
		})
	}
}

// In the review of a worksheet opened again, the footer names l, as the
// line of keys offers it ("left out?", the line's short words): the line
// offered it and the footer did not name it, where after an import both do.
func TestReviewFooterNamesLAsTheKeyLineDoes(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 200, 60)
	press(t, m, "R")
	lines := strings.Split(screenText(m), "\n")
	foot := lines[len(lines)-1]
	requireScreen(t, m, "[l] left out: how to list them")
	if !strings.Contains(foot, "l left out? ·") || !strings.Contains(foot, "? help: all keys of this screen") {
		t.Fatalf("the line of keys offers l and the footer does not name it: %q", foot)
	}
	golden(t, m, 200, 60, "how to list them")
}
