package classify

import (
	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
	"strings"
)

// The reading rules of the cue lexicon beyond phrases and their values: the
// decisions FRAMEWORK §2's reading notes ask of the reader, declared here so
// that a facilitator reads and changes them, and package suggest interprets.

// CueInsert is a clause set off by commas that a phrase reads across ("to
// protect, without prejudice to ..., civilians").
type CueInsert struct {
	CuePattern
	// NotActor: whoever the clause names is not who acts. "Without prejudice
	// to the responsibility of the Government" keeps another's
	// responsibility; "in support of the national army" names whom the
	// mission's action serves.
	NotActor bool
}

// CueTogether is a value that two values of a one-value fact make when both
// are read in one text: the mission asked to support national authorities
// is mission support.
type CueTogether struct {
	// Read are the two values.
	Read [2]string
	// Suggest is the value suggested instead.
	Suggest string
	// UpTo is the heaviest weight of the chosen cue for which the rule holds:
	// a heavier cue says who acts outright ("through its quick reaction
	// force"); 0 means any weight.
	UpTo int
	// Line and Col locate the rule in the rulebook.
	Line, Col int
}

// CueLeadInYield is a value read in a task's lead-in (or heading) that gives
// way to another the task's own words open with: under "assist the
// Government in establishing a stable security environment, and, to that
// end, to:", a part that opens "(a) Ensure the protection of civilians" is
// the mission's own work, for who acts is whoever carries out the action.
type CueLeadInYield struct {
	// LeadIn is the value read in the lead-in, Own the one the task's
	// words open with.
	LeadIn, Own string
	// Opening are the phrases a task opens with for the rule to hold: an
	// action ("(a) Ensure ...", "(i) To monitor ..."); Unless, those for
	// which the lead-in's value holds all the same: help given to others
	// ("(b) Support the Government in ...").
	Opening, Unless []CuePattern
	// Line and Col locate the rule in the rulebook.
	Line, Col int
}

// CueContext voids the cues of a fact in a part of a sentence that holds
// one of its phrases: the mission's own conduct is no SSR kind; the record of
// former fighters says nothing about the forces supported.
type CueContext struct {
	// Why says why the cues are void, for the reading's account.
	Why string
	// Until is the part: the sentence, or the clause up to a comma.
	Until   ScopeExtent
	Phrases []CuePattern
	// Only, for kinds: the context voids only kinds of these properties
	// (the mission's own conduct is no SSR kind; protection beside it
	// stands); empty voids every cue of the fact.
	Only []KindProperty
}

// CueNoActivity is a reason for which `import` leaves out a paragraph that
// asks for no activity: it opens with one of Phrases, and what follows holds
// none of Unless and no further decision that asks for one.
type CueNoActivity struct {
	ID      string
	Why     string
	Phrases []CuePattern
	Unless  []CuePattern
}

// parseInserts reads the inserts: a phrase, or {phrase, not_actor}.
func (p *rulebookParser) parseInserts(n *yaml.Node) []CueInsert {
	var out []CueInsert
	for _, item := range p.list(n, "inserts") {
		ins := CueInsert{}
		phrase := item
		if item.Kind == yaml.MappingNode {
			f := p.fields(item, "an insert", []string{"phrase", "not_actor"}, []string{"phrase"})
			phrase = f["phrase"]
			if f["not_actor"] != nil {
				p.decode(f["not_actor"], &ins.NotActor)
			}
			if phrase == nil {
				continue
			}
		}
		ps := p.cuePhrases(&yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{phrase}}, "inserts", false)
		if len(ps) == 1 {
			ins.CuePattern = ps[0]
			out = append(out, ins)
		}
	}
	return out
}

