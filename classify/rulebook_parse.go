package classify

import (
	"bytes"
	"slices"
	"sync"

	"strings"
	"unicode/utf8"

	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// MaxRulebookSize is the largest rulebook file read.
const MaxRulebookSize = 4 << 20

// explanationKeys are the templates the engine renders, with the placeholders each
// may use beyond fact keys, {primary} and {kinds}.
// Made when a rulebook is first read, not at every start of the program.
var explanationKeys = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"tier":                         {"tier", "tier_title"},
		"tier-none":                    nil,
		"also-tiers":                   {"also", "others"},
		"agenda-no-kinds":              {"agenda"},
		"agenda-implementer-unknown":   {"agenda"},
		"agenda-partner-ssr":           {"agenda"},
		"agenda-partner-outside":       {"agenda"},
		"agenda-violence-overlap":      {"agenda"},
		"agenda-training-overlap":      {"evidence", "agenda"},
		"agenda-training-poc":          {"agenda"},
		"agenda-capacity-overlap":      {"agenda"},
		"agenda-capacity-ssr":          {"missing", "agenda"},
		"agenda-direct-poc":            {"agenda"},
		"agenda-institutions-ssr":      {"agenda"},
		"agenda-outside":               {"agenda"},
		"agenda-waits":                 {"waits"},
		"waits-kinds":                  nil,
		"waits-implementer":            nil,
		"missing-combined-ops":         nil,
		"missing-accountable":          nil,
		"missing-combined-ops-unknown": nil,
		"missing-accountable-unknown":  nil,
		"change-training":              nil,
		"change-capacity":              {"missing"},
		"change-partner-overlap":       nil,
		"change-partner-capacity":      {"missing"},
		"change-partner-training":      nil,
		"change-partner-poc":           nil,
		"change-mission-partner":       nil,
		"reading-inside-ssr":           nil,
		"portfolio-measures":           {"activities", "force", "clear_kinds"},
	}
})

var requiredTerms = []string{"mission-side", "accountable", "institutionalized"}

