// Package classify is the POC/SSR framework of pocssr: the embedded rulebook and
// the engine that places an activity under the 2015 policy's tiers and the
// narrow reading's agendas, finds its friction risks, and explains each answer.
//
// The framework's content (kinds, questions, risks, mitigations, chapter
// references) is data in rulebook.yaml; this package holds the engine only.
package classify

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"

	"github.com/pocssr/pocssr/model"
)

//go:embed rulebook.yaml
var builtinRulebook []byte

// Term is a named condition, such as "mission side".
type Term struct {
	Name  string
	Label string
	When  *Condition
	Pos   Position // where the term is written
	index int
}

// TierInfo describes one tier of the 2015 policy.
type TierInfo struct {
	Tier        Tier
	Title       string
	Short       string // for drawings and table cells; the title when the rulebook gives none
	Description string
}

// AgendaInfo describes one agenda of the narrow reading.
type AgendaInfo struct {
	ID          Agenda
	Title       string
	Short       string // for table cells; the title when the rulebook gives none
	Description string
}

// BasisInfo describes one overlap basis.
type BasisInfo struct {
	ID          Basis
	Title       string
	Description string
}

// Kind is a kind of activity (FRAMEWORK §2) with its properties.
type Kind struct {
	ID           string
	Label        string
	Tier         Tier
	Direct       bool // protects civilians directly
	Institutions bool // acts on security institutions
	Reform       bool // supports a national reform process
	Basis        Basis
	HRDDP        bool // covered by the HRDDP risk assessment
	Description  string
	Pos          Position // where the kind is written
	TierPos      Position // where its tier is written
	lowerLabel   string
	bit          uint64 // 1 << its place in the rulebook, for the first 64 kinds
	props        uint8  // its properties as bits: 1 << kindProperty
}

// Option is one answer a question offers.
type Option struct {
	Value   string
	Label   string
	Explain string
}

// Question asks for one fact (FRAMEWORK §5).
type Question struct {
	Fact     model.Fact
	Label    string // the fact named in a sentence, "training format"; optional
	Question string
	Help     string
	Relevant *Condition // nil: always relevant
	Options  []Option   // one-of and set-of facts
	Yes, No  string     // yes/no facts: what each answer means
}

// RiskRule is a friction risk of FRAMEWORK §4.
type RiskRule struct {
	ID         string
	Severity   Severity
	Raise      []SeverityRaise
	Title      string
	When       *Condition
	Why        *Template
	Mitigation string
	Section    string
	Example    string
	// ExampleCase is the id of the case of the library the example tells
	// of, "" where none is named: the framework says whether that case
	// raises the risk as the library answers it (CaseLinks.Example).
	ExampleCase     string
	Recommendations []string
	Pos             Position     // where the rule is written
	Reads           []model.Fact // the facts its condition reads, in the order it reads them
	order           int
}

// SeverityRaise sets a risk's severity when its condition holds.
type SeverityRaise struct {
	Severity Severity
	When     *Condition
	Pos      Position
}

// Recommendation is one of the chapter's five recommendations.
type Recommendation struct {
	ID      string
	Title   string
	Summary string
}

// Rulebook is the whole framework, loaded and checked.
type Rulebook struct {
	classified atomic.Int64 // see Classified

	Version         string
	Title           string
	Terms           []*Term
	Tiers           []TierInfo
	Agendas         []AgendaInfo
	Bases           []BasisInfo
	Kinds           []*Kind
	Questions       []*Question
	Risks           []*RiskRule
	Recommendations []*Recommendation
	Portfolio       []*PortfolioRule // FRAMEWORK §8, in rulebook order

	explanations map[string]*Template
	vocab        model.Vocabulary
	kinds        kindIndex
	questionOf   [model.NumFacts]*Question
	inSentence   model.Vocabulary  // labels as they read inside a sentence
	tierReason   map[string]string // the tier's reason for each primary kind
	explainAt    map[string]*Position
	agendaReads  map[string][]model.Fact // the facts each agenda rule reads
	file         string
	cues         Cues

	// The terms the agenda rules of FRAMEWORK §3 use.
	missionSide, accountable, institutionalized *Term
	// askedOfOthers is the optional term of activities asked of others than
	// the mission (Result.AskedOfOthers); nil when the rulebook has none.
	askedOfOthers   *Term
	source          []byte
	portfolioForces []string // the forces findings are computed for, in order
}

var (
	defaultOnce sync.Once
	defaultRB   *Rulebook
)

// Default returns the built-in rulebook.
func Default() *Rulebook {
	defaultOnce.Do(func() {
		rb, err := Parse("rulebook.yaml", builtinRulebook)
		if err != nil {
			panic("the built-in rulebook is invalid: " + err.Error())
		}
		defaultRB = rb
	})
	return defaultRB
}

