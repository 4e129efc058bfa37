package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// The mission's own troops named after a kind of protection are who
// protects ("the presence of United Nations troops in the safe areas"),
// while its personnel named after a protection are whom it is for ("the
// security of United Nations personnel"), and its troops named after work
// on the security institutions receive that work. Sentences written for
// this test.
func TestPresenceOfTheMissionsTroops(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"troops who protect", "Requests the Secretary-General to increase the presence of United Nations troops in the safe areas",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"troops who protect", "Decides to strengthen the presence of UNAMID troops around the camps",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"troops who protect", "Requests the Force to increase the presence of its troops in the towns of the north",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// the mission named in full, or where it stands in an enclave
		{"the mission named in full", "Requests the Secretary-General to take immediate steps to increase the presence of the United Nations Protection Force in the town",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"an enclave", "Requests the Secretary-General to increase the presence of UNPROFOR in the eastern enclave",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// personnel protected are the mission's own: no protection of civilians
		{"personnel protected", "Calls on the parties to provide security, including armed escorts, for UNMOT personnel and transports",
			want{notKinds: []string{"deterrence", "interposition"}}, classify.Undetermined},
		{"personnel protected", "Recalls the Convention on the Safety of United Nations Personnel and the Protection of United Nations Personnel",
			want{notKinds: []string{"humanitarian-support", "deterrence"}}, classify.Undetermined},
		// troops that receive work on the institutions are no host force
		{"troops trained", "Requests the Secretary-General to provide training and equipment for United Nations troops",
			want{notKinds: []string{"capacity-training"}}, classify.Undetermined},
	})
}

// Who acts and what is done, said in the passive: the places protected
// ("the camps shall be protected by the Force"), the mission named by its
// part ("by the police component of the Mission").
func TestPassiveProtectionAndTraining(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"places protected", "Decides that the camps shall be protected by the Force",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"places protected", "Stresses that the sites for displaced persons must remain guarded by UNMISS troops",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the mission's part", "Decides that the national police shall be trained and mentored by the police component of the Mission",
			want{implementer: "mission", primary: "capacity-training"}, classify.SSROnly},
		{"the mission's part", "Decides that the army's officers will be advised by the military component of UNMIL",
			want{implementer: "mission"}, classify.Undetermined},
	})
}

// The mission's efforts welcomed and then asked to go on are its task.
func TestMissionsEffortsAskedToGoOn(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"efforts continued", "Welcomes UNAMID's efforts to enhance the protection of civilians, and encourages their continuation",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"efforts continued", "Commends the mission's work in the camps and strongly urges its continuation",
			want{implementer: "mission"}, classify.Undetermined},
		// the Government's efforts continued are not the mission's
		{"others' efforts", "Welcomes the Government's efforts to protect civilians, and encourages their continuation",
			want{implementer: "-"}, classify.Undetermined},
	})
}

// Protection in the words of hybrid-operation renewals: the plight of a
// group watched and told, the mission named after another need, its role in
// the authorities' duty. Sentences written for this test.
func TestProtectionInRenewalWords(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"plight watched", "Requests the Secretary-General to ensure that the mission's child protection advisers continue to monitor and report on the situation of children",
			want{implementer: "mission", primary: "poc-reporting"}, classify.POCOnly},
		{"plight watched", "Requests the Operation to document the plight of displaced women in the camps",
			want{implementer: "mission", primary: "poc-reporting"}, classify.POCOnly},
		{"named after another need", "Emphasizes the need for civilians to be protected across the region, and for UNAMID to make full use of its capabilities",
			want{implementer: "mission"}, classify.Undetermined},
		{"role in their duty", "Stresses that the Government bears the primary responsibility to protect civilians, and underlines the role of UNAMID in supporting this responsibility",
			want{implementer: "mission-support"}, classify.POCOnly},
	})
}

// The mission named by its head, asked in a later decision, or by what it
// is established for.
func TestMissionByItsHeadOrItsPurpose(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"its head asked later", "Recognizes the importance of dialogue and encourages the Special Representative of the Secretary-General to facilitate talks between the parties",
			want{implementer: "mission", primary: "mediation"}, classify.POCOnly},
		{"established for", "Approves the establishment in the east, in consultation with the authorities, of a multidimensional presence intended to help protect displaced persons",
			want{implementer: "mission"}, classify.POCOnly},
	})
}

// The presence of others the mission watches is no presence of its own.
func TestPresenceOfOthersWatched(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"others watched", "Requests the mission to observe and report on the position of armed groups and the presence of foreign military forces in the border areas",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		{"its own", "Requests the mission to maintain the presence of its troops around the camps",
			want{primary: "deterrence"}, classify.POCOnly},
		{"its own", "Stresses the importance of the presence of United Nations peacekeepers in the villages",
			want{primary: "deterrence"}, classify.POCOnly},
	})
}

// The mission's own units made ready by donors or their countries are no
// training or equipment of the host's forces; the host's police said to be
// trained still are. Sentences written for this test.
func TestOwnUnitsMadeReady(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"battalions made ready", "Requests the continuing assistance of donors in ensuring that battalions are suitably trained and equipped",
			want{notKinds: []string{"capacity-training", "equipment"}}, classify.Undetermined},
		{"contingents made ready", "Urges the contributing countries to ensure that their contingents are adequately equipped",
			want{notKinds: []string{"capacity-training", "equipment"}}, classify.Undetermined},
		{"the host's police", "Requests the mission to ensure that the national police are adequately trained and equipped",
			want{implementer: "mission", primary: "equipment"}, classify.SSROnly},
	})
}
