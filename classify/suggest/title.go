package suggest

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Titles of imported tasks say what the task is about first, from what the
// reading found: the primary kind's topic, after the forces it works on when
// the kind acts on security institutions ("Police reform: ..."). Then come
// the task's own words: the number, a heading glued before the task and an
// introductory phrase ("With respect to ..., support") are left out, as the
// lead-in is (both stand in the activity's context). Where tasks would get
// the same title although their texts differ, each keeps the shared opening
// short and adds the words that set it apart. The words are the rulebook's
// (cues: titles).

// titling is the rulebook's title words, compiled.
type titling struct {
	rb                                                  *classify.Rulebook
	intro, notVerbs, taskVerbs, toInfinit               map[string]bool
	decisions, asks, asksAgain, needs, joins            map[string]bool
	needsWho                                            map[string]bool
	subject, modals                                     map[string]bool
	whole                                               map[string]bool
	elaboration, asides, askedAs, refersBackTo, reports [][]string
}

func newTitling(rb *classify.Rulebook, t *classify.CueTitles) *titling {
	set := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	tt := &titling{rb: rb, intro: set(t.Intro), notVerbs: set(t.NotVerbs), taskVerbs: set(t.TaskVerbs), toInfinit: set(t.Infinitive), decisions: set(t.Decisions), asks: set(t.Asks), asksAgain: set(t.AsksAgain), needs: set(t.Needs), needsWho: set(t.NeedsWho), joins: set(t.Joins), subject: set(t.Subject), modals: set(t.Modals), whole: set(t.WholeWords)}
	for _, e := range t.Elaboration {
		tt.elaboration = append(tt.elaboration, strings.Split(e, "_"))
	}
	for _, e := range t.Asides {
		tt.asides = append(tt.asides, strings.Split(e, "_"))
	}
	for _, e := range t.AskedAs {
		tt.askedAs = append(tt.askedAs, strings.Split(e, "_"))
	}
	for _, e := range t.RefersBack {
		tt.refersBackTo = append(tt.refersBackTo, strings.Split(e, "_"))
	}
	for _, e := range t.Reports {
		tt.reports = append(tt.reports, strings.Split(e, "_"))
	}
	return tt
}

// TaskTitle derives a short title from a task's text with the built-in
// rulebook's words: its main clause without the number, an introductory
// phrase or a trailing elaboration, cut at a word boundary.
func TaskTitle(text string) string { return lexiconFor(classify.Default()).titles.title(text) }

// firstWord is the first word of t, in lower case.
func firstWord(t string) string { return strings.ToLower(strings.SplitN(t, " ", 2)[0]) }

// title is TaskTitle with these words.
func (tt *titling) title(text string) string { return tt.titleOf(text, true) }

// titleAsked titles a task asked of others: the decision's opening, which
// names who is asked, stays.
func (tt *titling) titleAsked(text string) string { return tt.titleOf(text, false) }

func (tt *titling) titleOf(text string, skipAsking bool) string {
	body := withoutMarkers(text)
	t := body
	if skipAsking {
		t = tt.skipDecision(t)
	} else {
		t = tt.fromAsking(t)
	}
	t = tt.withoutInsert(tt.dropInfinitive(tt.skipIntro(t)))
	if i := strings.IndexAny(t, ";:"); i > 0 {
		t = t[:i]
	}
	t = tt.beforeNextDecision(t)
	t = strings.Join(strings.Fields(t), " ")
	t = tt.withoutAsides(t)
	if i := strings.Index(t, ", "); i >= 30 && tt.opensElaboration(t[i+2:]) {
		t = tt.withoutElaboration(t, i)
	}
	if len(t) <= maxBackTitle && tt.refersBack(t) || skipAsking && opens(t, tt.reports) {
		// Only where the paragraph named something before asking: a request
		// that opens it points back beyond it.
		if opening := strings.Join(strings.Fields(body), " "); opening != "" && !tt.asks[firstWord(opening)] {
			t = opening
		}
	}
	return capitalise(shorten(t, maxTitle), "Task")
}

// maxBackTitle is the longest task that points back and is titled from its
// paragraph's opening: a longer one says enough by itself.
const maxBackTitle = 64

