package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// These tests hold what a planner's walk found on S/RES/1919 (2010) and
// then S/RES/1923 (2010) imported into one worksheet, at 80×24 and 200×60.
const (
	mandate1919 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1919-2010.txt"
	mandate1923 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1923-2010.txt"
)

// sudanAndChad is the worksheet of both imports, in turn, where the
// planner said the training of 1923·8(i) is for the police: a finding it
// raises is held open by the many drafts whose kinds are not known yet.
func sudanAndChad(t *testing.T) *model.Worksheet {
	t.Helper()
	ws := importedSheet(t, mandate1919)
	ws.Activities = append(ws.Activities, importedSheet(t, mandate1923).Activities...)
	for _, a := range ws.Activities {
		if a.Source.Document == "S/RES/1923 (2010)" && a.Source.Ref == "8(i)" {
			a.Facts.SetSet(model.Forces, []string{"police"})
			return ws
		}
	}
	t.Fatal("no paragraph 8(i) of S/RES/1923 (2010)")
	return nil
}

// The findings held open list every activity that might answer them, and
// the cursor reaches each: "Might answer it (24)" listed six, all of the
// first mandate, with no sign of the rest and no key to reach them. Each
// is named as the worksheet names it ("1923·8(i)", "1919·2"), never by a
// bare paragraph that the other mandate may number too.
func TestPortfolioListsEveryActivityThatMightAnswer(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := sudanAndChad(t)
			// The rows the findings' headings count, as the engine counts them.
			p := classify.Default().NewPortfolio()
			for _, a := range ws.Activities {
				p.Add(a)
			}
			rows := 0
			for _, o := range p.Open() {
				rows += o.HeldCount
			}
			for _, f := range p.Findings() {
				rows += len(f.Activities)
			}
			if rows <= 6 {
				t.Fatalf("%d rows: the test would not hold the bug", rows)
			}
			m := newTestModel(t, ws, size[0], size[1])
			press(t, m, "P")
			if !containsFlat(screenText(m), "Raised by: 1923·8(i) [draft] Select, mentor") {
				t.Fatalf("the finding does not name 1923·8(i) as the worksheet does:\n%s", screenText(m))
			}
			// Each j goes to the next row: the rows under the cursor, one
			// after the other, are every row the headings count.
			var reached []string
			for range rows + 3 {
				for _, l := range strings.Split(screenText(m), "\n") {
					r, ok := strings.CutPrefix(strings.TrimSpace(l), "> ")
					if !ok {
						continue
					}
					if ref := strings.Fields(r)[0]; !strings.Contains(ref, "·") {
						t.Errorf("the row %q names its activity by a bare reference", r)
					}
					if len(reached) == 0 || reached[len(reached)-1] != r {
						reached = append(reached, r)
					}
				}
				press(t, m, "j")
			}
			if len(reached) != rows {
				t.Errorf("the cursor reached %d rows, the headings count %d:\n%s", len(reached), rows, strings.Join(reached, "\n"))
			}
			golden(t, m, size[0], size[1], "1923·24")
		})
	}
}

// The Ref column never cuts 1923·11(iii) at its end: "1923·11(ii…" stood
// right under the real 1923·11(ii). Where references name their document
// the column takes the room of one of three levels, so it is whole at 80
// columns as at 200.
func TestWorksheetCutsARefSoItReadsAsNoOther(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sudanAndChad(t), size[0], size[1])
			press(t, m, "G")
			for range 13 {
				press(t, m, "k")
			}
			requireScreen(t, m, "1923·11(ii) ", "1923·11(iii) ")
			refuseScreen(t, m, "(ii…")
			golden(t, m, size[0], size[1], "11(iii)")
		})
	}
}

// registerDay2026 is the day the register of sudanAndChadRegister is read on.
const registerDay2026 model.Date = "2026-03-01"

// sudanAndChadRegister is sudanAndChad with the risk of 1919·17's police
// reform in the register, planned by the Reform & Restructuring Unit and
// due before registerDay2026, read on that day: overdue. The risk rests
// on answers the words only suggested (~low).
func sudanAndChadRegister(t *testing.T, w, h int) *Model {
	t.Helper()
	ws := sudanAndChad(t)
	for _, a := range ws.Activities {
		if a.Source.Document == "S/RES/1919 (2010)" && a.Source.Ref == "17" {
			a.Register.Set(model.RegisterEntry{Risk: "governance-outside-hrddp", Status: model.Planned,
				Owner: "Reform & Restructuring Unit", Due: "2026-02-10"})
		}
	}
	m := newTestModel(t, ws, w, h)
	m.sh.sheet.SetToday(registerDay2026)
	if reg := m.sh.sheet.Tally().Register; reg.Overdue != 1 {
		t.Fatalf("%d overdue: the test would not hold the bug", reg.Overdue)
	}
	return m
}

