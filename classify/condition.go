package classify

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// Truth is a value of three-valued logic: a condition over facts that are not all
// known may be neither true nor false.
type Truth int8

// The three truth values.
const (
	False   Truth = -1
	Unknown Truth = 0
	True    Truth = 1
)

func (t Truth) String() string {
	switch t {
	case True:
		return "true"
	case False:
		return "false"
	}
	return "unknown"
}

func truth(b bool) Truth {
	if b {
		return True
	}
	return False
}

// kindProperty is a property of a kind that a condition can test.
type kindProperty uint8

const (
	propDirect kindProperty = iota + 1
	propInstitutions
	propReform
	propHRDDP
)

var kindProperties = map[string]kindProperty{
	"direct": propDirect, "institutions": propInstitutions, "reform": propReform, "hrddp": propHRDDP,
}

// condOp is the operation of one node of a compiled condition.
type condOp uint8

const (
	opFactIn condOp = iota + 1
	opFactIs
	opFactEmpty
	opKindIn
	opKindHas
	opAll
	opAny
	opNot
	opTerm
)

// Condition is a compiled condition of the rulebook.
type Condition struct {
	op      condOp
	fact    model.Fact
	values  []string // opFactIn, opKindIn
	flag    bool     // opFactIs, opFactEmpty
	primary bool     // opKind*: the primary kind only
	kinds   uint64   // opKindIn: the listed kinds as a bit set, when every one has a bit
	prop    kindProperty
	parts   []*Condition
	term    *Term
}

// Facts lists the facts the condition reads, so explanations can name them.
func (c *Condition) Facts() []model.Fact {
	seen := map[model.Fact]bool{}
	var out []model.Fact
	walked := map[*Term]bool{} // a term used twice is read once
	var walk func(*Condition)
	walk = func(c *Condition) {
		if c == nil {
			return
		}
		switch c.op {
		case opFactIn, opFactIs, opFactEmpty:
			if !seen[c.fact] {
				seen[c.fact] = true
				out = append(out, c.fact)
			}
		case opKindIn, opKindHas:
			if !seen[model.Kinds] {
				seen[model.Kinds] = true
				out = append(out, model.Kinds)
			}
		case opTerm:
			if !walked[c.term] {
				walked[c.term] = true
				walk(c.term.When)
			}
		}
		for _, p := range c.parts {
			walk(p)
		}
	}
	walk(c)
	return out
}

// subject is what conditions are evaluated on: an activity's facts, with its
// kinds looked up once.
type subject struct {
	fs    *model.Facts
	kinds []*Kind // the known kinds, primary first
	buf   [8]*Kind
	// The kinds and their properties as bit sets, for all kinds and for the
	// primary one (see Kind.bit and kindProperty).
	anyKinds, primaryKinds uint64
	anyProps, primaryProps uint8
	// terms memoizes the value of each term (+2 so that zero means not yet):
	// a term is evaluated once per subject however often it is used, so a
	// chain of terms each using the one before twice costs its length, not
	// two to the power of it.
	terms    []int8
	termsBuf [memoTermsInline]int8
	// termEvals counts the terms evaluated, the measure of the memo's work.
	termEvals int
	bare      bool // no words are made for its result (Decide)
	// suggested holds, a bit per fact, the answers suggested by the
	// activity's words and not yet confirmed: the words mark them "~".
	suggested uint64
}

// memoTermsInline is how many terms a subject remembers without allocating.
const memoTermsInline = 16

func (rb *Rulebook) subject(s *subject, fs *model.Facts) {
	s.fs = fs
	s.kinds = s.buf[:0]
	if n := len(rb.Terms); n <= memoTermsInline {
		s.terms = s.termsBuf[:n]
	} else {
		s.terms = make([]int8, n)
	}
	for i, id := range fs[model.Kinds].Set {
		k := rb.kinds.byID[id]
		if k == nil {
			continue
		}
		s.kinds = append(s.kinds, k)
		s.anyKinds |= k.bit
		s.anyProps |= k.props
		if i == 0 {
			s.primaryKinds, s.primaryProps = k.bit, k.props
		}
	}
}

// term evaluates a named term once per subject.
func (s *subject) term(t *Term) Truth {
	i := t.index
	if i < len(s.terms) && s.terms[i] != 0 {
		return Truth(s.terms[i] - 2)
	}
	s.termEvals++
	v := t.When.eval(s)
	if i < len(s.terms) { // else a term of another rulebook; not expected
		s.terms[i] = int8(v) + 2
	}
	return v
}

// Holds evaluates condition c on a set of facts with three-valued logic.
func (rb *Rulebook) Holds(c *Condition, fs *model.Facts) Truth {
	var s subject
	rb.subject(&s, fs)
	return c.eval(&s)
}

