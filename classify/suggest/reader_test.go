package suggest

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// want describes what a reading must and must not suggest. Facts not named
// are not checked.
type want struct {
	implementer string   // "-" for unknown
	primary     string   // "-" for no kind
	kinds       []string // kinds that must be read
	notKinds    []string // kinds that must not be read
	forces      []string // exactly these forces; nil: not checked
	facts       map[model.Fact]string
	unknown     []model.Fact
	declined    string // a phrase that must be listed as read but not suggested
}

func TestTrickyPhrases(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	none := map[model.Fact]string{}
	cases := []struct {
		text string
		want want
	}{
		// Attacks the forces are to deter are not attacks by them; attacks
		// by the forces are.
		{"The mission runs joint patrols with the army to deter attacks on displaced people",
			want{primary: "deterrence", unknown: []model.Fact{model.StateForcesAttackingCivilians}, declined: "army to deter attacks on displaced people"}},
		{"Support the army, whose soldiers attack civilians in the villages",
			want{facts: map[model.Fact]string{model.StateForcesAttackingCivilians: "true"}}},
		// The examples.
		{"support the Government in reforming the police",
			want{implementer: "mission-support", primary: "restructuring", forces: []string{"police"}}},
		{"ensure the effective protection of civilians under imminent threat of physical violence",
			want{implementer: "mission", primary: "interposition"}},
		{"monitor, investigate and report on violations",
			want{implementer: "mission", primary: "poc-reporting"}},
		{"monitor, investigate and report on violations committed by the national army",
			want{primary: "abuse-monitoring", forces: []string{"army"}}},
		{"Calls upon the Government to reform the police and the gendarmerie",
			want{implementer: "host-state", primary: "restructuring", forces: []string{"police", "gendarmerie"}}},
		{"Calls upon the Government to support the police",
			want{implementer: "host-state"}},
		{"Encourages international partners to train the national army",
			want{implementer: "partner", primary: "capacity-training", forces: []string{"army"}}},
		{"Encourages donors to fund barracks for the army",
			want{implementer: "partner", primary: "equipment"}},
		// The HRDDP: its name says nothing about training or monitoring, and it
		// is done, pending or done with mitigation only when the words say so.
		{"Conduct joint operations with the army in line with the human rights due diligence policy",
			// FRAMEWORK v1.2: the HRDDP in a task is abuse monitoring of the force, as a further kind here.
			want{primary: "combined-operations", kinds: []string{"abuse-monitoring"}, notKinds: []string{"rights-training", "poc-reporting"}, unknown: []model.Fact{model.HRDDP}}},
		{"Provide fuel to the army; the HRDDP risk assessment was completed",
			want{primary: "equipment", facts: map[model.Fact]string{model.HRDDP: "done"}}},
		{"Provide fuel to the army with no HRDDP assessment yet",
			want{primary: "equipment", facts: map[model.Fact]string{model.HRDDP: "not-done"}}},
		{"Provide fuel to the army after a human rights due diligence policy assessment with mitigation measures",
			want{primary: "equipment", facts: map[model.Fact]string{model.HRDDP: "done-with-mitigation"}}},
		// Negation and absence.
		{"Human rights training for police officers, without oversight",
			want{primary: "rights-training", facts: map[model.Fact]string{model.Accountability: "none"}}},
		{"Train the police; no vetting yet",
			want{primary: "capacity-training", notKinds: []string{"vetting"}, declined: "no vetting"}},
		{"Equip the army although there is no code of conduct",
			want{primary: "equipment", facts: map[model.Fact]string{model.Accountability: "none"}}},
		{"Train the army, backed by a code of conduct but without external oversight",
			want{facts: map[model.Fact]string{model.Accountability: "code-of-conduct"}}},
		{"The police have not been vetted",
			want{forces: []string{"police"}, notKinds: []string{"vetting"}}},
		{"Provide equipment to the army, not for joint operations",
			want{primary: "equipment", facts: map[model.Fact]string{model.CombinedOps: "false"}}},
		// A negation before a list reaches each item, and no further.
		{"Equip the army with no internal controls, discipline, code of conduct, or external oversight",
			want{primary: "equipment", facts: map[model.Fact]string{model.Accountability: "none"}}},
		{"Equip the army without vetting, and with internal controls and a code of conduct",
			want{primary: "equipment", notKinds: []string{"vetting"}, facts: map[model.Fact]string{model.Accountability: "code-of-conduct"}}},
		{"Without oversight, the mission will train the police and provide vehicles or radios",
			want{primary: "capacity-training", kinds: []string{"equipment"}, facts: map[model.Fact]string{model.Accountability: "none"}}},
		{"No vetting, training or equipment will be provided to the army",
			want{primary: "-"}},
		{"Basic training paid for by a donor; the human rights lessons were dropped",
			want{primary: "capacity-training", notKinds: []string{"rights-training"}}},
		{"The army took part; support to the reform of the police was suspended",
			want{notKinds: []string{"restructuring"}}},
		// Lists and plurals.
		{"Train, equip and vet the army, police and gendarmerie",
			want{primary: "capacity-training", kinds: []string{"equipment", "vetting"}, forces: []string{"army", "police", "gendarmerie"}}},
		{"Provide vehicles, radios and uniforms to soldiers",
			want{primary: "equipment", forces: []string{"army"}}},
		{"Workshops on human rights for gendarmes",
			want{primary: "rights-training", forces: []string{"gendarmerie"}}},
		// Training named by its form, and its subject further on.
		{"Run a refresher course for traffic police on road safety",
			want{primary: "capacity-training"}},
		{"Seminars for army officers on logistics",
			want{primary: "capacity-training"}},
		{"Train army instructors so that they can later teach international humanitarian law at the academy",
			want{primary: "rights-training"}},
		{"In the course of the year the mission documented killings by soldiers",
			want{primary: "abuse-monitoring", notKinds: []string{"capacity-training"}}},
		{"Soldiers disobeyed instructions from their commanders",
			want{primary: "-"}},
		{"Lessons learned from the police deployment",
			want{primary: "-"}},
		{"Calls upon the mission to report on human rights violations",
			want{primary: "poc-reporting", notKinds: []string{"accountability-support"}}},
		// Guarding places is deterrence; a guard named as a force is not.
		{"Peacekeepers will guard the market and the road to the camp",
			want{implementer: "mission", primary: "deterrence"}},
		{"The security situation in the villages deteriorated",
			want{primary: "-"}},
		{"Guard against complacency in the camps",
			want{primary: "-"}},
		{"Train the presidential guard",
			want{primary: "capacity-training", notKinds: []string{"deterrence"}, forces: []string{"other-security"}}},
		// Allegations against the forces, whatever the voice.
		{"Complaints against police officers will be investigated by the human rights section",
			want{primary: "abuse-monitoring"}},
		{"An office that looks at allegations against the army and investigates them",
			want{primary: "abuse-monitoring"}},
		// Operations with the national forces, in narrative.
		{"MONUSCO's Force Intervention Brigade planned an offensive with the FARDC",
			want{implementer: "mission", primary: "combined-operations"}},
		{"Facilitate humanitarian operations with national authorities",
			want{primary: "humanitarian-support", notKinds: []string{"combined-operations"}}},
		// Consultation in its forms.
		{"Hold focus groups with displaced women on their safety",
			want{primary: "community-engagement"}},
		// The mission's support to a national process.
		{"The mission was mandated to support the restructuring of the police",
			want{implementer: "mission-support", primary: "restructuring"}},
		{"External support to police reform in Burundi",
			want{implementer: "partner", primary: "restructuring"}},
		{"Supports the establishment of a Core Group chaired by the Special Representative",
			want{implementer: "-"}},
		// Partners named by country, by their support, or in the passive.
		{"Japan has funded the rehabilitation of the national police academy",
			want{implementer: "partner", primary: "equipment"}},
		{"With support from the European Union, the gendarmerie will receive new vehicles",
			want{implementer: "partner", primary: "equipment"}},
		{"Member States are urged to support the reform of the army",
			want{implementer: "partner", primary: "restructuring"}},
		{"Military justice courts were set up by the army with help from MONUSCO",
			want{implementer: "mission-support", primary: "accountability-support"}},
		{"Civil affairs officers facilitated local peace agreements",
			want{implementer: "mission", primary: "mediation"}},
		// Funding and buying for the forces, in any form.
		{"Purchase of motorcycles for community police officers",
			want{primary: "equipment"}},
		{"Financial support to the ministry of defence for soldiers' salaries",
			want{primary: "equipment"}},
		{"Calls on the Government to ensure accountability for violations committed by its security forces",
			want{implementer: "host-state", primary: "accountability-support"}},
		// Reform unqualified is the security sector's; other reforms are not.
		{"Reform support when the host government has turned against reform",
			want{primary: "restructuring"}},
		{"Support the electoral reform process",
			want{primary: "-"}},
		{"Support the justice reform plan",
			want{primary: "rule-of-law", notKinds: []string{"restructuring"}}},
		{"Support the reform of the justice sector",
			want{primary: "rule-of-law", notKinds: []string{"restructuring"}}},
		// A noun that opens a sentence is no imperative.
		{"Reform introduces new rules that shift the lines of command",
			want{implementer: "-", primary: "restructuring"}},
		// Refusal negates; a record one has is not recording.
		{"The host government refused to remove the commander",
			want{implementer: "host-state", primary: "-"}},
		{"Officers with a record of abuse were excluded from the new units after screening",
			want{primary: "vetting", notKinds: []string{"poc-reporting"}}},
		{"Record and report cases of sexual violence committed by soldiers",
			want{primary: "abuse-monitoring"}},
		{"Press the army command to relieve abusive officers of their duties",
			want{primary: "removal-advocacy"}},
		{"Dialogue with parliament on the national defence policy",
			want{primary: "security-dialogue"}},
		// A negation after a subject reaches across it.
		{"Training of the army's new battalions has been suspended",
			want{primary: "-"}},
		{"The vetting of new police recruits has not been carried out; the mission will provide tents",
			want{primary: "equipment", notKinds: []string{"vetting"}}},
		{"Provide training to the army in the east, whose abuses have not been documented",
			want{primary: "capacity-training"}},
		// The security arrangements of a peace agreement are no agreement
		// secured; the integration of fighters into the army is reform.
		{"Assist the parties in the implementation of the security arrangements of the peace agreement, including the integration of former combatants into the national army",
			want{primary: "restructuring", notKinds: []string{"mediation"}}},
		{"Help the parties secure a ceasefire in the north",
			want{primary: "mediation"}},
		// Harm the forces are accused of is their conduct, not protection.
		{"Mentoring of county police commanders whose units are accused of killing civilians",
			want{primary: "capacity-training", notKinds: []string{"interposition"}}},
		// States asked by their names act themselves.
		{"Calls on Sudan and Chad to abide by their obligations under the border agreement",
			want{implementer: "host-state"}},
		{"Further reiterates its demand that Sudan and South Sudan urgently constitute the area's police service",
			want{implementer: "host-state"}},
		// Public reporting is findings published, not anything made public.
		{"Welcomes the electoral timetable published by the Independent National Electoral Commission",
			want{unknown: []model.Fact{model.PublicReporting}}},
		{"Monitor abuses by the police and publish the findings every quarter",
			want{facts: map[model.Fact]string{model.PublicReporting: "true"}}},
		// What the Government committed itself to, listed after the Council
		// notes it, the Government does.
		{"Takes note of the commitment of the Government to assume full responsibility for the protection of civilians, to ensure the security of civilians in danger",
			want{implementer: "host-state"}},
		// Children associated with armed forces at large name no force;
		// those of a named army's ranks, whose release an action plan
		// works on, do.
		{"Increase support for the DDR commissions, paying attention to the release of all children associated with armed forces and armed groups",
			want{unknown: []model.Fact{model.Forces}}},
		{"Urges the Government to release children associated with the Congolese armed forces, as its action plan provides",
			want{forces: []string{"army"}}},
		// A system-wide protection strategy implemented is protection work.
		{"Implement the United Nations system-wide protection strategy, extending protection measures such as the Community Liaison Interpreters",
			want{primary: "interposition"}},
		// Children made soldiers are victims, no force worked with.
		{"Dialogue with the parties towards action plans to end the recruitment and use of child soldiers",
			want{unknown: []model.Fact{model.Forces}}},
		// ... but not from a relative clause of the subject, which is about
		// the noun it follows; within reach it still is the cue's.
		{"Mediation between the Government and the armed movements that have not signed the peace agreement",
			want{primary: "mediation"}},
		{"Reconciliation among the communities of the valley which have not yet returned",
			want{primary: "mediation"}},
		{"Vetting that has not yet begun",
			want{primary: "-"}},
		// Who does not act is negated like what is not done.
		{"The army, not the mission, will conduct the operations",
			want{implementer: "-"}},
		{"Neither the mission nor donors will fund the new barracks",
			want{implementer: "-", primary: "equipment"}},
		{"National authorities will restructure the gendarmerie without external support",
			want{implementer: "host-state", primary: "restructuring"}},
		{"The mission will not train the army but will monitor its conduct",
			want{implementer: "mission", primary: "abuse-monitoring", notKinds: []string{"capacity-training"}}},
		// Oversight bodies named as such.
		{"Help the police inspectorate process complaints against officers",
			want{implementer: "mission-support", primary: "accountability-support"}},
		{"Urge security personnel to report abuses by their superiors",
			want{primary: "accountability-support", notKinds: []string{"poc-reporting"}}},
		// Words that look like cues but are not.
		{"Ensure the protection of United Nations personnel, facilities, installations and equipment",
			want{implementer: "mission", primary: "-"}},
		{"Calls upon Member States to provide troops and equipment to the mission",
			want{implementer: "partner", primary: "-"}},
		{"Support the deployment of trained police in the east",
			want{notKinds: []string{"capacity-training"}}},
		{"Requests the Secretary-General to report on the conduct of MONUSCO",
			want{implementer: "-"}},
		{"The weather in the capital was fine.",
			want{implementer: "-", primary: "-", unknown: []model.Fact{model.Forces, model.Accountability}}},
		// Scopes: a purpose is not what the activity does; an elaboration comes
		// after the main kind; a measure being set up is not in place.
		{"Train the army in order to protect civilians under imminent threat of physical violence",
			want{primary: "capacity-training", notKinds: []string{"interposition"}}},
		{"Support the reform of the police, including by providing training and vehicles",
			want{primary: "restructuring", kinds: []string{"capacity-training", "equipment"}}},
		{"Support the establishment of a code of conduct for the police",
			want{primary: "accountability-support", unknown: []model.Fact{model.Accountability}}},
		{"In line with the Army Reform Plan, assist the Government in strengthening its military capacity",
			want{implementer: "mission-support", primary: "capacity-training"}},
		// Facts the rulebook holds irrelevant to the kinds read are set aside.
		{"Patrol the camps together with the police to deter attacks",
			want{primary: "deterrence", unknown: []model.Fact{model.Forces}}},
	}
	_ = none
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			s := r.Suggest(c.text)
			checkEvidence(t, s)
			w := c.want
			checkWant(t, s, w)
			if w.declined != "" {
				found := false
				for _, d := range s.Declined {
					found = found || d.Phrase == w.declined
				}
				if !found {
					t.Errorf("%q is not listed as read but not suggested: %+v", w.declined, s.Declined)
				}
			}
		})
	}
}

