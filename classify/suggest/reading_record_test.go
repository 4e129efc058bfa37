package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Harm to people that the supported forces are accused of or were involved
// in is their record (grave allegations), read from what they did ("accused
// of killing civilians"), not only from the words "grave" or "serious"; what
// they are reported to have done is no reporting by the activity; others'
// conduct says nothing of the forces. Sentences written for this test.
func TestRecordOfTheForcesFromHarmTheyAreAccusedOf(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"accused of harm", "Train the 3rd battalion of the army, whose soldiers are accused of killing civilians in the north",
			want{primary: "capacity-training", facts: map[model.Fact]string{model.RightsRecord: "grave-allegations"}}, classify.SSROnly},
		{"involved in harm", "Train the army battalion whose commanders were involved in attacks on villages",
			want{primary: "capacity-training", facts: map[model.Fact]string{model.RightsRecord: "grave-allegations"}}, classify.SSROnly},
		{"reported of the forces", "Equip police units reported to have committed abuses against demonstrators",
			want{primary: "equipment", notKinds: []string{"poc-reporting"}}, classify.SSROnly},
		// others' conduct, and a negation
		{"others' conduct", "Train former combatants accused of attacks on villages before they join the army",
			want{primary: "capacity-training", unknown: []model.Fact{model.RightsRecord}}, classify.SSROnly},
		{"a negation", "Train the army battalion, whose soldiers are not accused of any attacks on civilians",
			want{primary: "capacity-training", unknown: []model.Fact{model.RightsRecord}}, classify.SSROnly},
	})
}

// A goal is no measure in place ("to enhance civilian oversight"), and
// attention paid to something is no payment for the forces. Sentences
// written for this test.
func TestGoalsAndAttentionAreNoFacts(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"a goal", "Requests the mission to support the Government in its efforts to enhance civilian oversight and accountability mechanisms of both security institutions",
			want{primary: "accountability-support", unknown: []model.Fact{model.Accountability}}, classify.Overlap},
		{"attention paid", "Requests the mission to continue to cooperate with the agencies in support of the recovery strategy, with particular attention paid to infrastructure, rural development and job creation",
			want{notKinds: []string{"equipment"}}, classify.Undetermined},
		{"a payment", "Requests the mission to pay the salaries of the police for six months",
			want{primary: "equipment"}, classify.SSROnly},
	})
}

// Reports to be investigated are what an investigation takes up, not
// reporting the activity does. Sentences written for this test.
func TestReportsToBeInvestigatedAreNoReporting(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"reports investigated", "Urges that all reports of abuses by soldiers be thoroughly investigated, with the support of the mission",
			want{implementer: "mission-support", notKinds: []string{"poc-reporting", "abuse-monitoring"}}, classify.Undetermined},
		// reporting the activity does stays reporting
		{"reporting done", "Requests the mission to report on abuses by soldiers against civilians",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
	})
}

// Harm taken to court or investigated is a crime tried, no protection by
// the mission. Sentences written for this test.
func TestHarmTriedIsNoProtection(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"harm tried", "Mobile courts, supported by the mission, try the killings of civilians in the district",
			want{implementer: "mission-support", primary: "rule-of-law", notKinds: []string{"interposition"}}, classify.Outside},
		// harm prevented stays protection
		{"harm prevented", "The mission's patrols prevent the killings of civilians in the district",
			want{implementer: "mission", notKinds: []string{"rule-of-law"}}, classify.POCOnly},
	})
}

// "Without delay" says how, not whether: the request after it still asks.
// Sentences written for this test.
func TestWithoutDelayIsNoNegation(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"without delay", "Urges the parties to agree on the voters list without delay and requests the Special Representative to certify it",
			want{implementer: "mission"}, classify.Undetermined},
		{"without preconditions", "Demands that the parties resume talks without preconditions and requests the mission to patrol the border",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
	})
}
