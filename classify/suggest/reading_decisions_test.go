package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A sentence can hold several decisions: a later request ends the
// elaboration before it and is read as a main clause; a later encouragement
// asks less than the request beside it. Sentences written for this test.
func TestLaterDecisionsInASentence(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	for _, c := range []struct {
		name, text string
		want       want
		agenda     classify.Agenda
	}{
		// What the mission is asked to do leads what it is encouraged to
		// do together with the Government.
		{"request over encouragement",
			"Asks the mission to keep up its assistance, and encourages the mission and the authorities to carry out joint deterrent operations against gangs, and requests the mission to help the Government restructure the national police",
			want{primary: "restructuring", kinds: []string{"deterrence"}}, classify.SSROnly},
		{"request over encouragement, invites",
			"Requests the mission to advise on the reorganization of the army and invites the mission and the Government to patrol the border jointly",
			want{primary: "restructuring", kinds: []string{"deterrence"}}, classify.SSROnly},
		// A later request ends the elaboration before it: its kinds are
		// main-clause kinds, not elaborations of the first request.
		{"request ends an elaboration",
			"Decides that the mission shall support the electoral commission, including through logistics and requests the mission to vet the officers of the national police",
			want{kinds: []string{"vetting"}}, classify.Undetermined},
		// A task listed by its bare verb after a purpose is a task of its
		// own, read as a main clause: the justice strategy is what the
		// mission assists in, not what its investigations are for.
		{"bare verb after a purpose",
			"Requests the mission to investigate abuses with a view to ending impunity, assist in the drafting of a transitional justice strategy, and support the vetting of the police",
			want{primary: "poc-reporting", kinds: []string{"rule-of-law", "vetting"}}, classify.POCOnly},
		// ... but the Council's own verb is no task listed ("and supports the
		// role of the envoy"), nor are reports a task after a comma.
		{"the Council's verb after a purpose",
			"Decides to deploy the mission in order to assist the Government in the reform of the police, and supports the role of the envoy in promoting national reconciliation",
			want{primary: "restructuring"}, classify.SSROnly},
		{"reports after a comma",
			"Requests the Secretary-General to submit, at regular intervals, reports on the work of the mission in the reform of the police and on progress towards reconciliation",
			want{notKinds: []string{"mediation"}}, classify.Undetermined},
		// An encouragement alone is still the decision: nothing comes
		// before it.
		{"lone encouragement", "Encourages the mission to patrol the camps at night",
			want{primary: "deterrence"}, classify.POCOnly},
		// Support of the police before an encouragement to deter stands
		// for an activity of its own: the encouragement elaborates nothing.
		{"default before an encouragement", "Requests the mission to continue its support of the national police, and encourages the mission and the Government to take deterrent action",
			want{primary: "capacity-training", kinds: []string{"deterrence"}}, classify.SSROnly},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := r.Suggest(c.text)
			checkWant(t, s, c.want)
			if c.agenda != classify.Undetermined {
				if got := agendaOf(rb, s); got != c.agenda {
					t.Errorf("agenda %s, want %s", got, c.agenda)
				}
			}
		})
	}
	// The real paragraph: MINUSTAH asked to help reform and restructure the
	// police, beside an encouragement to deterrent action.
	const file = "corpus/resolutions/S-RES-1892-2009.txt"
	ws, _, err := Import(r, file, readFixture(t, file), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range ws.Activities {
		if a.Source.Ref != "10" {
			continue
		}
		found = true
		if p, res := a.Facts.Primary(), rb.Classify(a); p != "restructuring" || res.Agenda == classify.POCOnly {
			t.Errorf("¶10: %s, %s; want restructuring, not POC only", p, res.Agenda)
		}
	}
	if !found {
		t.Error("¶10: no draft")
	}
}

