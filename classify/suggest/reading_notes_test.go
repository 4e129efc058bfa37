package suggest

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The reading notes of FRAMEWORK §2 (v1.2), each in the shapes modern
// mandates write it. The sentences are written for this test; none is taken
// from a corpus resolution.
func TestReadingNotes(t *testing.T) {
	r := NewReader(classify.Default())
	reform := []string{"mediation"}
	for _, note := range []struct {
		note  string
		cases []struct {
			text string
			want want
		}
	}{
		{"what the help is for decides the kind", []struct {
			text string
			want want
		}{
			{"Requests the mission to provide good offices, advice and support to the Government for the reform of the army",
				want{implementer: "mission-support", primary: "restructuring", forces: []string{"army"}, notKinds: reform}},
			{"Provide good offices, advice and assistance to the national authorities in reforming the police, including the training of police battalions",
				want{primary: "restructuring", kinds: []string{"capacity-training"}, forces: []string{"police"}, notKinds: reform}},
			{"Offer advice and support to the national authorities for the restructuring of the gendarmerie, including the training of its units",
				want{primary: "restructuring", kinds: []string{"capacity-training"}, forces: []string{"gendarmerie"}}},
			{"Use its good offices to help the Government adopt a roadmap for security sector reform",
				want{primary: "restructuring", notKinds: reform}},
			{"Work with the authorities, through good offices and technical advice, on the vetting of police recruits",
				want{primary: "vetting", notKinds: reform}},
			// Good offices whose object is itself political stays political.
			{"Provide good offices to promote national reconciliation and dialogue among the parties",
				want{implementer: "mission", primary: "mediation"}},
			{"Use its good offices in support of the peace talks between the parties", want{primary: "mediation"}},
			{"Provide good offices for a national dialogue on the future of the armed forces",
				want{primary: "security-dialogue", notKinds: reform}},
			// A specific action keeps its kind; what it is done for stays a purpose.
			{"Patrol the roads around the camps in order to protect civilians", want{primary: "deterrence"}},
			{"Train the police in human rights so that they protect civilians", want{primary: "rights-training"}},
			// A purpose goes on past "and to" until a comma sets a further
			// task apart: generic means (more monitors) take their kind from
			// all they are for.
			{"Requests the Secretary-General to increase the number of civilian police monitors in order to monitor the conduct of the local police and to report on any abuses",
				want{implementer: "mission", primary: "abuse-monitoring", forces: []string{"police"}}},
			{"Requests the mission to patrol the roads around the camps, and to report on threats to civilians",
				want{implementer: "mission", primary: "deterrence", kinds: []string{"poc-reporting"}}},
			{"Requests the mission to patrol the roads in order to deter attacks, and to train the police",
				want{implementer: "mission", primary: "deterrence", kinds: []string{"capacity-training"}}},
		}},
		{"who acts is whoever carries out the action", []struct {
			text string
			want want
		}{
			{"Conduct robust offensive operations through its quick reaction force, in support of the national army, to neutralize armed groups",
				want{implementer: "mission", primary: "combined-operations", forces: []string{"army"}}},
			{"Requests the mission to carry out operations through its intervention brigade, in support of the armed forces, against armed groups",
				want{implementer: "mission", primary: "combined-operations"}},
			{"In support of the national authorities, patrol the border areas", want{implementer: "mission", primary: "deterrence"}},
			// Where the national forces carry out the action, the mission supports.
			{"Support the national army in conducting operations against armed groups",
				want{implementer: "mission-support", primary: "combined-operations", forces: []string{"army"}}},
			{"Requests the mission to assist the Government in strengthening its police",
				want{implementer: "mission-support", forces: []string{"police"}}},
			// Tasks addressed to others are theirs.
			{"Calls upon the Government to reform its police, with the support of donors", want{implementer: "host-state", primary: "restructuring"}},
			{"Urges the national authorities to vet the officers of the army", want{implementer: "host-state", primary: "vetting"}},
			{"Encourages member states to provide equipment to the national army", want{implementer: "partner", primary: "equipment"}},
			{"Urges donors to fund the training of the police", want{implementer: "partner"}},
			// A partner's support names a supporter, not who acts.
			{"Recognizes the progress made, and urges the authorities to ensure, with the support of international partners, the respect of human rights by the police",
				want{implementer: "host-state"}},
		}},
		{"the HRDDP in a task is abuse monitoring", []struct {
			text string
			want want
		}{
			{"Requests the mission to carry out a risk assessment under the human rights due diligence policy before supporting the army",
				want{primary: "abuse-monitoring", forces: []string{"army"}}},
			{"Make its support to the police conditional on their compliance with the human rights due diligence policy",
				want{primary: "abuse-monitoring", forces: []string{"police"}}},
			{"Assess the risks of supporting army units, in line with the HRDDP",
				want{primary: "abuse-monitoring", forces: []string{"army"}}},
			// Support to operations that the text conditions on the forces'
			// conduct: the condition leads, however far it stands from the support.
			{"The backing the mission gives to army-led operations against the rebels is strictly conditioned on the army's respect for humanitarian law",
				want{primary: "abuse-monitoring", forces: []string{"army"}}},
			{"Set out the conditions under which the mission may give support to police units",
				want{primary: "abuse-monitoring", forces: []string{"police"}}},
			{"Withdraw support from army battalions that go on abusing civilians",
				want{primary: "abuse-monitoring", forces: []string{"army"}}},
			{"Intercede with the army command where a battalion it supports commits abuses",
				want{primary: "removal-advocacy", forces: []string{"army"}}},
			// Beside a specific action, the policy adds the monitoring as a further kind.
			{"Provide rations to army units taking part in joint operations, in strict compliance with the human rights due diligence policy",
				want{kinds: []string{"abuse-monitoring", "equipment"}}},
		}},
		{"the mission's own conduct is no SSR kind", []struct {
			text string
			want want
		}{
			{"Requests the mission to ensure full compliance of its personnel with the zero tolerance policy on sexual exploitation and abuse, including through training and disciplinary measures",
				want{primary: "-", notKinds: []string{"capacity-training", "accountability-support", "rights-training"}}},
			{"Take the measures needed to prevent sexual exploitation and abuse by peacekeepers, including training and vetting of contingents before deployment",
				want{notKinds: []string{"capacity-training", "vetting", "accountability-support"}}},
			// Protection in the same sentence stands.
			{"Protect civilians under imminent threat and ensure that its personnel comply with the policy on sexual exploitation and abuse, including through disciplinary measures",
				want{primary: "interposition", notKinds: []string{"accountability-support"}}},
			{"Ensure the safety and security of its personnel and premises", want{primary: "-"}},
			{"Calls upon member states to ensure the free movement of equipment, supplies and vehicles for the exclusive use of the mission",
				want{notKinds: []string{"equipment"}}},
			{"Ensure the security of the mission's personnel, equipment and facilities", want{primary: "-"}},
		}},
		{"no fact from a negation or from other people's conduct", []struct {
			text string
			want want
		}{
			{"Support the integration into the army of former combatants not suspected of genocide",
				want{unknown: []model.Fact{model.RightsRecord}}},
			// A force said not to be concerned is no force of the activity,
			// nor who carries it out.
			{"Human rights training and vetting of police, without oversight. The army is not concerned.",
				want{forces: []string{"police"}, implementer: "-"}},
			{"Human rights training for the police and the army. The army is concerned by the vetting too.",
				want{forces: []string{"police", "army"}}},
			// A negation is the word itself: "notes" negates nothing.
			{"Notes the efforts of UNAMID to protect civilians and requests it to deter attacks on the camps",
				want{implementer: "mission", primary: "deterrence", notKinds: []string{"interposition"}}},
			{"Requests UNAMID to train the police, and notes that the police have not been vetted",
				want{kinds: []string{"capacity-training"}, notKinds: []string{"vetting"}}},
			{"Train police recruits, excluding former fighters not accused of war crimes",
				want{unknown: []model.Fact{model.RightsRecord}}},
			{"Train police recruits, excluding former fighters accused of war crimes",
				want{unknown: []model.Fact{model.RightsRecord}}},
			{"Screen the armed groups whose members are suspected of atrocities before their integration",
				want{unknown: []model.Fact{model.RightsRecord}}},
			// Reports of violations to be investigated ask no one to report.
			{"Urges that all reports of such violations by the army be thoroughly investigated, with the support of the mission",
				want{unknown: []model.Fact{model.EncouragesReporting}}},
			{"Encourage army officers to report abuses by their units",
				want{facts: map[model.Fact]string{model.EncouragesReporting: "true"}}},
			// The armed opposition named after the army it split from is no
			// host army.
			{"Monitor abuses committed by the SPLM/SPLA-IO",
				want{primary: "poc-reporting", unknown: []model.Fact{model.Forces}}},
			// A condition is no record.
			{"Suspend support to army units if their commanders are suspected of grave violations",
				want{unknown: []model.Fact{model.RightsRecord}}},
			{"Review the support in the event that police officers are accused of torture",
				want{unknown: []model.Fact{model.RightsRecord}}},
			// The forces' own record is still read.
			{"Train army battalions whose commanders are accused of grave violations",
				want{facts: map[model.Fact]string{model.RightsRecord: "grave-allegations"}}},
		}},
	} {
		for _, c := range note.cases {
			t.Run(note.note+"/"+c.text, func(t *testing.T) {
				checkWant(t, r.Suggest(c.text), c.want)
			})
		}
	}
}

