package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// The security forces named, with how they are helped, among the members of
// rule-of-law work ("restore the rule of law, including through support to
// the police and the judiciary") make it work on the police first, as they
// do when named alone ("including the police"). Sentences written for this
// test.
func TestForcesAmongRuleOfLawMembers(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"through support", "Requests the mission to assist the Government in restoring the rule of law, including through support to the police and the judiciary",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		{"by strengthening", "Requests the mission to support the rule of law, including by strengthening the police and justice institutions",
			want{implementer: "mission", primary: "restructuring"}, classify.SSROnly},
		// justice alone stays rule of law
		{"justice alone", "Requests the mission to support the rule of law, including by strengthening the courts and prisons",
			want{implementer: "mission", primary: "rule-of-law"}, classify.Outside},
	})
}