// Parse reads and checks a rulebook. Every problem is reported with its position.
func Parse(file string, data []byte) (*Rulebook, error) {
	if len(data) > MaxRulebookSize {
		return nil, errorf(file, "the rulebook is %d bytes; the limit is %d", len(data), MaxRulebookSize)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errorf(file, "the rulebook is empty")
	}
	if !utf8.Valid(data) {
		return nil, errorf(file, "the rulebook is not valid UTF-8 text")
	}
	if err := checkRawText(file, data); err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, errorf(file, "not valid YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	p := &rulebookParser{rb: &Rulebook{source: data, file: file}}
	p.errs.File = file
	p.checkText(&doc)
	if err := p.errs.Err(); err != nil {
		return nil, err
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errorf(file, "the rulebook must be a mapping with version, terms, kinds, facts, risks ...")
	}
	p.parse(doc.Content[0])
	if err := p.errs.Err(); err != nil {
		return nil, err
	}
	return p.rb, nil
}

type rulebookParser struct {
	rb   *Rulebook
	errs problems
	cc   *compiler
}

func (p *rulebookParser) parse(root *yaml.Node) {
	top := p.fields(root, "rulebook", []string{"version", "title", "terms", "tiers", "agendas", "bases",
		"kinds", "facts", "risks", "recommendations", "explanations", "cues", "portfolio"}, nil)
	for _, k := range []string{"version", "kinds", "facts", "risks", "terms", "explanations", "recommendations"} {
		if top[k] == nil {
			p.errs.at(root, "the rulebook has no %q", k)
		}
	}
	if p.errs.Len() > 0 {
		return
	}
	p.decode(top["version"], &p.rb.Version)
	if p.rb.Version != model.Schema {
		p.errs.at(top["version"], "version must be %s, found %q", model.Schema, p.rb.Version)
	}
	if top["title"] != nil {
		p.decode(top["title"], &p.rb.Title)
	}
	// Kinds and fact choices come first: conditions are checked against them.
	p.parseKinds(top["kinds"])
	p.parseVocabulary(top["facts"])
	p.cc = &compiler{vocab: &p.rb.vocab, kinds: p.rb.kinds.byID, terms: map[string]*Term{}, errs: &p.errs, budget: len(p.rb.source) + 1024}
	p.parseTerms(top["terms"])
	p.parseTiers(top["tiers"])
	p.parseAgendas(top["agendas"])
	p.parseBases(top["bases"])
	p.parseQuestions(top["facts"])
	p.parseRecommendations(top["recommendations"])
	p.parseRisks(top["risks"])
	p.parsePortfolio(top["portfolio"])
	p.parseExplanations(top["explanations"])
	p.parseCues(top["cues"])
	for f := range model.NumFacts {
		for _, c := range p.rb.vocab.Choices(f) {
			p.rb.inSentence.Add(f, model.Choice{Value: c.Value, Label: lowerFirst(c.Label)})
		}
	}
	riskIDs := make([]string, len(p.rb.Risks))
	for i, r := range p.rb.Risks {
		riskIDs[i] = r.ID
	}
	p.rb.vocab.SetRisks(riskIDs)
	for _, k := range p.rb.Kinds {
		k.lowerLabel = lowerFirst(k.Label)
	}
	if p.errs.Len() == 0 {
		p.rb.prepareTexts()
	}
}

// fields checks that n is a mapping with only the allowed keys and returns its values.
func (p *rulebookParser) fields(n *yaml.Node, what string, allowed, required []string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if n.Kind != yaml.MappingNode {
		p.errs.at(n, "expected %s (a mapping), found %s", what, describe(n))
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !slices.Contains(allowed, k.Value) {
			p.errs.at(k, "unknown key %q in %s; allowed: %s%s", k.Value, what, strings.Join(allowed, ", "), model.DidYouMean(k.Value, allowed))
			continue
		}
		if _, dup := out[k.Value]; dup {
			p.errs.at(k, "%q is given twice in %s", k.Value, what)
		}
		out[k.Value] = v
	}
	for _, r := range required {
		if out[r] == nil {
			p.errs.at(n, "%s has no %q", what, r)
		}
	}
	return out
}

// pos is where node n is written.
func (p *rulebookParser) pos(n *yaml.Node) Position {
	if n == nil {
		return Position{}
	}
	return Position{File: p.errs.File, Line: n.Line, Col: n.Column}
}

func (p *rulebookParser) decode(n *yaml.Node, into any) bool {
	if n == nil {
		return false
	}
	if err := n.Decode(into); err != nil {
		p.errs.at(n, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		return false
	}
	return true
}

func (p *rulebookParser) text(n *yaml.Node, what string) string {
	if n == nil {
		return ""
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		p.errs.at(n, "%s must be text, found %s", what, describe(n))
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// id reads an identifier: kebab-case, lower-case letters and digits joined by
// single hyphens. Identifiers reach file names, CSV cells, markdown and the
// JSON contract; the pattern keeps them from ever being read as anything but
// a name (a formula in a spreadsheet, markup, an escape sequence).
func (p *rulebookParser) id(n *yaml.Node, what string) string {
	s := p.text(n, what)
	if n != nil && s != "" && !isKebab(s) {
		p.errs.at(n, "%s must be kebab-case (lower-case letters and digits joined by single hyphens, such as %q), found %q", what, "grave-violations-support", s)
	}
	return s
}

func isKebab(s string) bool {
	if len(s) > 64 || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

func (p *rulebookParser) list(n *yaml.Node, what string) []*yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		p.errs.at(n, "%s must be a list, found %s", what, describe(n))
		return nil
	}
	return n.Content
}

func (p *rulebookParser) parseKinds(n *yaml.Node) {
	p.rb.kinds.byID = map[string]*Kind{}
	for _, item := range p.list(n, "kinds") {
		f := p.fields(item, "a kind", []string{"id", "label", "tier", "direct", "institutions", "reform", "basis", "hrddp", "description"},
			[]string{"id", "label", "tier", "direct", "institutions", "reform", "basis", "hrddp"})
		k := &Kind{ID: p.id(f["id"], "a kind's id"), Label: p.text(f["label"], "label"), Description: p.text(f["description"], "description"),
			Pos: p.pos(item), TierPos: p.pos(f["tier"])}
		var tier int
		var basis string
		p.decode(f["tier"], &tier)
		p.decode(f["direct"], &k.Direct)
		p.decode(f["institutions"], &k.Institutions)
		p.decode(f["reform"], &k.Reform)
		p.decode(f["hrddp"], &k.HRDDP)
		p.decode(f["basis"], &basis)
		if f["tier"] != nil && (tier < 1 || tier > 3) {
			p.errs.at(f["tier"], "tier must be 1, 2 or 3, found %d", tier)
		}
		k.Tier = Tier(tier)
		switch Basis(basis) {
		case ReducesForceViolence, CombinedOpsCapacity, ReducesForceViolenceIfInstituted:
			k.Basis = Basis(basis)
		case "none":
		default:
			if f["basis"] != nil {
				p.errs.at(f["basis"], "basis must be none, %s, %s or %s; found %q", ReducesForceViolence, ReducesForceViolenceIfInstituted, CombinedOpsCapacity, basis)
			}
		}
		if k.ID == "" {
			continue
		}
		if p.rb.kinds.byID[k.ID] != nil {
			p.errs.at(f["id"], "kind %q is defined twice", k.ID)
			continue
		}
		if n := len(p.rb.Kinds); n < 64 {
			k.bit = 1 << n
		}
		for _, prop := range []kindProperty{propDirect, propInstitutions, propReform, propHRDDP} {
			if k.has(prop) {
				k.props |= 1 << prop
			}
		}
		p.rb.kinds.byID[k.ID] = k
		p.rb.Kinds = append(p.rb.Kinds, k)
	}
	if len(p.rb.Kinds) == 0 && n != nil {
		p.errs.at(n, "the rulebook defines no kinds")
	}
}

// parseVocabulary reads the choices of every fact first, so that conditions
// anywhere in the file can be checked against them.
func (p *rulebookParser) parseVocabulary(n *yaml.Node) {
	for _, item := range p.list(n, "facts") {
		if item.Kind != yaml.MappingNode {
			continue
		}
		var keyNode, choices *yaml.Node
		for i := 0; i+1 < len(item.Content); i += 2 {
			switch item.Content[i].Value {
			case "key":
				keyNode = item.Content[i+1]
			case "choices":
				choices = item.Content[i+1]
			}
		}
		if keyNode == nil {
			continue
		}
		f, ok := model.FactByKey(keyNode.Value)
		if !ok || f.Type() == model.YesNo || choices == nil || choices.Kind != yaml.SequenceNode {
			continue
		}
		for _, c := range choices.Content {
			if c.Kind != yaml.MappingNode {
				continue
			}
			var ch model.Choice
			for i := 0; i+1 < len(c.Content); i += 2 {
				switch c.Content[i].Value {
				case "value":
					ch.Value = c.Content[i+1].Value
				case "label":
					ch.Label = c.Content[i+1].Value
				}
			}
			p.rb.vocab.Add(f, ch)
		}
	}
}

func (p *rulebookParser) parseTerms(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		p.errs.at(n, "terms must be a mapping of names to {label, when}")
		return
	}
	// Register every name first, then compile, so terms may use each other in any order.
	type pending struct {
		t    *Term
		when *yaml.Node
	}
	var todo []pending
	for i := 0; i+1 < len(n.Content); i += 2 {
		name := n.Content[i].Value
		f := p.fields(n.Content[i+1], "a term", []string{"label", "when"}, []string{"when"})
		p.id(n.Content[i], "a term's name")
		t := &Term{Name: name, Label: p.text(f["label"], "label"), Pos: p.pos(n.Content[i]), index: len(p.rb.Terms)}
		if p.cc.terms[name] != nil {
			p.errs.at(n.Content[i], "term %q is defined twice", name)
		}
		p.cc.terms[name] = t
		p.rb.Terms = append(p.rb.Terms, t)
		todo = append(todo, pending{t, f["when"]})
	}
	for _, pd := range todo {
		pd.t.When = p.cc.compile(pd.when)
	}
	cc := cycleCheck{state: make([]termState, len(p.rb.Terms))}
	for _, t := range p.rb.Terms {
		if t.When != nil && cc.termCycle(t) {
			p.errs.at(n, "term %q refers to itself", t.Name)
			t.When = nil
		}
	}
	for _, name := range requiredTerms {
		if p.cc.terms[name] == nil {
			p.errs.at(n, "the rulebook must define the term %q", name)
		}
	}
	p.rb.missionSide, p.rb.accountable, p.rb.institutionalized = p.cc.terms["mission-side"], p.cc.terms["accountable"], p.cc.terms["institutionalized"]
	p.rb.askedOfOthers = p.cc.terms[AskedOfOthersTerm]
}

// AskedOfOthersTerm names the optional term that marks an activity asked of
// others than the mission (Result.AskedOfOthers).
const AskedOfOthersTerm = "asked-of-others"

// termState marks a term in the search for cycles.
type termState uint8

const (
	termUnseen termState = iota
	termOnPath           // being checked: meeting it again closes a cycle
	termClear            // checked: no cycle runs through it
)

// cycleCheck finds terms that use themselves. Each term is checked once (a
// depth-first search that remembers the terms found clear), so the check is
// linear in the size of the terms, however often each is used.
type cycleCheck struct {
	state []termState // by Term.index
	nodes int         // condition nodes visited: the work done
}

// termCycle reports whether term t reaches a cycle through the terms its
// condition uses.
func (cc *cycleCheck) termCycle(t *Term) bool {
	switch cc.state[t.index] {
	case termOnPath:
		return true
	case termClear:
		return false
	}
	cc.state[t.index] = termOnPath
	if cc.usesCycle(t.When) {
		return true // left on the path: every term that reaches it reaches the cycle too
	}
	cc.state[t.index] = termClear
	return false
}

func (cc *cycleCheck) usesCycle(c *Condition) bool {
	if c == nil {
		return false
	}
	cc.nodes++
	if c.op == opTerm {
		return cc.termCycle(c.term)
	}
	for _, part := range c.parts {
		if cc.usesCycle(part) {
			return true
		}
	}
	return false
}

func (p *rulebookParser) parseTiers(n *yaml.Node) {
	for _, item := range p.list(n, "tiers") {
		f := p.fields(item, "a tier", []string{"tier", "title", "short", "description"}, []string{"tier", "title"})
		var t int
		p.decode(f["tier"], &t)
		info := TierInfo{Tier: Tier(t), Title: p.text(f["title"], "title"), Short: p.text(f["short"], "short"),
			Description: p.text(f["description"], "description")}
		if info.Short == "" {
			info.Short = info.Title
		}
		p.rb.Tiers = append(p.rb.Tiers, info)
	}
	for t := Tier(1); t <= 3; t++ {
		if p.rb.Tier(t) == nil {
			p.errs.at(n, "tier %d is not described", t)
		}
	}
}

func (p *rulebookParser) parseAgendas(n *yaml.Node) {
	for _, item := range p.list(n, "agendas") {
		f := p.fields(item, "an agenda", []string{"id", "title", "short", "description"}, []string{"id", "title"})
		a := AgendaInfo{ID: Agenda(p.text(f["id"], "id")), Title: p.text(f["title"], "title"), Short: p.text(f["short"], "short"),
			Description: p.text(f["description"], "description")}
		if a.Short == "" {
			a.Short = a.Title
		}
		if !containsAgenda(a.ID) {
			p.errs.at(f["id"], "unknown agenda %q; agendas are: poc-only, overlap, ssr-only, outside, undetermined", a.ID)
		}
		p.rb.Agendas = append(p.rb.Agendas, a)
	}
	for _, a := range Agendas {
		if p.rb.Agenda(a) == nil {
			p.errs.at(n, "agenda %q is not described", a)
		}
	}
}

func containsAgenda(a Agenda) bool {
	for _, x := range Agendas {
		if x == a {
			return true
		}
	}
	return false
}

func (p *rulebookParser) parseBases(n *yaml.Node) {
	for _, item := range p.list(n, "bases") {
		f := p.fields(item, "a basis", []string{"id", "title", "description"}, []string{"id", "title"})
		b := BasisInfo{ID: Basis(p.text(f["id"], "id")), Title: p.text(f["title"], "title"), Description: p.text(f["description"], "description")}
		if b.ID != ReducesForceViolence && b.ID != CombinedOpsCapacity {
			p.errs.at(f["id"], "unknown basis %q; bases are: %s, %s", b.ID, ReducesForceViolence, CombinedOpsCapacity)
		}
		p.rb.Bases = append(p.rb.Bases, b)
	}
}

func (p *rulebookParser) parseQuestions(n *yaml.Node) {
	for _, item := range p.list(n, "facts") {
		f := p.fields(item, "a fact", []string{"key", "label", "question", "help", "relevant", "choices", "yes", "no"}, []string{"key", "question"})
		key := p.text(f["key"], "key")
		fact, ok := model.FactByKey(key)
		if !ok {
			if f["key"] != nil {
				p.errs.at(f["key"], "unknown fact %q; facts are: %s", key, factKeys())
			}
			continue
		}
		if p.rb.questionOf[fact] != nil {
			p.errs.at(f["key"], "fact %q is asked twice", key)
			continue
		}
		q := &Question{Fact: fact, Label: p.text(f["label"], "label"), Question: p.text(f["question"], "question"), Help: p.text(f["help"], "help"),
			Yes: p.text(f["yes"], "yes"), No: p.text(f["no"], "no")}
		if f["relevant"] != nil {
			q.Relevant = p.cc.compile(f["relevant"])
		}
		switch fact.Type() {
		case model.YesNo:
			if f["choices"] != nil {
				p.errs.at(f["choices"], "%s is a yes/no fact: give \"yes\" and \"no\" instead of choices", key)
			}
		default:
			if f["choices"] == nil {
				p.errs.at(item, "%s needs its choices", key)
			}
			seen := map[string]bool{}
			for _, c := range p.list(f["choices"], "choices") {
				cf := p.fields(c, "a choice", []string{"value", "label", "explain"}, []string{"value", "label"})
				o := Option{Value: p.id(cf["value"], "a choice's value"), Label: p.text(cf["label"], "label"), Explain: p.text(cf["explain"], "explain")}
				if seen[o.Value] {
					p.errs.at(cf["value"], "choice %q of %s is given twice", o.Value, key)
				}
				seen[o.Value] = true
				if fact == model.Kinds && p.rb.kinds.byID[o.Value] == nil {
					p.errs.at(cf["value"], "choice %q of kinds is not a defined kind", o.Value)
				}
				q.Options = append(q.Options, o)
			}
			if fact == model.Kinds {
				for _, k := range p.rb.Kinds {
					if !seen[k.ID] {
						p.errs.at(f["choices"], "kind %q is defined but not offered as a choice of kinds", k.ID)
					}
				}
			}
		}
		p.rb.questionOf[fact] = q
		p.rb.Questions = append(p.rb.Questions, q)
	}
	for _, fact := range model.AllFacts() {
		if p.rb.questionOf[fact] == nil {
			p.errs.at(n, "the rulebook asks no question for the fact %q", fact.Key())
		}
	}
}

func (p *rulebookParser) severity(n *yaml.Node) Severity {
	s := Severity(p.text(n, "severity"))
	if n != nil && s.Rank() == 0 {
		p.errs.at(n, "severity must be critical, high, medium or low; found %q", s)
	}
	return s
}

func (p *rulebookParser) parseRisks(n *yaml.Node) {
	seen := map[string]bool{}
	for i, item := range p.list(n, "risks") {
		f := p.fields(item, "a risk", []string{"id", "severity", "raise", "title", "when", "why", "mitigation", "section", "example", "example_case", "recommendations"},
			[]string{"id", "severity", "title", "when", "why", "mitigation", "section"})
		r := &RiskRule{ID: p.id(f["id"], "a risk's id"), Severity: p.severity(f["severity"]), Title: p.text(f["title"], "title"),
			Mitigation: p.text(f["mitigation"], "mitigation"), Section: p.text(f["section"], "section"),
			Example: p.text(f["example"], "example"), ExampleCase: p.id(f["example_case"], "a risk's example_case"), Pos: p.pos(item), order: i}
		if seen[r.ID] {
			p.errs.at(f["id"], "risk %q is defined twice", r.ID)
		}
		seen[r.ID] = true
		if f["when"] != nil {
			r.When = p.cc.compile(f["when"])
		}
		for _, rn := range p.list(f["raise"], "raise") {
			rf := p.fields(rn, "a severity raise", []string{"severity", "when"}, []string{"severity", "when"})
			r.Raise = append(r.Raise, SeverityRaise{Severity: p.severity(rf["severity"]), When: p.cc.compile(rf["when"]), Pos: p.pos(rn)})
		}
		if f["why"] != nil {
			r.Why = p.template(f["why"], nil)
		}
		for _, rec := range p.list(f["recommendations"], "recommendations") {
			if p.rb.Recommendation(rec.Value) == nil {
				p.errs.at(rec, "unknown recommendation %q; recommendations are: %s", rec.Value, recommendationIDs(p.rb))
				continue
			}
			r.Recommendations = append(r.Recommendations, rec.Value)
		}
		p.rb.Risks = append(p.rb.Risks, r)
	}
}

func recommendationIDs(rb *Rulebook) string {
	ids := make([]string, len(rb.Recommendations))
	for i, r := range rb.Recommendations {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

func (p *rulebookParser) parseRecommendations(n *yaml.Node) {
	for _, item := range p.list(n, "recommendations") {
		f := p.fields(item, "a recommendation", []string{"id", "title", "summary"}, []string{"id", "title", "summary"})
		r := &Recommendation{ID: p.id(f["id"], "a recommendation's id"), Title: p.text(f["title"], "title"), Summary: p.text(f["summary"], "summary")}
		if p.rb.Recommendation(r.ID) != nil {
			p.errs.at(f["id"], "recommendation %q is defined twice", r.ID)
		}
		p.rb.Recommendations = append(p.rb.Recommendations, r)
	}
}

func (p *rulebookParser) parseExplanations(n *yaml.Node) {
	p.rb.explanations = map[string]*Template{}
	p.rb.explainAt = map[string]*Position{}
	if n.Kind != yaml.MappingNode {
		p.errs.at(n, "explanations must be a mapping of names to templates")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		extra, ok := explanationKeys()[k.Value]
		if !ok {
			p.errs.at(k, "unknown explanation %q; explanations are: %s", k.Value, strings.Join(sortedKeys(explanationKeys()), ", "))
			continue
		}
		p.rb.explanations[k.Value] = p.template(n.Content[i+1], extra)
		pos := p.pos(k)
		p.rb.explainAt[k.Value] = &pos
	}
	for _, k := range sortedKeys(explanationKeys()) {
		if _, ok := p.rb.explanations[k]; ok {
			continue
		}
		fallback, optional := optionalExplanations[k]
		switch {
		case !optional:
			p.errs.at(n, "the explanation %q is missing", k)
		case fallback != "":
			p.rb.explanations[k], p.rb.explainAt[k] = p.rb.explanations[fallback], p.rb.explainAt[fallback]
		}
	}
}

// optionalExplanations are the explanations a rulebook older than them may
// lack, so that it still loads: each says, by the explanation it falls back
// on, what such a rulebook says instead ("" for nothing).
var optionalExplanations = map[string]string{
	"reading-inside-ssr":      "",
	"agenda-waits":            "",
	"waits-kinds":             "",
	"waits-implementer":       "",
	"change-partner-capacity": "change-partner-overlap",
	"change-partner-training": "change-partner-overlap",
	"change-mission-partner":  "",
	"portfolio-measures":      "",
}

func (p *rulebookParser) template(n *yaml.Node, extra []string) *Template {
	src := p.text(n, "a template")
	t, err := parseTemplate(src, &p.rb.vocab, extra)
	if err != nil {
		p.errs.at(n, "%s", err)
		return nil
	}
	return t
}