// A paragraph can hold several decisions: one that asks for an activity
// keeps it, quoted whole; only what asks for no activity is left out:
// priority statements, cross-cutting considerations, commendations, the
// size and composition of the force.
func TestReadingNotesOnParagraphs(t *testing.T) {
	r := NewReader(classify.Default())
	for _, c := range []struct {
		name, text string
		kept       bool
	}{
		{"renews and creates a task", "1. Decides to renew the mandate of the mission until 31 March 2031 and decides further that the mission shall deploy a rapid response unit to deter attacks on civilians;\n", true},
		{"extends, then requests", "1. Decides to extend the mandate of the mission until 30 June 2031, and requests the mission to train the police;\n", true},
		{"extends further and creates a force", "1. Decides to extend the mandate of the mission until 31 March 2031 and also decides to establish within it a quick reaction force to protect civilians;\n", true},
		{"extends and gives a new brigade its task", "1. Decides to extend the mandate of the mission until 31 March 2031 and decides that the mission shall, on an exceptional basis, include an intervention brigade which shall carry out targeted offensive operations to neutralize armed groups;\n", true},
		{"extends and sets a brigade in the force", "1. Decides to extend the mandate of the mission until 31 March 2031 and decides that the force shall include an intervention brigade of three infantry battalions;\n", false},
		// a later decision that asks for no activity keeps nothing: the
		// Council's own review, a mandate kept in force
		{"a report, then the Council's review", "1. Requests the Secretary-General to report within two months on progress in the talks, and decides to reconsider the mandate of the mission in the light of that report;\n", false},
		{"extends, then keeps it in force", "1. Decides to extend the mandate of the mission until 15 March 2031, and further decides that this mandate will remain in effect until that date unless the Secretary-General reports that the ceasefire has broken down;\n", false},
		{"extends, then reviews progress", "1. Decides to extend the mandate of the mission until 15 June 2031, and also decides to review progress every four months on the basis of the Secretary-General's reports;\n", false},
		{"renews only", "1. Decides to renew the mandate of the mission until 31 March 2031;\n", false},
		{"priority", "1. Decides that the protection of civilians shall remain the priority in decisions about the use of capacity and resources;\n", false},
		{"priority, emphasized", "1. Emphasizes that protecting civilians, as set out above, must remain the top priority of the mission;\n", false},
		{"cross-cutting", "1. Requests the mission to take fully into account gender as a cross-cutting issue throughout its mandate;\n", false},
		{"cross-cutting, then a report", "1. Requests the mission to take into account child protection as a cross-cutting issue throughout its mandate, and further requests the Secretary-General to include in his reports information on progress;\n", false},
		{"mainstreamed", "1. Requests the mission to mainstream gender considerations throughout its activities;\n", false},
		{"mainstreamed, then a task", "1. Requests the mission to mainstream gender considerations throughout its activities and to assist the Government in recruiting women police officers;\n", true},
		{"cross-cutting, then a task", "1. Requests the mission to take into account gender as a cross-cutting issue and to assist the Government in training women police officers;\n", true},
		{"intention", "1. Affirms its intention to consider the withdrawal of the mission and to continue to assist the Government;\n", false},
		{"commendation", "1. Commends the troop-contributing countries for their work in difficult conditions;\n", false},
		{"force size", "1. Decides that the force shall comprise up to 5,000 military personnel and 800 police;\n", false},
		{"more police authorized for a time", "1. Decides to authorize the deployment of 60 formed police unit personnel to meet threats posed by unarmed crowds, which will replace 60 United Nations police officers;\n", false},
		{"more troops authorized, as recommended", "1. Decides to authorize, as recommended by the Secretary-General in his letter dated 7 January 2031 (S/2031/5), the deployment of an additional 2,000 military personnel to the mission until 30 June 2031;\n", false},
		{"temporary capabilities extended", "1. Decides to authorize, as recommended by the Secretary-General, to extend up to 30 June 2031 the temporary additional military and police capabilities authorized by resolution 1942 (2030);\n", false},
		{"capacities deployed, contributors asked", "1. Decides to authorize the immediate deployment of the additional capacities as set out in paragraphs 1, 4 and 5 above and requests the support of troop- and police-contributing countries in that regard;\n", false},
		{"a review in the Secretary-General's review", "1. Requests the Secretary-General to include a review of the temporary personnel deployments as set out in paragraphs 1, 2 and 5 above in his midterm review due no later than 31 March 2031;\n", false},
		{"demands of the parties, then what is to end", "1. Demands that all parties abide scrupulously by their obligation to respect the safety of United Nations personnel, and further urges that the ongoing blockade around the hotel be lifted without delay;\n", false},
		{"what is to end, by the mission", "1. Requests the mission to ensure that the ongoing blockade around the hotel is lifted, including by patrolling the area;\n", true},
		{"more troops authorized, to protect", "1. Decides to authorize the deployment of 2,000 additional military personnel to protect civilians in the camps;\n", true},
		{"more troops lent, for a task", "1. Decides to authorize the transfer of three armed helicopters from the mission in the neighbouring country to support the patrols of the mission;\n", true},
		{"force composition", "1. Decides that the mission will consist of a civilian component and a military component of up to 3,000 troops;\n", false},
		{"affirmed authorization", "1. Affirms that UNISFA may undertake weapons confiscation and destruction in its area of operations, within its existing capabilities;\n", true},
		{"reaffirmed authorization", "1. Reaffirms that MONUSCO may use all necessary means to protect civilians under imminent threat of physical violence;\n", true},
		{"recognition, then a task", "1. Recognizes the primary responsibility of the Government over the country's stabilization; encourages MINUSTAH to intensify its efforts to provide technical expertise to build the capacity of its institutions and promote the rule of law;\n", true},
		{"recognition, then a task, the verb split by the text's conversion", "1. Recognizes the primary responsibility of the Government over the country's stabilization; encourage s MINUSTAH to intensify its efforts to provide technical expertise to build the capacity of its institutions and promote the rule of law;\n", true},
		{"affirmed configuration", "1. Affirms that adjustments to the force configuration should be based on the situation on the ground;\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := ReadMandate(r, c.text)
			if err != nil {
				t.Fatal(err)
			}
			tasks := m.Tasks()
			if c.kept && (len(tasks) != 1 || tasks[0].Text != c.text[:len(c.text)-1]) {
				t.Errorf("want the paragraph kept whole as a task; tasks %v, left out %v", tasks, m.LeftOut())
			}
			if !c.kept && len(tasks) != 0 {
				t.Errorf("want it left out; tasks %v", tasks)
			}
		})
	}
}

