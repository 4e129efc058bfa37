package questionnaire

import "testing"

// Choices past the ninth have keys of their own: capital letters, and a key
// picks back the choice it names.
func TestChoiceKeysPastNine(t *testing.T) {
	for i, want := range map[int]string{0: "1", 8: "9", 9: "A", 10: "B", 34: "Z", 35: ""} {
		if got := choiceKey(i); got != want {
			t.Errorf("choiceKey(%d) = %q; want %q", i, got, want)
		}
		if want != "" && choiceIndex(rune(want[0])) != i {
			t.Errorf("choiceIndex(%q) = %d; want %d", want, choiceIndex(rune(want[0])), i)
		}
	}
}
