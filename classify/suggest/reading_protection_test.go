package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Physical protection named by what the force does, and the mission named by
// its deployment, continuation or establishment rather than asked by a verb.
// Each sentence is written for this test, in other words than the corpus.
func TestProtectionNamedByWhatTheForceDoes(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		// Civilians taken out of danger are protected, whoever else is
		// taken out with them.
		{"extraction", "Requests the mission to conduct limited operations to extract civilians and aid workers in danger",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"extraction", "Requests UNMISS to rescue villagers trapped by the fighting",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"extraction", "Requests the mission to extract its own staff from the region",
			want{notKinds: []string{"interposition"}}, classify.Undetermined},
		// The places civilians shelter in kept free of arms and armed men.
		{"civilian character of camps", "Requests MONUSCO to preserve the civilian character of the sites for displaced persons",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"civilian character of camps", "Encourages the mission to prevent the infiltration of armed elements into the camps",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"civilian character of camps", "Requests UNMISS to support the demilitarization of the protection of civilians sites",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"civilian character of camps", "Requests the mission to preserve the civilian character of the elections",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		// The mission's own deployment named as what does the protecting.
		{"the mission's deployment", "Stresses the importance of a mobile deployment of MONUSCO in order to deter violence against civilians",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the mission's deployment", "Underlines the need for UNMISS to keep a robust presence where civilians are threatened",
			want{implementer: "mission"}, classify.POCOnly},
		{"the mission's deployment", "Stresses the importance of the deployment of the national police in the north",
			want{implementer: "-", notKinds: []string{"deterrence"}}, classify.Undetermined},
		// A United Nations presence established before it has a name.
		{"a presence established", "Approves the establishment of a multidimensional presence intended to contribute to the protection of displaced civilians",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"a presence established", "Welcomes the establishment of a national police force to protect civilians",
			want{implementer: "-"}, classify.Undetermined},
		// Protection given to those most at risk, by name; their rights
		// promoted are no physical protection.
		{"protection for women and children", "Requests the mission to provide protection for women and children displaced by the fighting",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"protection for women and children", "Requests the mission to promote the rights of women and children",
			want{notKinds: []string{"interposition"}}, classify.Undetermined},
		// ... and protected by the verb, named with the danger they are in;
		// their rights protected are no physical protection.
		{"women and children at risk", "Requests the mission to protect women and children affected by armed conflict",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"women and children at risk", "Requests UNAMID to protect girls from attacks when they leave the camps",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"women and children at risk", "Requests the mission to ensure that women and girls are protected from sexual violence",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"women and children at risk", "Requests the mission to protect the rights of women and children",
			want{notKinds: []string{"interposition"}}, classify.Undetermined},
		{"women and children at risk", "Requests the mission to protect women's rights in all its activities",
			want{notKinds: []string{"interposition"}}, classify.Undetermined},
		// The mission's protection strategy carried out, said of the
		// strategy.
		{"protection strategy", "Requests the Secretary-General to ensure that the mission's protection strategy is implemented in every sector",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"protection strategy", "Requests the mission to implement its protection strategy in the north",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		// Civilian control of the forces is their accountability.
		{"civilian oversight", "Requests the mission to support the Government to ensure civilian oversight of the armed forces",
			want{primary: "accountability-support"}, classify.Overlap},
		{"civilian oversight", "Requests the mission to advise parliament on democratic control over the security sector",
			want{primary: "accountability-support"}, classify.Overlap},
	})
}

