package present

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// walkToEnd walks the activity at index i through to its last answer.
func walkToEnd(t *testing.T, p *Screen, i int) *walkThrough {
	t.Helper()
	p.open(p.ctx.Sheet.At(i))
	press(p, "t")
	wt := p.walk
	if wt == nil || wt.step != 0 {
		t.Fatal("the walk-through does not start from nothing known")
	}
	for range wt.steps {
		press(p, "space")
	}
	return wt
}

func sameVerdict(a, b *classify.Result) bool {
	ids := func(r *classify.Result) []string {
		var out []string
		for _, k := range r.Risks {
			out = append(out, k.Rule.ID+"/"+string(k.Severity))
		}
		for _, q := range r.OpenQuestions {
			out = append(out, "open:"+q.Fact.Key())
		}
		return out
	}
	return a.Tier == b.Tier && a.Agenda == b.Agenda && a.Basis == b.Basis &&
		slices.Equal(ids(a), ids(b)) && slices.Equal(a.Reasons, b.Reasons)
}

func TestWalkThroughEndsAtTheEngineVerdict(t *testing.T) {
	p, ctx := board(t, caseLibrary(t), 120, 40)
	s := ctx.Sheet
	rb := s.Rulebook()
	for i := 0; i < s.Len(); i++ {
		a := s.At(i)
		wt := walkToEnd(t, p, i)
		want := rb.Classify(a)
		if wt.step != len(wt.steps) || !sameVerdict(wt.verdict(), &want) {
			t.Errorf("%s: after the last step the walk-through says %s, the engine %s", a.ID, verdictWords(wt.verdict()), verdictWords(&want))
		}
		press(p, "space") // past the end it stays
		if !sameVerdict(wt.verdict(), &want) {
			t.Errorf("%s: a step past the end changed the verdict", a.ID)
		}
		press(p, "backspace")
		if wt.step != len(wt.steps)-1 {
			t.Errorf("%s: backspace took the walk-through to step %d of %d", a.ID, wt.step, len(wt.steps))
		}
		press(p, "esc")
		if p.mode != boardMode {
			t.Fatalf("esc does not leave the walk-through")
		}
	}
}

func TestWalkThroughStartsFromNothingKnown(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 80, 24)
	press(p, "t")
	wt := p.walk
	if r := wt.verdict(); r.Tier != 0 || r.Agenda != classify.Undetermined || len(r.Risks) != 0 {
		t.Fatalf("step 0 is not the verdict on nothing known: %s", verdictWords(r))
	}
	requireScreen(t, p, "Step 0 of", "Nothing is known yet")
	press(p, "space", "space")
	requireScreen(t, p, "Step 2 of", "→ combined operations", "Tier: No tier yet → Tier 2.")
}

func TestWhatIfNeverChangesTheWorksheet(t *testing.T) {
	p, ctx := board(t, caseLibrary(t), 120, 40)
	s := ctx.Sheet
	before := make([]model.Facts, s.Len())
	for i := range before {
		before[i] = s.At(i).Facts.Clone()
	}
	gen := s.Gen()
	moved := false
	for i := 0; i < s.Len(); i++ {
		p.open(s.At(i))
		press(p, "t")
		wt := p.walk
		for step := 0; step <= len(wt.steps); step++ {
			press(p, "w")
			if wt.whatIf == nil {
				t.Fatalf("%s: w does not open what-if", s.At(i).ID)
			}
			for range wt.whatIf.choices {
				press(p, "down", "space")
				if wt.whatIf.res.Agenda != wt.res.Agenda || wt.whatIf.res.Tier != wt.res.Tier {
					moved = true
				}
			}
			press(p, "up", "space", "w")
			if wt.whatIf != nil {
				t.Fatal("w does not close what-if")
			}
			press(p, "space")
		}
		press(p, "esc")
	}
	for i := range before {
		if !before[i].Equal(&s.At(i).Facts) {
			t.Errorf("what-if changed the facts of %s", s.At(i).ID)
		}
	}
	if s.Gen() != gen || s.Dirty() {
		t.Error("what-if marked the worksheet changed")
	}
	if !moved {
		t.Error("no what-if ever moved a verdict: the trial values are not classified")
	}
}

