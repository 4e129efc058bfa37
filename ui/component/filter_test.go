package component

import "testing"

// A row passes the filter when it holds every word, in any order; no word
// lets every row pass.
func TestHoldsEvery(t *testing.T) {
	for _, c := range []struct {
		text  string
		words []string
		want  bool
	}{
		{"vetting of police units", []string{"police", "vetting"}, true},
		{"vetting of police units", []string{"police", "army"}, false},
		{"vetting of police units", nil, true},
		{"", []string{"x"}, false},
	} {
		if got := HoldsEvery(c.text, c.words); got != c.want {
			t.Errorf("HoldsEvery(%q, %q) = %v, want %v", c.text, c.words, got, c.want)
		}
	}
}