// A lead-in that continues a mission with a revised mandate "for the
// following" makes each part the mission's task.
func TestAMissionContinuedWithTheTasksThatFollow(t *testing.T) {
	r := NewReader(classify.Default())
	const text = `The Security Council,

2. Approves the recommendation of the Secretary-General for the continuation of the United Nations Operation in Arcadia (UNOA), with a revised mandate for the following:
(a) Protecting civilians in the towns of the north;
(b) Assisting in the reorganization of the national police;
(c) Protecting the airports and the roads that relief supplies travel on;
`
	ws, _, err := Import(r, "continued.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"2(a)": "mission", "2(b)": "mission-support", "2(c)": "mission"}
	for _, a := range ws.Activities {
		w, ok := want[a.Source.Ref]
		if !ok {
			continue
		}
		delete(want, a.Source.Ref)
		if got, _ := a.Facts.One(model.Implementer); got != w {
			t.Errorf("¶%s: implementer %q, want %q", a.Source.Ref, got, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("no draft of %v", want)
	}
}

// Shapes of the older mandates, written for this test: the mission's civilian
// police watching the local police, a police force formed, and an extension
// that says what it enables the mission to do.
func TestOlderMandateShapes(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"the local police watched", "Decides that the civilian police of the mission shall monitor the local police to ensure that they do their work without discrimination",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the local police watched", "Requests the mission to observe the national police at the checkpoints",
			want{primary: "abuse-monitoring"}, classify.Overlap},
		{"the local police watched", "Requests the mission to monitor the police reform programme",
			want{notKinds: []string{"abuse-monitoring"}}, classify.SSROnly},
		{"a police force formed", "Requests the mission to help the local authorities in forming a civilian police force",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		{"a police force formed", "Authorizes the deployment of two formed police units to the capital",
			want{notKinds: []string{"restructuring"}}, classify.Undetermined},
		{"soldiers into the army", "Requests the mission to assist in the reintegration of former rebels into the new national army",
			want{primary: "restructuring"}, classify.SSROnly},
		{"soldiers into the army", "Requests the mission to assist in the reintegration of former combatants into civilian life",
			want{notKinds: []string{"restructuring"}}, classify.Undetermined},
		// Donors' aid coordinated by the mission is the mission's work.
		{"aid coordinated", "Requests the mission to assist the Government in drafting a defence policy and in coordinating international assistance to the army",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		{"aid coordinated", "Encourages international assistance to the army",
			want{implementer: "partner"}, classify.SSROnly},
		// The mission named by its parts: its peacekeeping force, its
		// civilian police, its military observers.
		{"the mission by its parts", "Requests the peace-keeping force to protect the convoys of displaced persons",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the mission by its parts", "Requests the United Nations civilian police to train the local police",
			want{implementer: "mission", primary: "capacity-training"}, classify.SSROnly},
		{"the mission by its parts", "Requests the military observers to report attacks on civilians",
			want{implementer: "mission"}, classify.POCOnly},
		{"a guard reorganized", "Requests the mission to advise the Government in the reorganization of the presidential guard",
			want{primary: "restructuring"}, classify.SSROnly},
		{"a presence established", "Requests the mission to establish a presence in the districts where the population is threatened",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
	})
	checkFates(t, r, false, []paragraphFate{
		{"extension that enables a task", "1. Decides to extend the mandate of the mission to enable it to contribute to the protection of displaced persons in the camps;\n", ""},
		{"extension alone", "1. Decides to extend the mandate of the mission until 31 March;\n", "extends-mandate"},
	})
}

// A later decision that urges the mission makes the task the mission's, also
// where an inserted clause with brackets stands between the mission and what
// it is urged to do.
func TestTheMissionUrgedLater(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"urged later", "Urges all States to end the illicit trade in minerals, and urges MONUSCO to support the certification of mines",
			want{implementer: "mission"}, classify.Undetermined},
		{"urged later", "Urges all States to end the illicit trade, and urges the mission, in accordance with paragraph 3 (j) of resolution 1856 (2008), to train the mining police",
			want{implementer: "mission", primary: "capacity-training"}, classify.SSROnly},
		{"urged later", "Urges all States, in accordance with paragraph 3 (j) of resolution 1856 (2008), to train the mining police",
			want{implementer: "partner", primary: "capacity-training"}, classify.SSROnly},
	})
}

