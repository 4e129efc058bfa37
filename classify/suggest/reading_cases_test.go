package suggest

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// checkWant asserts what a reading must and must not suggest.
func checkWant(t *testing.T, s *Suggestion, w want) {
	t.Helper()
	if w.implementer != "" {
		got, ok := s.Facts.One(model.Implementer)
		if !ok {
			got = "-"
		}
		if got != w.implementer {
			t.Errorf("implementer %q, want %q", got, w.implementer)
		}
	}
	kinds, _ := s.Facts.Set(model.Kinds)
	if w.primary != "" {
		got := s.Facts.Primary()
		if got == "" {
			got = "-"
		}
		if got != w.primary {
			t.Errorf("primary kind %q, want %q (kinds %v)", got, w.primary, kinds)
		}
	}
	for _, k := range w.kinds {
		if !slices.Contains(kinds, k) {
			t.Errorf("kinds %v lack %s", kinds, k)
		}
	}
	for _, k := range w.notKinds {
		if slices.Contains(kinds, k) {
			t.Errorf("kinds %v hold %s", kinds, k)
		}
	}
	if w.forces != nil {
		got, _ := s.Facts.Set(model.Forces)
		if strings.Join(got, ",") != strings.Join(w.forces, ",") {
			t.Errorf("forces %v, want %v", got, w.forces)
		}
	}
	for f, v := range w.facts {
		if !s.Facts.Known(f) || !slices.Contains(suggestedValues(&s.Facts, f), v) {
			t.Errorf("%s is %v (known %v), want %s", f.Key(), suggestedValues(&s.Facts, f), s.Facts.Known(f), v)
		}
	}
	for _, f := range w.unknown {
		if s.Facts.Known(f) {
			t.Errorf("%s is suggested (%v), want unknown", f.Key(), suggestedValues(&s.Facts, f))
		}
	}
}

