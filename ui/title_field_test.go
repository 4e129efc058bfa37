package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/ui/questionnaire"
)

// longTitle is longer than the title's field at 80 and at 200 columns.
const longTitle = "Training and equipping the national police rapid response units in the eastern provinces, " +
	"with vetting of every recruit and a human rights course before any deployment alongside the mission"

// A title longer than its field scrolls in it with "…" on each side that is
// cut: typed to its end, the field says its start is out of sight; home
// brings the start back and the sign moves to the end; the field without the
// keys shows the title whole, wrapped in its place.
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
			// Without the keys, the title reads once, whole, in the field's
			// place where it is longer than the field.
			if f := field(); !strings.HasPrefix(f, "Training and equipping") || strings.Contains(f, "…") || !strings.Contains(screenText(m), "deployment alongside the mission") {
				t.Fatalf("without the keys, the field shows %q:\n%s", f, screenText(m))
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

// policeTitle is so long that, wrapped whole under its field at 80×24, it
// leaves the suggestions one row.
const policeTitle = "Support to the national police and gendarmerie in vetting, human rights training of trainers, " +
	"equipment and logistics, joint patrols with UN police in the northern and eastern provinces, community security " +
	"meetings, and the drafting of a national security strategy with the Ministry of the Interior and civil society " +
	"organisations ahead of the elections of 2027"

// headAnswers finds the answers the questionnaire's heading counts.
var headAnswers = regexp.MustCompile(`\d+ suggested \((\d+) answers\)`)

// However few rows a long title leaves the suggestions, the count of those
// out of sight stays: at 80×24 the heading counted "(10 answers)" above a
// heading of the list and no row of it.
func TestSuggestionsCountTheRestUnderALongTitle(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, policeTitle)
	s := screenText(m)
	h := headAnswers.FindStringSubmatch(s)
	if h == nil {
		t.Fatalf("the heading counts no answers:\n%s", s)
	}
	if !strings.Contains(s, "\nSuggested: "+h[1]+" answers, 1 set aside (each shows on its question)") {
		t.Fatalf("the heading counts %s answers, and nothing under the description does:\n%s", h[1], s)
	}
	golden(t, m, 80, 24, "Suggested: ")
	// Longer still, the title whole under its field gives way, marked, to
	// the count.
	typeText(t, m, ", with a review of the strategy by the national assembly and a public report on its progress every year, "+
		"and a conference of the donors in the capital to agree on who pays for what")
	s = screenText(m)
	if !regexp.MustCompile(`\nSuggested: \d+ answers`).MatchString(s) || !regexp.MustCompile(`…\s*\n  Description`).MatchString(s) {
		t.Fatalf("a longer title leaves the suggestions no count, or is cut without a sign:\n%s", s)
	}
}

// The count of the suggestions out of sight counts the answers as the
// heading does, and the readings set aside apart, which show on the
// question they concern as the answers do ("(4 answers)" above two rows
// and "… and 2 more answers, 2 set aside (each shows on its question)").
func TestSuggestionsCountSetAsideReadingsApart(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Support to the national police in training, without vetting of units, and joint patrols with UN police")
	s := screenText(m)
	h := headAnswers.FindStringSubmatch(s)
	more := regexp.MustCompile(`\n  … and (\d+) more answers?, (\d+) set aside \(each shows on its question\)`).FindStringSubmatch(s)
	if h == nil || more == nil {
		t.Fatalf("no count of the answers and of the readings set aside:\n%s", s)
	}
	rows := strings.Count(s, "\n~ ") - strings.Count(s, "\n~ suggested, not yet confirmed") // the panel's
	if n, _ := strconv.Atoi(more[1]); strconv.Itoa(rows+n) != h[1] {
		t.Fatalf("the heading counts %s answers; %d rows and %s more are shown:\n%s", h[1], rows, more[1], s)
	}
	golden(t, m, 80, 24, "set aside")
}