// The older shapes of protection and of watching the police: the security of
// the places civilians live in kept or taken over by the force, a secure
// environment for relief work, the police watched at work, and the mission
// made larger or put in charge of a task. Each sentence is written for this
// test.
func TestSecurityOfPlacesAndThePoliceWatched(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"security of places", "Requests the Secretary-General to take the necessary measures to ensure the security of the safe areas",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"security of places", "Decides that the force shall take over the security of the towns from the withdrawing forces",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"security of places", "Requests the mission to assume responsibility for the security of the camps",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// the mission's own premises are no place civilians live in
		{"security of places", "Requests the mission to ensure the security of its headquarters",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		{"relief operations", "Authorizes the force to use all necessary means to establish a secure environment for relief operations",
			want{implementer: "mission", primary: "humanitarian-support"}, classify.Outside},
		{"the police watched", "Decides that the mission shall monitor the activities of the local police to ensure that they respect human rights",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Decides that the civilian police monitors shall observe the local police",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Requests the mission to monitor the elections",
			want{notKinds: []string{"abuse-monitoring"}}, classify.Undetermined},
		{"the mission made larger", "Decides to increase the strength of UNMIH by 500 civilian police monitors, to assist in the restructuring of the local police",
			want{implementer: "mission", primary: "restructuring"}, classify.SSROnly},
		// a force to be built, named with all it is to be
		{"a force built", "Requests the mission to assist the Government in building a professional, accountable and effective national police service",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		// technical assistance provided is no aid delivered
		{"technical assistance", "Requests the mission to support the Government's efforts to strengthen the national police, including through the provision of technical assistance and training",
			want{implementer: "mission-support", notKinds: []string{"humanitarian-support"}}, classify.SSROnly},
		{"technical assistance", "Requests the mission to facilitate the provision of emergency assistance to the displaced",
			want{implementer: "mission", primary: "humanitarian-support"}, classify.Outside},
		// the Secretary-General asked to help the parties: the United
		// Nations' work, which the mission carries out
		{"the Secretary-General's help", "Requests the Secretary-General to assist the parties in the formation of a unified army",
			want{implementer: "mission", primary: "restructuring"}, classify.SSROnly},
		{"the Secretary-General's help", "Requests the Secretary-General to report on the formation of a unified army",
			want{implementer: "-"}, classify.Undetermined},
		{"the Secretary-General's help", "Requests the Secretary-General, including through his Special Representative, to facilitate the political dialogue among the parties",
			want{implementer: "mission", primary: "mediation"}, classify.POCOnly},
		{"the Secretary-General's help", "Encourages the Secretary-General to assist IGAD in its mediation efforts",
			want{implementer: "mission", primary: "mediation"}, classify.POCOnly},
		// people named by the danger they are in, and the security of the
		// capital
		{"people at risk", "Decides that the mission shall protect persons at risk, including displaced persons and refugees",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"people at risk", "Decides that the mission shall contribute to the security of the capital, within a weapons-free zone around the city",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"people at risk", "Decides that the mission shall contribute to the security of the elections",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		// units the Council sends, and the mission's plan approved
		{"units sent", "Authorizes the deployment of an additional battalion to protect civilians in the eastern provinces",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"units sent", "Welcomes the deployment of additional battalions by the national army",
			want{implementer: "-"}, classify.Undetermined},
		{"plan approved", "Approves the concept of operations of UNMISS, which provides for the protection of civilians through patrols and a mobile posture",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// relief supplies are aid, not the forces' equipment; convoys kept
		// safe are protection on the road
		{"relief supplies", "Requests the Secretary-General to ensure that the Force is able to provide protection to convoys of relief supplies",
			want{implementer: "mission", primary: "deterrence", kinds: []string{"humanitarian-support"}, notKinds: []string{"equipment"}}, classify.POCOnly},
		{"relief supplies", "Requests the mission to provide military supplies to the national army",
			want{primary: "equipment", forces: []string{"army"}}, classify.SSROnly},
		// the police watched for their neutrality; the mission's civilian
		// police component is the mission
		{"the police watched", "Requests the mission to monitor the neutrality of the national police",
			want{implementer: "mission", primary: "abuse-monitoring", forces: []string{"police"}}, classify.Overlap},
		{"the police watched", "Decides that the civilian police component shall monitor the police to ensure that they carry out their duties without discrimination",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Decides that the Mission shall verify the neutrality of the police and the observance of human rights by its members",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Requests the international civilian police to accompany the local police on their patrols",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the police watched", "Decides that the police component of the mission shall monitor all police activities in the country",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Requests the mission to monitor the respect of civil liberties by the national police",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Requests the mission to monitor the Transitional Police Force",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Decides that the international police monitors shall monitor the law enforcement activities of the local police",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Decides that the mission shall monitor and verify the activities of the national police",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"the police watched", "Decides that the mission shall verify that the police act impartially",
			want{implementer: "mission", primary: "abuse-monitoring", notKinds: []string{"restructuring"}}, classify.Overlap},
		// the armed forces' movements watched under a ceasefire are no abuse
		{"the police watched", "Decides that the mission shall monitor the activities of the armed forces of both parties in the zone",
			want{notKinds: []string{"abuse-monitoring"}}, classify.Undetermined},
		{"a police act", "Requests the mission to support the Government in the adoption of the Police Act",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		// the forces put under civilian control
		{"civilian control", "Requests the mission to help the Government bring the national army under civilian control",
			want{implementer: "mission-support", primary: "accountability-support", forces: []string{"army"}}, classify.Overlap},
		{"civilian control", "Requests the mission to help the Government bring the territory under its control",
			want{notKinds: []string{"accountability-support"}}, classify.Undetermined},
		// the mission's presence where civilians live deters; its presence
		// for the country's stability is no task
		{"a deterring presence", "Stresses the importance of UNAMID's presence in remote areas where civilians are vulnerable",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"a deterring presence", "Stresses the importance of UNMIL's continued presence for the stability of the country",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		// the mission addressed beside the Government acts too; the hybrid
		// operation's own head is the mission, not the African Union
		{"addressed beside the Government", "Calls upon the Government of Sudan and UNAMID to protect civilians in the camps",
			want{implementer: "mission"}, classify.POCOnly},
		{"addressed beside the Government", "Calls upon the Government and the international partners to support the police",
			want{implementer: "host-state"}, classify.SSROnly},
		{"the hybrid's head", "Requests the African Union-United Nations Joint Special Representative for Darfur to prioritize the protection of civilians",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		// the authorities named by their country are the host state's
		{"the authorities by country", "Calls upon Liberian authorities to ensure that any outstanding issues regarding the electoral framework are finalized",
			want{implementer: "host-state"}, classify.Undetermined},
		{"the authorities by country", "Urges the Haitian Government to strengthen the national police",
			want{implementer: "host-state", primary: "capacity-training"}, classify.SSROnly},
		// a regional body addressed acts itself, whatever help the mission
		// gives it
		{"a regional body", "Encourages ECOWAS to develop a sub-regional strategy against the cross-border movement of armed groups, with the assistance of UNMIL and UNOCI",
			want{implementer: "partner"}, classify.Undetermined},
		{"a regional body", "Calls upon the Government, with the assistance of UNMIL, to develop a border strategy",
			want{implementer: "mission-support"}, classify.Undetermined},
		// armed groups kept from using a place against the people
		{"armed groups kept out", "Emphasizes the need for UNMIL and UNOCI to coordinate their operations near the border in order to prevent armed groups from exploiting the border areas",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// others named as those whose action matters are who acts
		{"others' action", "Further emphasizes the need for the donor community to support the Government and humanitarian actors in their response to the influx of refugees",
			want{implementer: "partner"}, classify.Outside},
		{"others' action", "Invites the Organization of African Unity to continue its mediation efforts",
			want{implementer: "partner", primary: "mediation"}, classify.Outside},
		{"the hybrid's head", "Calls upon the African Union to deploy additional troops to protect civilians",
			want{implementer: "partner"}, classify.Outside},
		// the mission's protection work named as its own
		{"its protection work", "Stresses that UNAMID's protection activities should be carried out in all areas of Darfur",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"its protection work", "Stresses that UNAMID's human rights activities should be carried out in all areas of Darfur",
			want{notKinds: []string{"interposition"}}, classify.Undetermined},
		// what the Council condemns frames what it then asks
		{"a condemnation framing", "Condemns the persistence of reported human rights violations against civilians, and calls upon all parties, with the continued support of the mission, to ensure the protection of civilians",
			want{implementer: "mission-support", primary: "interposition", notKinds: []string{"poc-reporting"}}, classify.POCOnly},
		{"a condemnation framing", "Condemns the attacks on civilians and requests the mission to monitor and report on threats to civilians in the camps",
			want{implementer: "mission", primary: "poc-reporting"}, classify.POCOnly},
		// an environment made secure for the people to come home
		{"secure for returns", "Requests the mission to foster a secure environment for the eventual safe and voluntary return of displaced persons and refugees",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"secure for returns", "Requests the mission to support the voluntary return of refugees",
			want{implementer: "mission", primary: "humanitarian-support", notKinds: []string{"deterrence"}}, classify.Outside},
		// the sites named after the protection they give: what is done
		// there says what the task is
		{"protection sites", "Requests the mission to maintain public safety and security of and within the protection of civilians sites",
			want{implementer: "mission", primary: "deterrence", notKinds: []string{"interposition"}}, classify.POCOnly},
		{"protection sites", "Requests the mission to protect civilians in and around the protection of civilians sites",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		// a posture of the force that deters
		{"a deterring posture", "Decides that the Operation shall maintain a proactive deployment in areas where civilians are at risk",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"a deterring posture", "Requests the mission to adopt a robust military posture in the eastern provinces",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// force against civilians dissuaded, the threat to their security
		// reduced
		{"force dissuaded", "Requests the mission to dissuade any attempt by armed groups to use force against the population",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"force dissuaded", "Requests the mission to reduce the threat posed by armed groups to state authority and civilian security",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"force dissuaded", "Requests the mission to prevent the use of force in the elections",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		// the mission's mandate named as what others' task must be
		// consistent with frames the task: the protection it names is not
		// what the task asks
		{"the mandate named", "Urges the Government and the political parties to ensure secure conditions for the polls, consistent with the mission's role with regard to the protection of civilians, and to respect the results",
			want{implementer: "host-state", notKinds: []string{"interposition"}}, classify.Undetermined},
		{"the mandate named", "Requests UNMIL, consistent with its mandate, to protect civilians in the counties along the border",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		// policing done jointly with the mission is no model of policing the
		// police adopt
		{"joint policing", "Requests the mission to assist the Government in providing protection to the civilian population, including through joint community policing in the camps",
			want{implementer: "mission-support", primary: "interposition", notKinds: []string{"restructuring"}}, classify.POCOnly},
		{"joint policing", "Requests the mission to help the national police to introduce community policing in the districts",
			want{kinds: []string{"restructuring"}}, classify.SSROnly},
		// the mission's head by the initials resolutions give the title
		{"the head by initials", "Requests the JSR to prioritize the protection of civilians in the allocation of the resources of the Operation",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"the head by initials", "Requests the SRSG to support the reform of the national police",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		// the country's laws at large are no framework for the forces
		{"a legal framework", "Calls upon the Government to take the necessary steps to enforce the measures, including by incorporating relevant provisions in its national legal framework",
			want{implementer: "host-state", notKinds: []string{"restructuring"}}, classify.Undetermined},
		{"a legal framework", "Requests the mission to assist the Government in developing a legal framework for the police and the gendarmerie",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		{"a legal framework", "Requests the mission to advise the Government on the security sector legal framework",
			want{primary: "restructuring"}, classify.SSROnly},
		// the mission named after its own protection is who protects; after
		// work on institutions, who receives it
		{"the mission's own protection", "Stresses the importance of the proactive patrols of UNAMID in areas at high risk of conflict",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the mission's own protection", "Requests the mission to protect civilians near the bases of UNMISS",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"the mission's own protection", "Requests UNAMID to strengthen the protective presence of UNAMID in the camps",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the mission's own protection", "Requests the mission to ensure that UNAMID troops protect civilians in the camps",
			want{implementer: "mission", kinds: []string{"deterrence"}}, classify.POCOnly},
		{"the mission's own protection", "Requests UNAMID to provide training to UNAMID personnel on human rights",
			want{notKinds: []string{"rights-training", "capacity-training"}}, classify.Undetermined},
		{"the mission's own protection", "Requests the Government to provide fuel and vehicles to UNMISS",
			want{notKinds: []string{"equipment"}}, classify.Undetermined},
		{"the mission's own protection", "Requests the mission to provide armed escorts for UNMISS personnel",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		{"under the mission", "Decides to establish a police training programme under the responsibility of the operation",
			want{implementer: "mission", primary: "restructuring"}, classify.SSROnly},
		{"under the mission", "Decides to establish a police training programme under the responsibility of the Government",
			want{implementer: "host-state", primary: "restructuring"}, classify.SSROnly},
	})
	checkFates(t, r, false, []paragraphFate{
		{"tasks named where they are continued", "3. Decides that the police task force shall continue to carry out the tasks of monitoring, advising and training law enforcement personnel;\n", ""},
		{"an authorization said again", "2. Reiterates its authorization to UNAMSIL to take the necessary action to afford protection to civilians under imminent threat of physical violence;\n", ""},
		{"a recall said again", "2. Reiterates its support for the efforts of UNAMSIL to afford protection to civilians;\n", "no-action"},
		{"tasks continued by reference", "3. Decides that the police task force shall continue to carry out the tasks set out in resolution 1035 (1995);\n", "extends-mandate"},
	})
}

// The Secretary-General asked or called on to see the deployment adjusted
// or advisers deployed is the mission he heads; the mission made larger with
// its name first ("the enlargement of UNPROFOR's mandate and strength",
// "the strengthening of the mission's military component") is the mission
// made larger for a task. Each sentence is written for this test.
func TestTheSecretaryGeneralAndTheMissionEnlarged(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"the Secretary-General asked", "Requests the Secretary-General to continue to adjust the deployment of UNMIL troops to deter attacks on civilians",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the Secretary-General called on", "Calls on the Secretary-General to ensure sufficient deployment of child protection advisers in the camps",
			want{implementer: "mission"}, classify.POCOnly},
		{"the Secretary-General asked to study", "Requests the Secretary-General to continue to monitor progress on the benchmarks",
			want{implementer: "-"}, classify.Undetermined},
		{"the mission enlarged", "Authorizes the enlargement of UNMIL's mandate and strength to perform the functions outlined in the report, including the protection of convoys",
			want{implementer: "mission"}, classify.POCOnly},
		{"the mission enlarged", "Approves the strengthening of the Mission's military component so that it can protect civilians in the camps",
			want{implementer: "mission"}, classify.POCOnly},
		{"the mission enlarged", "Decides to increase the strength of the Mission in order to protect civilians in the camps",
			want{implementer: "mission"}, classify.POCOnly},
		{"the support the Government gives", "Underlines the need to ensure effective support from the Government and its partners for the police development plan",
			want{implementer: "host-state"}, classify.SSROnly},
		{"a United Nations body addressed acts itself", "Requests the United Nations country team to complement the operations undertaken by the Government with the support of UNMIL with activities improving living conditions",
			want{implementer: "partner"}, classify.Undetermined},
		{"the mission's authorized strength raised", "Decides to increase the authorized strength of UNMIL by 2,000 troops to enable it to protect civilians more effectively",
			want{implementer: "mission"}, classify.POCOnly},
	})
}

// The authorities named by their country are the host state also where the
// Council decides what they shall do or calls on them again; the
// Secretary-General asked to carry on his consultations is the mission's
// good offices. Each sentence is written for this test.
func TestTheAuthoritiesAskedAgain(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"decided of the authorities", "Decides that the Liberian authorities shall submit reports on the reform of the army",
			want{implementer: "host-state", primary: "restructuring"}, classify.SSROnly},
		{"called on again", "Reiterates its call upon the Congolese authorities to vet the officers of the army",
			want{implementer: "host-state", primary: "vetting"}, classify.SSROnly},
		{"good offices carried on", "Requests the Secretary-General to continue as a matter of priority his consultations with all parties on national reconciliation",
			want{implementer: "mission", primary: "mediation"}, classify.POCOnly},
	})
}

// A secure environment kept in the camps is protection where civilians live;
// camps are equipment only where they are built for the forces. Each
// sentence is written for this test.
func TestCampsOfCiviliansAndOfForces(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"secure environment in the camps", "Requests the Mission to provide a secure environment in the camps and to escort humanitarian convoys",
			want{implementer: "mission", primary: "deterrence", notKinds: []string{"equipment"}}, classify.POCOnly},
		{"secure environment in the camps", "Requests the Mission to provide a secure environment in the camps",
			want{implementer: "mission", primary: "deterrence", notKinds: []string{"equipment"}}, classify.POCOnly},
		{"camps of the displaced", "Requests the Mission to rehabilitate the camps of the displaced",
			want{implementer: "mission", notKinds: []string{"equipment"}}, classify.Undetermined},
		{"camps for the forces", "Requests the Mission to build camps for the army",
			want{implementer: "mission", primary: "equipment"}, classify.SSROnly},
	})
}

// The mission whose patrols matter, named first, and the mission a later
// decision demands something of, act themselves. Each sentence is written
// for this test.
func TestTheMissionNamedInItsPatrolsAndDemandedLater(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"its patrols", "Stresses the importance of the Mission's patrols in and around the camps for displaced persons, to deter attacks against women and girls",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"demanded later", "Expresses deep concern at the attacks against civilians and demands that the Mission take robust action to deter such attacks",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"demanded later of others", "Expresses deep concern at the attacks against civilians and demands that the Government take robust action to deter such attacks",
			want{implementer: "host-state", primary: "deterrence"}, classify.Outside},
	})
}

// The facilitator of a peace process and elections named in the singular
// are political work (FRAMEWORK v1.2: good offices for elections is
// mediation); arbitrations among a monitoring body's activities are not.
// Each sentence is written for this test.
func TestTheFacilitatorAndTheElection(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"the facilitator", "Requests the Mission to continue to assist the Facilitator in the conduct of the facilitation, including his arbitration role",
			want{implementer: "mission", primary: "mediation"}, classify.POCOnly},
		{"the election", "Requests the Mission to provide technical support to the electoral commission for the holding of an open, free and transparent presidential election",
			want{implementer: "mission-support", primary: "mediation"}, classify.POCOnly},
		{"the head of the mission, said again", "Reiterates further that the Special Representative of the Secretary-General shall certify that all stages of the electoral process provide the guarantees for the holding of free and fair elections",
			want{implementer: "mission", primary: "mediation"}, classify.POCOnly},
		{"arbitrations among patrols", "Requests the Mission to support the verification mechanism in undertaking verifications, monitoring, arbitrations, reporting and patrols",
			want{implementer: "mission", notKinds: []string{"mediation"}}, classify.POCOnly},
	})
}

