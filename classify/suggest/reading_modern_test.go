package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// General rules found reading the rest of the tuned modern mandates
// (MINUSTAH 2005-2013, UNISFA 2011-2015) as a new user would, each tested in
// sentences written for this test in other words than the mandates use.
func TestModernMandateRulesMore(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		// A decision that names the mission in a clause of its own
		// ("requests that the mission ...") asks the mission.
		{"requests that the mission", "Requests that the mission focus its patrols on the camps for displaced persons",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"requests that the mission", "Further requests that MONUSCO increase its presence in the east",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"requests that the mission", "Requests that the Government reform the judiciary",
			want{implementer: "host-state", primary: "rule-of-law"}, classify.Outside},
		// The mission named beside the country team or an agency acts with
		// it; the country team alone is a partner.
		{"the mission and the country team", "Calls upon the mission and UNICEF to support the reintegration of children",
			want{implementer: "mission"}, classify.Undetermined},
		{"the mission and the country team", "Condemns the violations, and requests the mission and the United Nations country team to help the victims",
			want{implementer: "mission"}, classify.Undetermined},
		{"the mission and the country team", "Requests the United Nations country team to support the reintegration of children",
			want{implementer: "partner"}, classify.Undetermined},
		{"the mission and the country team", "Requests the UN country team to complement security operations undertaken by the Government with the support of MINUSTAH",
			want{implementer: "partner"}, classify.Undetermined},
		// A court of arbitration is where the parties took their dispute,
		// not the country's justice; the country's courts still are.
		{"court of arbitration", "Observe the withdrawal of armed forces from the area as defined by the arbitral tribunal",
			want{notKinds: []string{"rule-of-law"}}, classify.Undetermined},
		{"court of arbitration", "Monitor the border as delimited by the Permanent Court of Arbitration",
			want{notKinds: []string{"rule-of-law"}}, classify.Undetermined},
		{"court of arbitration", "Support the rehabilitation of the courts in the provinces",
			want{primary: "rule-of-law"}, classify.Outside},
		// Guarding installations is no equipment for the forces; giving the
		// forces infrastructure still is.
		{"security for installations", "Where needed, ensure the security of pipelines and oil fields in the north",
			want{notKinds: []string{"equipment"}}, classify.Undetermined},
		{"security for installations", "Jointly with the national police, provide protection to the power installations",
			want{notKinds: []string{"equipment"}}, classify.Undetermined},
		{"security for installations", "Build infrastructure for the national police, including stations in the north",
			want{primary: "equipment"}, classify.SSROnly},
	})
	checkFates(t, r, false, []paragraphFate{
		// The size of the force, said as a change or as troops kept.
		{"increase of the force", "1. An increase of 120 police officers to reinforce the capital's sector;\n", "force-size"},
		{"reduction of the force", "1. A reduction of the military component by two battalions;\n", "force-size"},
		{"troops kept", "1. Further decides to retain the forces authorized by its earlier resolution already on the ground;\n", "force-size"},
		{"troops sent to do something", "1. Decides to deploy two additional battalions to protect civilians in the north;\n", ""},
		// A report asked for with "also" after the verb.
		{"report, also", "1. Requests also the Secretary-General to include in his next report an assessment of the reform of the police;\n", "report-request"},
		{"report, further", "1. Requests further the Secretary-General to report on progress every three months;\n", "report-request"},
		// The Secretariat asked to keep the Council informed, after a report.
		{"report, then the Secretariat", "1. Requests the Secretary-General to report every three months; requests further that the Secretariat keeps the Council members informed of the elections;\n", "report-request"},
		// A plan shared with the Council is information for it.
		{"plan shared with the Council", "1. Further requests the Secretary-General to share with the Security Council the plan for the reform of the army;\n", "report-request"},
		{"plan transmitted to the Council", "1. Requests the Secretary-General to transmit the mission's concept of operations to the Council;\n", "report-request"},
		{"plan shared, and a call on the Government", "1. Requests the Secretary-General to share with the Council the electoral plan; urges the authorities to hold the elections on time;\n", ""},
		{"information shared with the Government", "1. Requests the Secretary-General to share information on threats with the Government;\n", ""},
		// A condemnation whose later decision is itself a demand left out
		// asks for no activity; one with a task or a call on the
		// Government beside it does.
		{"condemns and demands", "1. Condemns the attacks on the mission's convoys and demands that such acts stop at once;\n", "demand-on-armed-groups"},
		{"condemns and demands", "1. Condemns the deployment of armed units in the zone, and reiterates its demands that they withdraw without preconditions;\n", "demand-on-armed-groups"},
		{"condemns, demands of the Government", "1. Condemns the attacks on civilians and demands that the Government bring those responsible to justice;\n", ""},
		{"condemns, then a task", "1. Condemns the attacks, and requests the mission to patrol the area;\n", ""},
		// A need for coordination among others asks no one the plan covers.
		{"need for coordination", "1. Stresses the need for close coordination among all donors present in the country;\n", "need"},
		{"need for coordination", "1. Underlines the importance of cooperation between the regional organizations;\n", "need"},
		{"need for the mission", "1. Stresses the need for coordination between the mission and the national police in patrols;\n", ""},
		{"need, then a task", "1. Stresses the need for coordination among donors, and requests the mission to support it;\n", ""},
	})
}