// Who is asked to do what: the addressee of the main verb, verb and object
// across inserted clauses, named sets, sector-level reform, the mission's own
// personnel, and set phrases read whole.
func TestReadingWhoDoesWhat(t *testing.T) {
	r := NewReader(classify.Default())
	cases := []struct {
		text string
		want want
	}{
		// Verb and object across an inserted clause; bare protection.
		{"to protect, without prejudice to the responsibility of the host Government, civilians under threat",
			want{implementer: "mission", primary: "interposition"}},
		{"Within its capabilities and areas of deployment, protect civilians",
			want{implementer: "mission", primary: "interposition", notKinds: []string{"deterrence"}}},
		{"Protect civilians", want{implementer: "mission", primary: "interposition"}},
		{"To contribute to protecting civilians in danger, particularly refugees and internally displaced persons",
			want{primary: "interposition"}},
		{"shall be authorized to respond to imminent threats of violence to civilians in its immediate vicinity",
			want{primary: "interposition"}},
		// Beside protection, humanitarian support is the secondary element.
		{"to facilitate the delivery of humanitarian assistance and to protect civilians",
			want{implementer: "mission", primary: "interposition", kinds: []string{"humanitarian-support"}}},
		// The mission named in the possessive says who acts.
		{"Reaffirms MONUC's mandate to protect civilians under imminent threat of physical violence",
			want{implementer: "mission", primary: "interposition"}},
		// Protection given to civilians, in the ways mandates word it;
		// the Government protecting the population stays its own.
		{"To afford protection to the civilian population", want{implementer: "mission", primary: "interposition"}},
		{"To provide protection to civilians, including humanitarian personnel", want{primary: "interposition"}},
		{"To protect the civilian population under threat", want{primary: "interposition"}},
		{"to provide security to civilians in the safe areas", want{primary: "deterrence"}},
		{"to protect the safe areas", want{implementer: "mission", primary: "deterrence"}},
		{"to protect internally displaced persons in the camps", want{primary: "interposition"}},
		{"to cooperate with the Tribunal, including with regard to the protection of the sites identified by the Prosecutor",
			want{notKinds: []string{"deterrence"}}},
		{"Reiterates its demand that UNITA stop any attacks by its members on the personnel of MONUA", want{implementer: "-"}},
		{"encourages the Government to protect the population through the establishment of professional security forces",
			want{implementer: "host-state", primary: "restructuring"}},
		// Whoever an inserted clause keeps responsible is not who acts.
		{"to contribute, without prejudice to the basic responsibility of the Rwandese authorities, to the security and protection of displaced persons, refugees and civilians at risk",
			want{implementer: "mission", primary: "deterrence"}},
		{"Stresses that the mission should protect civilians under threat", want{implementer: "mission", primary: "interposition"}},
		// Set phrases read whole.
		{"Provide good offices, advice and support to the Government",
			want{implementer: "mission-support", primary: "mediation", notKinds: []string{"equipment"}}},
		{"Support the Government of National Reconciliation in organizing elections",
			want{implementer: "mission-support", notKinds: []string{"mediation"}}},
		// The mission's own force and personnel are no host forces.
		{"Provide fuel to MONUC", want{primary: "-"}},
		{"Provide fuel and rations to UNMIT contingents", want{primary: "-"}},
		{"Take measures to enforce the zero tolerance policy on sexual exploitation and abuse by its personnel",
			want{primary: "-"}},
		{"Ensure full compliance of its own personnel with the code of conduct", want{primary: "-"}},
		{"Requests troop-contributing countries to ensure that their contingents are adequately equipped", want{primary: "-"}},
		{"Ensure the conduct and discipline of all mission personnel, including through training on sexual exploitation and abuse",
			want{primary: "-"}},
		{"Provide training to UNMIL personnel on the protection of civilians", want{primary: "-"}},
		{"Encourages UNAMSIL to enforce the policy of zero tolerance for acts by anyone employed by UNAMSIL, while calling on States concerned to bring to justice their own nationals responsible",
			want{implementer: "mission", primary: "-"}},
		{"Decides to extend the period of withdrawal of the mine clearance and training unit of UNTAC", want{primary: "-"}},
		{"Provide training to the national police on human rights", want{primary: "rights-training"}},
		// Training in the main clause, rights as its elaboration.
		{"Provide basic training, including in the area of human rights and child protection, to units of the national army",
			want{primary: "capacity-training", kinds: []string{"rights-training"}}},
		// Targeted offensive operations with the national army.
		{"Carry out targeted offensive operations, jointly with the national army, in strict compliance with the human rights due diligence policy on United Nations support to non-United Nations security forces",
			want{implementer: "mission", primary: "combined-operations"}},
		// Sector- and institution-level reform, security before rule of law.
		{"Develop national security and rule of law institutions", want{primary: "restructuring", kinds: []string{"rule-of-law"}}},
		{"Support rule of law and security institutions", want{primary: "restructuring"}},
		{"Assist in the revision of laws governing the police", want{primary: "restructuring", forces: []string{"police"}}},
		{"Support the development of a community policing doctrine", want{implementer: "mission-support", primary: "restructuring"}},
		{"Expedite the legislative process regarding national defence and the structure of defence forces",
			want{primary: "restructuring"}},
		{"Calls upon the Government, assisted by UNMIT, to continue a comprehensive review of the role and needs of the security sector",
			want{implementer: "mission-support", primary: "restructuring"}},
		// A default reform kind for generic support of named forces, which
		// gives way to any other kind of the same sentence part.
		{"To advise and support the Sierra Leone Police in carrying out their responsibilities",
			want{implementer: "mission-support", primary: "capacity-training", forces: []string{"police"}}},
		{"Provide advice and assistance to the law enforcement authorities",
			want{primary: "capacity-training", forces: []string{"police"}}},
		{"Support the Government in reforming the police", want{primary: "restructuring", notKinds: []string{"capacity-training"}}},
		{"Support the deployment of trained police in the east", want{notKinds: []string{"capacity-training"}}},
		// The last item of a list, after its "and", opens like the others.
		{"and to protect civilians under imminent threat of physical violence",
			want{implementer: "mission", primary: "interposition"}},
		// Police and army institutions, and the ministries of the sector,
		// are work on institutions.
		{"to provide guidance and advice to the Ministry of Defence", want{implementer: "mission-support", primary: "restructuring"}},
		{"to contribute to the development of a credible and professional national police", want{primary: "restructuring"}},
		{"to assist the authorities in the restoration of the police", want{implementer: "mission-support", primary: "restructuring"}},
		{"Support the Government in building barracks for the army", want{primary: "equipment"}},
		{"to co-locate with the national police in police stations", want{primary: "capacity-training"}},
		{"to protect United Nations and co-located Joint Military Commission personnel, facilities, installations and equipment",
			want{notKinds: []string{"capacity-training"}}},
		{"Encourages MINUSTAH to continue its efforts to strengthen the Haitian National Police", want{implementer: "mission", primary: "capacity-training"}},
		{"to assist the Government of Liberia in the development of a national defence force", want{primary: "restructuring"}},
		{"to assist in the integration of the armed forces", want{primary: "restructuring"}},
		{"extending State authority throughout the territory, including civilian police and judicial institutions",
			want{primary: "restructuring", kinds: []string{"rule-of-law"}}},
		// Addressees.
		{"Encourages international partners to support the police", want{implementer: "partner"}},
		{"Calls upon the Government to reform the army", want{implementer: "host-state", primary: "restructuring"}},
		{"Invites the Prime Minister to establish a working group on the restructuring of the Defence and Security Forces",
			want{implementer: "host-state", primary: "restructuring"}},
		{"Calls upon the Government, with the advice and technical support of MINURCA, to complete the restructuring of the FACA",
			want{implementer: "mission-support", primary: "restructuring", forces: []string{"army"}}},
		{"Urges the Government, with the assistance of donors and of UNAMSIL, to strengthen the operational effectiveness of the security sector",
			want{implementer: "mission-support"}},
		{"Calls for the implementation by the Government of the national strategy", want{implementer: "host-state"}},
		// What the Secretary-General is asked to report on is no activity.
		{"Requests UNMIT to strengthen the responsiveness of the security sector, and requests the Secretary-General to include in his reporting the measures to protect women and girls from violence",
			want{implementer: "mission", primary: "restructuring", notKinds: []string{"interposition"}}},
		{"Supports the resumption of policing responsibilities by the national police through a phased approach",
			want{primary: "restructuring", forces: []string{"police"}}},
		// The addressee of the main verb over nouns that come up later.
		{"Requests MONUSCO to work with Member States and international partners to support the reform of the police",
			want{implementer: "mission-support", primary: "restructuring"}},
		{"Requests UNAMID, with the support of the United Nations country team, to train the Sudanese police",
			want{implementer: "mission", primary: "capacity-training"}},
		{"Encourages the Government, with the assistance of international partners, to pursue the reform of the security sector",
			want{implementer: "host-state", primary: "restructuring"}},
		{"Calls upon Member States to support MINUSMA in training the Malian police", want{implementer: "partner"}},
		{"Support the implementation by the Government of the security sector reform strategy",
			want{implementer: "mission-support", primary: "restructuring"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			s := r.Suggest(c.text)
			checkEvidence(t, s)
			checkWant(t, s, c.want)
		})
	}
}