// What the Council demands of the Governments is theirs, at the opening or
// in a later decision; a later call on them weighs less than the request
// that opens the paragraph. Each sentence is written for this test.
func TestDemandsOfTheGovernments(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"demanded of them", "Demands that the Government of Sudan and the Government of South Sudan facilitate the deployment of the Mine Action Service",
			want{implementer: "host-state"}, classify.Undetermined},
		{"demanded again later", "Welcomes the redeployment of the military, and reiterates its demand that the Government redeploy its police from the area",
			want{implementer: "host-state"}, classify.Undetermined},
		{"the opening's request weighs more", "Requests the Secretary-General to ensure that effective human rights monitoring is carried out, and reiterates its call upon the Government to extend its full cooperation to this end",
			want{implementer: "mission", primary: "poc-reporting"}, classify.POCOnly},
	})
}

// Oversight is the forces' accountability only where it is oversight of the
// forces, not any committee or mechanism of that name; a dialogue with
// communities named after others is community engagement. Each sentence is
// written for this test.
func TestOversightOfTheForcesAndOfOthers(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"a committee of two governments", "Urges the two Governments to resume the work of the Joint Oversight Committee",
			want{notKinds: []string{"accountability-support"}}, classify.Undetermined},
		{"communities and a weapons-free area", "Requests the Mission to continue its dialogue with the Oversight Committee and with the Misseriya and Ngok Dinka communities on oversight mechanisms for a weapons-free area",
			want{implementer: "mission", primary: "community-engagement", notKinds: []string{"accountability-support"}}, classify.POCOnly},
		{"civilian oversight of the forces", "Requests the Mission to support the establishment of civilian oversight mechanisms",
			want{primary: "accountability-support"}, classify.Overlap},
		{"an oversight body of the police", "Requests the Mission to support the oversight body of the national police",
			want{primary: "accountability-support"}, classify.Overlap},
	})
}

// The force's own action against armed groups, its patrols (with the state
// forces too: the patrol is what it does), and the security it gives an
// election. Each sentence is
// written for this test, in other words than the corpus.
func TestTheForcesOwnActionAndItsJointPatrols(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		{"offensive action", "Requests the mission to carry out targeted offensive operations to neutralize armed groups that threaten civilians",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"offensive action", "Requests the force to take robust action to neutralize the militias",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"offensive action", "Calls upon the Government to neutralize the armed groups in the east",
			want{implementer: "host-state", primary: "deterrence"}, classify.Outside},
		{"joint patrols", "Requests the mission to conduct joint patrols with the national police around the displacement sites",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"joint patrols", "Requests the mission to conduct joint patrols with humanitarian agencies",
			want{notKinds: []string{"combined-operations"}}, classify.POCOnly},
		{"election security", "Requests the mission to provide security for the electoral process in coordination with the national security forces",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"election security", "Requests the mission to provide technical support for the electoral process",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
	})
}
