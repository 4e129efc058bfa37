package suggest

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// Each reason a paragraph is left out, decided per paragraph and per
// sub-paragraph (the lines are from the corpus files named).
func TestLeftOutReasons(t *testing.T) {
	r := NewReader(classify.Default())
	for _, c := range []struct {
		name, text string
		want       map[string]Reason // ref → reason; "" = a task
	}{
		{"welcomes", "1. Welcomes the report of the Secretary-General dated 2 December 1996;\n", // S-RES-1087-1996
			map[string]Reason{"1": NoAction}},
		{"remains seized", "1. Requests the mission to patrol;\n2. Decides to remain actively seized of the matter.\n",
			map[string]Reason{"1": "", "2": RemainsSeized}},
		{"extends by reference", "1. Decides to extend the mandate of MINURCA until 28 February 1999;\n", // S-RES-1201-1998
			map[string]Reason{"1": ExtendsMandate}},
		{"extends, and decides also that the tasks continue", "19. Decides to extend the mandate of UNMIBH, which includes the IPTF, until 31 December 2002, and decides also that, during that period, the IPTF shall continue to be entrusted with the tasks set out in Annex 11;\n", // S-RES-1423-2002
			map[string]Reason{"19": ExtendsMandate}},
		{"extends to enable tasks", "5. Decides to extend the mandate of UNPROFOR in order to enable it, in the safe areas, to deter attacks against the safe areas, to monitor the cease-fire;\n", // S-RES-836-1993
			map[string]Reason{"5": ""}},
		{"extends and widens to include a task", "2. Decides to extend the mandate of UNMIL until 31 March 2008 and to enlarge it so as to include the protection of displaced persons in the camps;\n",
			map[string]Reason{"2": ""}},
		{"extends and tasks", "1. Decides to extend the mandate of UNMIL until 30 September 2007, and requests UNMIL to support the police;\n",
			map[string]Reason{"1": ""}},
		{"a task said again as the mission's mandate", "1. Reaffirms the mission's mandate to provide operational support to the national police;\n2. Recalls the mandate of UNOCI to protect civilians under imminent threat;\n3. Recalls its resolution 1325 (2000);\n4. Reaffirms its commitment to the sovereignty of the country;\n",
			map[string]Reason{"1": "", "2": "", "3": NoAction, "4": NoAction}},
		{"an expectation of someone who is to act is a task; of an event, none", "1. Expresses concern at the slow pace of implementation and expects the Government and UNITA, in cooperation with UNAVEM III, to finalize the quartering areas;\n2. Regrets the cancellation of the meeting and expects that such a meeting will be held as soon as possible;\n3. Welcomes the efforts of UNAMID and expects it to protect civilians in the camps;\n",
			map[string]Reason{"1": "", "2": NoAction, "3": ""}},
		{"a reconfiguration endorsed, then the troops it leaves", "2. Endorses the Secretary General's recommendation for reconfiguring the Mission in line with the concepts outlined in paragraphs 28 and 29 of his report, taking into account the need to adjust MINUSTAH's composition and realign its activities to reflect the changing circumstances and priorities on the ground and decides that MINUSTAH will consist of a military component of up to 7,060 troops of all ranks and of a police component of a total of 2,091 police;\n3. Endorses the recommendation for reconfiguring the mission and decides that it shall deploy a battalion to protect the camps;\n",
			map[string]Reason{"2": TroopCeiling, "3": ""}},
		{"the mission's own conduct welcomed, then the Secretary-General asked to go on", "6. Welcomes efforts undertaken by ONUB to implement the SecretaryGeneral's zero-tolerance policy on sexual exploitation and abuse, and to ensure full compliance of its personnel with the United Nations code of conduct, requests the Secretary-General to continue to take all necessary action in this regard and to keep the Council informed, and urges troop-contributing countries to take appropriate preventive and disciplinary action;\n13. Requests the Secretary-General to continue to take the necessary measures to ensure full compliance in UNMIT with the United Nations zerotolerance policy on sexual exploitation and abuse and to keep the Council informed, and urges those countries contributing troops and police to take appropriate preventive action;\n14. Condemns the attacks on the camps, requests the Secretary-General to take all necessary action to protect the displaced;\n",
			map[string]Reason{"6": "own-conduct", "13": "own-conduct", "14": ""}},
		{"the mission's review and force generation", "13. Requests the Secretary-General to conduct a review of the mandate, in light of the political and security situation, within 45 days, and to provide an assessment and recommendations;\n16. Authorizes the Secretary-General to take the necessary steps, in accordance with paragraph 8, to continue to expedite force and asset generation;\n27. Requests the Secretary-General to conduct a review of the police academy's curriculum;\n",
			map[string]Reason{"13": "mission-review", "16": "own-means", "27": ""}},
		{"troop ceiling", "1. Decides that UNSMIH initially will be composed of 300 civilian police personnel and 600 troops;\n", // S-RES-1063-1996
			map[string]Reason{"1": TroopCeiling}},
		{"troop levels", "1. Decides to maintain the overall force levels of UNMISS consisting of a military component of up to 12,500 troops;\n", // S-RES-2241-2015
			map[string]Reason{"1": TroopCeiling}},
		{"report", "1. Requests the Secretary-General to keep the Council closely informed on the situation and to submit an additional report;\n", // S-RES-1260-1999
			map[string]Reason{"1": ReportRequest}},
		{"report, then a report again", "1. Requests the Secretary-General to report by 11 October 2010 on progress, and recalling the statement, requests the Secretary-General to provide in these reports an indication of progress;\n", // S-RES-1925-2010
			map[string]Reason{"1": ReportRequest}},
		{"the parts of a request to the Secretary-General that are its report", "6. Stresses the importance of realistic targets; and in this regard requests the Secretary-General to:\n(a) submit, for the Council's consideration, a workplan containing benchmarks to measure the mission's progress,\n(b) include in his next report an assessment of progress against these benchmarks, and\n(c) deploy additional police advisers to the camps;\n",
			map[string]Reason{"6(a)": ReportRequest, "6(b)": ReportRequest, "6(c)": ""}},
		{"reports asked as continued, of the Secretary General written without a hyphen", "1. Requests the Secretary-General to continue reporting to the Council every three months on the mandate;\n2. Additionally requests the Secretary General to provide in his quarterly reports information on the referenda;\n3. Requests the Secretary General to report to the Council on progress;\n",
			map[string]Reason{"1": ReportRequest, "2": ReportRequest, "3": ReportRequest}},
		{"the mission's own withdrawal let through", "16. Urges all the Member States, particularly the States bordering the country, to facilitate during that period the withdrawal from the country, without obstacles or delay, of all personnel, equipment and vehicles of UNMIL;\n",
			map[string]Reason{"16": Reason("own-means")}},
		{"the mission's own conduct, zero tolerance written as one word", "25. Requests the Secretary-General to continue to take the necessary measures to ensure full compliance in UNMIL with the United Nations zerotolerance policy on sexual exploitation and abuse;\n",
			map[string]Reason{"25": Reason("own-conduct")}},
		// the zero tolerance policy is the mission's own conduct, named with
		// its object or not
		{"the zero tolerance policy", "1. Requests the Secretary-General to take the necessary measures to ensure full compliance with the zero tolerance policy;\n",
			map[string]Reason{"1": "own-conduct"}},
		{"demands of armed groups", "1. Demands that all armed groups, in particular FDLR and the LRA, immediately cease all forms of violence;\n", // S-RES-1925-2010
			map[string]Reason{"1": DemandOnArmedGroups}},
		{"demands of the Government", "1. Demands that the Government of Sudan facilitate the deployment of the Mine Action Service;\n", // S-RES-2179-2014
			map[string]Reason{"1": ""}},
		{"per sub-paragraph", "6. Requests the Group of Experts:\n(a) To monitor the arms embargo;\n(b) To report to the Council through the Committee by 7 June 2006;\n", // S-RES-1647-2005
			map[string]Reason{"6(a)": "", "6(b)": ReportRequest}},
		{"the contents of a report", "16. Requests the Secretary-General to include in his report:\n(a) an assessment of progress in disarmament;\n(b) an assessment of the mandate;\n", // S-RES-1784-2007
			map[string]Reason{"16(a)": ReportRequest, "16(b)": ReportRequest}},
		{"components under a ceiling", "3. Decides that UNMISET will consist of:\n(a) A civilian component comprising an office for gender;\n(b) A civilian police component initially comprised of 1,250 officers;\n(c) A military component with an initial strength of up to 5,000 troops including 120 military observers;\n", // S-RES-1410-2002
			map[string]Reason{"3(a)": "", "3(b)": TroopCeiling, "3(c)": TroopCeiling}},
		{"police sent to advise", "2. Authorizes until 31 August 1999 the deployment within UNAMET of up to 280 civilian police officers to act as advisers to the Indonesian Police;\n", // S-RES-1246-1999
			map[string]Reason{"2": ""}},
		{"tasks under a reaffirmation", "4. Reaffirms that UNAMIR, in addition to continuing to act as an intermediary, will: (a) Contribute to the security and protection of displaced persons; (b) Provide security and support for the distribution of relief supplies;\n", // S-RES-925-1994
			map[string]Reason{"4(a)": "", "4(b)": ""}},
		{"what is welcomed", "3. Welcomes the following:\n(a) the elections held in June;\n(b) the agreement signed in May;\n",
			map[string]Reason{"3(a)": NoAction, "3(b)": NoAction}},
		{"tasks under a ceiling", "2. Decides that UNMEE will comprise up to 4,200 troops to carry out the following mandate:\n(a) Monitor the cessation of hostilities;\n(b) Assist in ensuring the observance of the security commitments;\n", // S-RES-1320-2000
			map[string]Reason{"2(a)": "", "2(b)": ""}},
		// What a planner found kept though it asks for no activity, or left
		// out though it asks for one; sentences in the shape of modern
		// mandates, written for this test.
		{"a mandate that shall include tasks", "1. Decides that the mandate of the Operation shall include the protection of civilians;\n",
			map[string]Reason{"1": ""}},
		{"the mission's own strength", "10. Requests the Mission to prioritize the complete deployment of its personnel to the authorized military and police strength;\n",
			map[string]Reason{"10": "own-means"}},
		{"the mission's own readiness", "3. Calls upon the Mission to maintain capacity, including appropriate air assets, to deploy troops rapidly throughout the country;\n",
			map[string]Reason{"3": "own-means"}},
		{"readiness to protect", "3. Calls upon the Mission to maintain capacity to deploy troops rapidly to protect civilians;\n",
			map[string]Reason{"3": ""}},
		{"an assessment to report on", "15. Requests the Secretary-General to assess the support given to the police so far and submit to the Council within 45 days recommendations on further support;\n",
			map[string]Reason{"15": "report-request"}},
		{"an assessment, framed", "14. Recognizing the importance of security in the capital, requests the Secretary-General, in consultation with the Government, to conduct an assessment of security planning and report back;\n",
			map[string]Reason{"14": "report-request"}},
		{"a review, then a task", "16. Requests the Secretary-General to review the needs on the ground and to deploy additional troops to the camps;\n",
			map[string]Reason{"16": ""}},
		{"a cross-cutting issue in one word", "12. Requests the Mission to take fully into account gender considerations as a crosscutting issue throughout its mandate;\n",
			map[string]Reason{"12": "cross-cutting"}},
		{"the mission whose action matters", "3. Reiterates the importance for UNMIL to implement its protection of civilians mandate;\n",
			map[string]Reason{"3": ""}},
		// A demand or a call said again names the mission as the one to act.
		{"a demand said again", "10. Reiterates its demand that UNMIL make full use of its mandate and capabilities to protect civilians;\n",
			map[string]Reason{"10": ""}},
		{"a call said again", "10. Reiterates its call on the Mission to deter violence against civilians;\n",
			map[string]Reason{"10": ""}},
		{"a demand of the Government said again", "10. Reiterates its demand that the Government respect its obligation to protect civilians;\n",
			map[string]Reason{"10": ""}},
		{"a demand on the parties said again", "10. Reiterates its demand that all parties cease attacks on civilians;\n",
			map[string]Reason{"10": NoAction}},
		// What the Council itself will do asks no activity on the ground.
		{"the Council's own assessment", "6. Stresses that it will base its assessment of the electoral process on the certification prepared by the Special Representative;\n",
			map[string]Reason{"6": "council-intent"}},
		{"the Council's own accountability", "17. Stresses in this regard that it will hold the parties fully accountable for the respect of the electoral timeline;\n",
			map[string]Reason{"17": "council-intent"}},
		{"the Council's own review, then a task", "17. Stresses that it will review the mandate and requests the Mission to patrol the border;\n",
			map[string]Reason{"17": ""}},
		{"a report asked for with its purpose first", "16. Requests to this end the Secretary-General to keep it informed of his technical analysis;\n",
			map[string]Reason{"16": ReportRequest}},
		{"an intention, then a report asked for", "16. Expresses its intention to raise the level of authorized military personnel, and requests to this end the Secretary-General to keep it informed of his technical analysis;\n",
			map[string]Reason{"16": NoAction}},
		// What the Council finds important, with no one named to act.
		{"importance, no one asked", "4. Stresses the importance of strengthening the rule of law;\n",
			map[string]Reason{"4": "importance"}},
		{"importance, no one asked", "7. Stresses the importance of an inclusive participation of civil society in the electoral process;\n",
			map[string]Reason{"7": "importance"}},
		{"importance, the mission named", "8. Stresses the importance of the Mission's patrols in and around the camps;\n",
			map[string]Reason{"8": ""}},
		{"need, the Government named", "5. Stresses the need for the Government to reform the police;\n",
			map[string]Reason{"5": ""}},
		{"importance, then a task", "7. Stresses the importance of an inclusive electoral process, and requests the Mission to support it;\n",
			map[string]Reason{"7": ""}},
		// The Council's support for a plan or for others' efforts asks no
		// activity; a request after it does.
		{"support for a plan", "12. Supports the objectives and commitments reflected in the national police development plan, and underlines the need to ensure adequate budgetary support from the Government and donors;\n",
			map[string]Reason{"12": NoAction}},
		{"support, then a task", "12. Supports the national police development plan, and requests the Mission to support its implementation;\n",
			map[string]Reason{"12": ""}},
		// What the parties are to do, named as done by them, after what
		// the Council endorses: no task of the mission.
		{"done by the parties", "1. Calls for immediate and full implementation of the Agreement by the parties;\n",
			map[string]Reason{"1": "calls-on-parties"}},
		{"done by the parties, after an endorsement", "1. Reiterates its endorsement of the Agreement signed by the parties, and calls for immediate and full implementation of the Agreement by the parties;\n",
			map[string]Reason{"1": "calls-on-parties"}},
		{"done by the parties, with the mission", "1. Calls for full implementation of the Agreement by the parties, with the support of the Mission;\n",
			map[string]Reason{"1": ""}},
		// The mission named as a victim does not make a call on the parties
		// a task; the mission asked beside them does.
		{"the parties, the mission a victim", "13. Calls upon all parties to cooperate fully with the findings of the investigation into the killing of a peacekeeper of the Mission;\n",
			map[string]Reason{"13": "calls-on-parties"}},
		{"the parties and the mission asked", "13. Calls upon all parties and the Mission to cooperate fully with the investigation;\n",
			map[string]Reason{"13": ""}},
		{"the parties, with the mission's support", "13. Calls upon all parties, with the support of the Mission, to hold local peace conferences;\n",
			map[string]Reason{"13": ""}},
		// The mission's own means and planning, asked in later decisions.
		{"its own means and planning", "19. Welcomes the work done by the Mission and encourages the Mission to continue to make full use of existing means and capabilities, including its engineers, and requests the Mission to develop its longer term planning;\n",
			map[string]Reason{"19": "own-means"}},
		{"its own planning, then a task", "19. Requests the Mission to develop its longer term planning and to patrol the border;\n",
			map[string]Reason{"19": ""}},
		// What a task includes is no composition of the force: only troops,
		// units or a number make it one.
		{"what protection includes", "14. Decides that the protection of civilians shall include the provision of a secure environment for the return of refugees;\n",
			map[string]Reason{"14": ""}},
		{"what the force includes", "14. Decides that the Force shall include a military component and a police component;\n",
			map[string]Reason{"14": TroopCeiling}},
		{"what the force comprises, after an insert", "2. Authorizes that the Mission shall comprise, in addition to the appropriate civilian, judiciary and correction components, a maximum of 19,815 military personnel;\n", // S-RES-1925-2010
			map[string]Reason{"2": TroopCeiling}},
		{"what matters, no one to act", "3. Reiterates the importance of the peace agreement for the stability of the region;\n",
			map[string]Reason{"3": NoAction}},
		{"force authorized for the whole mandate", "2. Authorizes the Mission to use all necessary means to carry out its mandate, within its capabilities and its areas of deployment;\n",
			map[string]Reason{"2": "extends-mandate"}},
		{"force authorized for the whole mandate, its limits first", "2. Authorizes the Mission to use all necessary means, within its capabilities and its areas of deployment, to carry out its mandate;\n",
			map[string]Reason{"2": "extends-mandate"}},
		{"force authorized for the mandate, a task singled out", "2. Authorizes the Mission to use all necessary means to carry out its mandate, in particular to protect civilians;\n",
			map[string]Reason{"2": ""}},
		{"force authorized for the mandate named by its task", "3. Authorizes the Operation to use all necessary means to carry out its mandate to protect civilians;\n",
			map[string]Reason{"3": ""}},
		{"force authorized for the mandate named by its task, a gerund", "3. Authorizes the Operation to take all necessary action to discharge its mandate of protecting civilians and humanitarian workers;\n",
			map[string]Reason{"3": ""}},
		{"force authorized for the whole mandate, to the full", "3. Authorizes the Operation to use all necessary means to carry out its mandate to the fullest;\n",
			map[string]Reason{"3": "extends-mandate"}},
		{"an extension that says what it enables, a place set off", "1. Decides to extend the mandate of the Force to enable it, in the safe areas, to deter attacks against them;\n",
			map[string]Reason{"1": ""}},
		{"an extension that says what it enables, then the date", "1. Decides to extend the mandate of the Force, until 30 June, to enable it to deter attacks;\n",
			map[string]Reason{"1": ""}},
		{"an intention, then the contributors asked", "6. Reaffirms its intention to authorize the Secretary-General to redeploy troops between the two missions and calls on troopcontributing countries to support the efforts of the Secretary-General in this regard;\n",
			map[string]Reason{"6": "own-conduct"}},
		{"a benchmark for the drawdown", "4. Further endorses the Secretary-General's recommendation that the conduct of peaceful elections be a core benchmark for the mission's future drawdown;\n",
			map[string]Reason{"4": "mission-review"}},
		{"the parties asked to act as parties", "5. Urges all the parties and stakeholders to respect the outcome of the election;\n",
			map[string]Reason{"5": "calls-on-parties"}},
		{"the parties asked, with the mission's support", "5. Calls upon all parties, with the support of the Mission, to ensure the protection of civilians in the camps;\n",
			map[string]Reason{"5": ""}},
		{"the parties and the Government asked", "5. Calls upon the parties and the Government to protect civilians in the camps;\n",
			map[string]Reason{"5": ""}},
		{"the parties asked to cooperate with the mission", "5. Calls upon the parties to cooperate fully with the Mission;\n",
			map[string]Reason{"5": "cooperation-with-mission"}},
		{"a renewal that singles a task out", "3. Decides to renew the mandate of the Mission until 31 May 2031, in particular to support the organization of elections;\n",
			map[string]Reason{"3": ""}},
		{"a mandate expanded to include a task", "1. Decides that the mandate of UNMIL shall be expanded to include the protection of civilians under imminent threat;\n",
			map[string]Reason{"1": ""}},
		{"a mandate enhanced to include a task", "10. Decides to enhance UNMIL's mandate to include support to the reform of the armed forces;\n",
			map[string]Reason{"10": ""}},
		{"establishes the mission", "1. Decides to establish, for an initial period of six months, the United Nations Interim Force (UNIF);\n",
			map[string]Reason{"1": "establishes"}},
		{"establishes the mission to act", "1. Decides to establish a United Nations mission to monitor the ceasefire;\n",
			map[string]Reason{"1": ""}},
		{"the status of the mission", "4. Requests that the Secretary-General and the Government, in consultation with the parties, conclude a status-of-forces agreement within 30 days;\n",
			map[string]Reason{"4": "status-agreement"}},
		{"the Council's own review", "12. Decides to review the mission's role in the implementation of the Agreement within three months;\n",
			map[string]Reason{"12": "council-review"}},
		{"others asked to cooperate with the mission", "7. Calls upon all parties to cooperate fully with the Mission in the implementation of its mandate;\n",
			map[string]Reason{"7": "cooperation-with-mission"}},
		{"others asked to cooperate in the mission's deployment", "8. Calls upon all the parties to cooperate fully in the deployment and operations of the Mission, including by guaranteeing the freedom of movement of its personnel;\n",
			map[string]Reason{"8": "cooperation-with-mission"}},
		{"others asked to cooperate in a deployment of their own", "8. Calls upon the Government to cooperate fully in the deployment of its police to the north;\n",
			map[string]Reason{"8": ""}},
		{"what the Council recalls first, then a demand", "13. Recalling its resolution 1502 (2003), reaffirms the obligation of all parties to respect humanitarian law, and also demands that all parties grant unimpeded humanitarian access;\n",
			map[string]Reason{"13": "demand-on-armed-groups"}},
		{"what the Council recalls first, then a request", "14. Recalling its resolution 1502 (2003), requests the Mission to protect humanitarian personnel;\n",
			map[string]Reason{"14": ""}},
		{"the Government asked to cooperate on a reform", "12. Calls upon the Government to cooperate closely with the Mission in establishing a commission on security sector reform;\n",
			map[string]Reason{"12": ""}},
		{"the mission's concept of operations", "43. Requests the Secretary-General to ensure that the Mission's concept of operation and rules of engagement are regularly updated;\n",
			map[string]Reason{"43": "own-means"}},
		{"enablers for the mission", "42. Commends the contribution of troop-contributing countries and calls on Member States to pledge and contribute the helicopters and other force enablers required for the Mission;\n",
			map[string]Reason{"42": "own-means"}},
		{"member states asked to train the police", "5. Urges Member States to provide training, equipment and related assistance for the local police;\n",
			map[string]Reason{"5": ""}},
		{"an authorization by reference", "6. Authorizes the Mission to use all necessary means to carry out the tasks of its mandate listed in paragraph 3 (a) to (e) of resolution 1856 (2008);\n",
			map[string]Reason{"6": ExtendsMandate}},
		{"the mission's own personnel", "12. Requests the Secretary-General to continue to investigate the allegations of sexual exploitation and abuse by civilian and military personnel of the Mission;\n",
			map[string]Reason{"12": "own-conduct"}},
		{"a request said again", "23. Reiterates its request that the Mission take additional measures to protect civilians in the sites;\n",
			map[string]Reason{"23": ""}},
		{"a request said again, for the mission's own security", "23. Reiterates its request that the Mission take additional measures, as appropriate, to ensure the security of its air operations;\n",
			map[string]Reason{"23": "own-means"}},
		{"a call said again", "24. Reiterates its call for an end to the violence;\n",
			map[string]Reason{"24": NoAction}},
		// "shall" asks for an action only with a task after it: a finding
		// restated asks none, a task restated still does
		{"a finding restated", "6. Reiterates that any threat to the electoral process shall constitute a threat to the peace;\n",
			map[string]Reason{"6": NoAction}},
		{"a task restated", "5. Reiterates that the Special Representative shall certify that all stages of the electoral process are fair;\n",
			map[string]Reason{"5": ""}},
		{"a task asked again of the Government", "3. Recalls that the Government shall take all measures to protect civilians in the camps;\n",
			map[string]Reason{"3": ""}},
		{"a demand of a Government after when", "9. Demands that immediately and without preconditions the Government redeploy its security personnel from the Area;\n",
			map[string]Reason{"9": ""}},
		// the contributors asked to back the mission's redeployment
		{"the contributors backing a redeployment", "24. Reaffirms its intention to authorize the Secretary-General to redeploy troops between the two missions and calls on troop contributing countries to support the efforts of the Secretary-General in that regard;\n",
			map[string]Reason{"24": "own-means"}},
		// the mission's own police asked of Member States
		{"the mission's own police", "5. Urges Member States to provide enough well-qualified police candidates, to ensure full staffing of UNMISS police;\n",
			map[string]Reason{"5": "own-means"}},
		// the mission's work welcomed as going on is its task; its work
		// welcomed as done asks nothing more
		{"the mission's work going on", "16. Welcomes UNMISS's continued efforts to strengthen the capacities of the community protection committees;\n",
			map[string]Reason{"16": ""}},
		{"the mission's work done", "17. Welcomes UNMISS's efforts to strengthen the capacities of the community protection committees;\n",
			map[string]Reason{"17": NoAction}},
		// a demand said again of the states named is their task, as of a
		// Government named so
		{"a demand of states said again", "7. Reiterates its demand that Sudan and South Sudan urgently constitute the Abyei Police Service;\n",
			map[string]Reason{"7": ""}},
		{"a demand of a Government said again", "6. Reiterates its demand that the Government of Sudan redeploy the Oil Police from the Area;\n",
			map[string]Reason{"6": ""}},
		{"a demand of armed groups, then a task of the Government", "15. Demands that all armed groups stop recruiting children and calls upon the Government to continue to work with the Mission to finalise an action plan to release children from the army and to screen its recruits;\n",
			map[string]Reason{"15": ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := ReadMandate(r, c.text)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]Reason{}
			for _, p := range m.Parts {
				if p.Role == Task || p.Role == LeftOut {
					got[p.Ref] = p.Reason
				}
			}
			for ref, want := range c.want {
				if r, ok := got[ref]; !ok || r != want {
					t.Errorf("%s: reason %q (found %v), want %q", ref, r, ok, want)
				}
			}
			if len(m.LeftOut()) != m.LeftOutParagraphs {
				t.Errorf("%d left out listed, %d counted", len(m.LeftOut()), m.LeftOutParagraphs)
			}
		})
	}
	for _, r := range []Reason{NoAction, ExtendsMandate, TroopCeiling, ReportRequest, DemandOnArmedGroups} {
		if r.Why() == string(r) || r.Why() == "" {
			t.Errorf("%s has no explanation", r)
		}
	}
}

