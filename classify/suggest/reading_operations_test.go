package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// What generic help to the forces is for decides its kind when it names
// operations against armed groups, and a priority or a limit set inside the
// request names no task. Sentences written for this test.
func TestHelpToTheForcesForOperations(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"help for operations", "Requests the mission to provide support to the national army with a view to disarming the foreign armed groups",
			want{implementer: "mission-support", primary: "combined-operations", notKinds: []string{"capacity-training"}}, classify.POCOnly},
		{"help for operations", "Requests the mission to support the FARDC, in order to neutralize recalcitrant foreign and Congolese armed groups",
			want{implementer: "mission-support", primary: "combined-operations"}, classify.POCOnly},
		{"help in operations", "Requests the mission to support the national army in its operations against the rebels",
			want{implementer: "mission-support", primary: "combined-operations"}, classify.POCOnly},
		// help for something else keeps its reading
		{"help for other ends", "Requests the mission to provide support to the national army with a view to improving its logistics",
			want{notKinds: []string{"combined-operations"}}, classify.SSROnly},
		// a priority or a limit set inside the request
		{"priority inside", "Encourages the mission, emphasizing that the protection of civilians must be given priority in decisions about the use of capacity, to support the army with a view to disarming the armed groups",
			want{primary: "combined-operations", notKinds: []string{"interposition"}}, classify.POCOnly},
		{"limit inside", "Requests the mission, within the limits of its capacity and in the areas where its units are deployed, to support the army in its operations against armed groups",
			want{primary: "combined-operations", notKinds: []string{"deterrence"}}, classify.POCOnly},
		// the protection itself still asked
		{"protection asked", "Requests the mission to protect civilians in the areas where its units are deployed",
			want{primary: "interposition"}, classify.POCOnly},
	})
}

// Community policing the mission carries out itself is its work with the
// people; supported for the national police, it is reform of the police.
func TestCommunityPolicingByWhom(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"the mission's own", "Requests the Operation to continue community policing in the camps for displaced persons",
			want{implementer: "mission", primary: "community-engagement", notKinds: []string{"restructuring"}}, classify.POCOnly},
		{"the mission's own", "Requests the mission's police to conduct community-oriented policing in the protection sites",
			want{implementer: "mission", primary: "community-engagement", notKinds: []string{"restructuring"}}, classify.POCOnly},
		{"the national police's", "Requests the mission to support community policing by the national police",
			want{implementer: "mission-support", primary: "restructuring", forces: []string{"police"}}, classify.SSROnly},
	})
}

// What the Secretary-General is asked to see done on the ground, in a later
// decision of the paragraph, is done by the mission he heads.
func TestSecretaryGeneralAskedLater(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"asked later", "Welcomes the decision to reduce the number of police monitors and requests the Secretary-General to ensure that the remaining monitors focus on the training of the local police",
			want{implementer: "mission", primary: "capacity-training"}, classify.SSROnly},
		{"asked later", "Notes the mission's policy on support to army units, and requests the Secretary-General to establish a mechanism to assess its implementation regularly",
			want{implementer: "mission"}, classify.SSROnly},
	})
}

// Who serves in the forces counted and named is work on their structure.
func TestCensusOfTheForces(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"census", "Requests the Mission to support the Government in the census and identification of the members of the armed forces",
			want{implementer: "mission-support", primary: "restructuring", forces: []string{"army"}}, classify.SSROnly},
		{"census", "Requests the Operation to help complete the biometric registration of the national police's officers",
			want{primary: "restructuring"}, classify.SSROnly},
	})
}

// The mission's liaison officers named by what they are act as the mission.
func TestLiaisonOfficersAreTheMissions(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"liaison", "Authorizes the deployment of military liaison officers to maintain contact with the national army",
			want{implementer: "mission"}, classify.Undetermined},
		{"liaison", "Decides that the police liaison team shall monitor the conduct of the local police",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
	})
}

// The capacity of a force built, the force named with its state's name.
func TestCapacityOfAForceNamedWithItsState(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"state named", "Requests the mission to continue to build the capacity of the Government of Sudan police, including through human rights training",
			want{implementer: "mission", primary: "capacity-training", forces: []string{"police"}}, classify.SSROnly},
	})
}

