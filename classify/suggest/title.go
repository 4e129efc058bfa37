package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Titles of imported tasks come from each task's own words: the number, a
// heading glued before the task and an introductory phrase ("With respect
// to ..., support") are left out, as the lead-in is (both stand in the
// activity's context). Where tasks would get the same title although their
// texts differ ("Provide good offices, advice and support to the Government
// in ..." seven times), each title keeps the shared opening short and adds
// the words that set the task apart.

// taskVerbs are verbs that open a task after an introductory phrase: the
// first comma followed by one of them ends the phrase.
var taskVerbs = map[string]bool{"support": true, "assist": true, "provide": true, "ensure": true, "monitor": true,
	"protect": true, "help": true, "facilitate": true, "promote": true, "contribute": true, "work": true,
	"advise": true, "coordinate": true, "develop": true, "implement": true, "strengthen": true, "train": true,
	"deter": true, "prevent": true, "conduct": true, "undertake": true, "establish": true, "carry": true,
	"encourage": true, "take": true, "use": true, "seek": true, "enhance": true, "observe": true, "report": true,
	"investigate": true, "mobilize": true, "mobilise": true, "build": true, "foster": true, "maintain": true,
	"supervise": true, "verify": true, "liaise": true, "offer": true, "exercise": true, "neutralize": true}

// TaskTitles gives the parts an import keeps (keep) their titles, by index
// into m.Parts: each from its task's own words, and titles of tasks whose
// texts differ made to differ too.
func TaskTitles(m *Mandate, keep func(Part) bool) map[int]string {
	titles := map[int]string{}
	bodies := map[int]string{}
	same := map[string][]int{}
	for i, p := range m.Parts {
		if !keep(p) {
			continue
		}
		text := withoutGluedHeading(withoutHeading(p.Text, p.Context))
		titles[i] = TaskTitle(taskIntro(text))
		bodies[i] = taskBody(text)
		same[titles[i]] = append(same[titles[i]], i)
	}
	for _, group := range same {
		if len(group) > 1 {
			setApart(group, titles, bodies)
		}
	}
	return titles
}

// withoutHeading drops a heading of the task's context that the text
// repeats at its start ("Protection of civilians (a) Ensure ...").
func withoutHeading(text string, context []string) string {
	t := strings.TrimSpace(text)
	for _, c := range context {
		c = strings.TrimSpace(c)
		if c != "" && len(c) < len(t) && strings.HasPrefix(t, c) {
			t = strings.TrimSpace(t[len(c):])
		}
	}
	return t
}

// taskIntro drops an introductory phrase that runs over several commas: it
// ends at the first comma followed by a verb that opens a task.
func taskIntro(text string) string {
	t := strings.TrimSpace(leadingMarker.ReplaceAllString(strings.TrimSpace(text), ""))
	first := strings.ToLower(strings.SplitN(t, " ", 2)[0])
	if !introWords[first] && first != "with" {
		return text
	}
	for from := 0; from < len(t) && from < 400; {
		i := strings.Index(t[from:], ", ")
		if i < 0 {
			break
		}
		rest := t[from+i+2:]
		next := strings.ToLower(strings.SplitN(rest, " ", 2)[0])
		if taskVerbs[strings.TrimPrefix(next, "to ")] || next == "to" && taskVerbs[strings.ToLower(strings.SplitN(strings.TrimPrefix(rest, "to "), " ", 2)[0])] {
			return rest
		}
		from += i + 2
	}
	return text
}

// taskBody is a task's words for comparing it with others: without its
// number and an introductory phrase, spaces joined.
func taskBody(text string) string {
	t := taskIntro(text)
	t = leadingMarker.ReplaceAllString(strings.TrimSpace(t), "")
	t = leadingTo.ReplaceAllString(t, "")
	return strings.Join(strings.Fields(t), " ")
}

// sharedHead is how much of a shared opening a set-apart title keeps, in
// characters.
const sharedHead = 34

// setApart rewrites the titles of tasks that got the same one: the shared
// opening, cut short, then the first words in which each task differs.
func setApart(group []int, titles, bodies map[int]string) {
	words := make([][]string, len(group))
	for k, i := range group {
		words[k] = strings.Fields(bodies[i])
	}
	common := len(words[0])
	for _, w := range words[1:] {
		n := 0
		for n < common && n < len(w) && strings.EqualFold(w[n], words[0][n]) {
			n++
		}
		common = n
	}
	if common == 0 {
		return
	}
	head := strings.TrimRight(cutWords(strings.Join(words[0][:common], " "), sharedHead), " ,;:")
	for k, i := range group {
		rest := strings.Join(words[k][common:], " ")
		rest = strings.TrimLeft(rest, " ,;:")
		if rest == "" {
			continue
		}
		t := head + " … " + rest
		if utf8.RuneCountInString(t) > maxTitle {
			t = strings.TrimRight(cutWords(t, maxTitle), " ,.;:") + "..."
		} else {
			t = strings.TrimSuffix(strings.TrimRight(t, " ,;:"), ".")
		}
		r, size := utf8.DecodeRuneInString(t)
		titles[i] = string(unicode.ToUpper(r)) + t[size:]
	}
}

// maxGluedHeading is the most words a heading glued before a task has.
const maxGluedHeading = 12

// withoutGluedHeading drops a heading that the text runs into its task
// when the heading had no line of its own ("(b) Neutralizing armed groups
// through the Intervention Brigade In support of ..., carry out ..."): words
// with no punctuation, then a capitalised verb that opens a task or a
// capitalised word that opens an introductory phrase.
func withoutGluedHeading(text string) string {
	t := strings.TrimSpace(leadingMarker.ReplaceAllString(strings.TrimSpace(text), ""))
	words := strings.Fields(t)
	// A paragraph of its own opens with the Council's verb ("Decides",
	// "Urges"): no heading stands before it.
	if len(words) < 3 || strings.HasSuffix(words[0], "s") {
		return text
	}
	for k := 1; k+1 < len(words) && k <= maxGluedHeading; k++ {
		prev := words[k-1]
		if strings.ContainsAny(prev, ",.;:()") {
			return text
		}
		w := words[k]
		r, _ := utf8.DecodeRuneInString(w)
		lower := strings.ToLower(w)
		next, _ := utf8.DecodeRuneInString(words[k+1])
		// The task goes on in small letters ("In support", "Ensure effective");
		// a capital after it is a name ("Support Mission", "Good Conduct").
		if unicode.IsUpper(r) && unicode.IsLower(next) && (taskVerbs[lower] || introWords[lower] && lower != "at") {
			return strings.Join(words[k:], " ")
		}
	}
	return text
}
