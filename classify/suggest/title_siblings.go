package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/model"
)

// taskTitles gives the parts an import keeps (keep) their titles, by index
// into m.Parts: what each is about (from facts, its reading), then its own
// words; titles of tasks whose texts differ are made to differ too.
//
// It also returns each task's title without its topic, from which the
// draft's id is made: ids then stay the same when a reading changes.
//
// A part that opens with a decision left out is titled from the decision
// that keeps it (Part.TaskFrom): a renewal, then the task it creates.
func (tt *titling) taskTitles(m *Mandate, keep func(Part) bool, facts map[int]*model.Facts) (titles, owns map[int]string) {
	return tt.taskTitlesIn(m, keep, facts, runsFor)
}

// taskTitlesIn is taskTitles, the parts titled in runs(parts) runs.
func (tt *titling) taskTitlesIn(m *Mandate, keep func(Part) bool, facts map[int]*model.Facts, runsOf func(parts int) int) (titles, owns map[int]string) {
	var parts []int
	for i, p := range m.Parts {
		if keep(p) {
			parts = append(parts, i)
		}
	}
	// Each part is titled by its own words and reading, in runs (inRuns);
	// each run counts the mandate's words in a vocabulary of its own.
	runs := runsOf(len(parts))
	vocabs := make([]*vocabulary, max(runs, 1))
	for run := range vocabs {
		vocabs[run] = vocabularyOf(m)
	}
	titled := make([]partTitle, len(parts))
	inRuns(len(parts), runs, func(run, k int) {
		i := parts[k]
		titled[k] = tt.partTitle(&m.Parts[i], facts[i], vocabs[run])
	})
	titles, owns = map[int]string{}, map[int]string{}
	bodies := map[int]string{}
	same := map[string][]int{}
	topics := map[int]string{}
	for k, i := range parts {
		pt := titled[k]
		if facts[i] != nil {
			topics[i] = pt.topic
		}
		owns[i], titles[i], bodies[i] = pt.own, pt.title, pt.body
		// Siblings are set apart by their own words, whatever their topics:
		// "Police reform: provide good offices, advice … reform of its police".
		same[pt.own] = append(same[pt.own], i)
	}
	for _, group := range same {
		if len(group) > 1 {
			setApart(group, titles, bodies, topics, owns)
		}
	}
	return titles, owns
}

// partTitle is a part's title before it is set apart from its siblings: its
// own words' (own), with its topic (title), and the body of its task.
type partTitle struct {
	own, title, body, topic string
}