// The forces named first among those a rule-of-law task helps make it work
// on the forces, as when they are named first among its institutions.
func TestForcesHelpedFirstAmongTheRuleOfLaw(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"helped first", "Requests the mission to strengthen the rule of law, including support to the police, the judiciary and the prisons",
			want{implementer: "mission", primary: "restructuring", forces: []string{"police"}}, classify.SSROnly},
		{"not helped", "Requests the mission to strengthen the rule of law, including support to the judiciary and the prisons",
			want{implementer: "mission", primary: "rule-of-law"}, classify.Outside},
	})
}

// A paragraph that asks others first and then the one who acts: what the
// activity does is read in the decision that asks who acts, where it says
// something; where it says nothing ("continue these efforts") the earlier
// decision still says what the task is about.
func TestKindsOfTheDecisionThatAsksWhoActs(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"asked later", "Urges the parties to refrain from any acts of violence against the civilian population and requests the mission to report on any such acts",
			want{implementer: "mission", primary: "poc-reporting", notKinds: []string{"interposition"}}, classify.POCOnly},
		{"asked later", "Calls upon the armed groups to stop abusing civilians, and requests the mission to patrol the roads to the markets",
			want{implementer: "mission", primary: "deterrence", notKinds: []string{"abuse-monitoring"}}, classify.POCOnly},
		// nothing said in the later decision: the earlier says what it is about
		{"nothing said later", "Calls upon the Government to protect the displaced persons in the camps, and requests the mission to support these efforts",
			want{primary: "interposition"}, classify.POCOnly},
	})
}

// A secure environment kept or made by the force is presence and
// deterrence; a report asked of the Secretary-General and others together
// asks for no activity.
func TestSecureEnvironmentAndReportsAskedTogether(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"secure environment", "Requests the Force Commander to assume responsibility for the consolidation and maintenance of a secure environment throughout the country",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"secure environment", "Authorizes the mission to use all necessary means to restore a secure environment across the northern provinces",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
	})
	checkFates(t, r, false, []paragraphFate{
		{"report asked together", "1. Requests the Secretary-General and, as appropriate, the States concerned to report to the Council on a regular basis on the establishment of a secure environment;\n", "report-request"},
		{"report asked together", "1. Requests the Secretary-General and the Member States to submit regular reports on the operation;\n", "report-request"},
		{"task asked together", "1. Requests the Secretary-General and the Member States to establish a secure environment for relief operations;\n", ""},
	})
}

// A mandate given as a report sets it out asks for no activity of its own;
// the mission's own capability reached is no training of the forces.
func TestMandateSetOutInAReportAndTheMissionsCapability(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkFates(t, r, false, []paragraphFate{
		{"set out in a report", "1. Decides, in support of the peace agreement, that the mandate of the Operation shall be as set out in paragraphs 54 and 55 of the report of the Secretary-General;\n", "extends-mandate"},
		{"set out here", "1. Decides that the mandate of the Operation shall be to protect civilians in the camps;\n", ""},
	})
	checkSentences(t, rb, r, []sentenceReading{
		{"own capability", "Requests that the Operation establish its initial operational capability by October",
			want{notKinds: []string{"capacity-training"}}, classify.Undetermined},
		{"forces' capability", "Requests the mission to build the operational capability of the national army",
			want{primary: "capacity-training"}, classify.SSROnly},
	})
}

// A paragraph that asks a United Nations body first and then the mission
// to carry out work of its own is the mission's task; asked to support the
// one who acts, the mission supports. Sentences written for this test.
func TestTheMissionsOwnWorkAfterAUnitedNationsBody(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"own work later", "Requests the United Nations country team to complement the Government's operations with development activities and requests the mission to continue to implement quick impact projects",
			want{implementer: "mission"}, classify.Outside},
		{"own work later", "Encourages UNICEF to assist returning children, and requests the Operation to patrol the roads to the villages of return",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"no later ask", "Requests the United Nations country team to complement operations undertaken by the Government with the support of the mission",
			want{implementer: "partner"}, classify.Undetermined},
	})
}

