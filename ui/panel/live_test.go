package panel

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// The compact verdict line keeps its counts at every width a narrow
// terminal gives it: an overlap's basis, the longest agenda text, gives way
// to the number of risks and of open questions.
func TestCompactVerdictKeepsItsCounts(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Title: "Vetting of police officers"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"vetting"})
	a.Facts.SetSet(model.Forces, []string{"police"})
	r := rb.Classify(a)
	if r.Narrow.Basis == nil {
		t.Fatalf("the activity has no overlap basis: %v", r.Agenda)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	counts := component.Plural(len(r.Risks), "risk", "risks") + " · " + component.Plural(len(r.OpenQuestions), "open question", "open questions")
	for w := 70; w <= 120; w += 5 {
		lines := strings.Split(ansi.Strip(p.Compact(&r, Notes{}, w, CompactHeight)), "\n")
		if len(lines) < 2 || !strings.Contains(lines[1], counts) {
			t.Errorf("width %d: the verdict's line lacks %q:\n%s", w, counts, strings.Join(lines, "\n"))
		}
	}
}

// However few rows the compact verdict gets, every risk is on a line of its
// own or counted on the last risk line ("+N more risks", "… and N more
// risks"): none gives way silently to the notes or to the open questions.
func TestCompactVerdictNeverDropsARiskSilently(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	more := regexp.MustCompile(`(?:\+|… and )(\d+) more risks?$`)
	notes := []Notes{{}, {Preview: "if chosen: T2 · overlap", Suggested: []model.Fact{model.Forces}}}
	for _, a := range ws.Activities {
		r := rb.Classify(a)
		if len(r.Risks) == 0 {
			continue
		}
		for _, n := range notes {
			for h := CompactMin + 1; h <= CompactHeight; h++ {
				lines := strings.Split(ansi.Strip(p.Compact(&r, n, 80, h)), "\n")
				shown, counted := 0, 0
				for _, l := range lines {
					l = strings.TrimRight(l, " ")
					if m := more.FindStringSubmatch(l); m != nil {
						counted, _ = strconv.Atoi(m[1])
					}
					if strings.HasPrefix(l, "[") {
						shown++
					}
				}
				if len(lines) > h || shown+counted != len(r.Risks) || shown == 0 {
					t.Errorf("%s, %d rows: %d risks shown and %d counted of %d:\n%s",
						a.Title, h, shown, counted, len(r.Risks), strings.Join(lines, "\n"))
				}
			}
		}
	}
}

// However few rows the compact verdict gets, a note that gives way (the
// preview, the suggested answers, the open questions' names) is counted
// on the last row of the notes or on the verdict's line: none is dropped
// without a sign (a first use found "~ suggested, not yet confirmed" and
// "Open: …" gone at 80×24 with nothing said). The risks keep their rows.
func TestCompactVerdictCountsTheNotesThatGiveWay(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	n := Notes{Preview: "if chosen: T2 · overlap", Suggested: []model.Fact{model.Forces, model.Kinds}}
	for _, a := range ws.Activities {
		r := rb.Classify(a)
		for h := CompactMin; h <= CompactHeight; h++ {
			text := ansi.Strip(p.Compact(&r, n, 80, h))
			lines := strings.Split(text, "\n")
			has := func(s string) bool { return strings.Contains(text, s) }
			if !has("(if chosen") && !has("preview") {
				t.Errorf("%s, %d rows: the preview is gone without a sign:\n%s", a.Title, h, text)
			}
			if !has("~ suggested, not yet confirmed") && !has("~ suggested: ") && !has("2 suggested") {
				t.Errorf("%s, %d rows: the suggested answers are gone without a sign:\n%s", a.Title, h, text)
			}
			if open := len(r.OpenQuestions); open > 0 && !has("Open: ") && !has(strconv.Itoa(open)+" open") {
				t.Errorf("%s, %d rows: the open questions are gone without a sign:\n%s", a.Title, h, text)
			}
			if len(lines) > h {
				t.Errorf("%s: %d lines in %d rows", a.Title, len(lines), h)
			}
			if len(r.Risks) > 0 && h > CompactMin && !strings.Contains(text, "\n[") {
				t.Errorf("%s, %d rows: no risk line:\n%s", a.Title, h, text)
			}
		}
	}
}

// Where the compact verdict counts risks past its rows, the count names
// the key that shows them whole ("… and 9 more risks (?)", "· +2 more
// risks (?)" on a single row), and RisksWhole says they are not all named;
// where every risk has its line, whole, neither: at 80×24 the count named
// no key. Without a key (a text field takes ?), the count names none.
func TestCompactVerdictCountOfRisksNamesItsKey(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	more := regexp.MustCompile(`(?:· \+|… and )\d+ more risks?( \(\?\))?$`)
	tried := map[bool]int{}
	for _, a := range ws.Activities {
		r := rb.Classify(a)
		for _, n := range []Notes{{WholeKey: "?"}, {WholeKey: "?", Suggested: []model.Fact{model.Forces}}, {}} {
			for h := CompactMin + 1; h <= CompactHeight; h++ {
				lines := strings.Split(ansi.Strip(p.Compact(&r, n, 80, h)), "\n")
				counted, named := false, false
				for _, l := range lines {
					if m := more.FindStringSubmatch(strings.TrimRight(l, " ")); m != nil {
						counted, named = true, m[1] != ""
					}
				}
				whole := p.Whole(&r, n, 80, h).Risks
				tried[counted]++
				if counted == whole || named != (counted && n.WholeKey != "") {
					t.Errorf("%s, %d rows, key %q: risks counted %v, the count naming the key %v, all named whole %v:\n%s",
						a.Title, h, n.WholeKey, counted, named, whole, strings.Join(lines, "\n"))
				}
			}
		}
	}
	if tried[true] == 0 || tried[false] == 0 {
		t.Fatalf("the library gave no verdict both counted and not: %v", tried)
	}
}