// Load reads a rulebook file, e.g. a facilitator's modified copy.
func Load(path string) (*Rulebook, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The size is checked before anything is read, and what is read stops
	// one byte past the limit: a 2 GB file or /dev/zero costs nothing.
	if st, err := f.Stat(); err == nil {
		switch {
		case st.IsDir():
			return nil, errorf(path, "is a folder, not a rulebook")
		case st.Mode().IsRegular() && st.Size() > MaxRulebookSize:
			return nil, errorf(path, "the rulebook is %d bytes; the limit is %d", st.Size(), MaxRulebookSize)
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxRulebookSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxRulebookSize {
		return nil, errorf(path, "the rulebook is larger than the limit of %d bytes", MaxRulebookSize)
	}
	return Parse(path, data)
}

// Source is the rulebook's YAML text, as `pocssr rules --export` prints it.
func (rb *Rulebook) Source() []byte { return rb.source }

// Vocabulary lists the values worksheets may use.
func (rb *Rulebook) Vocabulary() *model.Vocabulary { return &rb.vocab }

// Kind finds a kind by id.
func (rb *Rulebook) Kind(id string) *Kind { return rb.kinds.byID[id] }

// QuestionFor returns the question that asks for fact f.
func (rb *Rulebook) QuestionFor(f model.Fact) *Question { return rb.questionOf[f] }

// Tier describes tier t, or returns nil.
func (rb *Rulebook) Tier(t Tier) *TierInfo {
	for i := range rb.Tiers {
		if rb.Tiers[i].Tier == t {
			return &rb.Tiers[i]
		}
	}
	return nil
}

// Agenda describes agenda a, or returns nil.
func (rb *Rulebook) Agenda(a Agenda) *AgendaInfo {
	for i := range rb.Agendas {
		if rb.Agendas[i].ID == a {
			return &rb.Agendas[i]
		}
	}
	return nil
}

// AgendaTitle is agenda a as people read it, from the rulebook.
func (rb *Rulebook) AgendaTitle(a Agenda) string {
	if info := rb.Agenda(a); info != nil {
		return info.Title
	}
	return string(a)
}

// TierShort is tier t's short label, from the rulebook.
func (rb *Rulebook) TierShort(t Tier) string {
	if info := rb.Tier(t); info != nil {
		return info.Short
	}
	return ""
}

// AgendaShort is agenda a in a table cell, from the rulebook.
func (rb *Rulebook) AgendaShort(a Agenda) string {
	if info := rb.Agenda(a); info != nil {
		return info.Short
	}
	return string(a)
}

// InsideSSRCaption says, in the rulebook's words, what it means that the 2015
// reading places an activity inside SSR; "" when the rulebook does not say.
func (rb *Rulebook) InsideSSRCaption() string {
	var none model.Facts
	return rb.explain("reading-inside-ssr", &none)
}

// KindsOf lists the kinds placed at tier t, in rulebook order.
func (rb *Rulebook) KindsOf(t Tier) []*Kind {
	var out []*Kind
	for _, k := range rb.Kinds {
		if k.Tier == t {
			out = append(out, k)
		}
	}
	return out
}

// File is the name of the file the rulebook was read from.
func (rb *Rulebook) File() string { return rb.file }

// Basis describes basis b, or returns nil.
func (rb *Rulebook) Basis(b Basis) *BasisInfo {
	for i := range rb.Bases {
		if rb.Bases[i].ID == b {
			return &rb.Bases[i]
		}
	}
	return nil
}

// Risk finds a risk rule by id.
func (rb *Rulebook) Risk(id string) *RiskRule {
	for _, r := range rb.Risks {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Recommendation finds a recommendation by id.
func (rb *Rulebook) Recommendation(id string) *Recommendation {
	for _, r := range rb.Recommendations {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Label is the label of a value of fact f ("army" for forces, say).
func (rb *Rulebook) Label(f model.Fact, value string) string { return rb.vocab.Label(f, value) }

// kindIndex finds kinds and their properties quickly.
type kindIndex struct {
	byID map[string]*Kind
}

func (k *Kind) has(p kindProperty) bool {
	switch p {
	case propDirect:
		return k.Direct
	case propInstitutions:
		return k.Institutions
	case propReform:
		return k.Reform
	case propHRDDP:
		return k.HRDDP
	}
	return false
}

// errorf is a one-problem InputError for a rulebook without a usable position.
func errorf(file, format string, args ...any) error {
	return &model.InputError{Problems: []model.Problem{{File: file, Msg: fmt.Sprintf(format, args...)}}}
}