// refersBack reports whether a title holds words by which a task points
// back to what its paragraph named before it (the rulebook's titles
// refers_back).
func (tt *titling) refersBack(t string) bool {
	words := strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if r == ',' || r == ';' || r == '.' {
			return ' '
		}
		return r
	}, t)))
	for _, e := range tt.refersBackTo {
		for i := 0; i+len(e) <= len(words); i++ {
			if equalWords(words[i:i+len(e)], e) {
				return true
			}
		}
	}
	return false
}

// withoutMarkers is text without its number or list markers ("12.",
// "(a)"): a paragraph from its opening decision.
func withoutMarkers(text string) string {
	t := strings.TrimSpace(text)
	for {
		loc := leadingMarker().FindStringIndex(t)
		if loc == nil || loc[1] == 0 {
			return t
		}
		t = t[loc[1]:]
	}
}

// afterAskedAs gives the task after a passive of asking that opens t and
// its infinitive ("be authorized to respond ..." gives "respond ...").
func (tt *titling) afterAskedAs(t string) (string, bool) {
	for _, e := range tt.askedAs {
		if !opens(t, [][]string{e}) {
			continue
		}
		rest := t
		for range e {
			_, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		}
		inf, task, ok := strings.Cut(strings.TrimLeft(rest, " "), " ")
		if ok && tt.toInfinit[strings.ToLower(inf)] && tt.opensTask(task) {
			return task, true
		}
	}
	return "", false
}

// endsElaboration reports whether words end with the opening of an
// elaboration ("with a view").
func (tt *titling) endsElaboration(words []string) bool {
	for _, e := range tt.elaboration {
		if len(words) >= len(e) && equalWords(words[len(words)-len(e):], e) {
			return true
		}
	}
	return false
}

// withoutAsides drops each short aside set between commas ("support the
// authorities, as appropriate and feasible, in protecting ...") where the
// task goes on after it.
func (tt *titling) withoutAsides(t string) string {
	for from := 0; ; {
		i := strings.Index(t[from:], ", ")
		if i < 0 {
			return t
		}
		i += from
		rest := t[i+2:]
		j := strings.Index(rest, ", ")
		if j < 0 || j > 60 || !opens(rest, tt.asides) || tt.opensElaboration(rest[j+2:]) {
			from = i + 2
			continue
		}
		t = t[:i] + " " + rest[j+2:]
		from = i
	}
}

// opens reports whether t opens with one of the word sequences.
func opens(t string, seqs [][]string) bool {
	words := strings.Fields(strings.ToLower(t[:min(len(t), 80)]))
	for _, e := range seqs {
		if len(words) >= len(e) && equalWords(words[:len(e)], e) {
			return true
		}
	}
	return false
}

// withoutElaboration drops the elaboration that begins after the comma at
// i: with the words after it, or, in the title of a task asked of others,
// alone when it is set between commas before the task's infinitive
// ("Calls on all donors and partners, including non-governmental
// organizations, to better coordinate their efforts" is titled "Calls on all
// donors and partners to better coordinate their efforts").
func (tt *titling) withoutElaboration(t string, i int) string {
	rest := t[i+2:]
	// only where the title keeps the decision that names who is asked:
	// after a task's own verb, "to" may begin anything
	if j := strings.Index(rest, ", "); j > 0 && tt.asks[strings.TrimRight(firstWord(t), ",")] {
		after := rest[j+2:]
		if tt.toInfinit[firstWord(after)] {
			return t[:i] + " " + after
		}
	}
	return t[:i]
}

