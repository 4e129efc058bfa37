package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// moreSign is the sign a list of choices gives for the choices it scrolls
// out of sight: "↑ 2 more", "↓ 3 more".
var moreSign = regexp.MustCompile(`[↑↓] (\d+) more`)

// leftSide is the questionnaire's own side of screen, as plain lines: all
// of it when the live panel is below, the columns left of the panel when
// it is beside.
func leftSide(m *Model, screen string) string {
	lines := strings.Split(screen, "\n")
	// The bar above and the key line below are the root's.
	lines = lines[1 : len(lines)-1]
	if w := m.qs().LeftWidth; w < m.width {
		for i, l := range lines {
			lines[i] = ansi.Cut(l, 0, w)
		}
	}
	return strings.Join(lines, "\n")
}

// wholeOnScreen checks one step of the questionnaire: the question's help
// is whole, or cut with a sign that says which key shows it whole; each
// choice is whole (its label and its explanation), or scrolled out of
// sight and counted by a "more" sign; a choice away from the cursor may
// show its name whole and its explanation cut with "…".
func wholeOnScreen(t *testing.T, m *Model, at string) {
	t.Helper()
	q := m.qs().Question
	side := leftSide(m, screenText(m))
	if !containsFlat(side, q.Help) && !strings.Contains(side, questionnaire.HelpCut) {
		t.Errorf("%s: the help of %s is cut without a sign:\n%s", at, q.Fact, side)
	}
	missing := 0
	var cut []string
	for i, c := range flow.Choices(q) {
		whole := containsFlat(side, c.Label) && (c.Explain == "" || containsFlat(side, c.Explain))
		switch {
		case whole:
		case i == m.qs().Cursor && !strings.Contains(side, questionnaire.HelpCut):
			t.Errorf("%s: the choice under the cursor, %q, is not whole:\n%s", at, c.Label, side)
		case explainCut(side, c.Label, c.Explain):
			// Its name whole, its explanation cut with a sign: the cursor
			// on it shows it whole.
		default:
			missing++
			cut = append(cut, c.Label)
		}
	}
	counted := 0
	for _, s := range moreSign.FindAllStringSubmatch(side, -1) {
		n, _ := strconv.Atoi(s[1])
		counted += n
	}
	if missing != counted {
		t.Errorf("%s: %d choices of %s are not whole on screen (%q), the more signs count %d:\n%s", at, missing, q.Fact, cut, counted, side)
	}
}

// explainCut reports whether a choice's name stands whole on a line of
// side that goes on with the start of its explanation and ends in "…",
// with the sign that the help (?) gives it whole.
func explainCut(side, label, explain string) bool {
	for _, l := range strings.Split(side, "\n") {
		l = strings.TrimRight(l, " ")
		if !strings.HasSuffix(l, "…"+questionnaire.AnswerCut) {
			continue
		}
		l = strings.TrimSuffix(l, questionnaire.AnswerCut)
		// Its marks (primary) stand between its name and its explanation.
		_, rest, named := strings.Cut(l, label)
		_, shown, explained := strings.Cut(rest, " — ")
		if !named || !explained || !strings.HasSuffix(l, "…") {
			continue
		}
		shown = strings.TrimSuffix(shown, "…")
		if strings.HasPrefix(explain, strings.TrimRight(shown, " .")) {
			return true
		}
	}
	return false
}

// Every question of the questionnaire, at 80×24 and with the panel beside
// it, at every place of the cursor, shows its help whole and each choice
// whole, or says what it leaves out: the live panel gives way first (a
// first use found the other choices cut at 80×24 and a help cut on its last
// line without a sign).
func TestQuestionnaireShowsEveryHelpAndChoiceWhole(t *testing.T) {
	rb := classify.Default()
	for _, size := range [][2]int{{80, 24}, {100, 30}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			asked := map[model.Fact]bool{}
			for row := 0; row < m.sh.sheet.Len(); row++ {
				press(t, m, "e")
				if m.front != questionnaireScreen {
					t.Fatalf("row %d: e did not open the questionnaire", row)
				}
				for _, qq := range m.qs().Questions {
					m.quest.GoTo(qq.Fact)
					// The cursor walks every choice of a question once; on
					// the other activities that ask it, it stays where the
					// answer puts it.
					n := len(flow.Choices(qq))
					if asked[qq.Fact] {
						n = 1
					}
					for c := 0; c < n; c++ {
						wholeOnScreen(t, m, fmt.Sprintf("row %d, %s, cursor %d", row, qq.Fact, m.qs().Cursor))
						press(t, m, "down")
					}
					asked[qq.Fact] = true
				}
				press(t, m, "esc")
				if m.front != worksheetScreen {
					t.Fatalf("row %d: esc did not close the questionnaire", row)
				}
				press(t, m, "j")
			}
			for _, qq := range rb.Questions {
				if !asked[qq.Fact] {
					t.Errorf("no activity of the case library asks %s: the walk does not cover it", qq.Fact)
				}
			}
			m = demoModel(t, size[0], size[1])
			press(t, m, "e") // the question of accountability, long and with long choices
			wholeOnScreen(t, m, "the first activity")
			golden(t, m, size[0], size[1], "Live verdict")
		})
	}
}

