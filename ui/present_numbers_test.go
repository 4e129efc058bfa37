package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/present"
)

// mandatePresentation is the presentation of a resolution imported as
// `pocssr import` imports it: every activity numbered by its paragraph.
func mandatePresentation(t testing.TB, w, h int) *Model {
	t.Helper()
	m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
	m.Present()
	m.Update(resize(w, h))
	return m
}

// The presentation names an activity as the briefing's Ref column does: the
// paragraph its source numbers, "#n" only where there is none.
func TestPresentNumbersActivitiesByTheirParagraph(t *testing.T) {
	rb := classify.Default()
	cited := activity(t, "Patrols near the camps", "implementer", "mission", "kinds", "deterrence")
	cited.Source.Ref = "5(f)"
	unsourced := activity(t, "Radio programmes on the new police", "implementer", "mission", "kinds", "public-information")
	section := activity(t, "Vetting of the police", "implementer", "mission", "kinds", "vetting")
	section.Source.Ref = "Vetting security forces" // a section title numbers no paragraph
	ws := sheetOf(cited, unsourced, section)
	m := NewModel(rb, ws, false, nil, nil)
	m.Present()
	m.Update(resize(120, 40))

	requireScreen(t, m, "[5(f)] Patrols near the camps", "> [5(f)] Patrols near the camps", "#2  Radio programmes", "#3  Vetting of the police")
	// Each is marked once on each drawing (ui/present, TestPresentMarksActivitiesByTheirParagraph).
	press(t, m, "down")
	requireScreen(t, m, "[#2] Radio programmes", "> [  #2] Radio programmes")
	press(t, m, "t")
	requireScreen(t, m, "Walk-through · [#2] Radio programmes")
	press(t, m, "esc", "up", "t")
	requireScreen(t, m, "Walk-through · [5(f)] Patrols near the camps")

	var plain bytes.Buffer
	if err := present.WritePlain(&plain, rb, ws, nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"5(f). Patrols near the camps", "#2. Radio programmes", "#3. Vetting of the police"} {
		if !strings.Contains(plain.String(), want) {
			t.Errorf("the plain presentation has no %q:\n%s", want, plain.String())
		}
	}

	// Where a source numbers a paragraph, the briefing calls it the same.
	for i, a := range importedSheet(t, resolution).Activities {
		if got, want := present.BoardNumber(model.Sources{}, a, i+1), report.Ref(a, i+1); got != want {
			t.Errorf("activity %d is %q on the board and %q in the briefing", i+1, got, want)
		}
	}
}

// The legend's columns take the width there is: at 200 columns no title of
// the resolution nor of the case library is cut.
func TestPresentLegendUsesTheWidth(t *testing.T) {
	m := mandatePresentation(t, 200, 60)
	s := screenText(m)
	for i := 0; i < m.sh.sheet.Len(); i++ {
		a := m.sh.sheet.At(i)
		if !strings.Contains(s, oneLine(a.Title)) {
			t.Errorf("the legend cuts %q at 200×60:\n%s", a.Title, s)
		}
	}
	cases := presentModel(t, 200, 60)
	for _, a := range cases.sh.sheet.Worksheet().Activities {
		requireScreen(t, cases, oneLine(a.Title))
	}
}

func TestPresentMandateScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
			m.Present()
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Both readings")
			sendKeys(tm, "down", "down", "down")
			waitText(t, tm, "> [ 6(ii)]")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// S/RES/2241 (2015): long paragraph references ("4(a)(iii)") on both
// drawings, many activities with no tier and no agenda, and the selected
// activity (20) among those counted on both: at 80 columns POC only and SSR
// only are drawn in the strips beyond the other circle, and each count stays
// beside the selected one.
func TestPresentCountedMandateScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := importedSheet(t, "../classify/suggest/testdata/corpus/resolutions/S-RES-2241-2015.txt")
			m := NewModel(classify.Default(), ws, false, nil, nil)
			m.Present()
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Both readings")
			// ¶20 is the 27th activity: ¶13 and ¶16 are left out
			keys := make([]string, 26)
			for i := range keys {
				keys[i] = "down"
			}
			sendKeys(tm, keys...)
			waitText(t, tm, "[20] [draft] Assist the Committee")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// At 80×24 the selection line keeps the names of the readings on every
// case of the library: the risks' words give way first ("1 risk (low)"),
// then the names are shortened ("2015: … · narrow: …"), never dropped while
// a long wording of the risks stays (a first use found them gone on #3).
func TestPresentSelectionLineNamesTheReadings(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p")
			for i := range m.sh.sheet.Len() {
				text := screenText(m)
				if !strings.Contains(text, "2015") || !strings.Contains(text, "narrow") {
					t.Errorf("#%d: the selection line does not name the readings:\n%s", i+1, text)
				}
				if strings.Contains(text, "the most serious") && !strings.Contains(text, "narrow reading: ") {
					t.Errorf("#%d: the readings' names are shortened while the risks' words are long:\n%s", i+1, text)
				}
				if i == 2 {
					golden(t, m, size[0], size[1], "[#3]")
				}
				press(t, m, "j")
			}
		})
	}
}

// The case library's sources name chapter sections, no paragraphs: the
// board, the portfolio's lists and the briefing all cite each case by its
// place ("#5"), the briefing no longer by its section's title.
func TestCasesCitedAlikeEverywhere(t *testing.T) {
	ws, err := classify.Cases(classify.Default())
	if err != nil {
		t.Fatal(err)
	}
	names := component.NameActivities(ws.Activities, model.SourcesOf(ws.Activities))
	for i, a := range ws.Activities {
		want := fmt.Sprintf("#%d", i+1)
		if got := report.Ref(a, i+1); got != want {
			t.Errorf("case %d is %q in the briefing, want %q", i+1, got, want)
		}
		if got := present.BoardNumber(model.SourcesOf(ws.Activities), a, i+1); got != want {
			t.Errorf("case %d is %q on the board, want %q", i+1, got, want)
		}
		if got := names.Number(a.ID); got != want {
			t.Errorf("case %d is %q in the portfolio's lists, want %q", i+1, got, want)
		}
	}
}
