package mandate

import "testing"

// A heading may run to twenty words and 140 characters; a long line that
// ends with a colon leads into a list and is no heading.
func TestHeadingLength(t *testing.T) {
	for line, want := range map[string]bool{
		"Protection of civilians": true,
		"Protection of civilians, including humanitarian personnel and human rights defenders, and United Nations personnel and facilities": true,
		"Supporting the Implementation of the Agreement:":                                                               true,
		"To carry out, within its capabilities, the following tasks in support of the implementation of the Agreement:": false,
		`("Renewing the mandate of the United Nations Operation in Côte d'Ivoire")`:                                     true,
		"Requests the mission to patrol the camps;":                                                                     false,
	} {
		if got := isHeading(line); got != want {
			t.Errorf("isHeading(%q) = %v, want %v", line, got, want)
		}
	}
}
