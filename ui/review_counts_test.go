package ui

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/questionnaire"
	"github.com/pocssr/pocssr/ui/words"
)

// briefingDrafts counts the drafts a markdown briefing of ws marks: the
// number its count line gives, and the activities headed with a DRAFT mark.
func briefingDrafts(t *testing.T, m *Model) (said, marked int) {
	t.Helper()
	var b bytes.Buffer
	ws := m.sh.sheet.Worksheet()
	if err := report.Write(&b, m.sh.rb, report.Markdown, []report.Sheet{{Worksheet: ws}}); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	if c := regexp.MustCompile(`(\d+) \*\*DRAFT\*\* \(not yet reviewed`).FindStringSubmatch(md); c != nil {
		said, _ = strconv.Atoi(c[1])
	}
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "### ") && strings.HasSuffix(l, "· **DRAFT**") {
			marked++
		}
	}
	return said, marked
}

// The review says how many drafts are left, reviewed, skipped and discarded;
// those left and skipped are what the briefing marks DRAFT, at every step,
// undo included.
func TestReviewTallyAgreesWithTheBriefing(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	steps := []struct {
		keys                               []string
		left, reviewed, skipped, discarded int
	}{
		{nil, 34, 0, 0, 0},
		{[]string{"a"}, 33, 1, 0, 0},
		{[]string{"a", "s"}, 31, 2, 1, 0},
		{[]string{"x"}, 30, 2, 1, 1},
		{[]string{"u"}, 31, 2, 1, 0},           // the discard undone
		{[]string{"x", "x", "s"}, 28, 2, 2, 2}, // two discarded, one more skipped
		{[]string{"u"}, 29, 2, 2, 1},
		{[]string{"a"}, 28, 3, 2, 1},
		{[]string{"u"}, 29, 2, 2, 1}, // the acceptance undone: a draft again
	}
	for i, st := range steps {
		press(t, m, st.keys...)
		if strings.Contains(screenText(m), "No fact is known of this draft") { // a draft without facts asks before it is accepted
			press(t, m, "a")
		}
		requireScreen(t, m, fmt.Sprintf("%d left · ", st.left), fmt.Sprintf(" · %d reviewed · %d skipped · %d discarded · %d DRAFT",
			st.reviewed, st.skipped, st.discarded, st.left+st.skipped))
		said, marked := briefingDrafts(t, m)
		if said != st.left+st.skipped || marked != said {
			t.Fatalf("step %d %v: the review leaves %d drafts, the briefing says %d and marks %d", i, st.keys, st.left+st.skipped, said, marked)
		}
	}
}

func TestReviewTallyScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "R review")
			sendKeys(tm, "R", "a", "s", "x")
			waitText(t, tm, "Discarded ")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The review goes through the mission's own drafts first, in the worksheet's
// order, then those asked of others, each marked so; the worksheet grouped
// by paragraph puts those asked of others after the mission's own, under
// headers that say so.
func TestReviewAndWorksheetSetTasksOfOthersApart(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 120, 40)
	s := m.sh.sheet
	var own, others []*model.Activity
	for _, a := range s.Worksheet().Activities {
		if s.Verdict(a).Others {
			others = append(others, a)
		} else {
			own = append(own, a)
		}
	}
	if len(own) == 0 || len(others) == 0 {
		t.Fatalf("%d own and %d asked of others: the resolution does not test the grouping", len(own), len(others))
	}
	press(t, m, "R")
	requireScreen(t, m, fmt.Sprintf("%d by others, reviewed last", len(others)))
	var seen []*model.Activity
	for m.front == reviewScreen && len(seen) <= s.Len() {
		a := m.draftReview().Draft()
		seen = append(seen, a)
		if s.Verdict(a).Others {
			requireScreen(t, m, "Asked of others than the mission · not the mission's own task, reviewed last")
		} else {
			refuseScreen(t, m, "Asked of others than the mission")
		}
		press(t, m, "s")
	}
	want := append(append([]*model.Activity{}, own...), others...)
	if len(seen) != len(want) {
		t.Fatalf("the review showed %d drafts of %d", len(seen), len(want))
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Fatalf("draft %d of the review is %s, want %s", i+1, seen[i].Source.Ref, want[i].Source.Ref)
		}
	}

	press(t, m, "t", "G")
	screen := screenText(m)
	if !strings.Contains(screen, "Asked of others than the mission · ¶ 13") {
		t.Fatalf("no header for the tasks asked of others:\n%s", screen)
	}
	rows := m.listed()
	last := -1
	for i, a := range rows {
		if !s.Verdict(a).Others {
			last = i
		}
	}
	for i, a := range rows[:last+1] {
		if s.Verdict(a).Others {
			t.Fatalf("row %d (%s) is asked of others but stands among the mission's own", i, a.Source.Ref)
		}
	}
}

func TestWorksheetOthersScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Mandate: S/RES/1925")
			sendKeys(tm, "t", "G")
			waitText(t, tm, "Asked of others than the mission · ¶ 13")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

func TestReviewOthersScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			// The mission's own drafts reviewed already: R on paragraph 5,
			// asked of the Government, begins there.
			rb := classify.Default()
			ws := importedSheet(t, resolution)
			for _, a := range ws.Activities {
				if r := rb.Classify(a); !r.AskedOfOthers {
					a.Status = model.StatusReviewed
				}
			}
			m := NewModel(rb, ws, false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Mandate: S/RES/1925")
			sendKeys(tm, "down", "R")
			waitText(t, tm, "Asked of others than the mission · not the mission")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// R pressed on a draft asked of others opens the review at it, as at any
// draft under the cursor, though the mission's own drafts wait: from it the
// review goes on with the others' drafts after it, then round to the
// mission's own from the top, and shows every draft once.
func TestReviewBegunOnADraftOfOthersBeginsThere(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 120, 40)
	s := m.sh.sheet
	var own, others []*model.Activity
	for _, a := range s.Worksheet().Activities {
		if s.Verdict(a).Others {
			others = append(others, a)
		} else {
			own = append(own, a)
		}
	}
	if len(own) == 0 || len(others) < 2 {
		t.Fatal("the resolution does not test the order")
	}
	from := others[1]
	m.Update(selectMsg{Activity: from})
	press(t, m, "R")
	if got := m.draftReview().Draft(); got != from {
		t.Fatalf("R on %s began with %s", from.Source.Ref, got.Source.Ref)
	}
	requireScreen(t, m, "Asked of others than the mission")
	want := append(append(append([]*model.Activity{}, others[1:]...), own...), others[0])
	var seen []*model.Activity
	for m.front == reviewScreen && len(seen) <= s.Len() {
		seen = append(seen, m.draftReview().Draft())
		press(t, m, "s")
	}
	if len(seen) != len(want) {
		t.Fatalf("the review showed %d drafts of %d", len(seen), len(want))
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Fatalf("draft %d of the review is %s, want %s", i+1, seen[i].Source.Ref, want[i].Source.Ref)
		}
	}
}

