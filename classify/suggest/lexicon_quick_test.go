package suggest

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest/mandate"
	"github.com/pocssr/pocssr/model"
)

// The quick looks a scan takes before matching never turn a word away that
// an alternative would match: a token's first letter, an element's first
// letters and lengths, and the alternatives a word's first letter leads to.
// The words tried are the forms of the element's own words and those of a
// fixture.
func TestQuickLooksNeverRefuseAMatch(t *testing.T) {
	lx := lexiconFor(classify.Default())
	text := map[string]bool{}
	for _, w := range splitWords(readFixture(t, "S-RES-1925-2010.txt"), nil) {
		text[w.w] = true
	}
	tokens, elems, led := 0, 0, 0
	seen, seenElem := map[token]bool{}, map[string]bool{}
	for _, p := range lx.phrases {
		for _, el := range p.elems {
			key := fmt.Sprint(el.alts)
			if len(el.alts) == 0 || seenElem[key] {
				continue
			}
			seenElem[key] = true
			elems++
			words := maps.Clone(text)
			for _, alt := range el.alts {
				for _, tok := range alt {
					addForms(words, tok.w)
				}
			}
			for _, alt := range el.alts {
				for _, tok := range alt {
					if seen[tok] {
						continue
					}
					seen[tok] = true
					tokens++
					for w := range words {
						if tok.lead != 0 && wordMatches(tok, w) && w[0] != tok.lead {
							t.Fatalf("%q matches %q, which does not begin with %q", tok.w, w, tok.lead)
						}
					}
				}
			}
			for w := range words {
				var want []uint16
				for k, alt := range el.multi {
					if wordMatches(alt[0], w) {
						want = append(want, uint16(k))
					}
				}
				begins := len(want) > 0
				for _, alt := range el.alts {
					begins = begins || wordMatches(alt[0], w)
				}
				if begins && !el.mayBegin(w) {
					t.Fatalf("%q begins an alternative of %q, but the element's quick look turns it away", w, p.src)
				}
				if el.leads == nil || w == "" { // a scan takes no look by letter at a word of none
					continue
				}
				led++
				got := el.leads.of(w)
				if !slices.IsSorted(got) {
					t.Fatalf("%q in %q: the alternatives are out of their order: %v", w, p.src, got)
				}
				for _, k := range want {
					if !slices.Contains(got, k) {
						t.Fatalf("%q begins alternative %d of %q, which its first letter does not lead to", w, k, p.src)
					}
				}
			}
		}
	}
	if tokens < 1000 || elems < 1000 || led == 0 {
		t.Fatalf("%d tokens, %d elements, %d looks by first letter: the lexicon was not read", tokens, elems, led)
	}
}

// A stem of one letter may match words of another first letter ("e~"
// matches "ing"): its quick look lets every word through.
func TestQuickLooksOfAOneLetterStem(t *testing.T) {
	els := compileElems([]classify.CueElem{{Words: []string{"e~", "=x"}}})
	if tok := els[0].alts[0][0]; tok.lead != 0 || !wordMatches(tok, "ing") {
		t.Fatalf("the stem %q has the lead %q", tok.w, tok.lead)
	}
	if !els[0].mayBegin("ing") {
		t.Error(`"ing" is turned away from "e~"`)
	}
}

// A quick look turns words away: those of another first letter or length.
func TestQuickLooksTurnWordsAway(t *testing.T) {
	els := compileElems([]classify.CueElem{{Words: []string{"patrol~", "=troops", "protect*", "force"}}})
	el := &els[0]
	for w, want := range map[string]bool{
		"patrolling": true, "patrols": true, "troops": true, "protection": true, "forces": true,
		"army": false, "mission": false, "p": false, "tro": false, "fo": false,
	} {
		if got := el.mayBegin(w); got != want {
			t.Errorf("%q: may begin %v, want %v", w, got, want)
		}
	}
}

