package ui

import (
	"fmt"
	"strings"
	"testing"
)

// keyLine is the last line of the screen: the keys it offers.
func keyLine(m *Model) string {
	lines := strings.Split(strings.TrimRight(screenText(m), "\n"), "\n")
	return lines[len(lines)-1]
}

// In the risk catalogue ] and [ are named in the key line where they choose
// a case, and only there, at both sizes: at the last case ] was offered
// and did nothing, and [ was never named.
func TestFrameworkCaseKeysNamedWhereTheyChoose(t *testing.T) {
	offers := map[string]string{"]": "] next case", "[": "[ previous case"}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			at := func(keys ...string) *Model {
				m := demoModel(t, size[0], size[1])
				press(t, m, append([]string{"f", "3"}, keys...)...)
				return m
			}
			// The last case, reached with ] from the top.
			last := []string{}
			for m := at(); strings.Contains(keyLine(m), offers["]"]); m = at(last...) {
				if len(last) > 40 {
					t.Fatal("] never reaches the last case")
				}
				last = append(last, "]")
			}
			if len(last) < 2 {
				t.Fatalf("] chose %d cases", len(last))
			}
			for _, keys := range [][]string{nil, {"]"}, last, {"G"}, {"G", "["}, append(last, "k", "k", "k")} {
				m := at(keys...)
				line, before := keyLine(m), screenText(m)
				for k, say := range offers {
					press(t, m, k)
					moved := screenText(m) != before
					if offered := strings.Contains(line, say); offered != moved {
						t.Errorf("after %v the key line offers %s: %v, and %s chooses a case: %v\n%s", keys, k, offered, k, moved, before)
					}
					m = at(keys...)
				}
			}
			m := at("]")
			refuseScreen(t, m, offers["["])
			requireScreen(t, m, offers["]"])
			m = at(last...)
			requireScreen(t, m, "    > #10 External support", offers["["])
			refuseScreen(t, m, offers["]"])
			golden(t, m, size[0], size[1], "    > ")
		})
	}
}
