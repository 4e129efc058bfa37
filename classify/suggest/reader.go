// Package suggest reads plain language: it proposes the facts of an activity
// from a free-text description, showing the words behind each proposal, and
// splits a Security Council resolution (or any numbered list of tasks) into
// draft activities (FRAMEWORK §7).
//
// The reading is deterministic and explainable. Every word it reacts to comes
// from the rulebook's cue lexicon, so a facilitator can extend it with --rules;
// this package holds only the machinery: splitting text into words, finding
// the lexicon's phrases, applying negation and scope, and choosing among
// competing values. A value the words do not support is never suggested.
package suggest

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Evidence is the words behind one suggested value.
type Evidence struct {
	Fact model.Fact
	// Value is the value suggested: a value of the fact, "true" or "false" for
	// a yes/no fact, or "none" for a list known to be empty.
	Value string
	// Phrase is Text[Start:End], the words that support the value.
	Phrase     string
	Start, End int
	// Cue is the lexicon phrase that matched, e.g. "train* ... human rights".
	Cue string
	// Negated: the words were read as negated ("without oversight").
	Negated bool
	// InContext: the words are in the context of an imported task (its
	// paragraph's lead-in or heading), and the offsets count in that context.
	InContext bool
	// Purpose names the scope of a kind read in a purpose ("with a view
	// to …") and kept because no other words say what the activity does;
	// "" otherwise.
	Purpose string
}

// Declined is a reading that was not suggested, with the reason.
type Declined struct {
	Evidence
	Reason string
	// Weight is the weight of the cue that read it (0 where no cue's weight
	// was weighed): of the readings declined for one value, an account
	// names the heaviest's words.
	Weight int
	// Irrelevant: it was set aside because its fact's question is not
	// asked with the facts read (Reason says so); answers that ask it take
	// that reason away.
	Irrelevant bool
}

// Suggestion is what the words of a text support: the facts, and for every
// suggested value the evidence. Facts not supported by the words stay unknown.
type Suggestion struct {
	Text     string
	Facts    model.Facts
	Evidence []Evidence
	// NoKind is the work the words name that the framework has no kind for,
	// where no kind was read (the rulebook's no_kind).
	NoKind []NoKindWork
	// Declined lists what was read but not suggested: negated words, kinds
	// named only as a purpose, facts the rulebook holds irrelevant.
	Declined []Declined
	// Unread is the number of bytes at the end of a text longer than
	// MaxReading that were not read; 0 when the text was read whole.
	Unread int
	// Lead says why the primary kind comes before the next kind read; nil
	// when fewer than two kinds are read.
	Lead *Lead
	// AskedFrom is where in Text the decision begins that asks the one who
	// acts, when an earlier decision of the text asks others ("calls on
	// member states to ..., and encourages the Special Representative to
	// continue to coordinate ..."); 0 when the text opens with it.
	AskedFrom int
}

// LeadRule is the ordering rule that made a kind primary over the next.
type LeadRule int

// The ordering rules of kinds, in the order they apply (RULEBOOK_FORMAT.md,
// reading rule 5).
const (
	// LeadPart: read in a part of the sentence that comes first (the main
	// clause or a decision of its own, before an elaboration or a purpose).
	LeadPart LeadRule = iota + 1
	// LeadWeight: read in the same part, by a heavier cue.
	LeadWeight
	// LeadEarlier: read in the same part, by a cue as heavy, earlier.
	LeadEarlier
	// LeadGivesWay: the other kind was first but gives way to this one
	// (the rulebook's gives_way).
	LeadGivesWay
	// LeadLeadIn: read in the lead-in, whose action the part is for (a
	// lead-in ending "..., with a view to:"); Detail names the scope.
	LeadLeadIn
)

// Lead is why the primary kind leads the next kind read.
type Lead struct {
	Kind, Over         string // the primary kind, the kind after it
	Phrase, OverPhrase string // the words each is read from
	Rule               LeadRule
	// Detail and OverDetail: for LeadPart the scopes each is read in ("" for
	// the main clause), for LeadWeight the cues' weights.
	Detail, OverDetail string
}

// MaxReading is the longest text read for facts, in bytes: many times the
// longest paragraph of a real mandate. A longer text is read up to the last
// sentence end (or space) before it, so that reading time stays bounded
// whatever the input; Suggestion.Unread says how much was left.
const MaxReading = 64 << 10

// readable cuts text to at most MaxReading bytes, at the end of a sentence
// when one falls in the last quarter, else at a space, else at a character
// boundary.
func readable(text string) string {
	if len(text) <= MaxReading {
		return text
	}
	head := text[:MaxReading]
	if i := strings.LastIndexAny(head, ".;:\n"); i >= MaxReading*3/4 {
		return head[:i+1]
	}
	if i := strings.LastIndexAny(head, " \t"); i > 0 {
		return head[:i]
	}
	i := MaxReading
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return text[:i]
}