// partTitle titles part p, read as fs (nil when it was not read), its broken
// words mended as vocab tells them.
func (tt *titling) partTitle(p *Part, fs *model.Facts, vocab *vocabulary) partTitle {
	var pt partTitle
	text := tt.withoutGluedHeading(withoutHeading(p.Text, p.Context))
	titled := text
	if p.TaskFrom > 0 {
		titled = p.Text[p.TaskFrom:]
	}
	if p.TitleFrom > 0 {
		titled = p.Text[p.TitleFrom:]
	}
	titled = vocab.mend(titled, tt.whole)
	if fs != nil {
		pt.topic = tt.topic(fs)
	}
	// A task asked of others, or of someone the reading does not know,
	// keeps who is asked ("Encourages the UNCT to support ...", "Urges
	// all parties to engage ..."); the mission's own is titled by what
	// it does.
	pt.own = tt.title(tt.taskIntro(titled))
	if fs == nil || !fs.Known(model.Implementer) || tt.rb.AskedOfOthers(fs) {
		pt.own = tt.titleAsked(tt.taskIntro(titled))
	}
	pt.title = withTopic(pt.topic, pt.own)
	pt.body = tt.taskBody(text)
	return pt
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
func (tt *titling) taskIntro(text string) string {
	t := strings.TrimSpace(leadingMarker().ReplaceAllString(strings.TrimSpace(text), ""))
	if !tt.intro[firstWord(t)] {
		return text
	}
	for from := 0; from < len(t) && from < 400; {
		i := strings.Index(t[from:], ", ")
		if i < 0 {
			break
		}
		rest := t[from+i+2:]
		if tt.taskVerbs[firstWord(tt.dropInfinitive(rest))] {
			return rest
		}
		from += i + 2
	}
	return text
}

// taskBody is a task's words for comparing it with others: without its
// number and an introductory phrase, spaces joined.
func (tt *titling) taskBody(text string) string {
	t := tt.taskIntro(text)
	t = leadingMarker().ReplaceAllString(strings.TrimSpace(t), "")
	t = tt.dropInfinitive(t)
	return strings.Join(strings.Fields(t), " ")
}

// sharedHead is how much of a shared opening a set-apart title keeps, in
// characters.
const sharedHead = 34

// setApart rewrites the titles of tasks that got the same one: the shared
// opening, cut short, then the first words in which each task differs.
func setApart(group []int, titles, bodies, topics, owns map[int]string) {
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
	shared := strings.Join(words[0][:common], " ")
	for k, i := range group {
		// Beside a topic the shared opening is shorter still: the topic
		// already says much of what the task is about.
		n := sharedHead
		if topics[i] != "" {
			n = sharedHead * 2 / 3
		}
		head := strings.TrimRight(cutWords(shared, n), " ,;:")
		rest := strings.Join(words[k][common:], " ")
		rest = strings.TrimLeft(rest, " ,;:")
		if rest == "" {
			continue
		}
		owns[i] = capitalise(shorten(strings.TrimRight(cutWords(shared, sharedHead), " ,;:")+" … "+rest, maxTitle), "")
		titles[i] = withTopic(topics[i], capitalise(shorten(head+" … "+rest, maxTitle), ""))
	}
}

// maxGluedHeading is the most words a heading glued before a task has.
const maxGluedHeading = 12

// withoutGluedHeading drops a heading that the text runs into its task
// when the heading had no line of its own ("(b) Neutralizing armed groups
// through the Intervention Brigade In support of ..., carry out ..."): words
// with no punctuation, then a capitalised verb that opens a task or a
// capitalised word that opens an introductory phrase.
func (tt *titling) withoutGluedHeading(text string) string {
	t := strings.TrimSpace(leadingMarker().ReplaceAllString(strings.TrimSpace(text), ""))
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
		if unicode.IsUpper(r) && unicode.IsLower(next) && (tt.taskVerbs[lower] || tt.intro[lower]) {
			return strings.Join(words[k:], " ")
		}
	}
	return text
}

// askedLater is where the decision begins that asks the one who acts, read
// from the evidence of the implementer suggested: the first words that say
// so, when they open with a word that asks and come after another decision
// of the text that asks someone else; 0 when the text opens with it, or
// the task is asked of others (it keeps who is asked first).
func (tt *titling) askedLater(s *Suggestion) int {
	v, ok := s.Facts.One(model.Implementer)
	if !ok || tt.rb.AskedOfOthers(&s.Facts) {
		return 0
	}
	at := -1
	for _, e := range s.Evidence {
		if e.Fact == model.Implementer && e.Value == v && !e.InContext && (at < 0 || e.Start < at) {
			at = e.Start
		}
	}
	if at <= 0 || at > len(s.Text) {
		return 0
	}
	// past the words that join a later decision ("and further encourages")
	at = tt.pastJoins(s.Text, at)
	if !tt.asks[firstWord(s.Text[at:])] {
		// the one who acts named inside the decision that asks it ("…;
		// further urges that all reports be investigated, with the support
		// of MONUC"): the decision begins at its word that asks
		if at = tt.decisionBefore(s.Text, at); at <= 0 {
			return 0
		}
	}
	for _, w := range strings.Fields(s.Text[:at]) {
		if tt.asks[strings.ToLower(strings.Trim(w, ",;"))] {
			return at
		}
	}
	return 0
}

// decisionBefore is where the decision begins that holds byte at: the word
// that asks right after the last semicolon before it (a decision of its own
// in the sentence), past the words that join it ("further"); 0 if none.
func (tt *titling) decisionBefore(text string, at int) int {
	head := text[:at]
	i := strings.LastIndexByte(head, ';')
	if i < 0 {
		return 0
	}
	if from := tt.pastJoins(head, i+1); tt.asks[firstWord(head[from:])] {
		return from
	}
	return 0
}

// pastJoins is byte at of text moved past spaces, commas and the words that
// join a decision or open one without asking ("and further").
func (tt *titling) pastJoins(text string, at int) int {
	for {
		at += len(text[at:]) - len(strings.TrimLeft(text[at:], " ,"))
		w := firstWord(text[at:])
		if w == "" || !(tt.joins[w] || tt.decisions[w] && !tt.asks[w]) {
			return at
		}
		at += len(w)
	}
}
