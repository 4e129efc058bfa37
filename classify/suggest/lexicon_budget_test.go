package suggest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// worstRulebook is the built-in rulebook with n cue phrases built to cost
// the most: fifteen elements, every other one a gap of twelve words, the
// others prefixes that begin most English words, so that every word of a
// text starts a try of every phrase, and each try explores its whole span.
// With end "zq" no try ever matches; with end "th*|an*" every one does.
func worstRulebook(t testing.TB, n int, end string) *classify.Rulebook {
	t.Helper()
	alt := "th*|an*|of*|to*"
	ps := make([]string, n)
	for i := range ps {
		ps[i] = fmt.Sprintf("%q", strings.Repeat(alt+" ...12 ", 7)+end+"|zq"+fmt.Sprint(i))
	}
	src := strings.Replace(string(classify.Default().Source()), "    joins: [or, nor,", "    joins: ["+strings.Join(ps, ", ")+", or, nor,", 1)
	if len(src) > classify.MaxRulebookSize {
		t.Fatalf("the rulebook is %d bytes, over the limit", len(src))
	}
	rb, err := classify.Parse("worst.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return rb
}

// wordsOf is a text of n words, most of which begin with a prefix of the
// worst rulebook's phrases.
func wordsOf(n int) string {
	ws := strings.Fields("the mission and the police of the state to train the army in the camps of the displaced")
	out := make([]string, n)
	for i := range out {
		out[i] = ws[i%len(ws)]
	}
	return strings.Join(out, " ")
}

// Reading takes time and memory in proportion to the text whatever the
// phrases: with the worst rulebooks that fit the size limit, a scan tries no
// more elements and keeps no more occurrences than the budget of its words.
func TestMatchingBudgetHoldsWhateverThePhrases(t *testing.T) {
	for _, c := range []struct {
		name    string
		phrases int
		end     string
		words   int
	}{
		{"201 phrases that never match", 201, "zq", 2000},
		{"201 phrases that match at every word", 201, "th*|an*", 2000},
		{"15,000 phrases that never match", 15000, "zq", 10000},
	} {
		t.Run(c.name, func(t *testing.T) {
			lx := lexiconFor(worstRulebook(t, c.phrases, c.end))
			ws := splitWords(wordsOf(c.words), nil)
			matches, steps := lx.scanSteps(ws, nil)
			maxSteps, maxMatches := budget(len(ws))
			if steps > maxSteps+lx.states {
				t.Errorf("%d steps on %d words; the budget is %d", steps, len(ws), maxSteps)
			}
			if len(matches) > maxMatches {
				t.Errorf("%d occurrences kept on %d words; the budget is %d", len(matches), len(ws), maxMatches)
			}
		})
	}
}

// The budget never cuts a reading of the built-in lexicon short: on every
// paragraph of the development corpus a scan uses under a quarter of it.
func TestMatchingBudgetLeavesRealReadingsWhole(t *testing.T) {
	sealed, err := os.ReadFile("testdata/sealed.txt")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/corpus/resolutions/*.txt")
	lx := lexiconFor(classify.Default())
	worst := 0.0
	for _, f := range files {
		if strings.Contains(string(sealed), filepath.Base(f)) {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, para := range strings.Split(string(data), "\n") {
			ws := splitWords(para, nil)
			if len(ws) == 0 {
				continue
			}
			matches, steps := lx.scanSteps(ws, nil)
			maxSteps, maxMatches := budget(len(ws))
			worst = max(worst, float64(steps)/float64(maxSteps))
			if steps*4 > maxSteps || len(matches)*4 > maxMatches {
				t.Errorf("%s: %d steps, %d occurrences on %d words: over a quarter of the budget", filepath.Base(f), steps, len(matches), len(ws))
			}
		}
	}
	t.Logf("the most a corpus paragraph used: %.2f%% of the step budget", 100*worst)
}

// FuzzMatchingBudget: any phrase the rulebook accepts, given up to 400
// times, is matched against any text within the budget of its words.
func FuzzMatchingBudget(f *testing.F) {
	f.Add("th*|an* ...12 th*|an* ...12 zq", uint16(400), "the mission and the police of the state to train the army")
	f.Add("xx? xx? xx? yy", uint16(50), strings.Repeat("xx ", 300))
	f.Fuzz(func(t *testing.T, src string, copies uint16, text string) {
		if len(src) > 200 || len(text) > 4000 {
			return
		}
		cp, err := classify.ParseCuePattern(src, 4)
		if err != nil {
			return
		}
		lx := newIndex()
		for range int(copies%400) + 1 {
			p := phrase{src: cp.Source, anchored: cp.Anchored, elems: compileElems(cp.Elems), role: roleWhole}
			p.span = span(p.elems)
			lx.add(p)
		}
		ws := splitWords(text, nil)
		matches, steps := lx.scanSteps(ws, nil)
		maxSteps, maxMatches := budget(len(ws))
		if steps > maxSteps+lx.states || len(matches) > maxMatches {
			t.Fatalf("%q ×%d: %d steps, %d occurrences on %d words; the budget is %d, %d", src, copies%400+1, steps, len(matches), len(ws), maxSteps, maxMatches)
		}
	})
}
