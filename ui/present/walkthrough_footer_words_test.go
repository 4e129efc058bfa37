package present

import (
	"fmt"
	"strings"
	"testing"
)

// eachWalkState opens the walk-through of every case of the library at
// w×h and calls at on every step, and on each in "what if" (on the first
// value and the next, with c), with the footer's parts as the screen
// shows them.
func eachWalkState(t *testing.T, w, h int, at func(state string, p *Screen, footer []string)) {
	t.Helper()
	p, ctx := board(t, caseLibrary(t), w, h)
	for i := range ctx.Sheet.Len() {
		p.open(ctx.Sheet.At(i))
		press(p, "t")
		for s := 0; s <= len(p.walk.steps); s++ {
			for _, keys := range [][]string{nil, {"c"}, {"w"}, {"w", "c"}, {"w", "down"}, {"w", "space"}, {"w", "c", "pgdown"}} {
				press(p, keys...)
				lines := strings.Split(screenText(p), "\n")
				at(fmt.Sprintf("%dx%d case %d step %d %v", w, h, i+1, s, keys), p, strings.Split(strings.TrimRight(lines[len(lines)-1], " "), " · "))
				// Back to the step as it was.
				if p.walk.whatIf != nil {
					press(p, "w")
				}
				if p.walk.fullChange {
					press(p, "c")
				}
			}
			press(p, "space")
		}
		press(p, "esc")
	}
}

// The help of the walk-through lists every key its footer offers: c ("all
// of it", "the drawings again") and the keys that scroll what c shows
// among them, taken from the footer itself.
func TestWalkThroughHelpListsEveryKeyItsFooterOffers(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		offered := 0
		eachWalkState(t, size[0], size[1], func(state string, p *Screen, footer []string) {
			listed := helpNames(p)
			for _, h := range p.walk.offeredHints(p.walk.offersAll()) {
				for _, name := range keyNames(h.key) {
					if !listed[name] {
						t.Errorf("%s: the footer offers %q (%s), the help does not list it", state, h.key, h.desc)
					}
				}
			}
			for _, part := range footer {
				if k, _, _ := strings.Cut(part, " "); k == changeKey {
					offered++
					if !listed[changeKey] {
						t.Errorf("%s: the footer shows %q, the help does not list c", state, part)
					}
				}
			}
		})
		if offered == 0 {
			t.Fatalf("%v: no footer offered c: the test shows nothing", size)
		}
	}
}

// At one width, every what-if footer says a key in the same words: space
// is "tick or untick" on every question of several values (at 80 columns
// it was "tick or untick" on forces and "tick" on kinds, where c was
// offered too), and ↑/↓ and c say the same wherever they mean the same:
// ↑/↓ try a value on a question of one value, and move to a choice on a
// list to tick (where space tries it), each said one way.
func TestWhatIfFooterSaysTheSameWordsAtOneWidth(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		words := map[string]map[string]string{} // key: words: where first seen
		eachWalkState(t, size[0], size[1], func(state string, p *Screen, footer []string) {
			if p.walk.whatIf == nil {
				return
			}
			for _, part := range footer {
				k, desc, _ := strings.Cut(part, " ")
				if k == changeKey && desc != "all of it" && desc != "the drawings again" {
					k += " (drawings)" // the two things c does are said apart
				} else if k == changeKey {
					continue
				}
				if k == "w" || k == "?" || k == keysGone {
					continue // back to the real answer, or to the one on record: two things
				}
				if k == "↑/↓" && p.walk.ticking() {
					k += " (a list to tick)" // they move there: another thing
				}
				if words[k] == nil {
					words[k] = map[string]string{}
				}
				if _, ok := words[k][desc]; !ok {
					words[k][desc] = state
				}
			}
		})
		for k, ds := range words {
			if len(ds) > 1 {
				t.Errorf("%v: the what-if footer says %s in %d ways: %v", size, k, len(ds), ds)
			}
		}
		if len(words["space"]) == 0 {
			t.Fatalf("%v: no what-if footer offered space", size)
		}
	}
}

// One step, one label: the step's line names its question (or the
// question's short label, where the width needs it) in the same words
// before "what if" and in it. At 80 columns step 2 read "What does the
// activity do? →", and "kinds of activity →" once what if opened.
func TestWalkThroughStepKeepsItsLabelInWhatIf(t *testing.T) {
	label := func(p *Screen) string {
		line := strings.Split(screenText(p), "\n")[1]
		_, rest, _ := strings.Cut(line, ": ")
		l, _, _ := strings.Cut(rest, " →")
		return strings.TrimSpace(l)
	}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		p, ctx := board(t, caseLibrary(t), size[0], size[1])
		for i := range ctx.Sheet.Len() {
			p.open(ctx.Sheet.At(i))
			press(p, "t")
			for s := 1; s <= len(p.walk.steps); s++ {
				press(p, "space")
				before := label(p)
				press(p, "w")
				if in := label(p); in != before {
					t.Errorf("%v case %d step %d: the step is %q, in what if %q", size, i+1, s, before, in)
				}
				press(p, "w")
			}
			press(p, "esc")
		}
	}
}