// R on the worksheet's second row, paragraph 5 asked of the Government,
// opens the review there while the mission's own drafts wait.
func TestReviewOpensAtTheDraftOfOthersUnderTheCursor(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Mandate: S/RES/1925")
			sendKeys(tm, "down", "R")
			waitText(t, tm, "Asked of others than the mission · not the mission")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// A reason a value was not suggested is said once, however often its words
// stand in the paragraph (S/RES/2119 24 requests MINUSTAH twice).
func TestWordsBehindSayEachDeclinedReasonOnce(t *testing.T) {
	m := newTestModel(t, importedSheet(t, "../classify/suggest/testdata/corpus/resolutions/S-RES-2119-2013.txt"), 200, 60)
	var a *model.Activity
	for _, x := range m.sh.sheet.Worksheet().Activities {
		if x.Source.Ref == "24" {
			a = x
		}
	}
	if a == nil {
		t.Fatal("no draft of paragraph 24")
	}
	reading := words.Read(m.sh.reader(), a)
	texts := map[string]int{}
	for _, d := range reading.Declined {
		texts[words.DeclinedText(m.sh.rb, d)]++
	}
	twice := false
	for _, n := range texts {
		twice = twice || n > 1
	}
	if !twice {
		t.Fatal("no reason stands twice in the reading: the paragraph no longer tests the rule")
	}
	seen := map[string]int{}
	for _, l := range (draftWords{m.sh}).Behind(a, reading, "e", 200) {
		if strings.Contains(l, "not suggested") {
			seen[strings.TrimSpace(l)]++
		}
	}
	for l, n := range seen {
		if n > 1 {
			t.Errorf("said %d times: %s", n, l)
		}
	}
}

// A draft of the mission's own that an edit makes a task of others (its
// implementer now the national authorities alone) does not send the review
// on to the drafts of others while the mission's own wait: it goes on with
// the next of the mission's own.
func TestReviewGoesOnWithTheMissionsOwnAfterAnEditMakesADraftOthers(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 120, 40)
	s := m.sh.sheet
	press(t, m, "R")
	first := m.draftReview().Draft()
	var next *model.Activity
	for i := s.Index(first) + 1; i < s.Len() && next == nil; i++ {
		if a := s.At(i); a.Status == model.StatusDraft && !s.Verdict(a).Others {
			next = a
		}
	}
	if s.Verdict(first).Others || next == nil {
		t.Fatal("the review does not begin on one of the mission's own with another after it")
	}
	press(t, m, "e")
	for i := 0; i < 20 && (m.qs().Stage != questionnaire.Asking || m.qs().Fact != model.Implementer); i++ {
		press(t, m, "left")
	}
	choose(t, m, "host-state")
	press(t, m, "space", "esc")
	if m.front != reviewScreen {
		t.Fatalf("the edit did not return to the review (screen %d)", m.front)
	}
	if !s.Verdict(first).Others {
		t.Fatal("the edit did not make the draft a task of others: the test shows nothing")
	}
	if m.draftReview().Draft() != next {
		t.Fatalf("after the edit the review went on with %s (asked of others: %v), want the mission's own %s",
			m.draftReview().Draft().Source.Ref, s.Verdict(m.draftReview().Draft()).Others, next.Source.Ref)
	}
}

// After an import the review begins with the mission's own drafts, though
// the first draft the import put in is asked of others: nobody chose it, as
// R on it chooses it (a replace after paragraph 4 was accepted put 5, asked
// of the Government, first).
func TestImportedReviewBeginsWithTheMissionsOwn(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	press(t, m, "a", "esc")
	importFile(t, m, resolution)
	press(t, m, "r")
	s := m.sh.sheet
	at := m.draftReview().Draft()
	if at == nil || s.Verdict(at).Others {
		t.Fatalf("the review after the replace began with %v, asked of others", at.Source.Ref)
	}
	var first *model.Activity
	for _, a := range s.Worksheet().Activities {
		if a.Status == model.StatusDraft && first == nil {
			first = a
		}
	}
	if !s.Verdict(first).Others {
		t.Fatalf("the first draft after the replace, %s, is the mission's own: the test shows nothing", first.Source.Ref)
	}
}

// The review's heading signs the counts that give way with "… (?)" from
// the first key on: right after the first accept it dropped the counts at
// nought with no sign, and ended in "…" only once a skip was counted.
func TestReviewHeadingSignsWhatGivesWayFromTheFirstKey(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, importedSheet(t, resolution), size[0], size[1])
			press(t, m, "R")
			for _, k := range []string{"a", "s"} {
				press(t, m, k)
				head := strings.TrimSpace(strings.Split(screenText(m), "\n")[1])
				whole := m.draftReview().Terms()[0].Word
				// Every count there, some said short, or a sign for those gone.
				if strings.Count(head, " · ") != strings.Count(whole, " · ") && !strings.HasSuffix(head, "… (?)") {
					t.Fatalf("after %s the heading gives way with no sign: %q (whole: %q)", k, head, whole)
				}
			}
			golden(t, m, size[0], size[1], "Review of drafts")
		})
	}
}
