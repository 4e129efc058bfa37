package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// agendaOf classifies the facts a reading suggests.
func agendaOf(rb *classify.Rulebook, s *Suggestion) classify.Agenda {
	return rb.ClassifyFacts(&s.Facts).Agenda
}

// Readings a planner disputed on a modern multidimensional mandate, each put
// right by a declared rule of the rulebook and tested here in sentences
// written for this test, in the shapes such mandates use. The test on the
// real paragraphs follows (TestDisputedReadingsOfAModernMandate).
func TestDisputedReadings(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		// Human-rights monitoring of the national police is monitoring of
		// abuses by a force, done by the mission: the overlap. A later
		// decision addressed to the mission makes the task the mission's,
		// whatever the paragraph asked of the Government first.
		{"abuse monitoring", "Urges the Government to ensure the respect of human rights by the national police, and calls on the mission to provide monitoring in this regard",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"abuse monitoring", "Stresses the protection of human rights by the army and the gendarmerie, and requests the mission to monitor and report on it",
			want{implementer: "mission", primary: "abuse-monitoring"}, classify.Overlap},
		{"abuse monitoring", "Urges the authorities to reform the judiciary", want{implementer: "host-state", primary: "rule-of-law"}, classify.Outside},
		// Justice for the victims of crime is justice at large, not the
		// accountability of the forces: the chapter lists rule of law and
		// SSR apart in Tier 3 and FRAMEWORK §2 follows it, so the work is
		// rule of law, outside both agendas. (Reforming the justice sector
		// is still rule of law under the framework; only work that holds the
		// security forces to account is accountability support.)
		{"justice at large", "Calls upon the Government, with the support of the mission, to improve the response to rape complaints and access to justice for the victims",
			want{implementer: "mission-support", primary: "rule-of-law", notKinds: []string{"accountability-support"}}, classify.Outside},
		{"justice at large", "Help the authorities to handle complaints of victims of sexual violence in the courts",
			want{primary: "rule-of-law", notKinds: []string{"accountability-support"}}, classify.Outside},
		{"justice at large", "Help establish a complaints mechanism for abuses by police officers",
			want{primary: "accountability-support"}, classify.Overlap},
		// Prosecuting what the forces did holds them to account (FRAMEWORK
		// §2); crimes of armed groups are justice at large.
		{"justice at large", "Requests the mission to support the investigation and prosecution of crimes committed by members of the armed forces",
			want{implementer: "mission", primary: "accountability-support", forces: []string{"army"}}, classify.Overlap},
		{"justice at large", "Requests the mission to support the fight against impunity for crimes committed by armed groups",
			want{implementer: "mission", primary: "rule-of-law", notKinds: []string{"accountability-support"}}, classify.Outside},
		{"justice at large", "Requests the mission to support the fight against impunity, including for abuses committed by the security forces",
			want{implementer: "mission", primary: "rule-of-law", kinds: []string{"accountability-support"}}, classify.Outside},
		// The action decides the kind; what it contributes to only colours it.
		{"the action decides", "Requests the mission to implement quick-impact projects that contribute to a secure and stable environment",
			want{implementer: "mission", primary: "humanitarian-support", notKinds: []string{"deterrence"}}, classify.Outside},
		{"the action decides", "Carry out projects that improve the living conditions of the displaced, which contribute towards a secure environment",
			want{primary: "humanitarian-support", notKinds: []string{"deterrence"}}, classify.Outside},
		{"the action decides", "Deploy troops in the north that contribute to a secure and stable environment",
			want{primary: "deterrence"}, classify.POCOnly},
		// Elections are a political object (FRAMEWORK v1.2: good offices for
		// elections is mediation).
		{"elections", "Calls upon the mission to deliver and coordinate international electoral assistance to the Government",
			want{implementer: "mission-support", primary: "mediation"}, classify.POCOnly},
		{"elections", "Urges the political parties to ensure the holding of free and fair presidential elections",
			want{implementer: "host-state", primary: "mediation"}, classify.Outside},
		// Help to the authorities against gangs and organized crime is help
		// for law enforcement; the mission's work with communities to reduce
		// violence is engagement with them.
		{"crime and community violence", "Encourages the mission to assist the Government in tackling gang violence and drug trafficking",
			want{implementer: "mission-support", primary: "capacity-training"}, classify.SSROnly},
		{"crime and community violence", "Support the national police in combating organized crime",
			want{primary: "capacity-training", forces: []string{"police"}}, classify.SSROnly},
		{"crime and community violence", "Requests the mission to pursue its community violence reduction programme with at-risk youth",
			want{implementer: "mission", primary: "community-engagement"}, classify.POCOnly},
	})
}