// skipDecision drops the opening of a Council decision ("Requests MONUC,
// in close cooperation with ..., to", "Reiterates ..., and calls upon the
// mission to") when, after a word that asks someone to act, a task verb
// follows an infinitive's "to" in the paragraph: the title is the task
// asked for, not what the decision first welcomes or recalls ("Welcomes the
// Government's efforts to build ..., and calls upon the mission to provide
// support" is titled "Provide support"). A decision whose task is not found
// keeps its words.
func (tt *titling) skipDecision(t string) string {
	if !tt.decisions[strings.TrimRight(firstWord(t), ",")] {
		return t
	}
	asked, subject, prev := false, -1, ""
	var before []string // the words so far, in lower case
	for at, w := range spacedWords(t) {
		next := strings.TrimLeft(t[at+len(w):], " ")
		word := strings.ToLower(strings.Trim(w, ",()"))
		before = append(before, word)
		switch {
		case asked && at > 0 && tt.toInfinit[word] && tt.opensTask(next) && !tt.endsElaboration(before[:len(before)-1]):
			// not the "to" of a purpose set between commas ("requests the
			// Secretary-General, with a view to monitoring ..., to take")
			return next
		case subject >= 0 && at > subject && tt.modals[word]:
			// "shall protect", "shall, within its capabilities, protect";
			// not "shall be", which states rather than asks
			rest := tt.skipIntro(strings.TrimLeft(next, ", "))
			if tt.taskVerbs[firstWord(rest)] {
				return rest
			}
			// "shall be authorized to respond": the task after the
			// passive of asking and its infinitive
			if task, ok := tt.afterAskedAs(rest); ok {
				return task
			}
			subject = -1
		case subject >= 0 && at > subject && w == word && tt.taskVerbs[word] && !tt.notVerbs[prev] && !tt.toInfinit[prev]:
			// the verb right after who acts ("that the mission continue"),
			// not a word of a phrase ("in support of") or of a list
			// ("medical support, child protection"), nor the verb of what
			// it is for, named first ("that in order to support this effort
			// the mission make ...")
			return t[at:]
		}
		// "requests that", "decides further that": who acts comes next
		if asked && subject < 0 && tt.subject[word] && (tt.asks[prev] || tt.asksAgain[prev] || tt.decisions[prev]) {
			subject = at + len(w)
		}
		// "the need for UNMIL to coordinate": who acts, then the task
		asked = asked || tt.asks[word] || tt.asksAgain[word] || tt.needs[word] && tt.needsWho[strings.ToLower(firstWord(next))]
		prev = word
	}
	return t
}

// fromAsking starts the title of a task asked of others at the decision
// that asks ("Condemns all violations ..., urges all parties to implement
// ..." is titled "Urges all parties to implement ..."), with the words that
// strengthen it ("strongly urges"); a decision that opens by asking, or that
// asks nothing, keeps its words.
func (tt *titling) fromAsking(t string) string {
	first := strings.TrimRight(firstWord(t), ",")
	if !tt.decisions[first] || tt.asks[first] {
		return t
	}
	from := 0 // where the words before an asking word begin; -1 none
	for at, w := range spacedWords(t) {
		word := strings.ToLower(strings.Trim(w, ",;()"))
		switch {
		case tt.asks[word] && w == strings.Trim(w, ",;()"):
			if from < 0 {
				from = at
			}
			return t[from:]
		case tt.decisions[word] && !tt.asks[word] && strings.TrimRight(w, ",;") == w:
			// "strongly", "further": kept before the asking word
			if from < 0 {
				from = at
			}
			continue
		}
		from = -1
	}
	return t
}

// beforeNextDecision cuts t before a later decision joined to its task
// ("fully implement the HRDDP and requests the Secretary-General to ..."):
// the title is the task's own. The joining words are the rulebook's.
func (tt *titling) beforeNextDecision(t string) string {
	for at, w := range spacedWords(t) {
		if at == 0 || !tt.joins[strings.ToLower(w)] {
			continue
		}
		words := strings.Fields(strings.ToLower(t[at+len(w):]))
		// "and further requests": the ask after an opening word of a
		// decision that asks nothing itself
		for len(words) > 1 && tt.decisions[words[0]] && !tt.asks[words[0]] {
			words = words[1:]
		}
		if len(words) > 0 && tt.asks[strings.Trim(words[0], ",")] {
			// a decision set between commas that shares the task after
			// them ("Requests the country team, and calls upon all actors,
			// to complement ..."): the task is kept, the insertion not
			rest := t[at+len(w):]
			if j := strings.Index(rest, ", "); j > 0 && j < 80 && !tt.holdsInfinitive(rest[:j]) && tt.toInfinit[firstWord(rest[j+2:])] {
				return strings.TrimRight(t[:at], " ,") + " " + rest[j+2:]
			}
			return strings.TrimRight(t[:at], " ,")
		}
	}
	return t
}

// spacedWords yields each word of t between spaces, with where it starts.
func spacedWords(t string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; i < len(t); {
			if t[i] == ' ' {
				i++
				continue
			}
			j := strings.IndexByte(t[i:], ' ')
			if j < 0 {
				j = len(t) - i
			}
			if !yield(i, t[i:i+j]) {
				return
			}
			i += j
		}
	}
}