// The question of kinds at 80×24 lists its choices a line each, the name
// whole and the explanation cut with "…", and the cursor's choice whole:
// a first use found two of nineteen kinds in sight, each wrapped over two
// lines. At 200×60 every kind reads whole.
func TestKindsQuestionListsAChoiceALine(t *testing.T) {
	want := map[int]int{80: 5, 200: 19}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Training")
			press(t, m, "tab", "tab")
			for i := 0; i < 5 && m.qs().Fact != model.Kinds; i++ {
				press(t, m, "enter")
			}
			if m.qs().Fact != model.Kinds {
				t.Fatalf("the questionnaire does not ask the kinds (it asks %s)", m.qs().Fact)
			}
			wholeOnScreen(t, m, "kinds")
			side := leftSide(m, screenText(m))
			shown := 0
			for _, c := range flow.Choices(m.qs().Question) {
				if containsFlat(side, c.Label) {
					shown++
				}
			}
			if shown < want[size[0]] {
				t.Errorf("%d kinds in sight, want at least %d:\n%s", shown, want[size[0]], side)
			}
			golden(t, m, size[0], size[1], "What does the activity do?")
		})
	}
}

// At 80×24 with the words' suggestion on screen, the kinds question's help
// is cut: its sign names ?, and the help screen shows the question's help
// whole first (the part cut says the first ticked sets the tier and the
// agenda). Where the help is whole, neither the sign nor the text is there.
func TestQuestionHelpCutIsWholeOnTheHelpScreen(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atKindsQuestion(t, size[0], size[1])
			cut := strings.Contains(screenText(m), questionnaire.HelpCut)
			if cut != (size[0] == 80) {
				t.Fatalf("the help cut at %dx%d: %v:\n%s", size[0], size[1], cut, screenText(m))
			}
			help := classify.Default().QuestionFor(model.Kinds).Help
			press(t, m, "?")
			if s := screenText(m); cut != containsFlat(s, help) || cut != strings.Contains(s, "The question's help") {
				t.Errorf("the help screen over a help cut %v:\n%s", cut, s)
			}
			golden(t, m, size[0], size[1], "Help")
		})
	}
}

// retickedKind is a draft on the kinds question after its ticked kind was
// unticked and ticked again: the force its words name is suggested again,
// and eleven questions are asked again, a note of relevance of four lines
// at 80 columns.
func retickedKind(t *testing.T, w, h int) *Model {
	t.Helper()
	ws := model.New("")
	a := &model.Activity{ID: "adjustments", Title: "Adjustments to the force", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/9001 (2031)", Ref: "3",
			Text: "Affirms that future adjustments to the force will be made by the national authorities in consultation with the Police"}}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"capacity-training"})
	a.Facts.SetSet(model.Forces, []string{"police"})
	ws.Activities = append(ws.Activities, a)
	m := newTestModel(t, ws, w, h)
	press(t, m, "e", "enter")
	requireAsking(t, m, model.Kinds)
	want := slices.IndexFunc(flow.Choices(m.qs().Question), func(c flow.Choice) bool { return c.Value == "capacity-training" })
	for i := 0; i < 40 && m.qs().Cursor != want; i++ {
		press(t, m, "down")
	}
	press(t, m, "space", "space")
	return m
}

// The note of relevance takes the rows it needs where there are rows for
// it, and where it is cut it names ? and the help screen gives it whole: at
// 200×60 it was cut to two lines with 14 rows empty under it, and at 80×24
// it was cut with no key to read the rest.
func TestRelevanceNoteIsWholeOrNamesTheHelp(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := retickedKind(t, size[0], size[1])
			note := questionnaire.NotePrefix + m.qs().Note
			if !strings.Contains(note, "now also asked: forces, combined ops") || !strings.Contains(note, "dual role") {
				t.Fatalf("the note %q is not the one of a kind ticked again", note)
			}
			side := leftSide(m, screenText(m))
			whole := containsFlat(side, note)
			if want := size[0] == 200; whole != want {
				t.Fatalf("the note whole at %dx%d: %v, want %v:\n%s", size[0], size[1], whole, want, side)
			}
			if !whole && !strings.Contains(side, "accoun"+questionnaire.HelpCut) {
				t.Errorf("the note cut without naming ?:\n%s", side)
			}
			if !containsFlat(side, m.qs().Question.Help) {
				t.Errorf("the note took the rows of the question's help:\n%s", side)
			}
			press(t, m, "?")
			if s := screenText(m); whole == containsFlat(s, note) || whole == strings.Contains(s, "he note of relevance") {
				t.Errorf("the help screen over a note cut %v:\n%s", !whole, s)
			}
			press(t, m, "esc")
			golden(t, m, size[0], size[1], "Relevance changed")
		})
	}
}

// At 80×24 on question 1 of a new activity whose words suggest four
// answers, the panel below counts them ("+ not shown: 4 suggested · 12
// open (?)"), and the help screen names them whole, as it names the open
// questions: it listed the open questions and left the suggested unsaid.
func TestSuggestedAnswersCountedAreWholeOnTheHelpScreen(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, "Mentoring and human rights training of the national police special intervention units in the eastern provinces during the transition period")
	press(t, m, "tab")
	typeText(t, m, "UN police advisers co-locate with the special units and run training of trainers on human rights and the use of force; we also provide vehicles and radios.")
	press(t, m, "tab")
	if m.qs().Stage != questionnaire.Asking {
		t.Fatalf("not at the questions:\n%s", screenText(m))
	}
	s := screenText(m)
	counted := regexp.MustCompile(`\d+ suggested`).FindString(s)
	if counted == "" || strings.Contains(s, "~ suggested, not yet confirmed:") {
		t.Fatalf("the panel does not count the suggested answers:\n%s", s)
	}
	press(t, m, "?")
	if s := screenText(m); !strings.Contains(s, "Suggested, not yet confirmed: ") {
		t.Errorf("the panel counts %s and the help does not name them:\n%s", counted, s)
	}
	golden(t, m, 80, 24, "Keys of the")
}