// The context of an imported task supplies who acts when the task does not.
func TestSuggestInContext(t *testing.T) {
	r := NewReader(classify.Default())
	lead := "8. Decides that MINUSTAH shall provide advice and assistance to the Transitional Government:"
	s := r.SuggestIn("(b) in the development of a strategy for reform of the judiciary;", lead)
	if v, _ := s.Facts.One(model.Implementer); v != "mission-support" {
		t.Errorf("implementer %q from the lead-in, want mission-support", v)
	}
	for _, e := range s.EvidenceFor(model.Implementer) {
		if !e.InContext || lead[e.Start:e.End] != e.Phrase {
			t.Errorf("evidence %+v is not marked as from the context", e)
		}
	}
	if s.Facts.Primary() != "rule-of-law" {
		t.Errorf("kinds %v", s.Facts[model.Kinds].Set)
	}
	// The task's own words come first.
	s = r.SuggestIn("(c) Support the efforts of the Government to reform the police;", "12. Decides that MONUSCO shall have the following mandate:")
	if v, _ := s.Facts.One(model.Implementer); v != "mission-support" {
		t.Errorf("implementer %q, want the task's own mission-support", v)
	}
}

// A modified rulebook's cues are read: a facilitator can teach the reader a
// new phrase, and a cue naming an unknown value is refused with its position.
func TestCuesFromRulebook(t *testing.T) {
	src := string(classifyBuiltin(t))
	mod := strings.Replace(src, `            - "interpos*"`, `            - "interpos*"
            - "human shield cordon"`, 1)
	rb, err := classify.Parse("mod.yaml", []byte(mod))
	if err != nil {
		t.Fatal(err)
	}
	if got := NewReader(rb).Suggest("Form a human shield cordon around the market").Facts.Primary(); got != "interposition" {
		t.Errorf("the added cue is not read: primary %q", got)
	}
	if got := NewReader(classify.Default()).Suggest("Form a human shield cordon around the market").Facts.Primary(); got == "interposition" {
		t.Error("the built-in rulebook reads the added cue too")
	}
	for name, bad := range map[string][2]string{
		"unknown value": {`        - value: vetting`, `        - value: vettin`},
		"unknown fact":  {`    - fact: combined_ops`, `    - fact: combined_op`},
		"bad phrase":    {`            - "interpos*"`, `            - "inter-pos*"`},
	} {
		if !strings.Contains(src, bad[0]) {
			t.Fatalf("%s: the rulebook no longer holds %q", name, bad[0])
		}
		_, err := classify.Parse("mod.yaml", []byte(strings.Replace(src, bad[0], bad[1], 1)))
		if err == nil || !strings.Contains(err.Error(), "mod.yaml:") {
			t.Errorf("%s: %v, want an error with its position", name, err)
		}
	}
}

func classifyBuiltin(t *testing.T) []byte {
	t.Helper()
	return classify.Default().Source()
}
