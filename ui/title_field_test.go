package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// longTitle is longer than the title's field at 80 and at 200 columns.
const longTitle = "Training and equipping the national police rapid response units in the eastern provinces, " +
	"with vetting of every recruit and a human rights course before any deployment alongside the mission"

// A title longer than its field scrolls in it with "…" on each side that is
// cut: typed to its end, the field says its start is out of sight; home
// brings the start back and the sign moves to the end; the field without the
// keys shows the start.
func TestTitleFieldSignsWhereTheTitleIsCut(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, longTitle)
			field := func() string {
				for _, l := range strings.Split(screenText(m), "\n") {
					if i := strings.Index(l, "Title: "); i >= 0 && strings.HasPrefix(strings.TrimSpace(l[:i]), ">") || strings.HasPrefix(l, "  Title: ") {
						f, _, _ := strings.Cut(l[i+len("Title: "):], " │") // the live panel beside it
						return strings.TrimRight(f, " ")
					}
				}
				t.Fatalf("no title field on the screen:\n%s", screenText(m))
				return ""
			}
			if f := field(); !strings.HasPrefix(f, "…") || !strings.HasSuffix(f, "deployment alongside the mission") {
				t.Fatalf("typed to its end, the field shows %q: its start is cut without a sign", f)
			}
			press(t, m, "home")
			if f := field(); !strings.HasPrefix(f, "Training and equipping") || !strings.HasSuffix(f, "…") {
				t.Fatalf("at its start, the field shows %q", f)
			}
			for range 150 {
				press(t, m, "right")
			}
			for range 20 {
				press(t, m, "left")
			}
			if f := field(); !strings.HasPrefix(f, "…") || !strings.HasSuffix(f, "…") {
				t.Fatalf("in its middle, the field shows %q: both sides are cut", f)
			}
			golden(t, m, size[0], size[1], "Title: ")
			press(t, m, "tab")
			if f := field(); !strings.HasPrefix(f, "Training and equipping") || !strings.HasSuffix(f, "…") {
				t.Fatalf("without the keys, the field shows %q", f)
			}
		})
	}
}

// The description's heading counts the suggested answers the list below
// it shows, "~" a row, beside the questions they answer ("2 suggested (5
// answers)": four kinds and a force), where it said "2 suggested" over
// five rows.
func TestDescriptionCountsTheSuggestedAnswersItLists(t *testing.T) {
	head := regexp.MustCompile(`, (\d+) suggested \((\d+) answers\)`)
	moreRows := regexp.MustCompile(`^  … and (\d+) more answers? \(each shows on its question\)`)
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, longTitle)
			s := screenText(m)
			h := head.FindStringSubmatch(s)
			if h == nil {
				t.Fatalf("the heading does not count the answers:\n%s", s)
			}
			rows := 0
			for _, l := range strings.Split(s, "\n") {
				if strings.HasPrefix(l, "~ ") && !strings.Contains(l, "not yet confirmed") {
					rows++
				}
				// Rows that give way to the title whole above are counted.
				if more := moreRows.FindStringSubmatch(l); more != nil {
					n, _ := strconv.Atoi(more[1])
					rows += n
				}
			}
			if strconv.Itoa(rows) != h[2] || h[1] != "2" {
				t.Fatalf("the heading says %q over %d rows marked ~:\n%s", h[0], rows, s)
			}
			golden(t, m, size[0], size[1], "Suggested from")
		})
	}
}

// A title longer than its field reads whole under it, wrapped as the
// description is: the field alone never shows its middle with its ends.
func TestTitleLongerThanItsFieldReadsWholeBelow(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Short title")
			if strings.Contains(screenText(m), "\n         Short title") {
				t.Fatalf("a title the field holds is shown again under it:\n%s", screenText(m))
			}
			press(t, m, "home")
			typeText(t, m, longTitle+" ")
			s := screenText(m)
			if !containsFlat(leftSide(m, s), longTitle+" Short title") {
				t.Errorf("the title is nowhere whole:\n%s", s)
			}
			golden(t, m, size[0], size[1], "Description")
		})
	}
}