func TestWhatIfMovesTheVerdict(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 120, 40)
	// The one-off rights training: its training format decides POC only or overlap.
	press(p, "down", "t")
	wt := p.walk
	for wt.step < len(wt.steps) && wt.steps[max(0, wt.step-1)] != model.TrainingFormat {
		press(p, "space")
	}
	if wt.res.Agenda != classify.POCOnly {
		t.Fatalf("one-off rights training is %s, want POC only", wt.res.Agenda)
	}
	press(p, "w", "down", "down") // one-off → recurring → training of trainers
	if wt.whatIf.res.Agenda != classify.Overlap {
		t.Fatalf("training of trainers is %s, want overlap", wt.whatIf.res.Agenda)
	}
	requireScreen(t, p, "Verdict if so:", "Agenda: POC only → POC and SSR overlap.", "(the worksheet is not changed)")
	press(p, "w")
	if wt.verdict().Agenda != classify.POCOnly {
		t.Fatal("closing what-if does not return to the real answer")
	}
}

// The "what if" column names the fact by its short label when its question
// would be cut.
func TestWhatIfNamesTheFactWhenTheQuestionIsLong(t *testing.T) {
	p, ctx := board(t, caseLibrary(t), 80, 24)
	press(p, "down", "t", "space", "space", "space", "w")
	q := ctx.Sheet.Rulebook().QuestionFor(p.walk.whatIf.fact)
	requireScreen(t, p, "What if: "+q.Label)
	wide, _ := board(t, caseLibrary(t), 200, 60)
	press(wide, "down", "t", "space", "space", "space", "w")
	requireScreen(t, wide, "What if: "+q.Question)
}

// At 80×24 every step of every case's walk-through shows its answer whole:
// the question gives way to the fact's short label first.
func TestWalkThroughAlwaysShowsTheAnswer(t *testing.T) {
	p, ctx := board(t, caseLibrary(t), 80, 24)
	rb := ctx.Sheet.Rulebook()
	shortened := 0
	for i := 0; i < ctx.Sheet.Len(); i++ {
		if i > 0 {
			press(p, "down")
		}
		press(p, "t")
		wt := p.walk
		lines := strings.Split(screenText(p), "\n")
		if !strings.Contains(strings.TrimSpace(lines[2])+" "+strings.TrimSpace(lines[3]), "Space reveals the first answer.") {
			t.Errorf("%s: step 0 cuts its hint:\n%s", wt.activity.ID, screenText(p))
		}
		for n := 1; n <= len(wt.steps); n++ {
			press(p, "space")
			f := wt.steps[n-1]
			lines := strings.Split(screenText(p), "\n")
			line := strings.TrimRight(lines[1], " ")
			answer := "→ " + report.OneLine(wt.answerText(f, &wt.facts))
			if !strings.HasSuffix(line, answer) {
				// Its own line, under the question's label.
				line += " " + strings.TrimSpace(lines[2])
				if !strings.HasSuffix(line, answer) {
					t.Errorf("%s step %d: the answer %q is not shown whole in %q", wt.activity.ID, n, answer, line)
				}
			}
			if q := rb.QuestionFor(f); q != nil && !strings.Contains(line, q.Question) {
				shortened++
				if !strings.Contains(line, q.Label) {
					t.Errorf("%s step %d: neither the question nor its label %q in %q", wt.activity.ID, n, q.Label, line)
				}
			}
		}
		press(p, "esc")
	}
	if shortened == 0 {
		t.Fatal("no question was long enough to be shortened: the test proves nothing")
	}
	// At 200 columns the question is asked in full.
	wide, _ := board(t, caseLibrary(t), 200, 60)
	press(wide, "t", "space")
	requireScreen(t, wide, rb.QuestionFor(wide.walk.steps[0]).Question)
}

// Where what changed at a step is longer than the lines the risks leave
// free, c shows it whole in place of the drawings, and esc brings them back.
func TestWalkThroughShowsWhatChangedWhole(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 80, 24)
	press(p, "down", "down", "down", "t", "space", "space")
	requireScreen(t, p, "Step 2 of 3", "(c: all of it)")
	press(p, "c")
	if !containsFlat(screenText(p), changeLine(&p.walk.prev, &p.walk.res)) {
		t.Fatalf("c does not show what changed whole:\n%s", screenText(p))
	}
	shownOnce(t, screenText(p), changeLine(&p.walk.prev, &p.walk.res))
	press(p, "esc")
	requireScreen(t, p, "Step 2 of 3", "2015 policy: Tier 3")
}

