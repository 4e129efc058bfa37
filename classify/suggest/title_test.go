package suggest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
)

// Tasks that open alike get titles that differ where their texts differ,
// and a heading or introductory phrase never becomes the title.
func TestTaskTitlesSetSiblingsApart(t *testing.T) {
	text := `Operative text

1. Decides that the mission shall have the following mandate:
Good offices
(a) Provide good offices, advice and support to the Government of the Republic in the organization of local elections;
(b) Provide good offices, advice and support to the Government of the Republic in the reform of its police;
(c) Provide good offices, advice and support to the Government of the Republic in the fight against impunity;
(d) With respect to the urgent need to fight illegal exploitation and trade of, natural resources in the country, support the Government's efforts to control the mines;
`
	ws, _, err := Import(NewReader(classify.Default()), "m.txt", text, ImportOptions{TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, a := range ws.Activities {
		if prev, dup := seen[a.Title]; dup {
			t.Errorf("%s and %s share the title %q", prev, a.Source.Ref, a.Title)
		}
		seen[a.Title] = a.Source.Ref
		if strings.HasPrefix(a.Title, "Good offices") || strings.HasPrefix(a.Title, "Decides") {
			t.Errorf("%s: heading or lead-in as title: %q", a.Source.Ref, a.Title)
		}
	}
	want := map[string]string{
		"1(a)": "local elections", "1(b)": "reform of its police", "1(c)": "fight against impunity",
		"1(d)": "Support the Government's efforts",
	}
	for _, a := range ws.Activities {
		if w, ok := want[a.Source.Ref]; ok && !strings.Contains(a.Title, w) {
			t.Errorf("%s: title %q lacks %q", a.Source.Ref, a.Title, w)
		}
	}
	if len(ws.Activities) != 4 {
		t.Errorf("%d activities", len(ws.Activities))
	}
}

func TestWithoutHeading(t *testing.T) {
	got := withoutHeading("Neutralizing armed groups In support of the authorities, carry out targeted operations", []string{"Lead-in:", "Neutralizing armed groups"})
	if got != "In support of the authorities, carry out targeted operations" {
		t.Errorf("got %q", got)
	}
}

// A heading that ran into its task without a line of its own is left out
// of the title.
func TestGluedHeadingIsNoTitle(t *testing.T) {
	text := "The Security Council,\n\n12. Decides that MONUSCO shall have the following mandate:\n(a) Protection of civilians\nEnsure effective protection of civilians under threat;\n(b) Neutralizing armed groups through the Intervention Brigade\nIn support of the authorities of the DRC, carry out targeted offensive operations;\n(c) Support the Government of the Democratic Republic of the Congo in its reform of the army;\n"
	ws, _, err := Import(NewReader(classify.Default()), "m.txt", text, ImportOptions{TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	// What the task is about comes first, unless its own words say it.
	want := map[string]string{"12(a)": "Ensure effective protection of civilians under threat",
		"12(b)": "Presence and deterrence: carry out targeted offensive operations",
		"12(c)": "Army reform: support the Government of the Democratic Republic of the…"}
	for _, a := range ws.Activities {
		if w, ok := want[a.Source.Ref]; ok && a.Title != w {
			t.Errorf("%s: title %q; want %q", a.Source.Ref, a.Title, w)
		}
	}
}

// What a task is about comes first in its title, from its reading: the
// forces and the kind of the work, so that tasks opening alike ("Provide
// good offices, advice and support ...") say which force they reform. Ids
// come from the task's own words, so they do not change with the titles.
func TestTitlesSayWhatATaskIsAbout(t *testing.T) {
	text := "1. Decides that the mission shall have the following mandate:\n" +
		"(a) Provide good offices, advice and support to the Government in the reform of the army, including the training of its battalions;\n" +
		"(b) Provide good offices, advice and support to the Government in the reform of the police;\n" +
		"(c) Provide good offices, advice and support to the Government in the vetting of the gendarmerie;\n" +
		"(d) Protect civilians under imminent threat of physical violence;\n"
	r := NewReader(classify.Default())
	topical, _, err := Import(r, "m.txt", text, ImportOptions{TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	plain, _, err := Import(r, "m.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Army reform: ", "Police reform: ", "Gendarmerie vetting: ", "Protect civilians"}
	for i, a := range topical.Activities {
		if !strings.HasPrefix(a.Title, want[i]) {
			t.Errorf("%s: title %q, want it to open with %q", a.Source.Ref, a.Title, want[i])
		}
		if a.ID != plain.Activities[i].ID {
			t.Errorf("%s: id %q with the topic first, %q without", a.Source.Ref, a.ID, plain.Activities[i].ID)
		}
		if strings.HasPrefix(plain.Activities[i].Title, want[i]) && i < 3 {
			t.Errorf("%s: a plain title %q names the topic", a.Source.Ref, plain.Activities[i].Title)
		}
	}
}

// A decision of the Council is titled by the task it asks for, after the
// word that asks someone to act; what it first welcomes or recalls, an
// addressee's name and a "to" that is no infinitive are not the task; a task
// asked of others keeps who is asked.
func TestTitlesTakeTheTaskADecisionAsksFor(t *testing.T) {
	tt := lexiconFor(classify.Default()).titles
	for _, c := range []struct{ text, want string }{
		{"12. Requests the mission, in close cooperation with the Government, to build on best practices in the camps;", "Build on best practices in the camps"},
		{"3. Welcomes the Government's efforts to build capacity, and calls upon the mission to provide support to the police;", "Provide support to the police"},
		{"4. Takes note of the report; further encourages the mission to extend its presence to the border;", "Extend its presence to the border"},
		{"5. Requests the Secretary-General to elaborate the concept of operations of the mission;", "Elaborate the concept of operations of the mission"},
		// a later decision joined to the task is not the task's
		{"19. Encourages the mission to fully implement the policy and requests the Secretary-General to report on it;", "Fully implement the policy"},
		{"9. Requests the mission to patrol the border and further requests it to report;", "Patrol the border"},
		// a report asked in a later decision is not the task
		{"7. Emphasizes that such operations by the army should be planned jointly with the mission, and requests the Secretary-General to include in his reports to the Council an assessment of the measures taken;", "Emphasizes that such operations by the army should be planned jointly…"},
		// the verb after who acts, said again as a demand: "make" is the
		// task's, not a word to pass over
		{"15. Reiterates its demand that UNAMID make full use of its mandate and capabilities to protect civilians;", "Make full use of its mandate and capabilities to protect civilians"},
		// a task that points back to what the paragraph named before it is
		// titled from the paragraph's opening; a request that opens the
		// paragraph keeps its task
		{"20. Welcomes progress made by the mission in communications and public outreach and requests it to continue these activities;", "Welcomes progress made by the mission in communications and public…"},
		{"14. Welcomes the steps taken towards the reform of the prisons, requests the mission to continue to provide support in this regard;", "Welcomes the steps taken towards the reform of the prisons, requests…"},
		{"6. Requests the mission to strengthen its monitoring role in this regard;", "Strengthen its monitoring role in this regard"},
		{"9. Welcomes the plan and requests the mission to support its implementation in this regard and in all areas where civilians are at risk;", "Support its implementation in this regard and in all areas where…"},
		// the need for someone to act names who acts, then the task
		{"7. Further emphasizes the need for UNMIL and UNOCI to regularly coordinate their strategies near the border, and requests the Secretary-General to report on them;", "Regularly coordinate their strategies near the border"},
		{"8. Stresses the need for close coordination between the missions;", "Stresses the need for close coordination between the missions"},
		// no request: the decision's words stay
		{"6. Recognizes the support of the mission to FARDC units;", "Recognizes the support of the mission to FARDC units"},
		{"7. Welcomes the Government's efforts to build the capacity of its police;", "Welcomes the Government's efforts to build the capacity of its police"},
		// who acts named after "that", then the verb, after a modal or not
		{"7. Requests that the mission continue its support of the police as needed to ensure security;", "Continue its support of the police as needed to ensure security"},
		{"2. Decides that the mission shall, within its capabilities, protect civilians in the camps;", "Protect civilians in the camps"},
		{"3. Decides further that, in accordance with its mandate, the Force will patrol the border;", "Patrol the border"},
		{"4. Requests that the mission, in support of the Government, continue its patrols;", "Continue its patrols"},
		// a modal before "be" states, and a list's noun is no verb
		{"5. Decides that the mission shall be headed by a Special Representative;", "Decides that the mission shall be headed by a Special Representative"},
		{"6. Decides that the staff, including medical support, child protection and logistics officers, shall be deployed;", "Decides that the staff, including medical support, child protection and…"},
		// a request said again, named by its noun, asks as the verb does
		{"8. Recognizes that a stable environment is crucial, reaffirms its call upon the mission to support the political process under way;", "Support the political process under way"},
		{"9. Reiterates its demand that the mission protect civilians in the camps;", "Protect civilians in the camps"},
		// "to" before a name or a determiner opens no task
		{"8. Requests the mission to the east of the country to the Government to assist;", "Requests the mission to the east of the country to the Government to…"},
	} {
		if got := tt.title(c.text[strings.Index(c.text, " ")+1:]); got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
	text := "Operative text\n\n1. Encourages donors to fund the training of the national police;\n2. Welcomes the progress made, and requests the mission to train the national police;\n"
	ws, _, err := Import(NewReader(classify.Default()), "m.txt", text, ImportOptions{TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"1": "Encourages donors to fund", "2": "train the national police"}
	for _, a := range ws.Activities {
		if w := want[a.Source.Ref]; !strings.Contains(strings.ToLower(a.Title), strings.ToLower(w)) {
			t.Errorf("%s: title %q, want it to hold %q", a.Source.Ref, a.Title, w)
		}
	}
}

// A task asked of others is titled from the decision that asks, who is asked
// included, not from what the paragraph first condemns or recalls; words
// that strengthen the asking stay, and a paragraph that opens by asking, or
// asks nothing, keeps its words.
func TestTitlesOfTasksAskedOfOthersStartAtTheAsking(t *testing.T) {
	tt := lexiconFor(classify.Default()).titles
	for _, c := range []struct{ text, want string }{
		{"Condemns all violations against children, urges all parties to implement the action plan", "Urges all parties to implement the action plan"},
		{"Expresses grave concern at the findings, and strongly urges the Government to end recruitment", "Strongly urges the Government to end recruitment"},
		{"Recalls its resolutions 1325 (2000) and 2122 (2013), encourages the Government to promote women's participation", "Encourages the Government to promote women's participation"},
		{"Also calls upon the parties to cooperate", "Also calls upon the parties to cooperate"},
		{"Urges donors to fund the police", "Urges donors to fund the police"},
		{"Condemns the attacks on the camps", "Condemns the attacks on the camps"},
		// who is asked, named with an elaboration between commas, and then
		// what they are asked (written for this test)
		{"Calls on all donors and partners, including regional organizations, to fund the training centre", "Calls on all donors and partners to fund the training centre"},
		// a second decision set between commas that shares the task after
		// them (written for this test)
		{"Requests the country team, and calls upon all actors, to complement the Government's operations", "Requests the country team to complement the Government's operations"},
		// a request said again to others keeps its decision's words
		{"Reiterates its call upon the Congolese authorities to put an end to impunity", "Reiterates its call upon the Congolese authorities to put an end to…"},
	} {
		if got := tt.titleAsked(c.text); got != c.want {
			t.Errorf("%q: title %q, want %q", c.text, got, c.want)
		}
	}
}

// A title cut for length keeps its sign where the topic put before it leaves
// room for all the words that were kept: the words do not read as the whole
// task.
func TestTopicKeepsTheSignOfACutTitle(t *testing.T) {
	words := "Continue to provide support to the Government's decentralization priorities at the central and departmental levels"
	cut := shorten(words, maxTitle)
	if !strings.HasSuffix(cut, "…") {
		t.Fatalf("shorten(%q) = %q: not cut, the test needs a longer title", words, cut)
	}
	for _, topic := range []string{"Reform", "Police reform", "Protection of civilians"} {
		got := withTopic(topic, cut)
		if !strings.HasSuffix(got, "…") {
			t.Errorf("withTopic(%q, %q) = %q: the cut lost its sign", topic, cut, got)
		}
		if n := utf8.RuneCountInString(got); n > maxTitle+3 {
			t.Errorf("withTopic(%q, …) = %q: %d characters, more than %d", topic, got, n, maxTitle+3)
		}
	}
	if got := withTopic("Reform", "Support the reform of the police"); strings.HasSuffix(got, "…") {
		t.Errorf("a whole title was given a sign of a cut: %q", got)
	}
}

// A paragraph that opens with a decision left out (a renewal) and then asks
// for an activity is titled by what it asks, not by the renewal.
func TestTitleOfATaskAfterARenewal(t *testing.T) {
	r := NewReader(classify.Default())
	for _, c := range []struct{ text, want string }{
		{"1. Decides to renew the mandate of the mission until 31 March 2031 and decides further that the mission shall deploy a rapid response unit to deter attacks on civilians;",
			"Deploy a rapid response unit to deter attacks on civilians"},
		{"1. Decides to extend the mandate of the mission until 30 June 2031, and requests the mission to train the police;",
			"Train the police"},
		{"1. Decides to extend the mandate of the mission until 30 June 2031; decides also that the mission shall support the Government in the reform of the security sector;",
			"Support the Government in the reform of the security sector"},
		// no decision left out opens it: the title is its first task
		{"1. Requests the mission to patrol the border and decides further that it shall report monthly;",
			"Patrol the border"},
	} {
		ws, _, err := Import(r, "m.txt", "The Security Council,\n\n"+c.text+"\n", ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(ws.Activities) != 1 {
			t.Fatalf("%q: %d activities", c.text, len(ws.Activities))
		}
		if got := ws.Activities[0].Title; got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
