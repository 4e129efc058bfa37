package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// Reform named by the work on the institution: its institutional
// development, named after the ministry the force serves under, and a force
// sized anew (the hyphen of "right-sizing" splits the word). Sentences
// written for this test.
func TestReformNamedByTheWorkOnTheInstitution(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"institutional development", "Requests the mission to support institutional development of the Ministry of Interior and the police",
			want{primary: "restructuring"}, classify.SSROnly},
		{"sized anew", "Requests the mission to support the right-sizing of the armed forces",
			want{primary: "restructuring"}, classify.SSROnly},
		// the mission's own force downsized is no reform
		{"the mission's own", "Decides to continue the downsizing of the force",
			want{notKinds: []string{"restructuring"}}, classify.Undetermined},
	})
}