// The same rules on the real paragraphs of the tuned modern mandates.
func TestModernMandatesTriedMore(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	type reading struct {
		implementer, primary string
		agenda               classify.Agenda
	}
	for _, c := range []struct {
		file    string
		want    map[string]reading
		notKind map[string]string
		leftOut map[string]Reason
	}{
		{"corpus/resolutions/S-RES-1608-2005.txt", map[string]reading{
			"6": {"mission", "", classify.Undetermined},
			"7": {"mission", "", classify.Undetermined},
		}, nil, map[string]Reason{"5": "report-request", "18": "report-request"}},
		{"corpus/resolutions/S-RES-1892-2009.txt", map[string]reading{"19": {"mission", "", classify.Undetermined}}, nil, map[string]Reason{"5": "need", "14": "demand-on-armed-groups", "26": "report-request"}},
		{"corpus/resolutions/S-RES-1990-2011.txt", nil, map[string]string{"2(a)": "rule-of-law", "2(f)": "equipment"}, nil},
		{"corpus/resolutions/S-RES-2156-2014.txt", map[string]reading{"11": {"mission", "", classify.Undetermined}}, nil, map[string]Reason{"5": "force-size"}},
		{"corpus/resolutions/S-RES-2205-2015.txt", nil, nil, map[string]Reason{"6": "force-size"}},
		{"corpus/resolutions/S-RES-2251-2015.txt", nil, nil, map[string]Reason{"6": "force-size"}},
	} {
		ws, m, err := Import(r, c.file, readFixture(t, c.file), ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range ws.Activities {
			ref := a.Source.Ref
			if k, ok := c.notKind[ref]; ok {
				if a.Facts.Has(model.Kinds, k) {
					t.Errorf("%s ¶%s: read as %s", c.file, ref, k)
				}
				delete(c.notKind, ref)
			}
			w, ok := c.want[ref]
			if !ok {
				continue
			}
			impl, _ := a.Facts.One(model.Implementer)
			if res := rb.Classify(a); impl != w.implementer || (w.primary != "" && a.Facts.Primary() != w.primary) || res.Agenda != w.agenda {
				t.Errorf("%s ¶%s: %s, %q, %s; want %s, %q, %s", c.file, ref, impl, a.Facts.Primary(), res.Agenda, w.implementer, w.primary, w.agenda)
			}
			delete(c.want, ref)
		}
		for ref := range c.want {
			t.Errorf("%s ¶%s: no draft", c.file, ref)
		}
		for ref := range c.notKind {
			t.Errorf("%s ¶%s: no draft", c.file, ref)
		}
		got := map[string]Reason{}
		for _, p := range m.LeftOut() {
			got[p.Ref] = p.Reason
		}
		for ref, reason := range c.leftOut {
			if got[ref] != reason {
				t.Errorf("%s ¶%s left out as %q, want %q", c.file, ref, got[ref], reason)
			}
		}
	}
}

// The words of modern mandates written otherwise than the tuned ones do: the
// Government or authorities "of" a country, the forces by their other names,
// the protection of civilians in its variants, help given "in support of" or
// "with", screening for vetting, the HRDDP by its initials. Each sentence is
// written for this test; the reading must land as the framework reads it.
func TestModernWordingVariants(t *testing.T) {
	checkReadings(t, NewReader(classify.Default()), []readingCase{
		{"Provide advice and support to the Government of Mali for the reform of the national army",
			want{implementer: "mission-support", primary: "restructuring", forces: []string{"army"}}, classify.SSROnly},
		{"Provide good offices, advice and support to the authorities of the Central African Republic on the reform of the defence and security forces",
			want{implementer: "mission-support", primary: "restructuring", notKinds: []string{"mediation"}}, classify.SSROnly},
		// the forces named second in what is reformed
		{"Continue to provide advice and support to the Government on the reform of the justice system and the police",
			want{implementer: "mission-support", kinds: []string{"restructuring"}, forces: []string{"police"}}, classify.SSROnly},
		{"Continue to provide advice and support to the Government on the reform of the justice system and the prisons",
			want{implementer: "mission-support", notKinds: []string{"restructuring"}}, classify.Outside},
		{"Support the national authorities in the reform of the security institutions",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		{"Supports the Government in reforming its police",
			want{implementer: "mission-support", primary: "restructuring", forces: []string{"police"}}, classify.SSROnly},
		{"Assisting the national authorities with the training of the gendarmerie",
			want{implementer: "mission-support", primary: "capacity-training", forces: []string{"gendarmerie"}}, classify.SSROnly},
		{"Assist the Malian defence and security forces in the vetting of their personnel",
			want{primary: "vetting"}, classify.Overlap},
		{"Support the screening of candidates for the national police for past human rights violations",
			want{primary: "vetting", forces: []string{"police"}}, classify.Overlap},
		{"Ensure that any support provided to non-United Nations security forces is in strict compliance with the HRDDP",
			want{primary: "abuse-monitoring"}, classify.Overlap},
		{"Apply the HRDDP to all support to the police",
			want{primary: "abuse-monitoring", forces: []string{"police"}}, classify.Overlap},
		{"Protect civilians under threat of physical violence",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Ensure effective protection of civilians threatened with physical violence",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		// An inserted clause that ends the sentence still names someone
		// other than who acts.
		{"Protect civilians under imminent threat of physical violence, without prejudice to the primary responsibility of the Government",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Conduct operations against armed groups, in support of the national army",
			want{implementer: "mission", primary: "combined-operations", forces: []string{"army"}}, classify.POCOnly},
		// A centre named after joint operations runs none; the parties'
		// transitional security arrangements are a reform of their forces.
		{"Support the planning and establishment of agreed transitional security arrangements, including the Joint Operations Centre",
			want{primary: "restructuring", notKinds: []string{"combined-operations"}}, classify.SSROnly},
		// The mission's own contingents trained by their countries: no
		// activity on the ground; consulting those countries voids nothing.
		{"Ensure that technical support is provided, in predeployment, to the troop- and police-contributing countries to include training for military personnel on the protection of civilians",
			want{notKinds: []string{"interposition", "capacity-training", "rights-training"}}, classify.Undetermined},
		{"Protect civilians in the camps, in close coordination with the troop-contributing countries",
			want{primary: "deterrence"}, classify.POCOnly},
		// Force authorized for the mandate names no activity; force to
		// protect civilians does. Where the force is deployed is no
		// deployment it makes.
		{"Use all necessary means to fulfil its mandate in the eastern districts",
			want{notKinds: []string{"interposition", "deterrence"}}, classify.Undetermined},
		{"Use all necessary means to protect civilians under threat",
			want{primary: "interposition"}, classify.POCOnly},
		{"Take the necessary action, within its capabilities and areas of deployment, to support the reform of the police",
			want{primary: "restructuring", notKinds: []string{"deterrence"}}, classify.SSROnly},
		// Armed groups taken into the national forces are a reform of them;
		// their return to civilian life is not.
		{"Assist the Government by helping with the integration of the armed groups",
			want{primary: "restructuring"}, classify.SSROnly},
		{"Support the military integration process", want{primary: "restructuring"}, classify.SSROnly},
		{"Support the reintegration of ex-combatants into civilian life",
			want{notKinds: []string{"restructuring"}}, classify.Undetermined},
		// Harm averted, named with whom it comes from or as abuse (as
		// violence prevented is, deterrence); the
		// mission's protection work named without whom it protects. Child
		// protection is not that.
		{"Reduce the threat posed by armed groups to civilians",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Prevent the abuse of civilians by the militias",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"Implement its protection mandate robustly across the country",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Undertake protection tasks in the northern districts",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Reinforce protection in and around the camps",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Implement its child protection activities",
			want{notKinds: []string{"interposition"}}, classify.Undetermined},
		// The security forces among the members of the rule of law: work on
		// them comes first, wherever the list names them; justice alone
		// stays rule of law.
		{"Assist the Government in strengthening the rule of law, including the justice sector and the police",
			want{implementer: "mission-support", primary: "restructuring", kinds: []string{"rule-of-law"}}, classify.SSROnly},
		{"Support the rule of law institutions, including the national police and the courts",
			want{primary: "restructuring", kinds: []string{"rule-of-law"}}, classify.SSROnly},
		{"Strengthen the rule of law, including the courts, prisons and the police",
			want{primary: "restructuring", kinds: []string{"rule-of-law"}}, classify.SSROnly},
		{"Support the justice system, including the judiciary and the prisons",
			want{primary: "rule-of-law", notKinds: []string{"restructuring"}}, classify.Outside},
		// What the mission's mandate is said to hold is the mission's task.
		{"Underlines that UNMIL's mandate includes the protection of civilians in the whole country and requests it to deploy accordingly",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Stresses that the mandate of the Operation covers the protection of civilians in the camps",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		// A mandate made larger so the mission can act: the task is the
		// mission's.
		{"Decides to enlarge UNPROFOR's mandate in order to enable it, in the safe areas, to deter attacks against the safe areas",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"Decides to expand the mission's mandate to include the protection of displaced persons in the camps",
			want{implementer: "mission"}, classify.POCOnly},
		// The local police supervised so that they do their work as they
		// should is watching the police: monitoring abuses by the forces.
		{"Requests UNMIBH to supervise the local police and ensure that they carry out their duties without discrimination",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		// The mission expected to act, its duty named, or what it must do
		// said again: each is the mission's task, not a recall.
		{"Welcomes UNAMID's efforts and expects it to protect civilians in the camps",
			want{implementer: "mission"}, classify.POCOnly},
		{"Underlines UNAMID's responsibility to protect civilians in the camps",
			want{implementer: "mission"}, classify.POCOnly},
		{"Reiterates that UNAMID must protect civilians in the camps",
			want{implementer: "mission"}, classify.POCOnly},
		// The Government expected to act, with the mission's cooperation,
		// is the one who acts.
		{"Expresses concern at the slow pace of implementation and expects the Government and the movement, in cooperation with UNAMID, to train the police",
			want{implementer: "host-state"}, classify.SSROnly},
		// A mission's name with its number ("UNAVEM III") names the mission
		// as its acronym alone does.
		{"Calls upon the Government to complete the demobilization and requests UNAVEM III to assist in the formation of the unified armed forces",
			want{implementer: "mission", primary: "restructuring"}, classify.SSROnly},
		{"Authorizes the establishment of a peace-keeping operation, UNAVEM III to assist the parties in restoring peace and achieving national reconciliation",
			want{implementer: "mission", primary: "mediation"}, classify.POCOnly},
		// A national police by its full name: "civil" is the police's name,
		// not the mission's civilian police.
		{"Requests the mission to provide support to the National Civil Police",
			want{implementer: "mission-support", primary: "capacity-training"}, classify.SSROnly},
		// The police among the justice institutions, a police to be built
		// that is to be independent, its officers recruited or deployed (the
		// logistics of it): work on the police, not justice at large.
		{"Requests the mission to assist in the development of the criminal justice system, including the police",
			want{primary: "restructuring", kinds: []string{"rule-of-law"}}, classify.SSROnly},
		{"Requests the mission to support the development of an independent and effective police and judicial system",
			want{primary: "restructuring", kinds: []string{"rule-of-law"}}, classify.SSROnly},
		{"Requests the mission to support the Government in the recruitment of police officers, including women",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		{"Requests the mission to assist in the deployment of trained police officers to the provinces",
			want{implementer: "mission-support", primary: "equipment", notKinds: []string{"capacity-training"}}, classify.SSROnly},
		{"Requests the mission to help the Government establish a public security force",
			want{implementer: "mission-support", primary: "restructuring"}, classify.SSROnly},
		// The protection forces' tasks in the words of the 1990s: each
		// protects civilians, none is outside or without a kind.
		{"Requests UNAMIR to protect and assist displaced persons",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Requests UNAMIR to evacuate civilians at risk from the besieged town",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Requests UNAMIR to separate combatants from civilians in the camps",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"Requests UNAMIR to create a safe haven for the displaced",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"Requests UNAMIR to provide safe passage for civilians fleeing the fighting",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"Requests UNAMIR to ensure law and order in the camps",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"Requests UNAMIR to disarm the militia operating in the camps",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"Requests UNAMIR to prevent the recurrence of massacres",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// Safe passage of supplies is humanitarian access.
		{"Demands that the parties ensure the safe passage of humanitarian supplies throughout the country",
			want{notKinds: []string{"deterrence"}}, classify.Undetermined},
		// Security provided for an area is the force's presence there.
		{"Decides that UNISFA shall provide security for the Abyei Area",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		// A demand of the mission said again names it.
		{"Reiterates its demand that UNAMID make full use of its mandate and capabilities to protect civilians",
			want{implementer: "mission"}, classify.POCOnly},
		// The mission named, then urged or asked by a pronoun.
		{"Welcomes UNAMID's increased patrolling and urges it to sustain this in areas of high risk",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"Commends UNAMID for its work and strongly requests it to protect the camps",
			want{implementer: "mission"}, classify.POCOnly},
		// The forces by their other names.
		{"Provide support to the national defence and security forces in their operations against armed groups",
			want{implementer: "mission-support", primary: "combined-operations"}, classify.POCOnly},
		{"Support the national police in their operations against crime",
			want{implementer: "mission-support", notKinds: []string{"combined-operations"}}, classify.SSROnly},
		{"Provide advice to the national defence and security forces",
			want{implementer: "mission-support", primary: "capacity-training"}, classify.SSROnly},
		{"Conduct operations, with the national defence forces, to neutralize armed groups",
			want{implementer: "mission", primary: "combined-operations", forces: []string{"army"}}, classify.POCOnly},
	})
}

// readingCase is a sentence, what its reading must suggest and the agenda
// the suggested facts classify in.
type readingCase struct {
	text   string
	want   want
	agenda classify.Agenda
}

// checkReadings reads each case's sentence as a subtest.
func checkReadings(t *testing.T, r *Reader, cases []readingCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			s := r.Suggest(c.text)
			checkWant(t, s, c.want)
			if got := agendaOf(r.lx.rb, s); got != c.agenda {
				t.Errorf("agenda %s, want %s", got, c.agenda)
			}
		})
	}
}