// The chapter's own reading of the two mandates it discusses: in the 2010
// MONUSCO mandate the train-and-equip support to the army and the police is
// SSR, while the work against abuses by the security forces is protection,
// which the narrow reading puts in the overlap; the 2004 MINUSTAH mandate
// groups both under one heading, and reads the same: support to the police's
// restructuring and training is SSR, with the vetting of its personnel (an
// overlap kind) among its kinds, and the protection of civilians is POC.
func TestChapterReadingOfTheFixtures(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	type reading struct {
		agendas []classify.Agenda
		forces  []string
		kinds   []string // kinds that must be read
	}
	ssr := []classify.Agenda{classify.SSROnly, classify.Overlap}
	for _, c := range []struct {
		file string
		want map[string]reading
	}{
		{"S-RES-1925-2010.txt", map[string]reading{
			// Train and equip: the army's battalions and military police, the police.
			"12(m)": {agendas: ssr, forces: []string{"army"}, kinds: []string{"capacity-training", "equipment"}},
			"12(n)": {agendas: ssr, forces: []string{"police"}, kinds: []string{"restructuring", "capacity-training"}},
			// Abuses by elements of the security forces: zero tolerance, discipline.
			"12(c)": {agendas: []classify.Agenda{classify.Overlap}, kinds: []string{"accountability-support"}},
			// Physical protection stays POC.
			"12(a)": {agendas: []classify.Agenda{classify.POCOnly}},
		}},
		{"S-RES-1542-2004.txt", map[string]reading{
			"7.I(b)": {agendas: ssr, forces: []string{"police"}, kinds: []string{"restructuring", "vetting", "capacity-training"}},
			"7.I(f)": {agendas: []classify.Agenda{classify.POCOnly}},
		}},
	} {
		ws, _, err := Import(r, c.file, readFixture(t, c.file), ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, a := range ws.Activities {
			w, ok := c.want[a.Source.Ref]
			if !ok {
				continue
			}
			seen[a.Source.Ref] = true
			res := rb.Classify(a)
			if !slices.Contains(w.agendas, res.Agenda) {
				t.Errorf("%s %s: agenda %s, want one of %v (kinds %v)", c.file, a.Source.Ref, res.Agenda, w.agendas, kindsOf(&a.Facts))
			}
			if w.forces != nil {
				if got, _ := a.Facts.Set(model.Forces); !slices.Equal(got, w.forces) {
					t.Errorf("%s %s: forces %v, want %v", c.file, a.Source.Ref, got, w.forces)
				}
			}
			got, _ := a.Facts.Set(model.Kinds)
			for _, k := range w.kinds {
				if !slices.Contains(got, k) {
					t.Errorf("%s %s: kinds %v lack %s", c.file, a.Source.Ref, got, k)
				}
			}
		}
		for ref := range c.want {
			if !seen[ref] {
				t.Errorf("%s: no draft for %s", c.file, ref)
			}
		}
	}
}
