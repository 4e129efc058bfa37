package suggest

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// lexiconOf compiles a lexicon of one phrase, as the reader compiles a
// rulebook's.
func lexiconOf(t testing.TB, src string) (*lexicon, bool) {
	t.Helper()
	cp, err := classify.ParseCuePattern(src, 4)
	if err != nil {
		return nil, false
	}
	lx := newIndex()
	p := phrase{src: cp.Source, anchored: cp.Anchored, elems: compileElems(cp.Elems), role: roleWhole}
	p.span = span(p.elems)
	lx.add(p)
	return lx, true
}

// stepLimit is the most elements a scan may try: each word starts at most
// one try of the phrase, and a try visits each element from each word of its
// span at most once.
func stepLimit(lx *lexicon, words int) int {
	p := &lx.phrases[0]
	return words * (len(p.elems) + 1) * (p.span + 1)
}

// A phrase of optional words and gaps is matched in time linear in the text:
// no element is tried twice from the same word. Backtracking through every
// way to skip or take fifteen optional words on a run of them would try 2^15
// ways from each word (and the sizes are such that it would still end).
func TestPhraseMatchingIsLinear(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("xx? ", 15) + "yy",
		strings.Repeat("xx ...12 ", 3) + "yy",
		strings.Repeat("xx|xx_xx|xx_xx_xx? ", 8) + "yy",
	} {
		lx, ok := lexiconOf(t, src)
		if !ok {
			t.Fatalf("%q refused", src)
		}
		ws := splitWords(strings.Repeat("xx ", 200), nil)
		matches, steps := lx.scanSteps(ws, nil)
		if len(matches) != 0 {
			t.Errorf("%q: %d matches without yy", src, len(matches))
		}
		if limit := stepLimit(lx, len(ws)); steps > limit {
			t.Errorf("%q: %d steps on %d words; at most %d", src, steps, len(ws), limit)
		}
		// The same phrase still matches where it should.
		ws = splitWords(strings.Repeat("xx ", 20)+"yy", nil)
		if matches, _ := lx.scanSteps(ws, nil); len(matches) == 0 {
			t.Errorf("%q: no match before yy", src)
		}
	}
}

// FuzzCuePattern: any phrase the rulebook accepts is matched against any text
// within the step limit, and its occurrences lie inside the text and within
// the phrase's span. Inputs are kept small so that every run is quick; the
// limit, not the size, is what is checked.
func FuzzCuePattern(f *testing.F) {
	for _, s := range []string{"xx? xx? xx? yy", "a ...12 b ...12 c", "^ to? =patrol|train* ... human_rights|ihl ...2 police",
		"human rights due diligence policy?", "with|under the? support|assistance of|from the? mission",
		"up to # ...1 troops", "^ *? +*? +to +*", "decides ,...8, to extend", "troops ...3 $", "* * # ,...2, * $"} {
		f.Add(s, "xx xx xx xx yy. a b c d e f b c. To patrol and train human rights police, with the support of the mission. Decides, in line with it, to extend up to 12,500 troops; and")
	}
	f.Fuzz(func(t *testing.T, src, text string) {
		if len(src) > 200 || len(text) > 2000 {
			return
		}
		lx, ok := lexiconOf(t, src)
		if !ok {
			return
		}
		ws := splitWords(text, nil)
		matches, steps := lx.scanSteps(ws, nil)
		if limit := stepLimit(lx, len(ws)); steps > limit {
			t.Fatalf("%q: %d steps on %d words; at most %d", src, steps, len(ws), limit)
		}
		for _, m := range matches {
			if m.from < 0 || m.to > len(ws) || m.from >= m.to || m.to-m.from > lx.phrases[0].span {
				t.Fatalf("%q: occurrence %d..%d of %d words, span %d", src, m.from, m.to, len(ws), lx.phrases[0].span)
			}
		}
	})
}
