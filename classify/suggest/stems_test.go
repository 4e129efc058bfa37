package suggest

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// A stem matches its regular inflections and nothing else; every inflection
// finds its stem among the candidates stems lists.
func TestStems(t *testing.T) {
	for _, c := range []struct {
		stem string
		yes  []string
		no   []string
	}{
		{"patrol", []string{"patrol", "patrols", "patrolled", "patrolling"}, []string{"patrolman", "patro"}},
		{"secure", []string{"secure", "secures", "secured", "securing"}, []string{"security", "securities"}},
		{"protect", []string{"protects", "protected", "protecting"}, []string{"protection", "protective"}},
		{"supply", []string{"supplies", "supplied", "supplying"}, []string{"suppliers"}},
		{"vet", []string{"vets", "vetted", "vetting"}, []string{"veteran", "veto"}},
		{"deter", []string{"deters", "deterred", "deterring"}, []string{"deterrence", "determine"}},
	} {
		for _, w := range c.yes {
			if !inflects(w, c.stem) {
				t.Errorf("%s~ does not match %q", c.stem, w)
			}
			var st []string
			cands, n := stemCands(w)
			for _, c := range cands[:n] {
				st = append(st, string(c.key(nil)))
			}
			if w != c.stem && !slices.Contains(st, c.stem) {
				t.Errorf("eachStem(%q) gives %v, not %q", w, st, c.stem)
			}
		}
		for _, w := range c.no {
			if inflects(w, c.stem) {
				t.Errorf("%s~ matches %q", c.stem, w)
			}
		}
	}
}

// Phrases written with stems read the inflected forms of the text.
func TestStemsInPhrases(t *testing.T) {
	r := NewReader(classify.Default())
	for _, text := range []string{"Peacekeepers patrolled the camps", "The battalion is patrolling the market road"} {
		if got := r.Suggest(text).Facts.Primary(); got != "deterrence" {
			t.Errorf("%q: primary kind %q, want deterrence", text, got)
		}
	}
}