// A side of a conflict asked to act as a side, or asked again, is a party
// asked to act as one: no activity of the mission.
func TestSidesAskedAsParties(t *testing.T) {
	r := NewReader(classify.Default())
	checkFates(t, r, false, []paragraphFate{
		{"a side", "1. Calls on the northern side to refrain from any violent action in the valley;\n", "calls-on-parties"},
		{"both sides", "1. Calls upon both sides to resume dialogue without preconditions;\n", "calls-on-parties"},
		{"asked again", "1. Reiterates its call on the southern side to address the concerns of the returnees;\n", "calls-on-parties"},
		{"the mission's help to a side", "1. Calls on the northern side, with the support of the mission, to address the security of returnees;\n", ""},
	})
}

// A troop increase or a report to come, listed under a recommendation the
// Council supports, is left out for what it is; the mission's own rapid
// reaction force is no training of the forces, the army's is.
func TestRecommendationsSupportedAndReactionForces(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	text := "Operative text\n\n2. Welcomes the report of the Secretary-General and supports his recommendations, as follows:\n" +
		"(a) a temporary increase, during the electoral period, of 750 personnel to the mission's military strength in order to create a rapid reaction force;\n" +
		"(b) an assessment of the judiciary and prisons, to be submitted to the Security Council as soon as possible;\n"
	m, err := ReadMandate(r, text)
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]Reason{"2(a)": "force-size", "2(b)": "report-request"}
	for _, p := range m.Parts {
		if w, ok := reasons[p.Ref]; ok && p.Reason != w {
			t.Errorf("%s: left out for %q, want %q", p.Ref, p.Reason, w)
		}
	}
	checkSentences(t, rb, r, []sentenceReading{
		{"the mission's own", "Requests the mission to create a rapid reaction force in the capital to deter attacks on the camps",
			want{implementer: "mission", notKinds: []string{"capacity-training"}}, classify.POCOnly},
		{"the army's", "Requests the mission to help build a rapid reaction force within the national army",
			want{primary: "capacity-training", forces: []string{"army"}}, classify.SSROnly},
	})
}

// The international financial institutions addressed are partners.
func TestFinancialInstitutionsArePartners(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"financial institutions", "Invites the Bretton Woods institutions to consider the country's debt",
			want{implementer: "partner"}, classify.Undetermined},
		{"financial institutions", "Urges the international financial institutions to fund the rebuilding of police stations",
			want{implementer: "partner"}, classify.SSROnly},
	})
}

// A description of a facilitator's own: a refusal negates what is refused,
// and reports of grave abuses said to exist are the forces' record, not
// monitoring the activity does.
func TestRefusalsAndReportsSaidToExist(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"refused", "Train the national police in the north; the ministry refuses vetting",
			want{primary: "capacity-training", notKinds: []string{"vetting"}}, classify.SSROnly},
		{"reports said to exist", "Train the national police in the north; there are credible reports of grave abuses by the police",
			want{implementer: "mission", primary: "capacity-training", notKinds: []string{"abuse-monitoring", "poc-reporting"},
				facts: map[model.Fact]string{model.RightsRecord: "grave-allegations"}}, classify.SSROnly},
		// reporting the activity does stays reporting
		{"reports made", "Monitor and report on abuses by the police in the camps",
			want{primary: "abuse-monitoring"}, classify.Overlap},
	})
}

// The mission asked in a later decision with what it is for put first.
func TestMissionAskedWithItsPurposeFirst(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"purpose first", "Urges the Government to investigate the abuses by the police; requests that in order to support this effort the mission make the special investigation unit operational",
			want{implementer: "mission"}, classify.Overlap},
	})
}

// The model agreement on the mission's status applied until one is
// concluded, and the zero tolerance policy named without its object, ask
// for no activity on the ground.
func TestStatusAgreementAndZeroToleranceLeftOut(t *testing.T) {
	r := NewReader(classify.Default())
	checkFates(t, r, false, []paragraphFate{
		{"model agreement applied", "1. Decides that pending conclusion of such agreement, the agreement concerning the status of the previous mission dated 20 May 2002 shall apply provisionally;\n", "status-agreement"},
		{"policy without its object", "1. Requests the Secretary-General to ensure compliance with the zero tolerance policy he has defined;\n", "own-conduct"},
	})
}