// The words a task's object is named in decide what the help is for: the
// staff of prisons and courts are no security forces, a revision of laws is
// no reform of a security institution unless the laws govern one, and "other
// relevant institutions" beside the recipients name no security institution.
// Sentences written for this test, then the paragraphs of S/RES/1892 (2009).
func TestWhatTheObjectSays(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	for _, c := range []struct {
		name, text string
		want       want
		agenda     classify.Agenda
	}{
		{"prison staff", "Continue to coach the prison staff of the capital and build their operational capacity",
			want{primary: "rule-of-law", notKinds: []string{"capacity-training"}}, classify.Outside},
		{"court staff", "Train judicial officials in the eastern provinces",
			want{primary: "rule-of-law", notKinds: []string{"capacity-training"}}, classify.Outside},
		{"violations reported to the Council, the forces named last among those who commit them", "To monitor, help investigate and report publicly and to the Security Council on violations of international humanitarian law and on abuses and violations of human rights committed throughout the country, including by the national defence and security forces",
			want{implementer: "mission", kinds: []string{"poc-reporting", "abuse-monitoring"}}, classify.POCOnly},
		{"safety kept within and of the protection sites", "To maintain public safety and security within and of the mission's protection of civilians sites",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"a precaution taken before the task is no kind of it", "Requests the mission, taking full account of the need to protect civilians and mitigate risk before any military operation, to carry out targeted offensive operations jointly with the national army to neutralize armed groups",
			want{primary: "combined-operations", notKinds: []string{"interposition"}}, classify.POCOnly},
		{"the mission's presence increased in a town", "Requests the Secretary-General to take immediate steps to increase the presence of UNPROFOR in the town and its surroundings",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"key points occupied", "Decides that UNPROFOR shall occupy some key points on the ground",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"the airport kept secure before the aid it lets in", "Authorizes the Secretary-General to deploy additional elements of UNPROFOR to ensure the security and functioning of the airport and the delivery of humanitarian assistance",
			want{implementer: "mission", primary: "deterrence", kinds: []string{"humanitarian-support"}}, classify.POCOnly},
		{"the mission named as the one whose activities matter", "Underlines the importance of the following activities of UNMIL: patrols in the areas where civilians are at risk",
			want{implementer: "mission", primary: "deterrence"}, classify.POCOnly},
		{"human rights monitored", "To contribute to the monitoring and to the promotion and protection of human rights, with particular attention to sexual and gender-based violence",
			want{primary: "poc-reporting"}, classify.POCOnly},
		{"a protection strategy to implement, whatever means it lists", "Calls upon UNMIL to implement a mission-wide civilian protection strategy throughout the mission area, including the implementation of tribal conflict resolution mechanisms",
			want{implementer: "mission", primary: "interposition"}, classify.POCOnly},
		{"the police named last among the institutions whose capacity is built", "Support the national authorities in building the capacity of the judicial and corrections systems and of the police",
			want{primary: "capacity-training", forces: []string{"police"}}, classify.SSROnly},
		{"police still trained", "Train the national police in crowd control",
			want{primary: "capacity-training"}, classify.SSROnly},
		{"law revision", "Advise the Government on the review of the laws on land ownership",
			want{notKinds: []string{"restructuring"}}, classify.Undetermined},
		{"law on the forces", "Advise the Government on the drafting of laws governing the national police",
			want{primary: "restructuring"}, classify.SSROnly},
		{"other institutions", "Deliver human rights training to the army and other concerned institutions",
			want{primary: "rights-training", notKinds: []string{"restructuring"}}, classify.Undetermined},
		{"security institutions", "Support the police and justice institutions of the country",
			want{kinds: []string{"restructuring"}}, classify.Undetermined},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := r.Suggest(c.text)
			checkWant(t, s, c.want)
			if c.agenda != classify.Undetermined {
				if got := agendaOf(rb, s); got != c.agenda {
					t.Errorf("agenda %s, want %s", got, c.agenda)
				}
			}
		})
	}
	const file = "corpus/resolutions/S-RES-1892-2009.txt"
	ws, _, err := Import(r, file, readFixture(t, file), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ws.Activities {
		kinds := a.Facts[model.Kinds].Set
		switch a.Source.Ref {
		case "16": // mentoring and training of corrections personnel
			if p, res := a.Facts.Primary(), rb.Classify(a); p != "rule-of-law" || res.Agenda != classify.Outside {
				t.Errorf("¶16: %s, %s; want rule-of-law, outside", p, res.Agenda)
			}
		case "18": // human rights training to the HNP and other relevant institutions
			if slices.Contains(kinds, "restructuring") {
				t.Errorf("¶18: kinds %v hold restructuring", kinds)
			}
		case "17": // revision of current laws on arms
			for _, e := range r.ReadDraft(a).Suggestion.Evidence {
				if e.Value == "restructuring" && strings.Contains(e.Phrase, "laws") {
					t.Errorf("¶17: restructuring read from %q", e.Phrase)
				}
			}
		}
	}
}