// parseNoKind reads the work the framework has no kind for: {label, phrases}.
func (p *rulebookParser) parseNoKind(n *yaml.Node) []CueNoKind {
	var out []CueNoKind
	for _, item := range p.list(n, "no_kind") {
		f := p.fields(item, "work with no kind", []string{"label", "phrases"}, []string{"label", "phrases"})
		nk := CueNoKind{}
		if f["label"] != nil {
			p.decode(f["label"], &nk.Label)
			if strings.TrimSpace(nk.Label) == "" {
				p.errs.at(f["label"], "a label names the work in an account; it is empty")
			}
		}
		nk.Phrases = p.cuePhrases(f["phrases"], "no_kind", false)
		if nk.Label != "" && len(nk.Phrases) > 0 {
			out = append(out, nk)
		}
	}
	return out
}

// parseTogether reads a fact's together rules.
func (p *rulebookParser) parseTogether(fact string, n *yaml.Node, allows func(string) bool, values []string) []CueTogether {
	var out []CueTogether
	for _, item := range p.list(n, "together") {
		f := p.fields(item, "a together rule", []string{"read", "suggest", "up_to_weight"}, []string{"read", "suggest"})
		t := CueTogether{Line: item.Line, Col: item.Column}
		var read []string
		if f["read"] != nil && p.decode(f["read"], &read) && len(read) != 2 {
			p.errs.at(f["read"], "read names two values of %s, found %d", fact, len(read))
			continue
		}
		if len(read) != 2 {
			continue
		}
		t.Read = [2]string{read[0], read[1]}
		t.Suggest = p.text(f["suggest"], "suggest")
		for _, v := range []string{read[0], read[1], t.Suggest} {
			if !allows(v) {
				p.errs.at(item, "%q is not a value of %s; allowed: %v", v, fact, values)
			}
		}
		t.UpTo = p.cueCount(f["up_to_weight"], "up_to_weight", 0, 1, maxCueWeight)
		out = append(out, t)
	}
	return out
}

// parseLeadInYields reads a fact's lead_in_gives_way rules.
func (p *rulebookParser) parseLeadInYields(fact string, n *yaml.Node, allows func(string) bool, values []string) []CueLeadInYield {
	var out []CueLeadInYield
	for _, item := range p.list(n, "lead_in_gives_way") {
		f := p.fields(item, "a lead_in_gives_way rule", []string{"lead_in", "own", "opening", "unless"}, []string{"lead_in", "own", "opening"})
		g := CueLeadInYield{LeadIn: p.text(f["lead_in"], "lead_in"), Own: p.text(f["own"], "own"), Line: item.Line, Col: item.Column,
			Opening: p.cuePhrases(f["opening"], "opening", true), Unless: p.cuePhrases(f["unless"], "unless", true)}
		for _, v := range []struct {
			node  *yaml.Node
			value string
		}{{f["lead_in"], g.LeadIn}, {f["own"], g.Own}} {
			if v.node != nil && !allows(v.value) {
				p.errs.at(v.node, "%q is not a value of %s; allowed: %v", v.value, fact, values)
			}
		}
		out = append(out, g)
	}
	return out
}

// parseNotWithin reads a fact's not_within contexts.
func (p *rulebookParser) parseNotWithin(n *yaml.Node) []CueContext {
	var out []CueContext
	for _, item := range p.list(n, "not_within") {
		f := p.fields(item, "a not_within context", []string{"why", "until", "only", "phrases"}, []string{"why", "phrases"})
		c := CueContext{Why: p.text(f["why"], "why"), Until: UntilSentence}
		if f["until"] != nil {
			c.Until = ScopeExtent(p.text(f["until"], "until"))
			if c.Until != UntilSentence && c.Until != UntilComma && c.Until != UntilWords {
				p.errs.at(f["until"], "until must be %s, %s or %s, found %q", UntilSentence, UntilComma, UntilWords, c.Until)
			}
		}
		c.Phrases = p.cuePhrases(f["phrases"], "phrases", false)
		c.Only = p.kindProperties(f["only"], "only")
		out = append(out, c)
	}
	return out
}