// The lead-in's addressee says who acts over a noun that only comes up in the
// task; a task of the mission that supports the authorities stays
// mission-support.
func TestLeadInAddressee(t *testing.T) {
	r := NewReader(classify.Default())
	lead := "4. Decides that UNMIL shall have the following mandate:"
	for _, c := range []struct{ task, want string }{
		{"(a) to monitor the ceasefire agreement in cooperation with Member States;", "mission"},
		{"(b) to support the Government in reforming the police;", "mission-support"},
		{"(c) to protect civilians under imminent threat of physical violence;", "mission"},
	} {
		s := r.SuggestIn(c.task, lead)
		if v, _ := s.Facts.One(model.Implementer); v != c.want {
			t.Errorf("%s: implementer %q, want %q", c.task, v, c.want)
		}
	}
	// A component of the mission named in the lead-in says who acts.
	s := r.SuggestIn("(ii) the provision of additional training capacity in key areas;",
		"1. Decides that the composition and strength of the police component of UNMISET and the schedule for its downsizing will be adjusted in line with paragraphs 33 and 35 of the special report of the Secretary-General and will include the following specific measures:") // S-RES-1473-2003
	if v, _ := s.Facts.One(model.Implementer); v != "mission" {
		t.Errorf("under the mission's police component: implementer %q, want mission", v)
	}
	s = r.SuggestIn("(a) to support the police in cooperation with Member States;", "5. Calls upon the Government to:")
	if v, _ := s.Facts.One(model.Implementer); v != "host-state" {
		t.Errorf("under a lead-in to the Government: implementer %q, want host-state", v)
	}
}
