package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// What the Secretary-General is asked to put first, or to go on doing, is
// done by the mission he heads ("requests the Secretary-General to
// prioritize the protection of civilians in the deployment of the mission's
// resources"); a mission asked to deploy where civilians are at risk is
// present to deter. Sentences written for this test.
func TestSecretaryGeneralAskedToPutFirst(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"prioritize", "Requests the Secretary-General to prioritize the protection of civilians in the deployment of UNSMA's resources",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"give priority, go on", "Requests the Secretary-General to continue to give priority to the protection of civilians across the country",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"focus", "Requests the Secretary-General to focus the mission's resources on the protection of civilians in the camps",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"deploy where civilians are at risk", "Calls upon the Mission to deploy to areas where civilians are at risk",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// a report asked of him stays no activity
		{"a report", "Requests the Secretary-General to continue to report on the protection of civilians",
			want{implementer: "-"}, classify.Undetermined},
	})
}