// parseNarrowed reads a fact's not_before_only or not_after_only: phrases
// that void only the kinds with one of the properties named.
func (p *rulebookParser) parseNarrowed(n *yaml.Node, what string, fact model.Fact) CueNarrowed {
	if n == nil {
		return CueNarrowed{}
	}
	if fact != model.Kinds {
		p.errs.at(n, "%s is for kinds; %s is not kinds", what, fact.Key())
		return CueNarrowed{}
	}
	f := p.fields(n, what, []string{"only", "phrases"}, []string{"only", "phrases"})
	return CueNarrowed{Only: p.kindProperties(f["only"], "only"), Phrases: p.cuePhrases(f["phrases"], "phrases", false)}
}

// kindProperties reads a list of kinds' properties (institutions, direct)
// that narrows a rule to the kinds that have one of them.
func (p *rulebookParser) kindProperties(n *yaml.Node, what string) []KindProperty {
	var out []KindProperty
	for _, item := range p.list(n, what) {
		prop := KindProperty(p.text(item, "a property"))
		if prop != ActsOnInstitutions && prop != DirectProtection {
			p.errs.at(item, "%s: a property is %s or %s, found %q", what, ActsOnInstitutions, DirectProtection, prop)
			continue
		}
		out = append(out, prop)
	}
	return out
}

// CueTitles are the words by which `import` titles a task: what it is about
// first (the primary kind's topic, after the forces it works on), then its
// main clause without an introductory phrase or a trailing elaboration.
type CueTitles struct {
	// Topics name, per kind, what a task of that kind is about ("reform").
	Topics map[string]string
	// Intro: words that open an introductory phrase ("in line with ...,").
	Intro []string
	// TaskVerbs: verbs that open a task after an introductory phrase.
	TaskVerbs []string
	// Decisions: the words that open a decision of the Council ("requests",
	// "reiterates", "further"): a title takes the task the decision asks
	// for ("requests MONUC to build on ..." is titled "Build on ...").
	Decisions []string
	// Asks: the words of a decision that ask someone to act ("requests",
	// "calls", "encourages"); the task a title takes follows one of them.
	Asks []string
	// AsksAgain: nouns of a request said again ("its call upon the mission
	// to", "its demand that"): the task of the mission's own title follows
	// one of them as it follows an asking word.
	AsksAgain []string
	// Joins: the words that join a later decision to a task ("and"): a
	// title ends before them.
	Joins []string
	// NotVerbs: words after an introductory phrase's comma that show the
	// phrase goes on ("in support of the Government, the police and ...").
	NotVerbs []string
	// Elaboration: openings of a trailing elaboration, cut from a title;
	// several words are joined by "_" ("in_particular").
	Elaboration []string
	// Infinitive: the word of an infinitive dropped from a title's start.
	Infinitive []string
	// Needs: words that name someone's action as what matters ("stresses
	// the need for UNMIL to coordinate"): after one of them and "for", who
	// acts is named, then the task's infinitive, as after an asking word.
	Needs []string
	// NeedsWho: the words after a need that name who acts ("for").
	NeedsWho []string
	// Subject: the words after which a decision names who acts before the
	// task's verb ("requests that the mission continue", "decides that
	// MONUC shall protect"); Modals stand between them and the verb.
	Subject, Modals []string
	// AskedAs: a passive of asking after a modal ("shall be authorized"),
	// several words joined by "_": the task follows its infinitive ("shall
	// be authorized to respond" is titled "Respond").
	AskedAs []string
	// RefersBack: words by which a task points back to what the paragraph
	// named before it ("continue these activities", "support in this
	// regard"), several words joined by "_": such a task is titled from the
	// paragraph's opening, which names what it is about.
	RefersBack []string
	// Reports: the openings of a report asked in a later decision
	// ("include in his reports an assessment"), several words joined by
	// "_": the report is not the task, and the paragraph is titled from its
	// opening.
	Reports []string
	// Asides: openings of a short aside set between commas ("as
	// appropriate and feasible"), dropped from a title with its commas where
	// the task goes on after it; several words are joined by "_".
	Asides []string
	// WholeWords: words that stand whole wherever they are written; a title
	// never takes one for a piece of a word broken by a space ("over all"
	// stays two words, where "co ntinue" is mended).
	WholeWords []string
}