// A request to the mission after a comma asks it as firmly as one after
// "and": the task is the mission's, not the authorities' it encourages next.
func TestARequestToTheMissionAfterAComma(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	for _, c := range []struct{ text, implementer string }{
		{"Notes the progress of the electoral preparations, requests the mission to keep up its logistic help, and encourages the authorities to make full use of it", "mission"},
		{"Welcomes the new justice plan, directs UNMIL to monitor the courts, and invites the Government to publish its findings", "mission"},
		// Without a request to the mission, the authorities act.
		{"Welcomes the new justice plan, and encourages the authorities to publish its findings", "host-state"},
	} {
		s := r.Suggest(c.text)
		if got, _ := s.Facts.One(model.Implementer); got != c.implementer {
			t.Errorf("%q: implementer %q, want %q", c.text, got, c.implementer)
		}
	}
	if got, _ := importedPart(t, r, "S-RES-1892-2009.txt", "15").Facts.One(model.Implementer); got != "mission" {
		t.Errorf("¶15: implementer %q, want mission", got)
	}
}

// Handing the mission's duties to the country's forces is an exit strategy,
// said in other words than "hand over".
func TestTransferOfDutiesIsAnExit(t *testing.T) {
	r := NewReader(classify.Default())
	for _, c := range []struct {
		text string
		exit bool
	}{
		{"Support the reform of the army, with a view to transferring security duties in the north to the national army", true},
		{"Advise the police, consistent with a plan to transfer responsibility for public order progressively to the authorities", true},
		{"Support the reform of the army and the transfer of weapons to depots", false},
	} {
		s := r.Suggest(c.text)
		if got, ok := s.Facts.Yes(model.ExitStrategy); ok != c.exit || ok && !got {
			t.Errorf("%q: exit strategy read %v (%v), want %v", c.text, got, ok, c.exit)
		}
	}
	if got, ok := importedPart(t, r, "S-RES-1892-2009.txt", "10").Facts.Yes(model.ExitStrategy); !ok || !got {
		t.Errorf("¶10: exit strategy not read")
	}
}

// Patrols in support of the forces' own work are operations with those
// forces: the forces are read, so the HRDDP questions come up.
func TestPatrolsInSupportOfTheForces(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	for _, c := range []struct {
		text string
		want want
	}{
		{"Run river patrols in support of the daily work of the national police",
			want{primary: "combined-operations", forces: []string{"police"}}},
		{"Keep patrolling the northern districts in support of operations by the army",
			want{primary: "combined-operations", forces: []string{"army"}}},
		{"Patrol the camps in support of the humanitarian agencies",
			want{primary: "deterrence"}},
	} {
		checkWant(t, r.Suggest(c.text), c.want)
	}
	a := importedPart(t, r, "S-RES-1892-2009.txt", "12")
	if fs := a.Facts[model.Forces].Set; !slices.Contains(fs, "police") {
		t.Errorf("¶12: forces %v, want police", fs)
	}
	if q := rb.QuestionFor(model.HRDDP); q == nil || rb.Holds(q.Relevant, &a.Facts) == classify.False {
		t.Error("¶12: the HRDDP question does not come up")
	}
}

// Support named in an elaboration of the mission's own programme says how
// the mission works, not that it only supports others.
func TestSupportInAnElaborationKeepsTheMission(t *testing.T) {
	r := NewReader(classify.Default())
	for _, c := range []struct{ text, implementer string }{
		{"Requests the mission to carry on its own mine awareness programme, including through support to the national demining authorities", "mission"},
		{"Requests the mission to pursue its outreach to the displaced, in particular by assisting the ministry of social affairs", "mission"},
		// Support asked in the main clause stays support.
		{"Requests the mission to support the national demining authorities", "mission-support"},
	} {
		if got, _ := r.Suggest(c.text).Facts.One(model.Implementer); got != c.implementer {
			t.Errorf("%q: implementer %q, want %q", c.text, got, c.implementer)
		}
	}
	if got, _ := importedPart(t, r, "S-RES-1892-2009.txt", "17").Facts.One(model.Implementer); got != "mission" {
		t.Errorf("¶17: implementer %q, want mission", got)
	}
}