func (c *Condition) eval(s *subject) Truth {
	fs := s.fs
	switch c.op {
	case opFactIn:
		v := &fs[c.fact]
		if !v.Known {
			return Unknown
		}
		if c.fact.Type() == model.OneOf {
			return truth(slices.Contains(c.values, v.One))
		}
		for _, x := range v.Set {
			if slices.Contains(c.values, x) {
				return True
			}
		}
		return False
	case opFactIs:
		v := &fs[c.fact]
		if !v.Known {
			return Unknown
		}
		return truth(v.Yes == c.flag)
	case opFactEmpty:
		v := &fs[c.fact]
		if !v.Known {
			return Unknown
		}
		return truth((len(v.Set) == 0) == c.flag)
	case opKindIn, opKindHas:
		v := &fs[model.Kinds]
		if !v.Known {
			return Unknown
		}
		switch {
		case c.op == opKindHas && c.primary:
			return truth(s.primaryProps&(1<<c.prop) != 0)
		case c.op == opKindHas:
			return truth(s.anyProps&(1<<c.prop) != 0)
		case c.kinds != 0 && c.primary:
			return truth(s.primaryKinds&c.kinds != 0)
		case c.kinds != 0:
			return truth(s.anyKinds&c.kinds != 0)
		}
		if c.primary && (len(s.kinds) == 0 || s.kinds[0].ID != v.Set[0]) {
			return False // no primary kind, or one the rulebook does not define
		}
		kinds := s.kinds
		if c.primary {
			kinds = kinds[:1]
		}
		for _, k := range kinds {
			if c.op == opKindIn && slices.Contains(c.values, k.ID) {
				return True
			}
			if c.op == opKindHas && k.has(c.prop) {
				return True
			}
		}
		return False
	case opAll:
		out := True
		for _, p := range c.parts {
			switch p.eval(s) {
			case False:
				return False
			case Unknown:
				out = Unknown
			}
		}
		return out
	case opAny:
		out := False
		for _, p := range c.parts {
			switch p.eval(s) {
			case True:
				return True
			case Unknown:
				out = Unknown
			}
		}
		return out
	case opNot:
		return -c.parts[0].eval(s)
	case opTerm:
		return s.term(c.term)
	}
	return Unknown
}

// compiler turns condition nodes of the rulebook into Conditions, checking every
// name against the rulebook's facts, kinds and terms.
type compiler struct {
	vocab *model.Vocabulary
	kinds map[string]*Kind
	terms map[string]*Term
	errs  *problems
	// budget is how many condition nodes may still be compiled: an alias
	// (*name) repeats what it names, so a few lines of aliases of aliases can
	// stand for billions of conditions. As for worksheets, the budget is the
	// file's size, which no rulebook written out by hand comes near.
	budget int
	bombed bool
	// depth and root: the condition being compiled, where a bomb is reported.
	depth int
	root  *yaml.Node
}

func (cc *compiler) compile(n *yaml.Node) *Condition {
	if n == nil || n.Kind == 0 || cc.bombed {
		return nil
	}
	if cc.depth == 0 {
		cc.root = n
	}
	cc.depth++
	defer func() { cc.depth-- }()
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	cc.budget -= 1 + len(n.Content)
	if cc.budget < 0 {
		cc.bombed = true
		cc.errs.at(cc.root, "this condition expands too far through YAML aliases (*name); write it out, or name a shared condition in terms and use {term: NAME}")
		return nil
	}
	if n.Kind != yaml.MappingNode {
		cc.errs.at(n, "expected a condition (a mapping such as {fact: KEY, in: [...]}), found %s", describe(n))
		return nil
	}
	fields := map[string]*yaml.Node{}
	var keys []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i].Value
		if _, dup := fields[k]; dup {
			cc.errs.at(n.Content[i], "%q is given twice in one condition", k)
		}
		fields[k] = n.Content[i+1]
		keys = append(keys, k)
	}
	switch {
	case fields["all"] != nil || fields["any"] != nil:
		name := "all"
		op := opAll
		if fields["any"] != nil {
			name, op = "any", opAny
		}
		if len(keys) != 1 {
			cc.errs.at(n, "%q stands alone in its condition; found also %s", name, strings.Join(others(keys, name), ", "))
		}
		list := fields[name]
		if list.Kind != yaml.SequenceNode || len(list.Content) == 0 {
			cc.errs.at(list, "%q takes a non-empty list of conditions", name)
			return nil
		}
		c := &Condition{op: op}
		for _, item := range list.Content {
			if p := cc.compile(item); p != nil {
				c.parts = append(c.parts, p)
			}
		}
		if len(c.parts) != len(list.Content) {
			return nil
		}
		return c
	case fields["not"] != nil:
		if len(keys) != 1 {
			cc.errs.at(n, "\"not\" stands alone in its condition; found also %s", strings.Join(others(keys, "not"), ", "))
		}
		p := cc.compile(fields["not"])
		if p == nil {
			return nil
		}
		return &Condition{op: opNot, parts: []*Condition{p}}
	case fields["term"] != nil:
		name := fields["term"].Value
		t := cc.terms[name]
		if t == nil {
			cc.errs.at(fields["term"], "unknown term %q; terms are: %s", name, strings.Join(sortedKeys(cc.terms), ", "))
			return nil
		}
		if len(keys) != 1 {
			cc.errs.at(n, "\"term\" stands alone in its condition")
		}
		return &Condition{op: opTerm, term: t}
	case fields["fact"] != nil:
		return cc.compileFact(n, fields, keys)
	case fields["kind"] != nil:
		return cc.compileKind(n, fields, keys)
	}
	cc.errs.at(n, "a condition needs one of fact, kind, term, all, any or not; found %s", strings.Join(keys, ", "))
	return nil
}

