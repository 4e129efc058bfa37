package suggest

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// A paragraph that asks others first and then the one who acts (the
// mission, read as the draft's implementer) is titled from the decision that
// asks the mission: the title names the mission's task, not another's.
// Paragraphs written for this test.
func TestTitleFromTheDecisionThatAsksWhoActs(t *testing.T) {
	text := "Operative text\n\n" +
		"1. Calls on all Member States to respond generously to the appeal, and encourages the Special Representative of the Secretary-General to continue to coordinate the provision of humanitarian assistance;\n" +
		"2. Welcomes the commitment of the authorities to withdraw two battalions, calls on the authorities to carry out the withdrawal, and requests the mission to monitor the withdrawal of the battalions;\n" +
		"3. Calls upon the Government to investigate the crash without delay, requests the mission to assist the investigators with logistics as appropriate;\n" +
		"4. Encourages donors to fund the training of the national police;\n" +
		"5. Requests the mission to patrol the camps, and calls upon the Government to protect the roads;\n" +
		"6. Urges the Government to investigate the abuses by the police; requests that in order to support this effort the mission make the special investigation unit operational;\n"
	ws, _, err := Import(NewReader(classify.Default()), "m.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"1": "Continue to coordinate the provision of humanitarian assistance",
		"2": "Monitor the withdrawal of the battalions",
		"3": "Assist the investigators with logistics as appropriate",
		// asked of others: who is asked stays first
		"4": "Encourages donors to fund",
		// the mission asked first: its task, as before
		"5": "Patrol the camps",
		// what it is for named before who acts and the task
		"6": "Make the special investigation unit operational",
	}
	got := map[string]string{}
	for _, a := range ws.Activities {
		got[a.Source.Ref] = a.Title
	}
	for ref, w := range want {
		if !strings.HasPrefix(got[ref], w) {
			t.Errorf("%s: title %q, want it to open with %q", ref, got[ref], w)
		}
	}
}

// The one who acts named inside a later decision of the sentence ("…;
// urges the Government to hold its soldiers to account, with the support of
// the mission"): what the decisions before it ask of others is no kind of the
// task. Sentences written for this test.
func TestActorNamedInsideALaterDecision(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"support named inside", "Demands that the Government take appropriate measures to protect civilians; urges the Government to ensure the full implementation of its zero-tolerance policy on discipline in the army, with the support of the mission",
			want{implementer: "mission-support", primary: "accountability-support", notKinds: []string{"interposition"}}, classify.Overlap},
		// one decision: its own words decide
		{"one decision", "Urges the Government to protect civilians in the camps, with the support of the mission",
			want{implementer: "mission-support", primary: "deterrence"}, classify.POCOnly},
	})
}

// A request of others that points back to what its paragraph named
// ("requests that he continue this practice") is titled from the
// paragraph's opening, as a request of the mission is: the bare request
// says nothing. Paragraphs written for this test.
func TestRequestOfOthersPointingBackIsTitledFromTheOpening(t *testing.T) {
	text := "Operative text\n\n" +
		"1. Notes the Secretary-General's efforts to ensure close cooperation among the missions in the region, and requests that he continue this practice;\n" +
		"2. Encourages the Government to fulfil its obligations in this regard;\n"
	ws, _, err := Import(NewReader(classify.Default()), "m.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range ws.Activities {
		got[a.Source.Ref] = a.Title
	}
	if !strings.HasPrefix(got["1"], "Notes the Secretary-General's efforts to ensure close cooperation") {
		t.Errorf("1 titled %q, want it from the paragraph's opening", got["1"])
	}
	// the request opens the paragraph: nothing before it to point back to
	if !strings.HasPrefix(got["2"], "Encourages the Government to fulfil its obligations") {
		t.Errorf("2 titled %q, want the request itself", got["2"])
	}
}
