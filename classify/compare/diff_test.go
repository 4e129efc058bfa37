package compare

import (
	"reflect"
	"strings"
	"testing"
)

// A clause inserted into a sentence reads as one added stretch, not as
// pieces cut by the common words ("the", "of") it shares with the old text;
// a clause removed likewise; and a word replaced in a rewritten stretch is
// not kept as common ground between the changes.
func TestDiffShowsAnInsertedClauseWhole(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     []Span
	}{
		{"support the police of the country", "support with the help of the partners of the region the police of the country",
			[]Span{{Op: WordsSame, Text: "support"}, {Op: WordsAdded, Text: "with the help of the partners of the region"}, {Op: WordsSame, Text: "the police of the country"}}},
		{"support with the help of the partners of the region the police of the country", "support the police of the country",
			[]Span{{Op: WordsSame, Text: "support"}, {Op: WordsRemoved, Text: "with the help of the partners of the region"}, {Op: WordsSame, Text: "the police of the country"}}},
		{"to speed up the implementation of the strategy", "to enhance further the ability of the Government",
			[]Span{{Op: WordsSame, Text: "to"}, {Op: WordsRemoved, Text: "speed up the implementation"}, {Op: WordsAdded, Text: "enhance further the ability"},
				{Op: WordsSame, Text: "of the"}, {Op: WordsRemoved, Text: "strategy"}, {Op: WordsAdded, Text: "Government"}}},
		// Two words in both texts between a removal and an addition stay.
		{"within available means, to assist the Government", "within available means and within its mandate, to assist as requested the Government",
			[]Span{{Op: WordsSame, Text: "within available"}, {Op: WordsSame, Text: "means", Old: "means,"}, {Op: WordsAdded, Text: "and within its mandate,"},
				{Op: WordsSame, Text: "to assist"}, {Op: WordsAdded, Text: "as requested"}, {Op: WordsSame, Text: "the Government"}}},
	} {
		if got := Diff(tc.old, tc.new); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Diff(%q, %q)\n = %q\nwant %q", tc.old, tc.new, got, tc.want)
		}
	}
}

// The clean-up keeps every word of both texts in order, on long texts with
// many common words too.
func TestDiffCleanUpSpellsBothTexts(t *testing.T) {
	old := strings.Fields("the mission shall support the police of the country and the army of the north in the areas of return of the displaced")
	new := strings.Fields("the mission shall, with the partners of the region, support the training of the police and of the army in the north and the areas of the return")
	for cut := 0; cut < len(old); cut += 3 {
		a, b := strings.Join(old[cut:], " "), strings.Join(new[:len(new)-cut/2], " ")
		var o, n []string
		for _, s := range Diff(a, b) {
			if s.Op != WordsAdded {
				o = append(o, oldSpelling(s))
			}
			if s.Op != WordsRemoved {
				n = append(n, s.Text)
			}
		}
		if strings.Join(o, " ") != a || strings.Join(n, " ") != b {
			t.Errorf("%q → %q: spelt %q and %q", a, b, o, n)
		}
	}
}