// --all keeps the parts left out, as drafts like the others.
func TestImportAllKeepsLeftOut(t *testing.T) {
	r := NewReader(classify.Default())
	text := "1. Decides to extend the mandate of X until 2030;\n2. Requests X to patrol the camps;\n"
	for all, want := range map[bool]int{false: 1, true: 2} {
		ws, m, err := Import(r, "m.txt", text, ImportOptions{All: all})
		if err != nil || len(ws.Activities) != want || len(m.LeftOut()) != 1 {
			t.Errorf("all=%v: %v, %d activities, want %d", all, err, len(ws.Activities), want)
		}
	}
}

// Identical sub-tasks each become a draft with an id of its own, none of
// them one already taken in the worksheet the import goes to.
func TestImportIdenticalSubTasks(t *testing.T) {
	r := NewReader(classify.Default())
	base := "1-a-patrol-the-camps-around-bunia"
	taken := map[string]bool{base: true, base + "-3": true}
	ws, _, err := Import(r, "m.txt", identicalSubTasks(5), ImportOptions{Taken: taken})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range ws.Activities {
		got = append(got, strings.TrimPrefix(a.ID, base))
	}
	if strings.Join(got, " ") != "-2 -4 -5 -6 -7" {
		t.Errorf("ids %q", got)
	}
}

// A reason's why is the rulebook's, also in a fresh process that has read
// nothing yet (a saved import's review asks for it before any reading), and
// asking for it compiles no lexicon: --version and --help pay nothing for
// the reading's phrases.
func TestReasonWhyBeforeAnyReading(t *testing.T) {
	if os.Getenv("POCSSR_FRESH_PROCESS") != "" {
		want := whyOf(classify.Default().Cues(), ReportRequest)
		if want == "" || ReportRequest.Why() != want {
			t.Fatalf("why %q, the rulebook says %q", ReportRequest.Why(), want)
		}
		lexicons.Range(func(any, any) bool {
			t.Fatal("asking a reason's why compiled the lexicon")
			return false
		})
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestReasonWhyBeforeAnyReading$", "-test.count=1")
	cmd.Env = append(os.Environ(), "POCSSR_FRESH_PROCESS=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}