// A paragraph that opens by welcoming and whose later decision is itself one
// that asks for no activity (the mission's own means, the benchmarks of its
// progress) is left out; a later task keeps it.
func TestWelcomeThenNoActivityIsLeftOut(t *testing.T) {
	r := NewReader(classify.Default())
	for _, c := range []struct {
		name, text string
		kept       bool
	}{
		{"welcome, own means", "1. Commends the work of the mission in the floods and encourages the mission to make best use of available assets, including its helicopters;\n", false},
		{"own means alone", "1. Encourages UNMIL to make full use of existing capabilities in the south;\n", false},
		{"welcome, benchmarks", "1. Welcomes the report of the Secretary-General and requests the Secretary-General to continue refining the benchmarks of the transition and to inform the Council;\n", false},
		{"welcome, then a task", "1. Welcomes the work of the mission and encourages the mission to use its engineers to rebuild the bridges;\n", true},
		{"welcome, then a task by the mission", "1. Welcomes the progress made and requests the mission to patrol the border;\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := ReadMandate(r, c.text)
			if err != nil {
				t.Fatal(err)
			}
			if lo := m.LeftOut(); c.kept != (len(lo) == 0) {
				t.Errorf("left out %v, want kept %v", lo, c.kept)
			}
		})
	}
	const file = "corpus/resolutions/S-RES-1892-2009.txt"
	_, m, err := Import(r, file, readFixture(t, file), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, p := range m.LeftOut() {
		out[p.Ref] = true
	}
	for _, ref := range []string{"22", "24"} {
		if !out[ref] {
			t.Errorf("¶%s kept, want it left out", ref)
		}
	}
}