// What asks for no activity is left out with its reason: the size of the
// force, the mission's own conduct, its own planning and means. A paragraph
// that also asks for a task is kept.
func TestDisputedParagraphsLeftOut(t *testing.T) {
	r := NewReader(classify.Default())
	checkFates(t, r, true, []paragraphFate{
		{"force levels", "1. Decides that the mission's force levels will consist of up to 3,000 troops; calls on the Secretary-General to ensure that a force level close to the present one remains until his next report;\n", "troop-ceiling"},
		{"force levels and a task", "1. Decides that the force levels will consist of up to 3,000 troops, and requests the mission to patrol the border;\n", ""},
		{"own conduct", "1. Requests the Secretary-General to take the measures needed to ensure compliance of all the mission's personnel with the zero tolerance policy on sexual exploitation and abuse;\n", "own-conduct"},
		{"own conduct, the contributors", "1. Requests the Secretary-General to take the necessary steps to ensure full compliance of its personnel with the policy on sexual exploitation and abuse, and urges troop-contributing countries to investigate misconduct;\n", "own-conduct"},
		{"own conduct and protection", "1. Requests the Secretary-General to take the measures needed against sexual exploitation and abuse, and requests the mission to protect civilians under threat;\n", ""},
		{"planning documents", "1. Stresses that the planning documents of the mission's military component be updated regularly;\n", "own-means"},
		{"own means", "1. Encourages the mission to use existing means and capabilities with a view to enhancing stability;\n", "own-means"},
		{"own means, all necessary", "1. Authorizes the mission to use all necessary means to protect civilians;\n", ""},
		{"own means for a task", "1. Requests the mission to use its means and capabilities to build roads to the camps;\n", ""},
	})
}