// A portfolio note below the questions is whole, or names the key that
// shows it whole: cut at its finding's title, or given way to the count.
func TestCompactPortfolioNoteNamesItsKey(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	r := rb.Classify(ws.Activities[0])
	f := classify.Finding{Severity: "high", Force: "army", Rule: &classify.PortfolioRule{Title: "The mission supports a force that nothing in the plan monitors"}}
	tried := map[bool]int{}
	for _, w := range []int{80, 120} {
		for h := CompactMin; h <= CompactHeight; h++ {
			n := Notes{WholeKey: "?", Portfolio: []PortfolioNote{{Raises: true, Finding: f}}, Suggested: []model.Fact{model.Forces}}
			text := ansi.Strip(p.Compact(&r, n, w, h))
			whole := p.Whole(&r, n, w, h).Portfolio
			tried[whole]++
			shown := strings.Contains(text, PortfolioText(n.Portfolio[0]))
			if whole != shown {
				t.Errorf("%d×%d: whole %v, shown whole %v:\n%s", w, h, whole, shown, text)
			}
			if !whole && !strings.Contains(text, "(?)") {
				t.Errorf("%d×%d: the note is not whole and nothing names ?:\n%s", w, h, text)
			}
		}
	}
	if tried[true] == 0 || tried[false] == 0 {
		t.Fatalf("the note was never both whole and not: %v", tried)
	}
}

// Open questions that are not all named whole below the questions leave
// the key that shows them somewhere in the panel, at every height: on the
// verdict's own line where the notes have no row (question 1 at 80×24 said
// "11 open questions · + 3 suggested" and named none).
func TestCompactOpenQuestionsNameTheKey(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	tried := 0
	for _, a := range ws.Activities {
		r := rb.Classify(a)
		for _, n := range []Notes{{WholeKey: "?"}, {WholeKey: "?", Suggested: []model.Fact{model.Forces, model.Kinds, model.Implementer}, Preview: "preview with the suggested answers"}} {
			for h := CompactMin; h <= CompactHeight; h++ {
				if p.Whole(&r, n, 80, h).Open {
					continue
				}
				tried++
				if text := ansi.Strip(p.Compact(&r, n, 80, h)); !strings.Contains(text, "(?)") {
					t.Errorf("%s, %d rows: the open questions are not named whole and nothing names ?:\n%s", a.Title, h, text)
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("no verdict left its open questions unnamed")
	}
}

// The suggested answers below the questions are named whole, or the panel
// names the key that shows them whole and SuggestedWhole says so: cut on
// their line, or given way to a count ("+ not shown: 4 suggested · 12
// open (?)"), where the help named the open questions and not them.
func TestCompactSuggestedAnswersNameTheKey(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	suggested := [][]model.Fact{{model.Forces}, {model.Implementer, model.Kinds, model.Forces, model.TrainingFormat}}
	tried := map[bool]int{}
	for _, a := range ws.Activities[:4] {
		r := rb.Classify(a)
		for _, facts := range suggested {
			for _, w := range []int{80, 120} {
				for h := CompactMin; h <= CompactHeight; h++ {
					n := Notes{WholeKey: "?", Suggested: facts}
					text := ansi.Strip(p.Compact(&r, n, w, h))
					whole := p.Whole(&r, n, w, h).Suggested
					tried[whole]++
					shown := strings.Contains(text, n.suggestedLine()) || strings.Contains(text, "~ suggested: "+component.FactList(facts))
					if whole != shown {
						t.Errorf("%s, %d×%d: whole %v, shown whole %v:\n%s", a.Title, w, h, whole, shown, text)
					}
					if !whole && !strings.Contains(text, "(?)") {
						t.Errorf("%s, %d×%d: the suggested answers are not whole and nothing names ?:\n%s", a.Title, w, h, text)
					}
				}
			}
		}
	}
	if tried[true] == 0 || tried[false] == 0 {
		t.Fatalf("the suggested answers were never both whole and not: %v", tried)
	}
}

// Where the notes have no row, the verdict's line counts those that gave
// way ("+ 1 suggested") and names the key that shows them, as it does for
// three ("+ 3 suggested (?)"): the line said "+ 1 suggested" with no "(?)",
// and the help, told they were named whole, left them out too.
func TestCompactCountOnTheVerdictLineNamesTheKey(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	counted := 0
	for _, a := range ws.Activities {
		r := rb.Classify(a)
		for _, facts := range [][]model.Fact{{model.Forces}, {model.Implementer, model.Kinds, model.Forces}} {
			n := Notes{WholeKey: "?", Suggested: facts}
			lines := strings.Split(ansi.Strip(p.Compact(&r, n, 80, CompactMin)), "\n")
			verdict := lines[1]
			if !regexp.MustCompile(`\+ .*\d suggested`).MatchString(verdict) {
				continue
			}
			counted++
			whole := p.Whole(&r, n, 80, CompactMin)
			if !strings.Contains(verdict, "(?)") || whole.Suggested {
				t.Errorf("%s, %d suggested: the verdict's line counts them and names no key (or the help is told they are whole, %v):\n%s",
					a.Title, len(facts), whole.Suggested, verdict)
			}
		}
	}
	if counted == 0 {
		t.Fatal("no verdict's line counted the suggested answers")
	}
}
