package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Discarding the last draft of a review with drafts skipped says how the
// review ended, as an accept at its end does: a walk read "no draft left"
// beside twenty drafts the worksheet still held.
func TestDiscardingTheLastDraftSaysWhatIsLeft(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, minustah2180)
			drafts := m.sh.sheet.Drafts()
			for range drafts - 1 {
				press(t, m, "s")
			}
			press(t, m, "x")
			whole := strings.Join(strings.Fields(m.statusWhole()), " ")
			want := fmt.Sprintf("Review ended: %d drafts to review (R); 0 reviewed, %d skipped, 1 discarded. Discarded ", drafts-1, drafts-1)
			if !strings.HasPrefix(whole, want) || !strings.HasSuffix(whole, "; u undoes the discard.") || strings.Contains(whole, "no draft left") {
				t.Fatalf("the discard of the last draft says %q, want it to open %q", whole, want)
			}
			if got := m.sh.sheet.Drafts(); got != drafts-1 {
				t.Fatalf("the worksheet holds %d drafts, want %d", got, drafts-1)
			}
			// The line keeps the count at 80 columns: the title gives way.
			if !strings.Contains(screenText(m), fmt.Sprintf("Review ended: %d drafts to review (R)", drafts-1)) {
				t.Fatalf("the line cuts the drafts left:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "Review ended")
		})
	}
}