// At 80 columns an overdue entry of the register is counted below the list
// as the column beside it counts it at 200, though its row (1919·17, the
// 16th) is out of sight: the summary below the list said nothing of the
// register, and only the row said [late].
func TestSummaryBelowTheListCountsWhatIsOverdue(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := sudanAndChadRegister(t, size[0], size[1])
			if size[0] == 80 {
				refuseScreen(t, m, "1919·17 ")
				requireScreen(t, m, "Risk register: open 1 · overdue 1 · mitigated 0 · accepted 0 · r")
			} else {
				requireScreen(t, m, "open 1 · overdue 1", "mitigated 0 · accepted 0", "[overdue] Continue efforts")
			}
			golden(t, m, size[0], size[1], "overdue 1")
		})
	}
}

// footerLine is the last line of the screen: the keys it offers.
func footerLine(m *Model) string {
	lines := strings.Split(strings.TrimRight(screenText(m), "\n "), "\n")
	return lines[len(lines)-1]
}

// An empty worksheet's footer offers only keys that act there: n and i,
// not "enter open · e edit · d delete", which had no activity to act on;
// u once there is something to undo (the last activity deleted). A filter
// that matches nothing offers esc, which clears it.
func TestEmptyWorksheetOffersOnlyKeysThatAct(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			foot := footerLine(m)
			for _, want := range []string{"n new activity", "i import a mandate"} {
				if !strings.Contains(foot, want) {
					t.Errorf("the footer lacks %q: %q", want, foot)
				}
			}
			for _, gone := range []string{"enter open", "e edit", "d delete", "u undo"} {
				if strings.Contains(foot, gone) {
					t.Errorf("the footer offers %q, which does nothing here: %q", gone, foot)
				}
			}
			golden(t, m, size[0], size[1], "No activities yet")
		})
	}
	m := newTestModel(t, sheetOf(activity(t, "Patrols", "implementer", "mission")), 80, 24)
	if foot := footerLine(m); !strings.Contains(foot, "enter open") {
		t.Fatalf("a worksheet with an activity does not offer enter: %q", foot)
	}
	press(t, m, "/")
	typeText(t, m, "nothing like it")
	press(t, m, "enter")
	if foot := footerLine(m); !strings.Contains(foot, "esc clear filter") || strings.Contains(foot, "enter open") {
		t.Errorf("a filter that matches nothing offers %q", foot)
	}
	press(t, m, "esc", "d")
	if foot := footerLine(m); !strings.Contains(foot, "u undo") || strings.Contains(foot, "d delete") {
		t.Errorf("the worksheet emptied by d offers %q", foot)
	}
}

// The register marks a severity that rests only on answers the words
// suggested "~low", as the worksheet's Risk column and the briefing do: it
// said a plain "low", which the worksheet counts "low 1 (1 ~)". Its help
// says what the ~ means.
func TestRegisterMarksASeverityOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := sudanAndChadRegister(t, size[0], size[1])
			requireScreen(t, m, "low           1 (1 ~)")
			press(t, m, "r")
			rows := 0
			for _, l := range strings.Split(screenText(m), "\n") {
				if f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(l), ">")); len(f) < 2 || strings.Trim(f[0], "0123456789") != "" || f[1] == "risks:" || f[1] == "risk:" {
					continue // not a row: the risk under the list, the heading
				}
				rows++
				if !strings.Contains(l, " ~low ") {
					t.Errorf("the row does not say ~low: %q", l)
				}
			}
			if rows != 1 {
				t.Fatalf("%d rows of the one risk:\n%s", rows, screenText(m))
			}
			golden(t, m, size[0], size[1], "~low")
			press(t, m, "?", "G")
			if s := screenText(m); !containsFlat(s, "~ before a severity (~low)") || !containsFlat(s, "fires only on answers the draft's words suggested") {
				t.Errorf("the register's help does not say what ~ means:\n%s", s)
			}
		})
	}
}