// The decisions lexicon (leave_out, action, no_activity and unless) finds
// in a paragraph what the whole lexicon finds of those phrases, with the
// names a text gives its missions: on every paragraph of the tuned corpus.
func TestDecisionsLexiconFindsWhatTheWholeOneFinds(t *testing.T) {
	sealed, err := os.ReadFile("testdata/sealed.txt")
	if err != nil {
		t.Fatal(err)
	}
	type found struct {
		role     role
		src      string
		from, to int
		used     wordSet
	}
	r := NewReader(classify.Default())
	paragraphs, decisions := 0, 0
	for _, f := range corpusTexts(t) {
		if strings.Contains(string(sealed), filepath.Base(f)) {
			continue
		}
		text := readFixture(t, strings.TrimPrefix(f, "testdata/"))
		lx := r.forText(text).lx
		for _, para := range strings.Split(text, "\n") {
			var whole, own []found
			for _, m := range lx.scan(splitWords(para, nil), nil) {
				if p := lx.phrases[m.phrase]; p.role == roleLeaveOut || p.role == roleAction || p.role == roleNoActivity || p.role == roleNoActivityUnless {
					whole = append(whole, found{p.role, p.src, m.from, m.to, m.used})
				}
			}
			ms, phrases := lx.scanDecisions(splitWords(para, nil))
			for _, m := range ms {
				p := phrases[m.phrase]
				own = append(own, found{p.role, p.src, m.from, m.to, m.used})
			}
			if !reflect.DeepEqual(whole, own) {
				t.Fatalf("%s: %q\nthe whole lexicon finds %v\nthe decisions lexicon %v", filepath.Base(f), para, whole, own)
			}
			paragraphs++
			decisions += len(own)
		}
	}
	if paragraphs < 5000 || decisions < 1000 {
		t.Fatalf("%d paragraphs, %d decisions found: the corpus was not read", paragraphs, decisions)
	}
}

// An import reads its parts in runs, one reader to a processor: what the
// parts' own words say of leaving them out, the readings of the tasks and
// their titles are the same in one run and in many, on two modern mandates of the tuned
// corpus and a fixture.
func TestPartsReadAlikeInOneRunOrMany(t *testing.T) {
	r := NewReader(classify.Default())
	for _, name := range []string{"corpus/resolutions/S-RES-2241-2015.txt", "corpus/resolutions/S-RES-2243-2015.txt", "S-RES-1925-2010.txt"} {
		text := readFixture(t, name)
		reader := r.forText(text)
		m, err := ReadMandate(reader, text)
		if err != nil {
			t.Fatal(err)
		}
		var parts []int
		for i, p := range m.Parts {
			if p.Role == Task || p.Role == LeftOut {
				parts = append(parts, i)
			}
		}
		tree, err := mandate.Read(text)
		if err != nil {
			t.Fatal(err)
		}
		own, leftOut := reader.ownDecisionsIn(m, tree, func(int) int { return 1 }), 0
		for _, runs := range []int{2, 5} {
			if many := reader.ownDecisionsIn(m, tree, func(int) int { return runs }); !reflect.DeepEqual(own, many) {
				t.Fatalf("%s: what the parts' own words say, in %d runs:\n%+v\nin one\n%+v", name, runs, many, own)
			}
		}
		for _, o := range own {
			if o.opening != "" || o.noActivity != "" || o.noAction != "" {
				leftOut++
			}
		}
		if leftOut == 0 {
			t.Fatalf("%s: no part's own words leave it out", name)
		}
		one := reader.suggestPartsIn(m, parts, 1)
		facts := map[int]*model.Facts{}
		for k, i := range parts {
			facts[i] = &one[k].Facts
		}
		keep := func(p Part) bool { return p.Role == Task || p.Role == LeftOut }
		titles, owns := reader.lx.titles.taskTitlesIn(m, keep, facts, func(int) int { return 1 })
		for _, runs := range []int{2, 3, 7} {
			many := reader.suggestPartsIn(m, parts, runs)
			for k := range parts {
				if !reflect.DeepEqual(one[k], many[k]) {
					t.Fatalf("%s, part %s: in %d runs\n%+v\nin one\n%+v", name, m.Parts[parts[k]].Ref, runs, many[k], one[k])
				}
			}
			manyTitles, manyOwns := reader.lx.titles.taskTitlesIn(m, keep, facts, func(int) int { return runs })
			if !reflect.DeepEqual(titles, manyTitles) || !reflect.DeepEqual(owns, manyOwns) {
				t.Fatalf("%s: the titles in %d runs differ from those in one:\n%v\n%v", name, runs, manyTitles, titles)
			}
		}
		if len(titles) != len(parts) {
			t.Fatalf("%s: %d titles for %d parts", name, len(titles), len(parts))
		}
		if len(parts) < 2*partsPerRun {
			t.Fatalf("%s: %d parts, too few to be read in runs", name, len(parts))
		}
	}
}

// addForms adds to words w and the forms a token of it may match: plurals,
// inflections, longer words it begins.
func addForms(words map[string]bool, w string) {
	if w == "" {
		return
	}
	for _, f := range []string{w, w + "s", w + "es", strings.TrimSuffix(w, "y") + "ies", strings.TrimSuffix(w, "y") + "ied", strings.TrimSuffix(w, "s"),
		w + "ing", w + "ed", w + "d", strings.TrimSuffix(w, "e") + "ing", w + w[len(w)-1:] + "ed", w + w[len(w)-1:] + "ing", w + "al", w + "ization"} {
		words[f] = true
	}
}
