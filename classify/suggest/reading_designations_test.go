package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// The mission named by what it is, with a capital, as modern mandates name
// it after its acronym ("the Mission", "the Operation", "the Force"), is the
// mission as its acronym is; in small letters, or as the first word of a
// longer name ("the Force Commander"), it is not read so. Sentences written
// for this test.
func TestMissionNamedByCapitalDesignation(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"the Mission's support", "Stresses the importance of the Mission's continued support to the reform of the security sector",
			want{implementer: "mission", primary: "restructuring"}, classify.SSROnly},
		{"the Mission's mandate", "Decides to extend the mandate of the Mission in order to enable it, in the safe areas, to deter attacks against civilians",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the Operation authorized", "Decides further that, without prejudice to paragraph 2 above, the Operation, acting within its means and capabilities, shall be authorized to respond to imminent threats of violence to civilians in its immediate vicinity",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"the Operation authorized", "Emphasizes that the Operation is authorized to use all necessary means, within its capabilities, to ensure the protection of civilians under imminent threat of physical violence",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"the Mission's part", "Decides that the strength of the police component of the Mission and the schedule for its downsizing will be adjusted",
			want{implementer: "mission", primary: "-"}, classify.Undetermined},
		{"the mission's part", "Decides that the military component of the operation in the north will be reinforced",
			want{implementer: "mission", primary: "-"}, classify.Undetermined},
		// in small letters, anyone's operation
		{"capital", "The Operation will patrol the roads to the camps at night",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"small letters", "The operation will patrol the roads to the camps at night",
			want{implementer: "-", primary: "deterrence"}, classify.Undetermined},
		// the first word of a longer name
		{"a longer name", "Welcomes the appointment of a new Head of Mission, and encourages close coordination with the Force Commander on the protection of civilians",
			want{implementer: "-"}, classify.Undetermined},
	})
}

// The mission's plan welcomed and then asked to be carried out is its task;
// another's plan so welcomed is not the mission's.
func TestMissionsPlanAskedToBeCarriedOut(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"plan carried out", "Welcomes the mission's comprehensive strategy for the protection of civilians and requests its full implementation",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"plan carried out", "Welcomes UNMISS's revised plan for the protection of civilians, and calls for its effective implementation",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"another's plan", "Welcomes the Government's strategy for the protection of civilians and requests its full implementation",
			want{notKinds: nil, implementer: "-"}, classify.Undetermined},
	})
}

// The national authorities named with their country, asked in a later
// decision, are who acts: "urges the national authorities of the Republic
// to ...".
func TestAuthoritiesNamedWithTheirCountryLater(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"authorities with their country", "Welcomes the commitments made by the President and urges the national authorities of the Republic to expedite the restructuring of the defence forces",
			want{implementer: "host-state", primary: "restructuring"}, classify.SSROnly},
		{"authorities with their country", "Welcomes the commitments made by the President and urges the Transitional Government of the Republic to expedite the restructuring of the army",
			want{implementer: "host-state", primary: "restructuring"}, classify.SSROnly},
	})
}
