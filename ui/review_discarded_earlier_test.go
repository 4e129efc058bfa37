package ui

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// After a replace, the review's heading counts what this review discarded
// ("0 discarded") and its key line what an earlier one did: the key line
// says "discarded earlier", in words, where a first use read "0 discarded"
// over "[l] left out (5) and discarded (1)".
func TestReviewKeySaysDiscardedEarlier(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			press(t, m, "s", "x", "esc")
			importFile(t, m, resolution)
			press(t, m, "r")
			if m.front != reviewScreen {
				t.Fatal("the replace opened no review")
			}
			s := screenText(m)
			said := `left out \(\d+(\) and discarded earlier \(1\)|\+1 discarded earlier\))`
			if size[0] == 80 {
				// No room for words: "+1" claims no discard, and the help
				// says under l what it counts.
				said = `left out \(\d+\+1\)`
			}
			if !regexp.MustCompile(said).MatchString(s) {
				t.Fatalf("the key line does not say the discard was earlier:\n%s", s)
			}
			if regexp.MustCompile(`discarded (in this run )?\(1\)|\+1 discarded( in this run)?\)`).MatchString(s) {
				t.Fatalf("the key line counts a discard as this review's:\n%s", s)
			}
			golden(t, m, size[0], size[1], "left out (")
		})
	}
}