// EvidenceFor lists the evidence of fact f.
func (s *Suggestion) EvidenceFor(f model.Fact) []Evidence {
	var out []Evidence
	for _, e := range s.Evidence {
		if e.Fact == f {
			out = append(out, e)
		}
	}
	return out
}

// Reader reads plain language with one rulebook's cue lexicon.
type Reader struct {
	lx *lexicon
	// The reading of the last context, kept for the next task under it;
	// its evidence is copied out, never changed.
	mu          sync.Mutex
	lastContext *Suggestion
	lastWeight  int
	// lastLead is the reading of the last context's lead-in when it makes
	// its parts what its action is for; nil otherwise.
	lastLead *Suggestion
}

// NewReader returns a reader for rb. The lexicon is compiled once per rulebook.
func NewReader(rb *classify.Rulebook) *Reader { return &Reader{lx: lexiconFor(rb)} }

// Suggest reads a description and returns the facts its words support.
func (r *Reader) Suggest(text string) *Suggestion {
	return r.read(text, "", 0)
}

// contextSep joins the lead-ins and headings of a task's context: a blank
// line, which ends a sentence, so that none reads into the next.
const contextSep = "\n\n"

// SuggestIn reads a task whose context (the lead-in of its paragraph, or the
// paragraph's heading) names who acts: the context supplies the implementer
// when the task's own words do not. Evidence from the context carries offsets
// into the context, not the task.
func (r *Reader) SuggestIn(text, context string) *Suggestion {
	return r.read(text, context, 0)
}

// Declines reports whether s read words for f and did not suggest them
// (s.Declined holds one of f).
func (s *Suggestion) Declines(f model.Fact) bool {
	return slices.ContainsFunc(s.Declined, func(d Declined) bool { return d.Fact == f })
}

// NoKindWork is work the words name that the framework has no kind for
// (the rulebook's no_kind), read where no kind was: the account says so,
// rather than that the words named nothing.
type NoKindWork struct {
	// Label names the work: "disarmament, demobilization and reintegration".
	Label  string
	Phrase string
	// Start and End are byte offsets of Phrase in the text read.
	Start, End int
}

// noKindRead is the work of the rulebook's no_kind that the words name from
// byte from on (the decision that keeps the task), each once, in the order
// of the text.
func (rd *reading) noKindRead(from int) []NoKindWork {
	var out []NoKindWork
	for _, m := range rd.noKind {
		start, end := rd.ws[m.from].start, rd.ws[m.to-1].end
		label := rd.lx.cues.NoKind[rd.lx.phrases[m.phrase].scope].Label
		if start < from || slices.ContainsFunc(out, func(n NoKindWork) bool { return n.Label == label }) {
			continue
		}
		out = append(out, NoKindWork{Label: label, Phrase: rd.text[start:end], Start: start, End: end})
	}
	slices.SortStableFunc(out, func(a, b NoKindWork) int { return a.Start - b.Start })
	return out
}

// suggestPart reads a part of a mandate as import keeps it: a part that
// opens with a decision left out is read from the decision that keeps it
// (Part.TaskFrom), the words before it suggesting nothing ("Demands that
// all parties end attacks on civilians; requests the Secretary-General to
// consult on a ceasefire mechanism" asks for no protection by the mission).
func (r *Reader) suggestPart(p *Part) *Suggestion {
	return r.read(p.Text, strings.Join(p.Context, contextSep), p.TaskFrom)
}

func (r *Reader) read(text, context string, taskFrom int) *Suggestion {
	s := &Suggestion{Text: text}
	read := readable(text)
	s.Unread = len(text) - len(read)
	rd := r.lx.newReading(read)
	rd.declineBefore(taskFrom, 0)
	rd.choose(s)
	// A later decision that asks the one who acts, after one that asks
	// others ("urges the parties to refrain from violence against civilians
	// and requests the mission to report on any such acts"): what the
	// activity does is read in it, where it says something.
	asked := taskFrom
	if at := r.lx.titles.askedLater(s); at > taskFrom {
		if rd.kindsFrom(at) {
			s = &Suggestion{Text: text, Unread: s.Unread}
			rd = r.lx.newReading(read)
			rd.declineBefore(taskFrom, at)
			rd.choose(s)
			asked = at
		}
		s.AskedFrom = at
	}
	if !s.Facts.Known(model.Kinds) {
		s.NoKind = rd.noKindRead(asked)
	}
	if context != "" {
		cs, w, lead := r.contextReading(context)
		if lead != nil {
			leadInLeads(s, lead)
		}
		if v, ok := cs.Facts.One(model.Implementer); ok && contextActs(s, rd, v, w) {
			s.Facts.SetOne(model.Implementer, v)
			kept := s.Evidence[:0]
			for _, e := range s.Evidence {
				if e.Fact == model.Implementer {
					s.Declined = append(s.Declined, Declined{Evidence: e, Reason: "the paragraph's lead-in says who acts: " + r.lx.rb.Label(model.Implementer, v)})
					continue
				}
				kept = append(kept, e)
			}
			s.Evidence = kept
			for _, e := range cs.EvidenceFor(model.Implementer) {
				e.InContext = true
				s.Evidence = append(s.Evidence, e)
			}
		}
	}
	r.dropIrrelevant(s)
	sortEvidence(s.Evidence)
	return s
}