// parseTitles reads cues.titles.
func (p *rulebookParser) parseTitles(n *yaml.Node) CueTitles {
	t := CueTitles{Topics: map[string]string{}}
	if n == nil {
		return t
	}
	f := p.fields(n, "titles", []string{"topics", "intro", "task_verbs", "not_verbs", "elaboration", "infinitive", "decisions", "asks", "asks_again", "needs", "needs_who", "joins", "subject", "modals", "whole_words", "asides", "asked_as", "refers_back", "reports"}, nil)
	if tn := f["topics"]; tn != nil {
		if tn.Kind != yaml.MappingNode {
			p.errs.at(tn, "topics must map kinds to the words naming what a task of that kind is about, found %s", describe(tn))
		} else {
			for i := 0; i+1 < len(tn.Content); i += 2 {
				k, v := tn.Content[i], tn.Content[i+1]
				if p.rb.Kind(k.Value) == nil {
					p.errs.at(k, "topics: %q is not a kind", k.Value)
					continue
				}
				t.Topics[k.Value] = p.text(v, "a topic")
			}
		}
	}
	words := func(key string) []string {
		var out []string
		for _, item := range p.list(f[key], key) {
			w := p.text(item, "a word of "+key)
			if name, ok := strings.CutPrefix(w, "@"); ok {
				// a named set of the cues, written once: "@task_verbs"
				set, found := p.rb.cues.Sets[name]
				if !found {
					p.errs.at(item, "%s: no set named %q in cues.sets", key, name)
				}
				out = append(out, set...)
				continue
			}
			if _, err := cueWord(w); err != nil {
				p.errs.at(item, "%s: %s", key, err)
				continue
			}
			out = append(out, w)
		}
		return out
	}
	t.Intro, t.TaskVerbs, t.NotVerbs = words("intro"), words("task_verbs"), words("not_verbs")
	t.Elaboration, t.Infinitive, t.Decisions = words("elaboration"), words("infinitive"), words("decisions")
	t.Asks, t.Needs, t.NeedsWho, t.Joins = words("asks"), words("needs"), words("needs_who"), words("joins")
	t.Subject, t.Modals, t.AsksAgain = words("subject"), words("modals"), words("asks_again")
	t.WholeWords, t.Asides, t.AskedAs, t.RefersBack = words("whole_words"), words("asides"), words("asked_as"), words("refers_back")
	t.Reports = words("reports")
	return t
}

// KindProperty is a property of kinds that a gives_way rule names.
type KindProperty string

// The properties a gives_way rule may name.
const (
	// ActsOnInstitutions: the kind acts on security institutions.
	ActsOnInstitutions KindProperty = "institutions"
	// DirectProtection: the kind is direct protection.
	DirectProtection KindProperty = "direct"
)

// parseGivesWay reads cues.gives_way: kind → the properties of the kinds it
// gives the lead to, when both are read in the same part of a sentence.
func (p *rulebookParser) parseGivesWay(n *yaml.Node) map[string][]KindProperty {
	out := map[string][]KindProperty{}
	if n == nil {
		return out
	}
	if n.Kind != yaml.MappingNode {
		p.errs.at(n, "gives_way must map kinds to lists of %s or %s, found %s", ActsOnInstitutions, DirectProtection, describe(n))
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if p.rb.Kind(k.Value) == nil {
			p.errs.at(k, "gives_way: %q is not a kind", k.Value)
			continue
		}
		for _, item := range p.list(v, "gives_way") {
			prop := KindProperty(p.text(item, "a property"))
			if prop != ActsOnInstitutions && prop != DirectProtection {
				p.errs.at(item, "gives_way: a property is %s or %s, found %q", ActsOnInstitutions, DirectProtection, prop)
				continue
			}
			out[k.Value] = append(out[k.Value], prop)
		}
	}
	return out
}