// shownOnce fails unless the screen shows what changed once: its first
// words appear a single time.
func shownOnce(t *testing.T, screen, change string) {
	t.Helper()
	words := strings.Fields(change)
	start := strings.Join(words[:min(4, len(words))], " ")
	if n := strings.Count(flat(screen), start); n != 1 {
		t.Fatalf("what changed (%q) is shown %d times:\n%s", start, n, screen)
	}
}

// containsFlat reports whether s holds text, however it is wrapped.
func containsFlat(s, text string) bool {
	return text != "" && strings.Contains(flat(s), flat(text))
}

// flat is text with its runs of spaces and line ends made one space.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// In "what if" too, what the trial answer changes is never cut for good:
// where it is longer than its line, c shows it whole in place of the
// drawings, and c again brings the drawings back.
func TestWhatIfShowsTheWholeChange(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p, _ := board(t, caseLibrary(t), size[0], size[1])
			press(p, "t", "space", "space", "space", "space", "w", "up")
			wt := p.walk
			if wt == nil || wt.whatIf == nil {
				t.Fatal("no what if open")
			}
			change := "What if → minor abuses: " + changeLine(&wt.res, &wt.whatIf.res)
			if size[0] == 80 {
				if containsFlat(screenText(p), change) {
					t.Fatalf("the change fits its line: the test shows nothing:\n%s", screenText(p))
				}
				press(p, "c")
				// Whole below the one label that says so.
				change = changeLine(&wt.res, &wt.whatIf.res)
				requireScreen(t, p, "What if → minor abuses: all of it below")
				if n := strings.Count(screenText(p), "What if →"); n != 1 {
					t.Errorf("the change is labelled %d times:\n%s", n, screenText(p))
				}
			}
			if !containsFlat(screenText(p), change) {
				t.Fatalf("the trial's change is not shown whole:\n%s", screenText(p))
			}
			shownOnce(t, screenText(p), changeLine(&wt.res, &wt.whatIf.res))
			if size[0] == 80 {
				press(p, "c")
				requireScreen(t, p, "2015 policy: Tier 2", "(c: all of it)")
			}
		})
	}
}

// A risk that came or went keeps its "(new)" or "(gone)" when its title
// is cut to the column: the tag is what the line says.
func TestWalkThroughRiskTagsSurviveCutting(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p, _ := board(t, caseLibrary(t), size[0], size[1])
			press(p, "t", "space", "space", "space", "space", "w", "up")
			requireScreen(t, p, "(gone)")
			press(p, "w", "backspace", "space")
			if len(p.walk.res.Risks) == 0 {
				t.Fatal("no risk at this step: the test shows nothing")
			}
			requireScreen(t, p, "(new)")
		})
	}
	if got := tagged("Support to forces implicated in grave violations", " (gone)", 20); got != "Support to f… (gone)" {
		t.Errorf("tagged = %q", got)
	}
}

// The choices of "what if" that do not fit say how many more there are,
// above and below, and the cursor's is always shown.
func TestWhatIfSaysHowManyChoicesAreHidden(t *testing.T) {
	for _, c := range []struct{ n, cursor, avail, first, end int }{
		{5, 0, 5, 0, 5},
		{6, 0, 5, 0, 4}, // ↓ 2 more
		{6, 5, 5, 2, 6}, // ↑ 2 more
		{9, 4, 5, 3, 6}, // both
	} {
		first, end := choiceWindow(c.n, c.cursor, c.avail)
		if first != c.first || end != c.end {
			t.Errorf("choiceWindow(%d, %d, %d) = %d, %d, want %d, %d", c.n, c.cursor, c.avail, first, end, c.first, c.end)
		}
		lines := end - first
		if first > 0 {
			lines++
		}
		if end < c.n {
			lines++
		}
		if lines > c.avail || c.cursor < first || c.cursor >= end {
			t.Errorf("choiceWindow(%d, %d, %d): %d lines, cursor out of view", c.n, c.cursor, c.avail, lines)
		}
	}
	p, _ := board(t, caseLibrary(t), 80, 24)
	press(p, "down", "down", "t", "space", "space", "space", "w")
	if p.walk == nil || p.walk.whatIf == nil || len(p.walk.whatIf.choices) <= 5 {
		t.Fatal("no what if with more choices than lines: the test shows nothing")
	}
	requireScreen(t, p, "↓ 3 more", "c: all of it", "w real answer") // the way back stays, in the words of every what-if at 80 columns
	press(p, "down", "down", "down", "down", "down", "down")
	// The ticked values are out of sight: a line names them, a row less
	// for the window.
	requireScreen(t, p, "↑ 4 more", "> [ ] don't know", "also ticked: police, gendarmerie")
}

