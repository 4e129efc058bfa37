package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// Shapes of modern mandates a planner's reading of two of them disputed:
// candidates to the forces weighed by their record are vetted; the
// authorities named by how they came to office are the host state; the
// Secretary-General acting through the head of the mission is the mission.
// Each sentence is written for this test.
func TestShapesOfModernMandates(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"candidates weighed by their record", "Calls upon the authorities to weigh, when they appoint officers to command posts in the army and the police, the candidates' past conduct with regard to human rights",
			want{implementer: "host-state", primary: "vetting"}, classify.SSROnly},
		{"candidates weighed by their record", "Requests the mission to help the Government recruit police officers on the basis of their past record in respecting human rights",
			want{implementer: "mission-support", primary: "vetting"}, classify.Overlap},
		{"candidates weighed by their record", "Requests the mission to examine the human rights records of the applicants to the new gendarmerie",
			want{implementer: "mission", primary: "vetting"}, classify.Overlap},
		{"candidates weighed by their record", "Requests the mission to select candidates for its own staff positions",
			want{notKinds: []string{"vetting"}}, classify.Undetermined},
		{"authorities by how they came to office", "Exhorts the newly elected authorities to protect civilians in the east",
			want{implementer: "host-state"}, classify.Outside},
		{"authorities by how they came to office", "Exhorts the armed groups to lay down their arms and protect civilians",
			want{implementer: "-"}, classify.Undetermined},
		{"authorities by how they came to office", "Exhorts the democratically elected authorities to pursue national reconciliation",
			want{implementer: "host-state", primary: "mediation"}, classify.Outside},
		{"authorities by how they came to office", "Exhorts the donor community to redouble its efforts for the displaced",
			want{implementer: "partner"}, classify.Undetermined},
		{"the Secretary-General urged beside others", "Urges the Secretary-General and the High Commissioner for Human Rights to accelerate the deployment of human rights monitors to the east",
			want{implementer: "mission"}, classify.POCOnly},
		{"talks resumed", "Calls upon the Government and the armed movements to resume the talks without preconditions and negotiate in good faith to reach an agreement",
			want{implementer: "host-state", primary: "mediation"}, classify.Outside},
		{"the head of the mission", "Requests the Secretary-General, through his Special Representative for the Central African Republic and the north of the country, to coordinate the work of the agencies",
			want{implementer: "mission"}, classify.Undetermined},
		// Armed movements named after what they fight for are no justice
		// and no army of the state; where the mission already is says
		// nothing of what it does there.
		{"names of armed movements", "Calls upon the Government and the Justice and Equality Movement to resume the talks without preconditions",
			want{notKinds: []string{"rule-of-law"}}, classify.Undetermined},
		{"names of armed movements", "Demands that all armed groups, in particular the Lord's Resistance Army, immediately cease all forms of violence against the civilian population",
			want{forces: []string{}}, classify.Undetermined},
		{"where the mission is", "Requests the mission to provide assistance, where it has a permanent presence, to the customs authorities",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		{"where the mission is", "Requests the mission to maintain a permanent presence in the camps",
			want{primary: "deterrence"}, classify.POCOnly},
	})
}
