package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The mission's mandate or authority said again ("affirms that the mission
// is mandated to protect civilians") is its task, not a recollection that
// asks for nothing; the Government's authority so said is not the
// mission's. Sentences written for this test.
func TestMissionsMandateSaidAgain(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkFates(t, r, false, []paragraphFate{
		{"mandated", "1. Affirms that UNMISS is mandated to protect civilians under threat of physical violence;", ""},
		{"authorized", "1. Recalls that the Mission is authorized to take the necessary action to protect civilians;", ""},
		{"authorized", "1. Reiterates that UNAMID remains authorized to use all necessary means to deter attacks on the camps;", ""},
		// another's authority recalled asks for nothing of the mission
		{"another's", "1. Recalls that the Government is authorized to request assistance;", "no-action"},
		{"a recollection", "1. Recalls its resolution 1894 on the protection of civilians;", "no-action"},
	})
	checkSentences(t, rb, r, []sentenceReading{
		{"mandated", "Affirms that UNMISS is mandated to protect civilians under threat of physical violence",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"authorized", "Recalls that the Mission is authorized to take the necessary action to protect civilians",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"mandate is", "Stresses that UNAMID's mandate is to protect civilians and to facilitate humanitarian access",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
	})
}

// The mandate widened with no owner named is the mission's: the Council
// widens only its own mission's mandate so; another's named mandate is not.
func TestMandateWidenedIsTheMissions(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"widened", "Decides to expand the mandate to include the protection of civilians in the border areas",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"another's", "Decides to expand the mandate of AMISOM to include the protection of civilians",
			want{implementer: "-", primary: "interposition"}, classify.Undetermined},
	})
}

// The experts who watch the Council's sanctions report to its committee:
// requests to them, about them or for cooperation with them ask nothing of
// the mission; the mission asked to work with them is asked something.
// Paragraphs written for this test.
func TestSanctionsExpertsAreNoActivity(t *testing.T) {
	r := NewReader(classify.Default())
	checkFates(t, r, false, []paragraphFate{
		{"renewed", "1. Requests the Secretary-General to extend, for a period of twelve months, the Group of Experts established pursuant to resolution 9999;", "sanctions-experts"},
		{"asked", "1. Requests the Group of Experts to submit a midterm report to the Committee, and further requests that, after a discussion with the Committee, the Group of Experts submit its final report;", "sanctions-experts"},
		{"cooperation", "1. Calls upon all States and the Government to cooperate fully with the Panel of Experts;", "sanctions-experts"},
		{"the mission asked", "1. Requests UNMISS to share information with the Group of Experts on the supply of arms to armed groups;", ""},
	})
}

// Who heads the mission is its own means, no task on the ground; what its
// head is asked to do is.
func TestWhoHeadsTheMissionIsNoTask(t *testing.T) {
	r := NewReader(classify.Default())
	checkFates(t, r, false, []paragraphFate{
		{"headed by", "1. Decides that UNMISS will be headed by a Special Representative of the Secretary-General, who will direct its operations and coordinate all United Nations activities in the country;", "own-means"},
		{"the head asked", "1. Requests the Special Representative of the Secretary-General to use her good offices to support the national dialogue;", ""},
	})
}

// The Government and the mission asked together, in a later decision or
// with words between, are both to act, and the mission's part is its own
// (as at a paragraph's opening, "calls upon the Government and UNAMID to
// protect civilians"); where both are to work on the same thing, the mission
// supports (the rule "together"). Sentences written for this test.
func TestGovernmentAndMissionAskedTogether(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"later decision", "Supports the work of the police, and requests the Government of the Republic and UNMISS to continue their cooperation on the training of the police",
			want{implementer: "mission-support", primary: "capacity-training"}, classify.SSROnly},
		{"words between", "Calls on the Government of the Republic, and MINURCAT according to its mandate, to complete the training of the gendarmerie",
			want{implementer: "mission", primary: "capacity-training"}, classify.SSROnly},
		// the Government alone
		{"the Government alone", "Supports the work of the police, and requests the Government of the Republic to continue the training of the police",
			want{implementer: "host-state", primary: "capacity-training"}, classify.SSROnly},
	})
}

