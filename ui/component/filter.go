package component

import "strings"

// HoldsEvery reports whether text holds every one of words: the test of a
// list's filter, whose words the planner types in any order.
func HoldsEvery(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
