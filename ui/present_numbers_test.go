package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
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
	left, right := drawingLabels(m)
	for _, want := range []string{"5(f)", "#2", "#3"} {
		if left[want] != 1 || right[want] != 1 {
			t.Errorf("%s is marked %d times on the 2015 drawing and %d on the narrow one:\n%s", want, left[want], right[want], screenText(m))
		}
	}
	press(t, m, "down")
	requireScreen(t, m, "[#2] Radio programmes", "> [  #2] Radio programmes")
	press(t, m, "t")
	requireScreen(t, m, "Walk-through · [#2] Radio programmes")
	press(t, m, "esc", "up", "t")
	requireScreen(t, m, "Walk-through · [5(f)] Patrols near the camps")

	var plain bytes.Buffer
	if err := writePresentPlain(&plain, rb, ws); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"5(f). Patrols near the camps", "#2. Radio programmes", "#3. Vetting of the police"} {
		if !strings.Contains(plain.String(), want) {
			t.Errorf("the plain presentation has no %q:\n%s", want, plain.String())
		}
	}

	// Where a source numbers a paragraph, the briefing calls it the same.
	for i, a := range importedSheet(t, resolution).Activities {
		if got, want := boardNumber(a, i+1), report.Ref(a, i+1); got != want {
			t.Errorf("activity %d is %q on the board and %q in the briefing", i+1, got, want)
		}
	}
}

// drawingLabels counts the labels of the markers on the left and the right
// drawing of the board: " 5(f) " or "[#2]".
func drawingLabels(m *Model) (left, right map[string]int) {
	p := m.presentation()
	left, right = map[string]int{}, map[string]int{}
	lines := strings.Split(screenText(m), "\n")
	for _, l := range lines[1 : 1+p.drawH] {
		rs := []rune(l)
		for i := 0; i < m.sh.sheet.Len(); i++ {
			label := boardNumber(m.sh.sheet.At(i), i+1)
			for _, mark := range []string{" " + label + " ", "[" + label + "]"} {
				left[label] += strings.Count(string(rs[:p.drawW]), mark)
				right[label] += strings.Count(string(rs[p.drawW:]), mark)
			}
		}
	}
	return left, right
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

// labelsMeasured is how many labels laying out the board of n activities
// measures for their width.
func labelsMeasured(t *testing.T, n int) int {
	t.Helper()
	rb := classify.Default()
	m := NewModel(rb, sample.Worksheet(rb, n, 7), false, nil, nil)
	m.Update(resize(160, 50))
	press(t, m, "p")
	p := m.nav.screens[presentScreen].(*presentation)
	if p.drawings == nil {
		t.Fatal("the board was not laid out")
	}
	return p.drawings.measured
}

// Laying the board out measures each activity's label at most once: the
// legend's columns once measured every label again for every activity, which
// took seconds at 40,000 activities. Counted, never timed.
func TestBoardMeasuresEachLabelOnce(t *testing.T) {
	for _, n := range []int{200, 2000} {
		if got := labelsMeasured(t, n); got > n {
			t.Errorf("%d activities: %d labels measured", n, got)
		}
	}
}

// titlesMeasuredAfterEdit is how many titles opening the board again after
// an edit of one activity measures, on n activities.
func titlesMeasuredAfterEdit(t *testing.T, n int) int {
	t.Helper()
	rb := classify.Default()
	m := NewModel(rb, sample.Worksheet(rb, n, 7), false, nil, nil)
	m.Update(resize(160, 50))
	press(t, m, "p", "esc", "e")
	m.quest.goTo(m.quest.questions[0].Fact)
	press(t, m, "down", "space", "esc")
	p := m.nav.screens[presentScreen].(*presentation)
	before := p.titlesMeasured
	press(t, m, "p")
	if p.drawings == nil || p.titlesMeasured == before {
		t.Fatal("the board was not laid out again after the edit")
	}
	return p.titlesMeasured - before
}

// The legend's columns follow the widest title; after an edit only the
// changed activity's title is measured again, on any worksheet.
func TestBoardMeasuresOnlyChangedTitles(t *testing.T) {
	small, large := titlesMeasuredAfterEdit(t, 200), titlesMeasuredAfterEdit(t, 2000)
	if small != large || large > 2 {
		t.Errorf("titles measured after an edit: %d on 2,000 activities, %d on 200", large, small)
	}
}

// No marker, nor the count of those that do not fit, sits on a row where a
// box's border runs: beside the POC circle's bottom edge or the SSR
// circle's top edge, or the SSR box of the 2015 drawing, a number reads as
// lying on that box.
func TestPresentMarkersNeverSitOnABorderRow(t *testing.T) {
	rb := classify.Default()
	sheets := map[string]*model.Worksheet{
		"case library": caseLibrary(t), "S/RES/1925": importedSheet(t, resolution), "120 sampled": sample.Worksheet(rb, 120, 3),
	}
	for name, ws := range sheets {
		for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}, {251, 77}} {
			m := NewModel(rb, ws, true, nil, nil)
			m.Present()
			m.Update(resize(size[0], size[1]))
			m.View()
			p := m.presentation()
			for side, cv := range map[string]*canvas{"2015": p.left, "narrow": p.right} {
				var rows []int
				for _, mk := range cv.marks {
					rows = append(rows, mk.y)
				}
				for _, mo := range cv.more {
					rows = append(rows, mo.y)
				}
				for _, y := range rows {
					for x := 0; x < cv.w; x++ {
						if cv.lines[y*cv.w+x]&(lineLeft|lineRight) != 0 {
							t.Fatalf("%s at %dx%d: a marker of the %s drawing on row %d, where a border runs:\n%s",
								name, size[0], size[1], side, y, strings.Join(cv.plainLines(m.sh.st), "\n"))
						}
					}
				}
			}
		}
	}
}

// The presentation's last page of the list, short enough for one column,
// takes the whole width: at 80×24 its titles read whole, not cut to half
// the width beside an empty column.
func TestPresentShortPageUsesTheWidth(t *testing.T) {
	m := presentModel(t, 80, 24)
	press(t, m, "end")
	requireScreen(t, m, "#19  Supporting dialogue on the future of the state security forces",
		"#21  Vetting with no institutional safeguards afterwards")
	press(t, m, "home")
	requireScreen(t, m, "#2  UNMISS one-off human rights se…") // a full page keeps its two columns
}
