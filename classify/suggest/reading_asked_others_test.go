package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// What the Council condemns is what others did, never the task, and the
// states it asks are the host state however the request is put: sentences
// written for this test in the shapes modern mandates use (a facilitator
// found a demand that two Governments withdraw their forces titled
// "Presence and deterrence", and the Governments asked beside the
// communities of the area suggested as another partner).
func TestCondemnedAndAskedOfTheStates(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		// What is condemned gives no kind, even where nothing else does.
		{"condemned", "Condemns the presence of security service personnel and police units deployed in the area, and demands that the Government withdraw them",
			want{implementer: "host-state", primary: "-"}, classify.Undetermined},
		{"condemned", "Strongly condemns the attacks against civilians and peacekeepers",
			want{primary: "-"}, classify.Undetermined},
		// ... while the task after it still gives its kind.
		{"condemned", "Condemns the attacks against civilians, and requests the mission to deter violence through its presence and patrols",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// How soon, put before the Government, still asks the Government.
		{"how soon", "Reiterates its demands that immediately and without preconditions the Government redeploy its security personnel from the area",
			want{implementer: "host-state", primary: "-"}, classify.Undetermined},
		{"how soon", "Notes the report, and demands that urgently the authorities open the roads",
			want{implementer: "host-state"}, classify.Undetermined},
		// The communities of the area are no international partner; the
		// Governments asked beside them are the host state.
		{"communities", "Calls upon the communities and the Governments of both countries to take concrete steps towards that goal",
			want{implementer: "host-state"}, classify.Undetermined},
		{"communities", "Welcomes the initiatives; in this regard, calls upon the local communities and the Government to resume dialogue",
			want{implementer: "host-state"}, classify.Undetermined},
		{"communities", "Calls upon the communities to resume the dialogue", want{implementer: "-"}, classify.Undetermined},
		{"communities", "Calls upon the international community to support the process", want{implementer: "partner"}, classify.Undetermined},
		{"communities", "Encourages the donor community to fund the programme", want{implementer: "partner"}, classify.Undetermined},
	})
}