// The same readings on the real paragraphs of a tuned modern mandate
// (MINUSTAH, 2014): every draft has the kind its words support, or is left
// out with its reason; the two drafts without a kind are calls on others
// whose object no kind of the framework names (women's political
// participation, the coordination of donors' aid).
func TestDisputedReadingsOfAModernMandate(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	const file = "corpus/resolutions/S-RES-2180-2014.txt"
	ws, m, err := Import(r, file, readFixture(t, file), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type reading struct {
		implementer, primary string
		agenda               classify.Agenda
	}
	want := map[string]reading{
		"24": {"mission", "abuse-monitoring", classify.Overlap},
		"20": {"mission-support", "rule-of-law", classify.Outside},
		"19": {"mission", "humanitarian-support", classify.Outside},
		"8":  {"mission-support", "mediation", classify.POCOnly},
		"15": {"mission-support", "capacity-training", classify.SSROnly},
		"21": {"mission", "community-engagement", classify.POCOnly},
	}
	noKind := map[string]bool{"10": true, "17": true}
	for _, a := range ws.Activities {
		ref := a.Source.Ref
		primary := a.Facts.Primary()
		if w, ok := want[ref]; ok {
			impl, _ := a.Facts.One(model.Implementer)
			if res := rb.Classify(a); impl != w.implementer || primary != w.primary || res.Agenda != w.agenda {
				t.Errorf("¶%s: %s, %s, %s; want %s, %s, %s", ref, impl, primary, res.Agenda, w.implementer, w.primary, w.agenda)
			}
			delete(want, ref)
		}
		if primary == "" && !noKind[ref] {
			t.Errorf("¶%s: no kind read", ref)
		}
	}
	for ref := range want {
		t.Errorf("¶%s: no draft", ref)
	}
	leftOut := map[string]Reason{}
	for _, p := range m.LeftOut() {
		leftOut[p.Ref] = p.Reason
	}
	// ¶7 urges Haiti's political actors to hold the elections: a call on the
	// parties, no activity of the mission or of anyone it supports.
	for ref, reason := range map[string]Reason{"2": "troop-ceiling", "7": "calls-on-parties", "23": "own-conduct", "25": "own-means", "27": "own-means"} {
		if leftOut[ref] != reason {
			t.Errorf("¶%s left out as %q, want %q", ref, leftOut[ref], reason)
		}
	}
}

// General rules found trying two more modern mandates (MINUSTAH 2015, UNISFA
// 2015) as a new user would, each in sentences written for this test.
func TestModernMandateRules(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	checkSentences(t, rb, r, []sentenceReading{
		// Capacity building is the forces' only when it names them.
		{"capacity building of the forces", "Calls upon the Government of the country, as well as donors, to support reconstruction and capacity-building",
			want{implementer: "host-state", primary: "-"}, classify.Undetermined},
		{"capacity building of the forces", "Support the capacity-building of the national police",
			want{primary: "capacity-training", forces: []string{"police"}}, classify.SSROnly},
		{"capacity building of the forces", "Assist the Government in coordinating donors in areas of institutional capacity-building",
			want{primary: "capacity-training"}, classify.SSROnly},
		// Dialogue with communities is engagement with them, even where it is
		// about oversight mechanisms.
		{"dialogue with communities", "Requests the mission to continue its dialogue with the joint committee and with the local communities on oversight mechanisms for a weapons-free area",
			want{implementer: "mission", primary: "community-engagement"}, classify.POCOnly},
		// Confiscating weapons is the mission's security work.
		{"weapons confiscation", "Reaffirms that the force may undertake weapons confiscation and destruction in its area of operations",
			want{primary: "deterrence"}, classify.POCOnly},
		{"weapons confiscation", "Requests the mission to confiscate illegal arms found at checkpoints", want{primary: "deterrence"}, classify.POCOnly},
		// What the Secretary-General is asked to see done on the ground is
		// the mission's, whatever the governments are asked beside it.
		{"the Secretary-General's mission", "Requests the Secretary-General to ensure that effective human rights monitoring is carried out, and calls upon the Government to cooperate fully",
			want{implementer: "mission", primary: "poc-reporting"}, classify.POCOnly},
	})
	checkFates(t, r, true, []paragraphFate{
		{"demand on the parties", "1. Strongly urges that all parties cease all forms of violence against civilians;\n", "demand-on-parties"},
		{"demand on the parties, and a task", "1. Demands that all parties cease hostilities, and requests the mission to patrol the buffer zone;\n", ""},
		{"statement", "1. Underscores that cooperation between the two governments is critical for stability;\n", "statement"},
		{"statement, long", "1. Underscores that continued cooperation between the Government of the North and the Government of the South is also critical for peace;\n", "statement"},
		{"statement, then a task", "1. Stresses that the reform of the police is essential, and requests the mission to support it;\n", ""},
		{"review of the mission", "1. Requests the Secretary-General to conduct a strategic assessment of the mission and to present options to the Council;\n", "mission-review"},
		{"the mission's movement", "1. Calls upon all Member States, in particular the neighbouring States, to ensure the free and unhindered movement of the mission's personnel and supplies;\n", "mission-movement"},
		{"humanitarian movement", "1. Calls upon all parties to ensure the free and unhindered movement of humanitarian personnel to civilians in need;\n", ""},
		{"visas and status of forces", "1. Calls upon the Government to provide full support to the mission, including by issuing visas to its personnel, and further calls upon all parties to adhere to the status of forces agreement;\n", "own-means"},
	})
}

// The same rules on the real paragraphs of the two tuned mandates tried.
func TestModernMandatesTried(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	type reading struct {
		implementer, primary string
		agenda               classify.Agenda
	}
	for _, c := range []struct {
		file    string
		want    map[string]reading
		leftOut map[string]Reason
	}{
		{"corpus/resolutions/S-RES-2230-2015.txt", map[string]reading{
			"13": {"mission", "deterrence", classify.POCOnly},
			"14": {"mission", "community-engagement", classify.POCOnly},
			"25": {"mission", "poc-reporting", classify.POCOnly},
			"21": {"host-state", "", classify.Undetermined},
		}, map[string]Reason{"3": "statement", "19": "mission-movement", "20": "own-means", "24": "demand-on-parties", "26": "own-conduct"}},
		{"corpus/resolutions/S-RES-2243-2015.txt", map[string]reading{
			"29": {"mission", "abuse-monitoring", classify.Overlap},
			"24": {"mission", "humanitarian-support", classify.Outside},
		}, map[string]Reason{"4": "mission-review", "28": "own-conduct", "30": "own-means", "32": "own-means"}},
	} {
		ws, m, err := Import(r, c.file, readFixture(t, c.file), ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range ws.Activities {
			w, ok := c.want[a.Source.Ref]
			if !ok {
				continue
			}
			impl, _ := a.Facts.One(model.Implementer)
			if res := rb.Classify(a); impl != w.implementer || a.Facts.Primary() != w.primary || res.Agenda != w.agenda {
				t.Errorf("%s ¶%s: %s, %q, %s; want %s, %q, %s", c.file, a.Source.Ref, impl, a.Facts.Primary(), res.Agenda, w.implementer, w.primary, w.agenda)
			}
			delete(c.want, a.Source.Ref)
		}
		for ref := range c.want {
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

// sentenceReading is a sentence written in the shape of a rule, and what
// the reading should make of it.
type sentenceReading struct {
	rule, text string
	want       want
	agenda     classify.Agenda
}

// checkSentences reads each sentence and checks its facts and agenda.
func checkSentences(t *testing.T, rb *classify.Rulebook, r *Reader, cases []sentenceReading) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.rule+"/"+c.text, func(t *testing.T) {
			s := r.Suggest(c.text)
			checkWant(t, s, c.want)
			if got := agendaOf(rb, s); got != c.agenda {
				t.Errorf("agenda %s, want %s", got, c.agenda)
			}
		})
	}
}

// paragraphFate is a paragraph and the reason the import leaves it out, ""
// when it is kept.
type paragraphFate struct {
	name, text string
	reason     Reason // "" when kept
}

// checkFates reads each paragraph as a mandate: kept, or left out with its
// reason — the only part left out when onlyPart, else one of them.
func checkFates(t *testing.T, r *Reader, onlyPart bool, cases []paragraphFate) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := ReadMandate(r, c.text)
			if err != nil {
				t.Fatal(err)
			}
			all := m.LeftOut()
			var lo []LeftOutPart
			for _, p := range all {
				if p.Reason == c.reason {
					lo = append(lo, p)
				}
			}
			switch {
			case c.reason == "" && len(all) != 0:
				t.Errorf("left out as %s, want it kept", all[0].Reason)
			case c.reason != "" && onlyPart && (len(all) != 1 || len(lo) != 1):
				t.Errorf("left out %v, want one part left out as %s", all, c.reason)
			case c.reason != "" && len(lo) == 0:
				t.Errorf("left out %v, want a part left out as %s", all, c.reason)
			}
		})
	}
}
