package classify

import (
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// Cues is the rulebook's cue lexicon: the words and phrases by which a
// plain-language description or mandate suggests facts (FRAMEWORK §7). It is
// data, so a facilitator can extend it with --rules; package suggest reads
// with it.
type Cues struct {
	// Gap is how many words "..." in a phrase may skip.
	Gap      int
	Negation CueNegation
	Scopes   []CueScope
	// Whole lists expressions read as a whole: no cue may match only a part of
	// one ("human rights due diligence policy" says nothing about training).
	Whole []CuePattern
	// Mandate holds the cues that split a mandate into tasks.
	Mandate MandateCues
	Facts   []*FactCues
	// Sets are named sets of words ("missions", "host_forces"), written once
	// and used in any phrase as "@name".
	Sets map[string][]string
	// Inserts open a clause that a phrase reads across ("to protect, without
	// prejudice to ..., civilians"): between two elements of a phrase, such a
	// clause set off by commas counts as no words.
	Inserts []CueInsert
	// Titles are the words by which an imported task is titled.
	Titles CueTitles
	// GivesWay: kinds that, read first, give the lead to a kind of the
	// properties named, read in the same part of the sentence.
	GivesWay map[string][]KindProperty
	// NoKind names work that mandates ask for and the framework has no kind
	// for (disarmament and reintegration, elections, border demarcation):
	// a task whose words name it and no kind says so, instead of that its
	// words name nothing.
	NoKind []CueNoKind
}

// CueNoKind is work the framework has no kind for, by the words that name it.
type CueNoKind struct {
	// Label names the work in an account: "disarmament, demobilization and
	// reintegration".
	Label   string
	Phrases []CuePattern
}

// CueNegation says which words cancel a cue near them, and how far they reach.
type CueNegation struct {
	Reach  int          // words between the negation and the cue, at most
	Before []CuePattern // negations that come before the cue: "no", "without"
	After  []CuePattern // negations that come after it: "not yet", "is lacking"
	Ends   []CuePattern // words that end a negation's reach: "but"
	// Joins are the words that join the last item of a list ("or", "nor",
	// "and"): a negation before a list reaches every item of it ("no
	// internal controls, discipline or external oversight").
	Joins []CuePattern
	// Relatives open a relative clause ("that", "which", "who"): a negation
	// in one after a cue is about the noun before it, not the cue, beyond
	// the negation's reach.
	Relatives []CuePattern
}

// MandateCues tell the importer which operative paragraphs call for no action.
type MandateCues struct {
	// LeaveOut: openings of paragraphs that only welcome, condemn, recall or
	// express intent.
	LeaveOut []CuePattern
	// LeaveOutWhy says why a part that opens so is left out.
	LeaveOutWhy string
	// Action: words that call for action; a paragraph holding one after its
	// opening is kept.
	Action []CuePattern
	// NoActivity: the other reasons a paragraph asks for no activity
	// (priority statements, cross-cutting considerations).
	NoActivity []CueNoActivity
	// Openings: the reasons read at a part's opening and again at each later
	// decision in it (an extension by reference, troop numbers, a request
	// for reports, demands on armed groups).
	Openings []CueNoActivity
	// LaterDecisions open a later decision at the start of a clause ("...,
	// and requests the mission to ..."): the part is kept unless that
	// decision opens with one of Openings too.
	LaterDecisions []CuePattern
	// JoinedDecisions open a later decision joined inside a clause ("... and
	// decides further that ..."): the part is kept when the reader reads a
	// kind of activity in it.
	JoinedDecisions []CuePattern
	// OwnTask says which sub-paragraphs under a lead-in left out read as
	// tasks of their own.
	OwnTask CueOwnTask
	// PassedDown lists the reasons (ids) for which the parts under a lead-in
	// left out are left out with it, unless they read as tasks of their own.
	PassedDown []string
	// GivenTo says to which mission a text gives its mandate: the first
	// word in capitals of an occurrence of one of these phrases ("decides
	// that MONUSCO shall have the following mandate").
	GivenTo []CuePattern
}

// CueOwnTask: a sub-paragraph is a task of its own when it opens with one of
// Part ("(a) To monitor ...") or its lead-in holds one of LeadIn ("... the
// following tasks:").
type CueOwnTask struct {
	Part, LeadIn []CuePattern
}

// FactCues are the cues of one fact.
type FactCues struct {
	Fact model.Fact
	// NotAfter lists words that void a cue of this fact when they come shortly
	// before it: "establish a code of conduct" plans a measure, it is not one
	// in place.
	NotAfter []CuePattern
	// NotBefore lists words that void a cue of this fact when they come
	// shortly after it: "provide equipment to the mission" equips no national
	// force.
	NotBefore []CuePattern
	// NotBeforeOnly and NotAfterOnly are further NotBefore and NotAfter
	// words that void, for kinds, only the kinds with one of the properties
	// Only: "provide fuel to the mission" equips no host force, while "the
	// patrols of the mission" and "UNAMID troops protect" are still the
	// mission's own protection.
	NotBeforeOnly, NotAfterOnly CueNarrowed
	// Negatable: a negation near a cue changes what it says. False for facts
	// named by nouns whose negation falls on something else ("the police have
	// not been vetted" still concerns the police).
	Negatable bool
	Values    []*Cue
	// Together: values that two values read in one text make.
	Together []CueTogether
	// LeadInYields: values read in a task's lead-in that give way to a
	// value the task's own words open with.
	LeadInYields []CueLeadInYield
	// NotWithin: parts of a sentence in which the fact's cues say nothing.
	NotWithin []CueContext
}

// CueNarrowed are phrases whose rule holds only for the kinds with one of
// the properties Only.
type CueNarrowed struct {
	Only    []KindProperty
	Phrases []CuePattern
}

// CueValue is a value a cue suggests.
type CueValue struct {
	// Value is a value of the fact; for yes/no facts "true" or "false".
	Value string
	// None: the fact is known to hold nothing (an empty list; set-of facts only).
	None bool
}

func (v CueValue) String() string {
	if v.None {
		return "none"
	}
	return v.Value
}

// Cue suggests one value of a fact when one of its phrases occurs.
type Cue struct {
	Fact model.Fact
	CueValue
	// Negated is what a negated occurrence suggests ("without oversight":
	// accountability none); nil when a negated occurrence suggests nothing.
	Negated *CueValue
	// Weight ranks cues of the same fact: the heavier wins a one-value fact and
	// leads the list of kinds.
	Weight int
	// Default: the cue says what an activity does only when no other cue of
	// its fact is read ("support the police" is capacity building unless the
	// words say more).
	Default bool
	// Generic: the cue names generic help ("good offices", "advice and
	// support"): what the help is for decides the kind, so the cue's value
	// stands only when no other cue of its fact is read in its sentence,
	// purposes included.
	Generic bool
	Phrases []CuePattern
	// Line and Col locate the cue in the rulebook.
	Line, Col int
}

// CuePattern is one phrase of the cue language (see RULEBOOK_FORMAT.md).
type CuePattern struct {
	Source string
	// Anchored: the phrase must begin a sentence or a task ("^").
	Anchored bool
	Elems    []CueElem
}

// CueElem is one element of a phrase: a word with its alternatives, or a gap.
type CueElem struct {
	// Words are the alternatives, in lower case. An alternative may join
	// several words with "_" ("human_rights"), or with "-" when the text
	// joins them with a hyphen ("secretary-general"); a trailing "*" makes a word a
	// prefix, a trailing "~" a stem that matches its inflections ("patrol~":
	// patrols, patrolled, patrolling), a leading "=" an exact word. A plain
	// word also matches its plural. AnyNumber ("#") matches a word of
	// digits ("12,500" is the words 12 and 500), AnyWord ("*") any word.
	Words    []string
	Optional bool
	// SameClause: the word follows the one before in the same clause, with
	// no comma between ("+of": "component of", not "component, of").
	SameClause bool
	// Gap > 0: up to Gap words of the same sentence; Words is empty.
	Gap int
	// End: the end of the text read ("$"), where no word but one join of a
	// list ("; and") is left; Words is empty.
	End bool
	// Aside > 0: optionally, a clause of up to Aside words set off by
	// commas (",...30,": "decides, in accordance with that report, to
	// extend"); Words is empty.
	Aside int
}

// The alternatives that stand for any word of a kind.
const (
	AnyNumber = "#"
	AnyWord   = "*"
)

// The defaults of the cue section.
const (
	defaultCueGap   = 4
	defaultCueReach = 3
	maxCueGap       = 12
	// A gap or an aside in a left-out phrase may be longer than in a cue
	// (see leftOutReach).
	maxPhraseGap = 50
	maxCueWeight = 9
	// A phrase's length and its alternatives' bound the work of matching it
	// from one word of the text, and so keep reading linear in the text's
	// length; the built-in lexicon's longest phrase has 9 elements and its
	// longest alternative 4 words.
	maxCueElems    = 16
	maxCueAltWords = 8
)

// Cues returns the cue lexicon; it is empty when the rulebook has none.
func (rb *Rulebook) Cues() *Cues { return &rb.cues }

func (p *rulebookParser) parseCues(n *yaml.Node) {
	c := &p.rb.cues
	c.Gap, c.Negation.Reach = defaultCueGap, defaultCueReach
	if n == nil {
		return
	}
	f := p.fields(n, "cues", []string{"gap", "sets", "inserts", "negation", "scopes", "whole", "mandate", "titles", "gives_way", "no_kind", "facts"}, []string{"facts"})
	c.Gap = p.cueCount(f["gap"], "gap", defaultCueGap, 1, maxCueGap)
	p.parseCueSets(f["sets"])
	c.Inserts = p.parseInserts(f["inserts"])
	c.Titles = p.parseTitles(f["titles"])
	c.GivesWay = p.parseGivesWay(f["gives_way"])
	c.NoKind = p.parseNoKind(f["no_kind"])
	if neg := f["negation"]; neg != nil {
		nf := p.fields(neg, "negation", []string{"reach", "before", "after", "ends", "joins", "relatives"}, []string{"before"})
		c.Negation.Reach = p.cueCount(nf["reach"], "reach", defaultCueReach, 1, maxCueGap)
		c.Negation.Before = p.cuePhrases(nf["before"], "before", false)
		c.Negation.After = p.cuePhrases(nf["after"], "after", false)
		c.Negation.Ends = p.cuePhrases(nf["ends"], "ends", false)
		c.Negation.Joins = p.cuePhrases(nf["joins"], "joins", false)
		c.Negation.Relatives = p.cuePhrases(nf["relatives"], "relatives", false)
	}
	c.Scopes = p.parseScopes(f["scopes"])
	c.Whole = p.cuePhrases(f["whole"], "whole", false)
	if m := f["mandate"]; m != nil {
		c.Mandate = p.parseMandateCues(m)
	}
	seen := map[model.Fact]bool{}
	for _, item := range p.list(f["facts"], "facts of the cues") {
		fc := p.parseFactCues(item)
		if fc == nil {
			continue
		}
		if seen[fc.Fact] {
			p.errs.at(item, "the cues of %s are given twice; put all its values in one entry", fc.Fact.Key())
			continue
		}
		seen[fc.Fact] = true
		c.Facts = append(c.Facts, fc)
	}
}

func (p *rulebookParser) parseFactCues(n *yaml.Node) *FactCues {
	f := p.fields(n, "the cues of a fact", []string{"fact", "negated", "negatable", "not_after", "not_before", "not_after_only", "not_before_only", "not_within", "together", "lead_in_gives_way", "weight", "values"}, []string{"fact", "values"})
	key := p.text(f["fact"], "fact")
	fact, ok := model.FactByKey(key)
	if !ok {
		if f["fact"] != nil {
			keys := make([]string, model.NumFacts)
			for i := range keys {
				keys[i] = model.Fact(i).Key()
			}
			p.errs.at(f["fact"], "unknown fact %q; facts are: %s%s", key, factKeys(), model.DidYouMean(key, keys))
		}
		return nil
	}
	fc := &FactCues{Fact: fact, NotAfter: p.cuePhrases(f["not_after"], "not_after", false),
		NotBefore: p.cuePhrases(f["not_before"], "not_before", false), Negatable: true,
		NotWithin: p.parseNotWithin(f["not_within"])}
	fc.NotBeforeOnly = p.parseNarrowed(f["not_before_only"], "not_before_only", fact)
	fc.NotAfterOnly = p.parseNarrowed(f["not_after_only"], "not_after_only", fact)
	if f["together"] != nil {
		if fact.Type() != model.OneOf {
			p.errs.at(f["together"], "together is for one-value facts; %s is not one", key)
		} else {
			fc.Together = p.parseTogether(key, f["together"], func(v string) bool { return p.rb.vocab.Allows(fact, v) }, p.rb.vocab.Values(fact))
		}
	}
	if f["lead_in_gives_way"] != nil {
		if fact.Type() != model.OneOf {
			p.errs.at(f["lead_in_gives_way"], "lead_in_gives_way is for one-value facts; %s is not one", key)
		} else {
			fc.LeadInYields = p.parseLeadInYields(key, f["lead_in_gives_way"], func(v string) bool { return p.rb.vocab.Allows(fact, v) }, p.rb.vocab.Values(fact))
		}
	}
	if f["negatable"] != nil {
		p.decode(f["negatable"], &fc.Negatable)
	}
	groupWeight := p.cueCount(f["weight"], "weight", 1, 1, maxCueWeight)
	var groupNegated *CueValue
	if f["negated"] != nil {
		groupNegated = p.cueValue(fact, f["negated"])
	}
	for _, item := range p.list(f["values"], "values") {
		vf := p.fields(item, "a cue", []string{"value", "negated", "weight", "default", "generic", "phrases"}, []string{"value", "phrases"})
		cv := p.cueValue(fact, vf["value"])
		if cv == nil {
			continue
		}
		cue := &Cue{Fact: fact, CueValue: *cv, Negated: groupNegated, Weight: groupWeight, Line: item.Line, Col: item.Column}
		if vf["weight"] != nil {
			cue.Weight = p.cueCount(vf["weight"], "weight", groupWeight, 1, maxCueWeight)
		}
		if vf["negated"] != nil {
			cue.Negated = p.cueValue(fact, vf["negated"])
		}
		if vf["default"] != nil {
			p.decode(vf["default"], &cue.Default)
		}
		if vf["generic"] != nil {
			p.decode(vf["generic"], &cue.Generic)
		}
		cue.Phrases = p.cuePhrases(vf["phrases"], "phrases", true)
		if len(cue.Phrases) == 0 && vf["phrases"] != nil {
			p.errs.at(vf["phrases"], "a cue needs at least one phrase")
		}
		fc.Values = append(fc.Values, cue)
	}
	return fc
}

// cueValue reads the value a cue suggests: a value of the fact, true or false
// for a yes/no fact, or [] (none) for a set-of fact.
func (p *rulebookParser) cueValue(fact model.Fact, n *yaml.Node) *CueValue {
	if n == nil {
		return nil
	}
	switch fact.Type() {
	case model.YesNo:
		if b, ok := boolNode(n); ok {
			return &CueValue{Value: strconv.FormatBool(b)}
		}
		p.errs.at(n, "%s is a yes/no fact: a cue suggests true or false, found %s", fact.Key(), describe(n))
		return nil
	case model.SetOf:
		if n.Kind == yaml.SequenceNode {
			if len(n.Content) > 0 {
				p.errs.at(n, "a cue suggests one value of %s, or [] for none", fact.Key())
				return nil
			}
			return &CueValue{None: true}
		}
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		p.errs.at(n, "expected a value of %s, found %s", fact.Key(), describe(n))
		return nil
	}
	values := p.rb.vocab.Values(fact)
	if !p.rb.vocab.Allows(fact, n.Value) {
		p.errs.at(n, "%q is not a value of %s; allowed: %s%s", n.Value, fact.Key(), strings.Join(values, ", "), model.DidYouMean(n.Value, values))
		return nil
	}
	return &CueValue{Value: n.Value}
}

func (p *rulebookParser) cueCount(n *yaml.Node, what string, def, lo, hi int) int {
	if n == nil {
		return def
	}
	var v int
	if !p.decode(n, &v) {
		return def
	}
	if v < lo || v > hi {
		p.errs.at(n, "%s must be from %d to %d, found %d", what, lo, hi, v)
		return def
	}
	return v
}

// cuePhrases reads a list of phrases; anchored phrases ("^ ...") are allowed
// only where a phrase may begin a sentence.
func (p *rulebookParser) cuePhrases(n *yaml.Node, what string, anchors bool) []CuePattern {
	return p.phrasesReaching(n, what, anchors, cueReach)
}

// phrasesReaching is cuePhrases for phrases of the given reach.
func (p *rulebookParser) phrasesReaching(n *yaml.Node, what string, anchors bool, reach phraseReach) []CuePattern {
	var out []CuePattern
	for _, item := range p.list(n, what) {
		if item.Kind != yaml.ScalarNode || item.Tag == "!!null" {
			p.errs.at(item, "a phrase must be text, found %s", describe(item))
			continue
		}
		pat, err := parseCuePatternReach(item.Value, p.rb.cues.Gap, p.rb.cues.Sets, reach)
		if err != nil {
			p.errs.at(item, "phrase %q: %s", item.Value, err)
			continue
		}
		if pat.Anchored && !anchors {
			p.errs.at(item, "phrase %q: \"^\" (start of a sentence) is not allowed in %s", item.Value, what)
			continue
		}
		out = append(out, pat)
	}
	return out
}