// opensTask reports whether t, after an infinitive's "to" that follows a
// request, opens with a verb: one of the task verbs, or a word in lower case
// that is none of the words that never open a task ("to the Government",
// "to FARDC units").
func (tt *titling) opensTask(t string) bool {
	w := strings.Trim(strings.SplitN(t, " ", 2)[0], ",")
	v := strings.ToLower(w)
	if tt.taskVerbs[v] {
		return true
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != "" && !tt.notVerbs[v]
}

// dropInfinitive drops the "to" of an infinitive at the start of t.
func (tt *titling) dropInfinitive(t string) string {
	if w, rest, ok := strings.Cut(t, " "); ok && tt.toInfinit[strings.ToLower(w)] {
		return strings.TrimLeft(rest, " ")
	}
	return t
}

// opensElaboration reports whether t opens with an elaboration's words.
func (tt *titling) opensElaboration(t string) bool { return opens(t, tt.elaboration) }

func equalWords(a, b []string) bool {
	for i := range a {
		if strings.TrimRight(a[i], ",;:") != b[i] {
			return false
		}
	}
	return true
}

// TitleCut ends a title the import shortened, after its last whole word:
// the one sign of a cut every screen draws ("…"), so that a stored title
// reads as cut wherever it is shown, not as words that end in dots.
const TitleCut = "…"

// oldTitleCut ended the titles of worksheets imported before TitleCut did.
const oldTitleCut = "..."

// ShortenedTitle reports whether a's title is the one the import shortened
// from its source paragraph: it ends in the sign of a cut, and the activity
// keeps the paragraph, which holds the words left out.
func ShortenedTitle(a *model.Activity) bool { return ShortenedTitleSign(a) != "" }

// ShortenedTitleSign is the sign of a cut a's title ends in where the
// import shortened it (ShortenedTitle): TitleCut, or the dots of a
// worksheet imported before it; "" where it was not shortened. A text that
// names the sign names the one the title shows.
func ShortenedTitleSign(a *model.Activity) string {
	if strings.TrimSpace(a.Source.Text) == "" {
		return ""
	}
	t := strings.TrimSpace(a.Title)
	for _, sign := range []string{TitleCut, oldTitleCut} {
		if strings.HasSuffix(t, sign) {
			return sign
		}
	}
	return ""
}

// shorten cuts t to n characters at a word, marking the cut.
func shorten(t string, n int) string {
	if utf8.RuneCountInString(t) > n {
		return strings.TrimRight(cutWords(t, n), " ,.;:…") + TitleCut
	}
	return strings.TrimSuffix(strings.TrimRight(t, " ,;:"), ".")
}

// capitalise gives t a capital first letter, or empty when t is empty.
func capitalise(t, empty string) string {
	if t == "" {
		return empty
	}
	r, size := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[size:]
}

// skipIntro drops an introductory phrase ("in support of the Government, to
// ensure ...") when what follows its comma reads as the task's verb.
func (tt *titling) skipIntro(t string) string {
	i := strings.Index(t, ", ")
	if !tt.intro[firstWord(t)] || i < 0 || i > 200 {
		return t
	}
	rest := t[i+2:]
	if next := firstWord(rest); next == "" || tt.notVerbs[next] {
		return t
	}
	return rest
}

// holdsInfinitive reports whether t has an infinitive's word ("to").
func (tt *titling) holdsInfinitive(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if tt.toInfinit[w] {
			return true
		}
	}
	return false
}

// withoutInsert drops an introductory phrase set between commas after the
// task's verb ("Provide, in cooperation with other partners in the mine
// action sector, de-mining assistance" is titled "Provide de-mining
// assistance"): what the task is about comes into the title.
func (tt *titling) withoutInsert(t string) string {
	first, rest, ok := strings.Cut(t, " ")
	verb, comma := strings.CutSuffix(strings.ToLower(first), ",")
	if !ok || !comma || !tt.taskVerbs[verb] || !tt.intro[firstWord(rest)] {
		return t
	}
	i := strings.Index(rest, ", ")
	if i < 0 || i > 200 {
		return t
	}
	after := rest[i+2:]
	if next := firstWord(after); next == "" || tt.notVerbs[next] || tt.intro[next] {
		return t
	}
	return strings.TrimSuffix(first, ",") + " " + after
}

// topic names what a task whose facts are fs is about (classify's Topic).
func (tt *titling) topic(fs *model.Facts) string { return tt.rb.Topic(fs) }

