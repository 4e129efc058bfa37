package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// legendPage reads the legend's page count: the first and last activity it
// lists, and of how many.
var legendPage = regexp.MustCompile(`\((\d+)–(\d+) of (\d+)\)`)

// The presentation's help lists pgup and pgdn: on the board they turn the
// legend's page, the selection on the next page's first activity (they did
// nothing), and back; where the legend lists every activity (200×60), pgdn
// selects the last and pgup the first.
func TestPresentPagesThroughTheLegend(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), importedSheet(t, mandate2241), false, nil, nil)
			m.Present()
			m.Update(resize(size[0], size[1]))
			first := legendPage.FindStringSubmatch(screenText(m))
			if first == nil {
				// The legend lists every activity: pgdn selects the last.
				n := m.sh.sheet.Len()
				press(t, m, "pgdown")
				requireScreen(t, m, "["+report.Ref(m.sh.sheet.At(n-1), n)+"] ")
				golden(t, m, size[0], size[1], "Both readings")
				press(t, m, "pgup")
				requireScreen(t, m, "["+report.Ref(m.sh.sheet.At(0), 1)+"] ")
				return
			}
			last, _ := strconv.Atoi(first[2])
			press(t, m, "pgdown")
			next := legendPage.FindStringSubmatch(screenText(m))
			if next == nil || next[1] != strconv.Itoa(last+1) {
				t.Fatalf("pgdn did not turn the legend's page (%v):\n%s", next, screenText(m))
			}
			golden(t, m, size[0], size[1], "Both readings")
			press(t, m, "pgup")
			if back := legendPage.FindStringSubmatch(screenText(m)); back == nil || back[1] != "1" {
				t.Fatalf("pgup did not turn the page back:\n%s", screenText(m))
			}
		})
	}
}

// "What if" on the kinds names the ticked kinds out of sight under the
// choices, as the questionnaire's "also ticked" does: at 80×24 none was in
// view or named.
func TestWhatIfNamesTheTickedKindsOutOfSight(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
			m.Present()
			m.Update(resize(size[0], size[1]))
			press(t, m, "down", "t", "space", "space", "w")
			requireScreen(t, m, "What if: What does the activity do?")
			// The column of the what-if, read alone: the ticked kind is in
			// sight or named whole under the choices, wrapped.
			s := screenText(m)
			var col []string
			at := -1
			for _, l := range strings.Split(s, "\n") {
				if i := strings.Index(l, "What if: What does"); i >= 0 {
					at = ansi.StringWidth(l[:i])
				}
				if at >= 0 {
					col = append(col, ansi.Cut(l, at, size[0]))
				}
			}
			if c := strings.Join(col, "\n"); !strings.Contains(c, "[1] Human rights and IHL training (primary)") && !containsFlat(c, "also ticked: [1] Human rights and IHL training") {
				t.Fatalf("the ticked kind is neither in sight nor named whole:\n%s", s)
			}
			golden(t, m, size[0], size[1], "What if: What does the activity do?")
		})
	}
}

// The walk-through's sign under the risks counts the new ones out of sight,
// as it counts the gone ones: "… 5 more" held a new risk without a word.
func TestWalkThroughRiskSignCountsTheNew(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(manyKinds(t)), size[0], size[1])
			press(t, m, "p", "t")
			for range 11 {
				press(t, m, "space")
			}
			if size[0] == 80 {
				requireScreen(t, m, "… 5 more, 1 new (c: all of it)")
			} else {
				requireScreen(t, m, "(new)")
			}
			golden(t, m, size[0], size[1], "Risks (")
		})
	}
}