// A description longer than its box says how many of its rows are out of
// sight, above and below, as every scrolled view does; typed to its end,
// the box shows the cursor's row, and without the keys it shows the start.
func TestDescriptionBoxSignsItsRowsOutOfSight(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Police reform")
	press(t, m, "tab")
	for i, l := range []string{"one", "two", "three", "four", "five"} {
		if i > 0 {
			press(t, m, "enter")
		}
		typeText(t, m, l)
	}
	requireScreen(t, m, "> Description  ↑ 2 above (↑)", "│ five")
	refuseScreen(t, m, "│ two")
	press(t, m, "up", "up", "up")
	requireScreen(t, m, "↑ 1 above (↑) · ↓ more: 1 line below (↓)", "│ two")
	press(t, m, "shift+tab")
	requireScreen(t, m, "  Description  ↓ more: 2 lines below (tab)", "│ one")
	refuseScreen(t, m, "│ four")
	golden(t, m, 80, 24, "lines below")
}

// Where no row of the suggestions fits under a long title, the one row
// counts them whole: at 80×24 the heading of the list stood over "… and 9
// more answers", more than no row listed.
func TestSuggestionsCountWholeWhereNoRowFits(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Joint training and vetting of the national police and army battalions deployed in the eastern provinces together with mentoring by UNPOL officers and human rights monitoring in the months before and after the elections in the provinces of North Kivu, South Kivu and Ituri, where armed groups attack civilians in the villages")
	press(t, m, "tab")
	typeText(t, m, "The mission will vet police officers and train army battalions on human rights, without oversight.")
	s := screenText(m)
	if !regexp.MustCompile(`\nSuggested: \d+ answers \(each shows on its question\)`).MatchString(s) || strings.Contains(s, "more answers") {
		t.Fatalf("no row of the suggestions, and the count is not whole:\n%s", s)
	}
	golden(t, m, 80, 24, "Suggested: ")
}

// The count of the suggestions that give way wraps whole at 80×24, its
// rows taken from those in sight: in the description step '?' types a '?'
// and no key shows the rest, and the count cut at 80 columns ("… 1 more
// reading your answer…") named neither what nor where.
func TestSuggestionsCountWrapsWhole(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "e")
	for i := 0; i < 20 && m.qs().Stage != questionnaire.Describing; i++ {
		press(t, m, "left")
	}
	press(t, m, "tab")
	typeText(t, m, " UN police will train police officers in human rights and the mission will run joint patrols with army battalions to protect civilians in camps, without vetting.")
	s := screenText(m)
	count := regexp.MustCompile(`(?m)^  … and .*\n(?:        .*\n)*`).FindString(s)
	if count == "" {
		t.Fatalf("no count of the suggestions that give way:\n%s", s)
	}
	if flat := strings.Join(strings.Fields(count), " "); strings.Count(flat, "…") != 1 || !strings.Contains(flat, "readings your answers settle") {
		t.Fatalf("the count is cut: %q\n%s", flat, s)
	}
	golden(t, m, 80, 24, "Suggested from")
}

// Beside the live panel at 200×60 a long title reads whole in the
// questionnaire's heading, on the blank line under it: it was cut at the
// panel with that line empty. At 80×24, where the panel is below, the
// title keeps one line and the blank stays.
func TestQuestionnaireHeadingTitleUsesTheRowUnderIt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, longTitle)
			press(t, m, "tab", "tab")
			lines := strings.Split(screenText(m), "\n")
			if size[0] == 200 {
				left := lines[2][:strings.Index(lines[2], "│")] + lines[3][:strings.Index(lines[3], "│")]
				if !containsFlat(left, "New activity: "+longTitle) {
					t.Fatalf("the heading cuts the title beside the panel:\n%s", screenText(m))
				}
				golden(t, m, size[0], size[1], "Who carries out")
				return
			}
			if strings.TrimSpace(lines[3]) != "" || !strings.HasSuffix(strings.TrimSpace(lines[2]), "… (?)") {
				t.Fatalf("at %d columns the heading's title is not one line cut, with the blank under it:\n%s", size[0], screenText(m))
			}
		})
	}
}
