package suggest

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// An indexed element matches exactly the words its single-word alternatives
// match one by one: the lexicon's own words, their plurals and the words of
// the fixtures.
func TestWordIndexMatchesAlternatives(t *testing.T) {
	lx := lexiconFor(classify.Default())
	words := map[string]bool{}
	add := func(w string) {
		for _, f := range []string{w, w + "s", w + "es", strings.TrimSuffix(w, "y") + "ies", strings.TrimSuffix(w, "s"), w + "ing"} {
			words[f] = true
		}
	}
	for _, p := range lx.phrases {
		for _, el := range p.elems {
			for _, alt := range el.alts {
				for _, tok := range alt {
					add(tok.w)
				}
			}
		}
	}
	for _, name := range []string{"S-RES-1542-2004.txt", "S-RES-1925-2010.txt"} {
		for _, w := range splitWords(readFixture(t, name), nil) {
			add(w.w)
		}
	}
	indexed := 0
	for _, p := range lx.phrases {
		for _, el := range p.elems {
			if el.index == nil {
				continue
			}
			indexed++
			for w := range words {
				want := false
				for _, alt := range el.alts {
					want = want || len(alt) == 1 && wordMatches(alt[0], w)
				}
				if got := el.index.matches(w); got != want {
					t.Fatalf("%q in %q: indexed %v, one by one %v", w, p.src, got, want)
				}
			}
		}
	}
	if indexed == 0 {
		t.Fatal("no element is indexed")
	}
}
