package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A sanctions resolution sets whom its measures apply to and the exemptions
// from them: no activity on the ground, and no part of such a list is one.
// Justice for war crimes at large is rule of law; the forces held to
// account are their accountability. What others supply to armed groups is
// no equipment of the state's forces. Sentences written for this test.
func TestSanctionsAndJusticeAtLarge(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkFates(t, r, false, []paragraphFate{
		{"whom the measures apply to", "4. Decides that the measures referred to in paragraph 3 above shall apply to the following individuals, as designated by the Committee:\n(a) Persons acting in violation of the arms embargo;\n(b) Persons obstructing the delivery of humanitarian assistance;\n", "sanctions"},
		{"exemptions", "10. Decides that the measures imposed by paragraph 9 of resolution 1807 (2008) shall not apply:\n(a) Where the Committee determines that such travel is justified on the grounds of humanitarian need;\n", "sanctions"},
		{"a task beside the measures", "4. Decides that the measures shall apply until June, and requests the mission to monitor the border;\n", ""},
		{"the mission's deployment hastened", "6. Underscores the imperative of the expeditious deployment of the mission and urges the Secretary-General to take the necessary steps to ensure its rapid and efficient implementation;\n", "own-means"},
		{"the Secretary-General asked for a task", "6. Underscores the imperative of the expeditious deployment of the mission and urges the Secretary-General to take the necessary steps to protect civilians in the camps;\n", ""},
		{"the Council's review, after an insert", "23. Decides that, when appropriate and no later than 1 February, it shall review the measures set forth in this resolution;\n", "council-review"},
	})
	m, err := ReadMandate(r, "4. Decides that the measures referred to in paragraph 3 above shall apply to the following individuals, as designated by the Committee:\n(a) Persons acting in violation of the arms embargo;\n(b) Persons obstructing the delivery of humanitarian assistance;\n")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(m.Tasks()); n != 0 {
		t.Errorf("%d parts of a sanctions list read as tasks", n)
	}
	checkSentences(t, rb, r, []sentenceReading{
		{"justice at large", "Encourages the mission to assist the Government in holding accountable those responsible for war crimes",
			want{implementer: "mission-support", primary: "rule-of-law", notKinds: []string{"accountability-support"}, unknown: []model.Fact{model.RightsRecord}}, classify.Outside},
		{"the forces held to account", "Requests the mission to support the Government in holding the army's commanders accountable for abuses",
			want{implementer: "mission-support", primary: "accountability-support"}, classify.Overlap},
		{"supplies to armed groups", "Requests the mission to monitor outside support and supply of equipment to the armed groups in the east",
			want{implementer: "mission", notKinds: []string{"equipment"}}, classify.Undetermined},
		{"supplies to the army", "Requests the mission to support the supply of equipment to the national army",
			want{primary: "equipment"}, classify.SSROnly},
	})
}