// Where the walk-through's column of answers cuts a long answer (the
// kinds, "… vetting, …") c shows every answer whole, as it shows the
// risks, and the key line and the help offer it; where the column's rows
// hold every answer wrapped whole, with what changed whole and every risk
// listed, neither names c, and c changes nothing: at 200×60 the footer
// offered "c all of it" with nothing more to show.
func TestWalkThroughOffersCOnlyWhereSomethingIsCut(t *testing.T) {
	helpNamesC := func(m *Model) bool {
		press(t, m, "?")
		defer press(t, m, "esc")
		return strings.Contains(screenText(m), "what changed, in full")
	}
	// Two rows more than 200×60, where what changed on this step now
	// says which facts its agenda waits on, and the answers lose a row.
	m := newTestModel(t, sheetOf(manyKinds(t)), 200, 62)
	press(t, m, "p", "t", "space", "space")
	requireScreen(t, m, "Answers", "Risks (0)", "space next answer")
	refuseScreen(t, m, "c all of it", "all of it below")
	if helpNamesC(m) {
		t.Fatalf("the help names c where nothing is cut:\n%s", screenText(m))
	}
	before := screenText(m)
	if press(t, m, "c"); screenText(m) != before {
		t.Fatalf("c changed a screen where nothing is cut:\n%s", screenText(m))
	}
	golden(t, m, 200, 62, "Answers")

	// Fewer rows: the answers no longer fit whole beside the risks.
	m = newTestModel(t, sheetOf(manyKinds(t)), 120, 40)
	press(t, m, "p", "t", "end")
	requireScreen(t, m, "Answers", "c all of it")
	if !helpNamesC(m) {
		t.Fatalf("the help does not name c where the answers are cut:\n%s", screenText(m))
	}
	press(t, m, "c")
	if s := screenText(m); !containsFlat(s, "2 kinds: operational training, equipment and logistics, human rights and IHL training, vetting and combined operations") {
		t.Fatalf("c does not show the answers whole:\n%s", s)
	}
}

// In the framework's risks, the case chosen with ] is in view with the
// heading of the risk it raises: at 80×24 f 3 ] ] scrolled "[CRIT]
// Supporting forces …" out of sight, the case shown without its risk.
func TestFrameworkKeepsTheRiskInViewWithItsCase(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3", "]", "]")
			requireScreen(t, m, "[CRIT] Supporting forces that are attacking civilians", "> #11 UNMISS SSR support")
			golden(t, m, size[0], size[1], "Cases that raise it")
		})
	}
}

// The questionnaire's review counts the questions out of sight as
// questions, and says how many are open: "… 11 more answers below" held 8
// open questions, which are no answers.
func TestQuestionnaireReviewCountsOpenQuestionsApart(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Human rights training and vetting of police")
	press(t, m, "tab", "tab", "1", "down", "enter")
	for i := 0; i < 30 && m.qs().Stage != questionnaire.Reviewing; i++ {
		press(t, m, "right")
	}
	if m.qs().Stage != questionnaire.Reviewing {
		t.Fatal("the questionnaire never reached its review")
	}
	found := regexp.MustCompile(`… (\d+) more questions \((\d+) open\) below`).FindStringSubmatch(screenText(m))
	if found == nil {
		t.Fatalf("the review does not count the open questions apart:\n%s", screenText(m))
	}
	st := m.qs()
	hidden, _ := strconv.Atoi(found[1])
	open := 0
	for _, qq := range st.Questions[len(st.Questions)-hidden:] {
		if !st.Activity.Facts.Known(qq.Fact) {
			open++
		}
	}
	if found[2] != strconv.Itoa(open) {
		t.Errorf("the review says %s open of %d below, want %d", found[2], hidden, open)
	}
	golden(t, m, 80, 24, "more questions")
}

// A what-if whose answer is long keeps its sign on the line of words: no
// row holds "… (c: all of it)" alone under the long "What if → …: ".
func TestWhatIfSpendsNoRowOnTheSignAlone(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
			m.Present()
			m.Update(resize(size[0], size[1]))
			press(t, m, "down", "t", "space", "space", "w", "space", "down", "space")
			requireScreen(t, m, "What if → human rights and IHL training, mediation")
			for _, l := range strings.Split(screenText(m), "\n") {
				if strings.HasPrefix(strings.TrimSpace(l), "…") {
					t.Errorf("a row holds only the end of a cut line: %q\n%s", l, screenText(m))
				}
			}
			golden(t, m, size[0], size[1], "What if →")
		})
	}
}