// withTopic puts the topic before a title drawn from the task's words.
// A title whose words already name the topic keeps them alone ("Ensure
// effective protection of civilians").
func withTopic(topic, title string) string {
	if topic == "" || names(title, topic) {
		return title
	}
	// A title already cut keeps its sign when the words left fit the room
	// the topic leaves.
	body, cut := strings.CutSuffix(afterTopic(title), TitleCut)
	short := shorten(body, maxTitle-utf8.RuneCountInString(topic)-2)
	if cut && !strings.HasSuffix(short, TitleCut) {
		short = strings.TrimRight(short, " ,.;:") + TitleCut
	}
	return topic + ": " + short
}

// afterTopic is title as it reads after a topic: its first word goes
// lower-case unless it is a name or an abbreviation ("UNMIL"); a word of
// one letter ("A temporary increase") is neither.
func afterTopic(title string) string {
	r, size := utf8.DecodeRuneInString(title)
	if next, _ := utf8.DecodeRuneInString(title[size:]); unicode.IsLower(next) || next == ' ' {
		return string(unicode.ToLower(r)) + title[size:]
	}
	return title
}

// topicBefore puts the topic before a title whose words are all kept, as
// withTopic does but shortening none: a topic that comes and goes leaves
// the words as they were.
func topicBefore(topic, title string) string {
	if topic == "" || names(title, topic) {
		return title
	}
	return topic + ": " + afterTopic(title)
}

// cutWords cuts t to at most n characters at a space.
func cutWords(t string, n int) string {
	count := 0
	for i := range t {
		if count == n {
			if j := strings.LastIndexByte(t[:i], ' '); j > 0 {
				return t[:j]
			}
			return t[:i]
		}
		count++
	}
	return t
}

// names reports whether title opens by naming topic: each word of the topic
// of four letters or more opens like one of the title's first words
// ("protection" and "protect").
func names(title, topic string) bool {
	tw := strings.Fields(strings.ToLower(title))
	tw = tw[:min(len(tw), titleOpening)]
	for _, w := range strings.Fields(strings.ToLower(topic)) {
		if len(w) < 4 {
			continue
		}
		found := false
		for _, x := range tw {
			n := min(len(w), len(x), 6)
			if n >= 4 && w[:n] == x[:n] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// titleOpening is how many words open a title: those that say what it is about.
const titleOpening = 5

// Retopic is the title of imported task a once its facts changed from
// before to a's. An import opens the title with the topic of the primary
// kind ("Protection of civilians: consult ..."); while the title still opens
// with the topic the facts before gave it, the topic follows the facts
// ("Reporting on threats to civilians: consult ..."), and goes when they
// give none. A title the facts before gave no topic gets that of the facts
// now while it is the task's own words as the import drew them
// (ImportsOwnWords): the topic a "don't know" took away comes back when
// the kind is answered again. Any other title is the planner's, and stays
// as written. The task's words are kept whole whatever the topic, so that
// the facts before give the title before back. changed says whether the
// title changed.
func Retopic(rb *classify.Rulebook, a *model.Activity, before *model.Facts) (retitled string, changed bool) {
	tt := lexiconFor(rb).titles
	title := a.Title
	was, now := tt.topic(before), tt.topic(&a.Facts)
	if was == now {
		return title, false
	}
	own := title
	if was != "" {
		var ok bool
		if own, ok = strings.CutPrefix(title, was+": "); !ok {
			return title, false
		}
	} else if !ImportsOwnWords(a) {
		return title, false
	}
	if strings.TrimSpace(own) == "" {
		return title, false
	}
	retitled = capitalise(topicBefore(now, own), "")
	return retitled, retitled != title
}

// ImportsOwnWords reports whether a's title is the task's own words as the
// import drew them, with no topic before them: an import makes a draft's
// id of its paragraph and those words ("2180-8-continue-to-support-this-process",
// or "-2" after it where the id was taken), and the id stays when the
// title is edited.
func ImportsOwnWords(a *model.Activity) bool {
	if strings.TrimSpace(a.Source.Text) == "" {
		return false
	}
	base := model.Slug(a.Source.Ref + " " + a.Title)
	n, ok := strings.CutPrefix(a.ID, base)
	if !ok {
		return false
	}
	if n == "" {
		return true
	}
	n, ok = strings.CutPrefix(n, "-")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}