func (cc *compiler) compileFact(n *yaml.Node, fields map[string]*yaml.Node, keys []string) *Condition {
	key := fields["fact"].Value
	f, ok := model.FactByKey(key)
	if !ok {
		cc.errs.at(fields["fact"], "unknown fact %q; facts are: %s", key, factKeys())
		return nil
	}
	if len(keys) != 2 {
		cc.errs.at(n, "a fact test takes \"fact\" and one of in, is, empty; found %s", strings.Join(keys, ", "))
		return nil
	}
	switch {
	case fields["in"] != nil:
		if f.Type() == model.YesNo {
			cc.errs.at(fields["in"], "%s is a yes/no fact: test it with \"is: true\" or \"is: false\"", key)
			return nil
		}
		vals := cc.values(fields["in"], f)
		if vals == nil {
			return nil
		}
		return &Condition{op: opFactIn, fact: f, values: vals}
	case fields["is"] != nil:
		if f.Type() != model.YesNo {
			cc.errs.at(fields["is"], "\"is\" tests yes/no facts; %s takes %s: use \"in\"", key, f.Type())
			return nil
		}
		b, ok := boolNode(fields["is"])
		if !ok {
			cc.errs.at(fields["is"], "\"is\" takes true or false")
			return nil
		}
		return &Condition{op: opFactIs, fact: f, flag: b}
	case fields["empty"] != nil:
		if f.Type() != model.SetOf {
			cc.errs.at(fields["empty"], "\"empty\" tests list facts; %s takes %s", key, f.Type())
			return nil
		}
		b, ok := boolNode(fields["empty"])
		if !ok {
			cc.errs.at(fields["empty"], "\"empty\" takes true or false")
			return nil
		}
		return &Condition{op: opFactEmpty, fact: f, flag: b}
	}
	cc.errs.at(n, "a fact test takes one of in, is, empty; found %s", strings.Join(others(keys, "fact"), ", "))
	return nil
}

func (cc *compiler) compileKind(n *yaml.Node, fields map[string]*yaml.Node, keys []string) *Condition {
	which := fields["kind"].Value
	if which != "any" && which != "primary" {
		cc.errs.at(fields["kind"], "\"kind\" takes any or primary, found %q", which)
		return nil
	}
	if len(keys) != 2 {
		cc.errs.at(n, "a kind test takes \"kind\" and one of in, has; found %s", strings.Join(keys, ", "))
		return nil
	}
	c := &Condition{primary: which == "primary"}
	switch {
	case fields["in"] != nil:
		c.op = opKindIn
		c.values = cc.values(fields["in"], model.Kinds)
		if c.values == nil {
			return nil
		}
		for _, id := range c.values {
			k := cc.kinds[id]
			if k == nil || k.bit == 0 {
				c.kinds = 0
				break
			}
			c.kinds |= k.bit
		}
	case fields["has"] != nil:
		c.op = opKindHas
		p, ok := kindProperties[fields["has"].Value]
		if !ok {
			cc.errs.at(fields["has"], "unknown kind property %q; properties are: direct, institutions, reform, hrddp", fields["has"].Value)
			return nil
		}
		c.prop = p
	default:
		cc.errs.at(n, "a kind test takes one of in, has; found %s", strings.Join(others(keys, "kind"), ", "))
		return nil
	}
	return c
}

// values reads a list of allowed values of fact f.
func (cc *compiler) values(n *yaml.Node, f model.Fact) []string {
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		cc.errs.at(n, "\"in\" takes a non-empty list of values of %s", f.Key())
		return nil
	}
	var out []string
	ok := true
	for _, v := range n.Content {
		if v.Kind != yaml.ScalarNode {
			cc.errs.at(v, "expected a value of %s, found %s", f.Key(), describe(v))
			ok = false
			continue
		}
		if !cc.vocab.Allows(f, v.Value) {
			cc.errs.at(v, "%q is not a value of %s; allowed: %s%s", v.Value, f.Key(),
				strings.Join(cc.vocab.Values(f), ", "), model.DidYouMean(v.Value, cc.vocab.Values(f)))
			ok = false
			continue
		}
		out = append(out, v.Value)
	}
	if !ok {
		return nil
	}
	return out
}

func boolNode(n *yaml.Node) (bool, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		return false, false
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		return false, false
	}
	return b, true
}

func others(keys []string, except string) []string {
	var out []string
	for _, k := range keys {
		if k != except {
			out = append(out, k)
		}
	}
	return out
}

func factKeys() string {
	keys := make([]string, model.NumFacts)
	for i := range keys {
		keys[i] = model.Fact(i).Key()
	}
	return strings.Join(keys, ", ")
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}