// A title too long for its cells leaves out its closing parenthesis whole,
// and says it is cut.
func TestTitleInLeavesOutAParenthesisWhole(t *testing.T) {
	const title = "Joint offensive with the Congolese army against the FDLR (2015)"
	for _, tc := range []struct {
		w    int
		want string
	}{
		{80, title},
		{60, "Joint offensive with the Congolese army against the FDLR …"},
		{57, "Joint offensive with the Congolese army against the FDLR…"},
		{30, "Joint offensive with the Cong…"},
	} {
		if got := titleIn(title, tc.w); got != tc.want {
			t.Errorf("in %d cells: got %q, want %q", tc.w, got, tc.want)
		}
	}
	if got := titleIn("Reform support (phase two", 20); got != "Reform support (pha…" {
		t.Errorf("an unclosed parenthesis is cut as any text: %q", got)
	}
}

// The last step says the walk-through is complete and gives the final
// verdict, and offers no next answer; the step before still does (a first
// use found "space next answer" on the last step and nothing marking the
// end).
func TestWalkThroughSaysWhenItIsComplete(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		p, ctx := board(t, caseLibrary(t), size[0], size[1])
		for i := 0; i < ctx.Sheet.Len(); i++ {
			wt := walkToEnd(t, p, i)
			at := fmt.Sprintf("%dx%d, %s", size[0], size[1], ctx.Sheet.At(i).ID)
			s := screenText(p)
			r := wt.verdict()
			if !strings.Contains(s, "omplete") && !strings.Contains(s, "Walk-through done") {
				t.Errorf("%s: the last step does not say the walk-through is complete:\n%s", at, s)
			}
			// Only a verdict with no question open is final: with some open
			// it waits on them, and says how many (at 80 columns "Complete ·
			// final verdict … 9 open questions" read as settled).
			if open := len(r.OpenQuestions); open > 0 {
				waits := "waits on " + component.Plural(open, "open question", "open questions") + ": "
				if strings.Contains(s, "final verdict") || !strings.Contains(s, waits) {
					t.Errorf("%s: the last step calls final a verdict that waits on %d open questions:\n%s", at, open, s)
				}
			} else if !strings.Contains(s, "final verdict: "+verdictWords(r)) {
				t.Errorf("%s: the last step does not give the final verdict:\n%s", at, s)
			}
			for _, b := range p.ShortHelp() {
				if b.Help().Desc == "next answer" {
					t.Errorf("%s: the keys of the last step offer the next answer", at)
				}
			}
			if strings.Contains(s, "next answer") {
				t.Errorf("%s: the last step offers the next answer:\n%s", at, s)
			}
			press(p, "backspace")
			if s := screenText(p); !strings.Contains(s, "next answer") || strings.Contains(s, "final verdict") || strings.Contains(s, "waits on") {
				t.Errorf("%s: the step before the last is not told apart from it:\n%s", at, s)
			}
			press(p, "esc")
		}
	}
}

// The answer on trial is named in the words of its row: "don't know", as
// the choice says, not the account's "unknown" (a first use found "What if
// → unknown:" over the row "don't know").
func TestWhatIfNamesDontKnowAsItsRow(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 80, 24)
	press(p, "t", "space", "space", "space", "space", "space", "w")
	for range 20 {
		press(p, "down")
	}
	requireScreen(t, p, "don't know", "What if → don't know: ")
	if strings.Contains(screenText(p), "What if → unknown") {
		t.Errorf("the trial answer is named in other words than its row:\n%s", screenText(p))
	}
}
