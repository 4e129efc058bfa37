package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// footer is the last line of the screen.
func footer(m *Model) string {
	lines := strings.Split(screenText(m), "\n")
	return lines[len(lines)-1]
}

// The presentation's footers drop no key without a sign: where a key gives
// way, "…" stands before "? keys", whose help lists it. A facilitator's
// walk found, at 80×24 with what changed cut, "c all of it · space next
// answer · w what if · esc back · ? keys", "backspace take it back" gone
// without a sign; the board dropped "q quit" so too.
func TestPresentationFootersSignTheKeysThatGaveWay(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
			m.Present()
			m.Update(resize(size[0], size[1]))
			if f := footer(m); !strings.Contains(f, "q quit") && !strings.Contains(f, "… · ? keys") {
				t.Errorf("the board's footer drops q without a sign: %q", f)
			}
			press(t, m, "down", "t", "space", "space")
			requireScreen(t, m, "Walk-through · [#2]", "Step 2 of")
			f := footer(m)
			if size[0] == 80 && !strings.Contains(f, "c all of it") {
				t.Fatalf("what changed is whole at 80×24: the footer %q", f)
			}
			if !strings.Contains(f, "backspace take it back") && !strings.Contains(f, "… · ? keys") {
				t.Errorf("the walk-through's footer drops backspace without a sign: %q", f)
			}
			golden(t, m, size[0], size[1], "Step 2 of")
		})
	}
}

// Every step of every case's walk-through, at both sizes: a footer that
// leaves out backspace signs it.
func TestWalkThroughFootersNeverDropBackspaceSilently(t *testing.T) {
	for _, size := range sizes {
		m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
		m.Present()
		m.Update(resize(size[0], size[1]))
		for i := range m.sh.sheet.Len() {
			press(t, m, "t")
			for s := 0; s < 12; s++ {
				if f := footer(m); !strings.Contains(f, "backspace") && !strings.Contains(f, "… · ? keys") {
					t.Fatalf("%dx%d, case %d, step %d: the footer drops backspace without a sign: %q", size[0], size[1], i+1, s, f)
				}
				press(t, m, "space")
			}
			press(t, m, "esc", "down")
		}
	}
}