// contextReading reads a task's context, or returns the reading of the last
// context read: the tasks of one paragraph share their lead-in. It returns the
// suggestion, the weight of the implementer cue chosen and, when the
// context's last lead-in makes its parts what its action is for, that
// lead-in's reading (offsets counted in the whole context).
func (r *Reader) contextReading(context string) (*Suggestion, int, *Suggestion) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.lastContext != nil && r.lastContext.Text == context {
		return r.lastContext, r.lastWeight, r.lastLead
	}
	cs := &Suggestion{Text: context}
	read := readable(context)
	cs.Unread = len(context) - len(read)
	crd := r.lx.newReading(read)
	crd.choose(cs)
	r.lastContext, r.lastWeight, r.lastLead = cs, crd.weight[model.Implementer], nil
	if crd.leadsParts {
		r.lastLead = r.lx.lastLeadIn(read, cs)
	}
	return cs, r.lastWeight, r.lastLead
}

// contextActs reports whether the implementer v that a task's context names
// (the addressee of its lead-in, with weight w) says who acts rather than the
// task's own words: when the task names none, or names one only as strongly.
// A task of the mission that supports national authorities stays
// mission-support under a lead-in addressed to the mission.
func contextActs(s *Suggestion, rd *reading, v string, w int) bool {
	own, ok := s.Facts.One(model.Implementer)
	switch {
	case !ok:
		return true
	case own == v:
		return false
	case rd.lx.togetherKeeps(model.Implementer, v, own):
		return false
	case rd.lx.leadInYields(model.Implementer, v, own, rd.ws):
		return false
	}
	return w >= rd.weight[model.Implementer]
}

// togetherKeeps reports whether a together rule of fact f, reading the
// context's value v beside the task's own, suggests the task's own: a task of
// the mission that supports national authorities stays mission support under
// a lead-in addressed to the mission.
func (lx *lexicon) togetherKeeps(f model.Fact, v, own string) bool {
	fc := lx.facts[f]
	if fc == nil {
		return false
	}
	for _, t := range fc.Together {
		if t.Suggest == own && (t.Read == [2]string{v, own} || t.Read == [2]string{own, v}) {
			return true
		}
	}
	return false
}

// dropIrrelevant sets aside facts the rulebook holds irrelevant to what was
// read (combined operations for an activity that trains no one, say): the
// words may name them, but they would answer a question nobody asks.
func (r *Reader) dropIrrelevant(s *Suggestion) {
	rb := r.lx.rb
	for changed := true; changed; {
		changed = false
		for f := model.Fact(0); f < model.NumFacts; f++ {
			if f == model.Implementer || f == model.Kinds || !s.Facts.Known(f) {
				continue
			}
			q := rb.QuestionFor(f)
			if q == nil || q.Relevant == nil || rb.Holds(q.Relevant, &s.Facts) != classify.False {
				continue
			}
			s.Facts.Forget(f)
			kept := s.Evidence[:0]
			for _, e := range s.Evidence {
				if e.Fact == f {
					s.Declined = append(s.Declined, Declined{Evidence: e, Reason: "not relevant to the kinds read", Irrelevant: true})
					continue
				}
				kept = append(kept, e)
			}
			s.Evidence = kept
			changed = true
		}
	}
}

func sortEvidence(es []Evidence) {
	sort.SliceStable(es, func(i, j int) bool {
		return es[i].Fact < es[j].Fact
	})
}

// declineBefore sets aside what is read before taskFrom, in a decision that
// asks for no activity, and the kinds read before askedFrom, in a decision
// that asks others than the one who acts; 0 for none.
func (rd *reading) declineBefore(taskFrom, askedFrom int) {
	for i := range rd.cands {
		c := &rd.cands[i]
		switch {
		case c.declined != "":
		case rd.ws[c.from].start < taskFrom:
			c.declined = "in a decision that asks for no activity, before the one that keeps the task"
		case c.cue.Fact == model.Kinds && rd.ws[c.from].start < askedFrom:
			c.declined = "in a decision that asks others, before the one that asks who acts"
		}
	}
}

// kindsFrom reports whether a kind is read at or after byte from, not set
// aside.
func (rd *reading) kindsFrom(from int) bool {
	for _, c := range rd.cands {
		if c.declined == "" && c.cue.Fact == model.Kinds && rd.ws[c.from].start >= from {
			return true
		}
	}
	return false
}