// "Mandates" is the Council's verb where it takes whom it mandates, and a
// noun otherwise ("to enable them to carry out their mandates" asks nothing
// of anyone). Paragraphs written for this test.
func TestMandatesTheVerbNotTheNoun(t *testing.T) {
	r := NewReader(classify.Default())
	checkFates(t, r, false, []paragraphFate{
		{"the verb", "1. Welcomes the progress made, and mandates UNMISS to patrol the roads to the camps;", ""},
		{"the noun", "1. Welcomes the information-sharing between the Committee and the Special Representatives, in accordance with their respective mandates;", "no-action"},
	})
}

// What asks nothing of the mission, in the shapes a planner walk found kept:
// benchmarks of the mission's exit endorsed and listed, the parties
// requested (not only called upon) to act as parties, a later decision
// opened by "furthermore", the mission's status agreements amended.
// Paragraphs written for this test.
func TestExitBenchmarksPartiesAndStatusAreNoTasks(t *testing.T) {
	r := NewReader(classify.Default())
	checkFates(t, r, false, []paragraphFate{
		{"benchmarks", "1. Endorses the benchmarks set out in the report towards the exit strategy of UNMISS, and stresses in particular the following: (a) voluntary return of a critical mass of displaced persons; (b) demilitarization of the camps;", "mission-review"},
		{"parties requested", "1. Requests all the parties to provide humanitarian personnel with immediate and unimpeded access;", "calls-on-parties"},
		{"furthermore", "1. Reaffirms the obligation of all parties to respect international humanitarian law, and furthermore requests all the parties involved to provide humanitarian personnel with access;", "calls-on-parties"},
		{"status amended", "1. Noting the agreements on the status of UNMISS concluded last year, requests the Secretary-General and the Government to conclude, before 1 March, amendments to those agreements;", "status-agreement"},
		// the parties and the Government asked together is a task
		{"with the Government", "1. Requests all the parties and the Government to provide humanitarian personnel with immediate and unimpeded access;", ""},
	})
}

// A regional organization authorized to deploy its own operation carries
// out the functions listed under it, not the mission; supplies intended for
// the mission are its own means, no equipment for the forces. A mandate
// written for this test.
func TestARegionalOperationAuthorizedIsAPartners(t *testing.T) {
	const text = `The Security Council,

1. Decides to establish UNMISS for a period of one year;

2. Acting under Chapter VII of the Charter of the United Nations, (a) Authorizes the European Union to deploy, for a period of one year, an operation aimed at supporting UNMISS, and decides that this operation shall be authorized to fulfil the following functions: (i) To contribute to protecting civilians in danger; (ii) To facilitate the delivery of humanitarian aid;

3. Urges all the Member States to facilitate the delivery of all personnel, equipment, provisions and spare parts intended for UNMISS;
`
	r := NewReader(classify.Default())
	ws, _, err := Import(r, "eu.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ws.Activities {
		impl, _ := a.Facts.One(model.Implementer)
		switch a.Source.Ref {
		case "2(a)(i)", "2(a)(ii)":
			if impl != "partner" {
				t.Errorf("¶%s: implementer %q, want the partner the lead-in authorizes", a.Source.Ref, impl)
			}
		case "3":
			if a.Facts.Has(model.Kinds, "equipment") {
				t.Errorf("¶3: supplies intended for the mission read as equipment for the forces")
			}
		}
	}
}

// The Council's sanctions asked of states, the criteria of those it is
// prepared to list, and information passed to it through its committee ask
// nothing of the mission. Paragraphs written for this test.
func TestSanctionsAskNothingOfTheMission(t *testing.T) {
	r := NewReader(classify.Default())
	checkFates(t, r, false, []paragraphFate{
		{"measures enforced", "1. Calls upon all Member States, in particular those of the region, to fully implement the measures renewed in paragraph 9 above;", "sanctions"},
		{"criteria", "1. Underlines that it is fully prepared to impose targeted measures against persons who are determined to be, among other things: (a) responsible for attacks on civilians; (b) obstructing the action of UNMISS;", "council-intent"},
		{"information passed", "1. Requests also the Government of Elbonia to communicate as appropriate to the Security Council, through the Committee, information gathered by its forces;", "report-request"},
		{"experts asked further", "1. Requests the Group of Experts to submit its final report to the Committee, and requests further the Group of Experts to include information on arms supplies;", "sanctions-experts"},
		// the mission asked to enforce them is asked something
		{"the mission asked", "1. Requests UNMISS to monitor the implementation of the measures renewed in paragraph 9 above;", ""},
	})
}