// Security kept over a territory by the force is presence and deterrence,
// however a mandate words it; security for installations is not.
func TestSecurityOfAnAreaDeters(t *testing.T) {
	r := NewReader(classify.Default())
	for _, c := range []struct {
		text string
		want want
	}{
		{"Maintain security throughout the disputed region", want{primary: "deterrence"}},
		{"Protect the northern districts from incursions by armed groups", want{primary: "deterrence"}},
		{"Maintain security in and around the sites of displaced persons", want{primary: "deterrence"}},
		{"Ensure security within the protection of civilians sites", want{primary: "deterrence"}},
		{"Provide security throughout the eastern provinces", want{primary: "deterrence"}},
		{"Provide area security around the camps", want{primary: "deterrence", notKinds: []string{"equipment"}}},
		{"Provide security for the airport installations", want{notKinds: []string{"deterrence", "equipment"}}},
	} {
		checkWant(t, r.Suggest(c.text), c.want)
	}
	const file = "corpus/resolutions/S-RES-1990-2011.txt"
	ws, _, err := Import(r, file, readFixture(t, file), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ws.Activities {
		if ref := a.Source.Ref; (ref == "3(e)" || ref == "3(f)") && a.Facts.Primary() != "deterrence" {
			t.Errorf("¶%s: primary %q, want deterrence", ref, a.Facts.Primary())
		}
	}
}

// What the Council welcomes before it gives a task frames that task: the
// task, not the welcome, decides the kind. Sentences written for this test,
// then the corpus paragraph that showed it.
func TestWelcomeFramesTheTaskAfterIt(t *testing.T) {
	r := NewReader(classify.Default())
	checkReadings(t, r, []readingCase{
		{"Welcomes the authorities' work on justice and the rule of law, and requests the mission to help restructure the national police",
			want{primary: "restructuring", notKinds: []string{"rule-of-law"}}, classify.SSROnly},
		{"Commends the Government's efforts to deliver humanitarian assistance, and requests the mission to patrol the camps",
			want{primary: "deterrence", notKinds: []string{"humanitarian-support"}}, classify.POCOnly},
		{"Notes the progress of the courts, and calls upon the mission to continue to support the strengthening of the army",
			want{notKinds: []string{"rule-of-law"}}, classify.SSROnly},
		// What it recalls before it asks frames the task as well.
		{"Recalls that the protection of civilians requires a coordinated response and requests the mission to help restructure the national police",
			want{primary: "restructuring", notKinds: []string{"interposition"}}, classify.SSROnly},
		// A welcome with nothing after it still says what it is about.
		{"Welcomes the mission's support to the reform of the police", want{primary: "restructuring"}, classify.SSROnly},
	})
	a := importedPart(t, r, "S-RES-2012-2011.txt", "5")
	if got := a.Facts.Primary(); got != "restructuring" {
		t.Errorf("S/RES/2012 ¶5: primary %q, want restructuring (the welcome's rule of law frames the task)", got)
	}
}

// importedPart imports a resolution of the corpus and returns the draft of
// its paragraph ref; a paragraph the import leaves out or never finds fails
// the test, so no check of it passes by finding nothing.
func importedPart(t *testing.T, r *Reader, file, ref string) *model.Activity {
	t.Helper()
	path := "corpus/resolutions/" + file
	ws, _, err := Import(r, path, readFixture(t, path), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ws.Activities {
		if a.Source.Ref == ref {
			return a
		}
	}
	t.Fatalf("%s: no draft of ¶%s", file, ref)
	return nil
}

// A paragraph that opens with a decision left out and keeps a task in a
// later one is read from that later decision: the demand on the parties
// before it suggests no kind, and the account of the draft reads it the
// same way. Sentences written for this test.
func TestATaskIsReadFromTheDecisionThatKeepsIt(t *testing.T) {
	r := NewReader(classify.Default())
	const text = "7. Demands that all parties immediately end attacks on civilians and the recruitment and training of children in their armed forces; and requests the mission to monitor and report on violations of human rights by the police;\n"
	ws, _, err := Import(r, "one.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Activities) != 1 {
		t.Fatalf("want one draft, got %d", len(ws.Activities))
	}
	a := ws.Activities[0]
	kinds, _ := a.Facts.Set(model.Kinds)
	forces, _ := a.Facts.Set(model.Forces)
	if len(kinds) == 0 || kinds[0] != "abuse-monitoring" || slices.Contains(kinds, "interposition") || slices.Contains(kinds, "rights-training") || slices.Contains(kinds, "capacity-training") {
		t.Errorf("kinds %v: want abuse monitoring, read from the request alone", kinds)
	}
	if slices.Contains(forces, "army") {
		t.Errorf("forces %v: the armed forces of the demand are read", forces)
	}
	d := r.ReadDraft(a)
	got, _ := d.Suggestion.Facts.Set(model.Kinds)
	if !slices.Equal(got, kinds) {
		t.Errorf("the account reads kinds %v, the import %v", got, kinds)
	}
	declined := false
	for _, dc := range d.Suggestion.Declined {
		declined = declined || strings.Contains(dc.Reason, "before the one that keeps the task")
	}
	if !declined {
		t.Errorf("the account does not say why the demand's words suggest nothing: %+v", d.Suggestion.Declined)
	}
	// The Secretary-General asked again, by pronoun, for a report: nothing kept.
	m, err := ReadMandate(r, "5. Requests the Secretary-General to inform the Council regularly of progress, and further requests him to provide an assessment in his next report on steps taken;\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Tasks()) != 0 {
		t.Errorf("a report asked again by pronoun is kept: %v", m.Tasks())
	}
}

// A later decision that the mission act ("requests that UNMIL be prepared
// to play a lead role") names who acts, after what the Council recalls.
// Written for this test.
func TestALaterDecisionThatTheMissionAct(t *testing.T) {
	r := NewReader(classify.Default())
	text := "7. Recalls the provision for referenda and the parties' responsibility to make unity attractive, requests that UNMIL be prepared to play a lead role in international efforts to provide assistance, as requested, to prepare the referenda;\n"
	if got := importedImplementer(t, r, text); got != "mission" {
		t.Errorf("implementer %q, want mission", got)
	}
}
