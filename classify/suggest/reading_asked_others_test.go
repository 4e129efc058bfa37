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

// An authorization said again, given to the mission's head with the
// Council's support between, is the mission's task: it was left out as
// "only welcomes … or expresses intent", the one paragraph of its mandate
// that named the protection of civilians.
func TestAuthorizationSaidAgainToTheMissionsHead(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	const text = "8. Reiterates its authorization and its full support given to the Special Representative of the Secretary-General to use all necessary means to carry out the mission's mandate, including protection of civilians, within its capabilities and its areas of deployment;\n"
	m, err := ReadMandate(r, text)
	if err != nil {
		t.Fatal(err)
	}
	if tasks := m.Tasks(); len(tasks) != 1 {
		t.Fatalf("want the paragraph kept as a task; tasks %v, left out %v", tasks, m.LeftOut())
	}
	// Recalled with no task named, it extends the mandate by reference.
	const recalled = "14. Recalls its authorization given to the mission to use all necessary means to carry out its mandate, within its capabilities and its areas of deployment;\n"
	if m, err := ReadMandate(r, recalled); err != nil || len(m.Tasks()) != 0 {
		t.Errorf("the authorization recalled with no task named is kept: %v (%v)", m.Tasks(), err)
	}
	checkSentences(t, rb, r, []sentenceReading{
		{"authorization said again", text[3:], want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"support said again", "Reiterates its full support to the Special Representative of the Secretary-General", want{implementer: "-"}, classify.Undetermined},
	})
}
