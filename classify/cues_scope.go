package classify

import "go.yaml.in/yaml/v3"

// ScopeEffect is what a scope does to the kinds read inside it.
type ScopeEffect string

// The effects of a scope on kinds.
const (
	// KindsSecondary: kinds read inside the scope come after the others.
	KindsSecondary ScopeEffect = "secondary"
	// KindsFallback: kinds read inside the scope are suggested only when none
	// is read outside it: a purpose ("in order to protect civilians") is not
	// what the activity does, unless nothing else says what it does.
	KindsFallback ScopeEffect = "fallback"
	// KindsIgnored: kinds read inside the scope are not suggested.
	KindsIgnored ScopeEffect = "ignored"
	// KindsMain: the marker opens a new decision of the sentence ("..., and
	// requests the mission to ..."): it ends the scope before it, and kinds
	// read after it count as the main clause's.
	KindsMain ScopeEffect = "main"
)

// ScopeExtent says where a scope ends.
type ScopeExtent string

// The extents of a scope.
const (
	// UntilSentence: the scope runs to the end of the sentence.
	UntilSentence ScopeExtent = "sentence"
	// UntilComma: the scope runs to the next comma ("In line with the army
	// reform plan, assist ...").
	UntilComma ScopeExtent = "comma"
	// UntilWords: a not_within context voids only the cues that share a
	// word with its phrase ("provide security in the camps" is no equipment,
	// while "build the capacity of the police" beside it stands).
	UntilWords ScopeExtent = "words"
)

// CueScope is a part of a sentence opened by a marker ("including", "in order
// to") and closed by the end of the clause.
type CueScope struct {
	Name    string
	Kinds   ScopeEffect
	Until   ScopeExtent
	Markers []CuePattern
	// Decision: the marker opens a new decision of its sentence ("..., and
	// encourages ..."), so what is read in it elaborates nothing before it.
	Decision bool
	// Lists: what the scope names are the members of what the clause before
	// it names ("rule of law institutions, including the police"), so a kind
	// that gives way gives way to a kind read in it as to one beside it.
	Lists bool
	// Parts: a lead-in that ends with the scope's marker ("... operations
	// with the army, with a view to:") makes each of its parts what its
	// action is for: the lead-in's kind leads, the part's kinds follow.
	Parts bool
	// AtClause: the marker opens the scope only where it begins a clause,
	// after a comma: "..., and to assist the police" is a further task,
	// while "in order to monitor the police and to report on abuses" goes
	// on saying what the activity is for.
	AtClause bool
}

// parseScopes reads cues.scopes: each scope's name, effect on kinds, extent,
// markers and properties, with a positioned error for each wrong value.
func (p *rulebookParser) parseScopes(n *yaml.Node) []CueScope {
	var scopes []CueScope
	seenScope := map[string]bool{}
	for _, item := range p.list(n, "scopes") {
		sf := p.fields(item, "a scope", []string{"name", "kinds", "until", "markers", "decision", "lists", "parts", "at_clause"}, []string{"name", "kinds", "markers"})
		s := CueScope{Name: p.id(sf["name"], "a scope's name"), Kinds: ScopeEffect(p.text(sf["kinds"], "kinds")), Until: UntilSentence}
		switch s.Kinds {
		case KindsSecondary, KindsFallback, KindsIgnored, KindsMain:
		default:
			if sf["kinds"] != nil {
				p.errs.at(sf["kinds"], "kinds of a scope must be %s, %s, %s or %s, found %q", KindsSecondary, KindsFallback, KindsIgnored, KindsMain, s.Kinds)
			}
		}
		if sf["until"] != nil {
			s.Until = ScopeExtent(p.text(sf["until"], "until"))
			if s.Until != UntilSentence && s.Until != UntilComma {
				p.errs.at(sf["until"], "until must be %s or %s, found %q", UntilSentence, UntilComma, s.Until)
			}
		}
		if seenScope[s.Name] {
			p.errs.at(sf["name"], "scope %q is defined twice", s.Name)
		}
		seenScope[s.Name] = true
		s.Markers = p.cuePhrases(sf["markers"], "markers", true)
		if sf["decision"] != nil {
			p.decode(sf["decision"], &s.Decision)
		}
		if sf["lists"] != nil {
			p.decode(sf["lists"], &s.Lists)
		}
		if sf["parts"] != nil {
			p.decode(sf["parts"], &s.Parts)
		}
		if sf["at_clause"] != nil {
			p.decode(sf["at_clause"], &s.AtClause)
		}
		scopes = append(scopes, s)
	}
	return scopes
}
