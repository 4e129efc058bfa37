package suggest

import "testing"

// After a topic the task's first word is lower-case as in every other
// prefixed title, a word of one letter too: S/RES/1608 (2005) ¶2(a), kept
// as a draft, was titled "Mediation: A temporary increase".
func TestTopicLowersAOneLetterWord(t *testing.T) {
	for title, want := range map[string]string{
		"A temporary increase of personnel": "Mediation: a temporary increase of personnel",
		"Support the reform of the police":  "Mediation: support the reform of the police",
		"UNMIL to support the talks":        "Mediation: UNMIL to support the talks",
	} {
		if got := withTopic("Mediation", title); got != want {
			t.Errorf("withTopic(Mediation, %q) = %q, want %q", title, got, want)
		}
	}
}
