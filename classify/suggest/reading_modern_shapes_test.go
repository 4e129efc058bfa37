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

// Shapes of the round after: a state's security forces named as a whole are
// its army and its police, and forces sent from abroad none of its own;
// choosing who serves in a force screens its members; the authorities
// named, then urged by a pronoun or by their initials, act; the mission whose mandate is carried
// out, or backed, carries out what the mandate holds; violence watched and
// told is reporting on threats to civilians. Each sentence is written for
// this test.
func TestShapesOfModernMandatesTheirForcesAndTheirMandates(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"security forces as a whole", "Requests the mission to train the Ruritanian security forces in intelligence-led operations",
			want{implementer: "mission", primary: "capacity-training", forces: []string{"army", "police"}}, classify.SSROnly},
		{"security forces as a whole", "Requests the mission to monitor violations committed by the national defence and security forces",
			want{primary: "abuse-monitoring", forces: []string{"army", "police"}}, classify.Overlap},
		{"security forces from abroad", "Requests the mission to coordinate its patrols with the international security forces",
			want{forces: []string{}}, classify.POCOnly},
		{"security forces from abroad", "Calls upon the multinational security forces to share information with the mission",
			want{forces: []string{}}, classify.Undetermined},
		{"who serves chosen", "To select, train and mentor elements of the gendarmerie assigned to the camps",
			want{implementer: "mission", primary: "vetting", kinds: []string{"capacity-training"}, forces: []string{"gendarmerie"}}, classify.Overlap},
		{"who serves chosen", "Assist the authorities in the selection of police officers for the new border unit",
			want{implementer: "mission-support", primary: "vetting"}, classify.Overlap},
		{"who serves chosen", "Select the sites where the mission will deploy its company operating bases",
			want{notKinds: []string{"vetting"}}, classify.POCOnly},
		{"the authorities urged by a pronoun", "Takes note of the steps taken by the Government of Ruritania to release the children associated with armed groups, and urges them to allow the child protection advisers access to all sites",
			want{implementer: "host-state"}, classify.Undetermined},
		{"the government by its initials", "Urges the GNU to complete the census and to prepare for the conduct of free and fair elections",
			want{implementer: "host-state"}, classify.Outside},
		{"the government by its initials", "Calls upon the GNU to cooperate fully with the mission",
			want{implementer: "host-state"}, classify.Undetermined},
		{"the authorities urged by a pronoun", "Welcomes the commitment of the armed movements to the ceasefire and urges them to allow humanitarian access",
			want{notKinds: []string{}, implementer: "-"}, classify.Undetermined},
		{"the mission's mandate carried out", "Underscores the importance of the full and effective implementation of the mandate of MINUSMA, including the protection of civilians",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"the mission's mandate carried out", "Underscores the importance of the full and effective implementation of MINUSMA's mandate, including the protection of civilians",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"the mission's mandate backed", "Reiterates its full support for UNMISS and its mandate to protect civilians and to monitor human rights",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		// The mission's own plan backed by the Council is its task; its
		// presence made the most of deters.
		{"the mission's plan backed", "Expresses concern at the violence in the border area, and supports UNMISS's intent to strengthen its conflict management capacity by supporting local conflict resolution mechanisms",
			want{implementer: "mission", kinds: []string{"mediation"}}, classify.POCOnly},
		{"the mission's plan backed", "Supports the African Union's intent to deploy human rights observers to the region",
			want{implementer: "-", primary: "poc-reporting"}, classify.Undetermined},
		{"presence made the most of", "Calls upon the Operation to maximize its presence in areas at high risk of violence",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// The mission's initiatives welcomed to a purpose, work bounded by
		// its own area and means, are its own; a force of the state named
		// after its place is built when it is constituted.
		{"the mission's initiatives", "Welcomes MINUSCA initiatives, under the leadership of its head, to support dialogue and reconciliation between the communities of the north",
			want{implementer: "mission", primary: "mediation"}, classify.POCOnly},
		{"the mission's area and means", "Decides that support to the joint verification teams shall include escorts to the border committees within MINURSO's operational area and existing capabilities",
			want{implementer: "mission"}, classify.POCOnly},
		{"a force named after its place", "Reiterates its demand that the two Governments constitute the Kassala Police Service without delay",
			want{implementer: "host-state", primary: "restructuring", forces: []string{"police"}}, classify.SSROnly},
		// Violence itself watched and told is reporting on threats to
		// civilians; where the results go, set off by commas, does not part
		// the watching from what is watched.
		{"violence reported", "Underlines the need for MINUSCA to report on major instances of violence in the west",
			want{implementer: "mission", primary: "poc-reporting"}, classify.POCOnly},
		{"violence reported", "Requests the mission to record all incidents of violence along the border",
			want{implementer: "mission", primary: "poc-reporting"}, classify.POCOnly},
		{"violence reported", "Requests the mission to report on the implementation of the agreement",
			want{notKinds: []string{"poc-reporting"}}, classify.Undetermined},
		{"where the results go", "Requests the mission to ensure continued monitoring, as part of its regular reports to the Council, of the situation of displaced persons",
			want{implementer: "mission", primary: "poc-reporting"}, classify.POCOnly},
	})
}
