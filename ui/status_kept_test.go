package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// replacedReview is the review after the mandate was imported again and
// its earlier drafts replaced, one paragraph discarded before.
func replacedReview(t *testing.T, w, h int) *Model {
	t.Helper()
	m := NewModel(classify.Default(), model.New(""), false, nil, nil)
	m.Update(resize(w, h))
	importFile(t, m, resolution)
	press(t, m, "s", "x", "esc")
	importFile(t, m, resolution)
	press(t, m, "r")
	if m.front != reviewScreen {
		t.Fatal("the replace opened no review")
	}
	return m
}

// The status line takes the screen's width where its message is longer
// than the screen's area: at 200×60 the review's note was cut at 120
// columns ("· +2 more (?)") with 80 columns free.
func TestStatusLineTakesTheScreensWidth(t *testing.T) {
	m := replacedReview(t, 200, 60)
	lines := strings.Split(screenText(m), "\n")
	status := lines[len(lines)-2]
	if strings.Contains(status, "more (?)") || !strings.Contains(status, "u undoes the import (S/RES/1925 (2010)).") {
		t.Fatalf("the status line is cut though the screen holds it:\n%s", screenText(m))
	}
}

// The help shows the status line's message whole while the line says it,
// and only then: once a key has taken it off the line, the help no longer
// reads as if the line still said it. An import's note is recalled, said
// in the past, by the review of its drafts (TestImportNoteRecalledAfterTheLineLetsItGo).
func TestHelpShowsTheMessageOnlyWhileTheLineSaysIt(t *testing.T) {
	for _, size := range sizes[:1] {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := replacedReview(t, size[0], size[1])
			requireScreen(t, m, "more (?)")
			press(t, m, "?")
			requireScreen(t, m, "The status line's message, whole")
			if !containsFlat(screenText(m), "u undoes the import (S/RES/1925 (2010)).") {
				t.Fatalf("the help lost the message:\n%s", screenText(m))
			}
			// After the help is left, the line says nothing: nor does the help.
			press(t, m, "esc", "?")
			refuseScreen(t, m, "The status line's message, whole")
			requireScreen(t, m, recalled1925)
			golden(t, m, size[0], size[1], "Keys of the")
			// Nor after another key took the message off the line.
			m = replacedReview(t, size[0], size[1])
			press(t, m, "down", "?") // scrolls the draft: no message of its own
			refuseScreen(t, m, "The status line's message, whole")
			requireScreen(t, m, recalled1925)
		})
	}
}

// The facilitator's walk: after c the worksheet's "Duplicated as …" went
// off the line at the next key, or on a trip through the presentation, yet
// ? still showed it as "The status line's message, whole".
func TestHelpShowsNoMessageGoneFromTheLine(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "c", "down", "?")
			requireScreen(t, m, "Keys of the worksheet")
			refuseScreen(t, m, "The status line's message, whole", "Duplicated as")

			m = demoModel(t, size[0], size[1])
			press(t, m, "c", "p", "esc")
			refuseScreen(t, m, "Duplicated as")
			press(t, m, "?")
			requireScreen(t, m, "Keys of the worksheet")
			refuseScreen(t, m, "The status line's message, whole", "Duplicated as")
			golden(t, m, size[0], size[1], "Keys of the worksheet")
		})
	}
}

// recalled1925 heads the import's note the review recalls once the status
// line has let it go.
const recalled1925 = "When S/RES/1925 (2010) was imported, the status line said"

// A message gone from the line is not kept for the help as the line's,
// though the worksheet changes after it: said of a worksheet that has
// changed since, it may no longer hold ("Still a draft" of an activity
// reviewed since). The import's note the review recalls is said in the
// past, as what the line said when the mandate was imported.
func TestHelpDropsAKeptMessageOnceTheWorksheetChanges(t *testing.T) {
	m := replacedReview(t, 80, 24)
	requireScreen(t, m, "more (?)")
	press(t, m, "down")  // scrolls the draft: no message of its own
	m.sh.sheet.Changed() // a change that says nothing on the status line
	press(t, m, "?")
	refuseScreen(t, m, "The status line's message, whole")
	text := screenText(m)
	if at := strings.Index(text, "u undoes the import"); at >= 0 && (!strings.Contains(text, recalled1925) || strings.Index(text, recalled1925) > at) {
		t.Fatalf("the help keeps a message said before the worksheet changed, not as the import's:\n%s", text)
	}
}

// haiti is the mandate the planner imported: a paragraph of it discarded
// and restored, the mandate imported again, the drafts replaced.
const haiti = "testdata/S-RES-2180-2014.txt"

// The help shows the status line's message whole, whether or not the
// line cut it, while the line says it.
func TestHelpKeepsAMessageTheLineReadWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := replacedReview(t, size[0], size[1])
			const said = "u undoes the import (S/RES/1925 (2010))."
			if size[0] >= 200 && !containsFlat(screenText(m), said) {
				t.Fatalf("the line does not read the replace's note whole:\n%s", screenText(m))
			}
			press(t, m, "?")
			requireScreen(t, m, "The status line's message, whole")
			if !containsFlat(screenText(m), "replaced the earlier drafts, left paragraph 6(i) discarded:") || !containsFlat(screenText(m), said) {
				t.Fatalf("the help lost the message:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "The status line's message")
		})
	}
}

// A draft discarded in the review is named on the status line by its
// title, cut to the line's room; the help names it whole. At 80×24
// "Discarded “Encourages the Government of Haiti, with the suppo…”" had
// no whole form.
func TestHelpNamesADiscardedDraftWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, haiti)
			var title, ref string
			for range 40 {
				if a := m.draftReview().Draft(); a != nil && strings.HasPrefix(a.Title, "Encourages the Government of Haiti") {
					title, ref = a.Title, a.Source.Ref
					break
				}
				press(t, m, "s")
			}
			if title == "" {
				t.Fatal("the review shows no draft “Encourages the Government of Haiti …”")
			}
			press(t, m, "x")
			requireScreen(t, m, "Discarded "+ref+" “Encourages the Government of Haiti")
			press(t, m, "?")
			requireScreen(t, m, "The status line's message, whole")
			if !containsFlat(screenText(m), "Discarded "+ref+" “"+title+"”. u puts it back.") {
				t.Fatalf("the help does not name the draft whole (%q):\n%s", title, screenText(m))
			}
		})
	}
}
