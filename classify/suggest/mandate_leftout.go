package suggest

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pocssr/pocssr/classify/suggest/mandate"
	"go.yaml.in/yaml/v3"
)

// Reason says why an import leaves a paragraph or sub-paragraph out.
type Reason string

// The reasons a part is left out.
const (
	// NoAction: it only welcomes, condemns, recalls or expresses intent (the
	// rulebook's mandate phrases).
	NoAction Reason = "no-action"
	// ExtendsMandate: it extends a mandate or an authorization by reference.
	ExtendsMandate Reason = "extends-mandate"
	// TroopCeiling: it sets the number of troops or police.
	TroopCeiling Reason = "troop-ceiling"
	// ReportRequest: it requests a report or briefing to the Council.
	ReportRequest Reason = "report-request"
	// DemandOnArmedGroups: it makes demands of armed groups or parties.
	DemandOnArmedGroups Reason = "demand-on-armed-groups"
)

// Why says in words why a part with this reason is left out.
func (r Reason) Why() string {
	if r == NoAction {
		return "only welcomes, condemns, recalls, notes or expresses intent"
	}
	for _, lr := range leftOutRules() {
		if lr.id == r {
			return lr.why
		}
	}
	if why, ok := reasonWhys.Load(r); ok {
		return why.(string)
	}
	return string(r)
}

// reasonWhys holds the why of each no_activity reason of the rulebooks
// compiled (rulebook.yaml and any --rules file): Reason → string.
var reasonWhys sync.Map

//go:embed leftout.yaml
var leftOutYAML []byte

// leftOutRule is one reason of leftout.yaml, compiled.
type leftOutRule struct {
	id       Reason
	why      string
	patterns []*regexp.Regexp
	unless   []*regexp.Regexp
}

// leftOut compiles leftout.yaml the first time a mandate is read, not when
// the program starts: a command that reads no mandate (--version, check)
// never pays for its patterns.
var leftOut = sync.OnceValues(func() ([]leftOutRule, []*regexp.Regexp) {
	leftOutCompiled.Store(true)
	return compileLeftOut(leftOutYAML)
})

// leftOutCompiled says whether leftOut has run.
var leftOutCompiled atomic.Bool

// leftOutRules is leftout.yaml's reasons, compiled.
func leftOutRules() []leftOutRule { rules, _ := leftOut(); return rules }

func compileLeftOut(data []byte) ([]leftOutRule, []*regexp.Regexp) {
	var doc struct {
		Reasons []struct {
			ID       string   `yaml:"id"`
			Why      string   `yaml:"why"`
			Patterns []string `yaml:"patterns"`
			Unless   []string `yaml:"unless"`
		} `yaml:"reasons"`
		Tasks []string `yaml:"tasks"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		panic(fmt.Sprintf("leftout.yaml: %v", err))
	}
	var out []leftOutRule
	for _, r := range doc.Reasons {
		lr := leftOutRule{id: Reason(r.ID), why: r.Why}
		for _, p := range r.Patterns {
			lr.patterns = append(lr.patterns, regexp.MustCompile(p))
		}
		for _, p := range r.Unless {
			lr.unless = append(lr.unless, regexp.MustCompile(p))
		}
		out = append(out, lr)
	}
	var tasks []*regexp.Regexp
	for _, p := range doc.Tasks {
		tasks = append(tasks, regexp.MustCompile(p))
	}
	return out, tasks
}

// ownTask reports whether a sub-paragraph reads as a task of its own under
// its lead-in (an infinitive, or a lead-in that announces tasks).
func ownTask(leadIn, text string) bool {
	w, l := partWords(text), partWords(leadIn)
	_, ownTasks := leftOut()
	return ownTasks[0].MatchString(w) || len(ownTasks) > 1 && ownTasks[1].MatchString(l)
}

// furtherAction is a later clause that asks for action after a left-out
// opening ("decides to extend the mandate …, and requests the mission to …").
// The verbs take the split the published texts' conversion leaves in words
// ("encourage s MINUSTAH to …").
var furtherAction = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[;,:] (?:and )?(?:further |also )?(?:decide ?s|request ?s|authori[sz]e ?s|call ?s (?:upon|on)|urge ?s|encourage ?s|demand ?s|mandate ?s|direct ?s)\b`)
})

// furtherDecision is a later decision joined by "and" alone, inside one
// clause ("decides to renew the mandate … and decides further that the
// mission shall deploy …"): it keeps the paragraph when it asks for an
// activity, which the reader judges by its words.
var furtherDecision = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\band (?:further |also )?(?:decide ?s|request ?s|authori[sz]e ?s|mandate ?s|direct ?s)\b`)
})

// markerPrefix is a part's own marker at its start.
var markerPrefix = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\d{1,7}[.)]?|\([a-z]{1,5}\)|[a-z]{1,4}\)|[IVX]{1,5}\.|[·•\x{00AD}–—-])\s*`)
})

// partWords is what the left-out patterns read: the text without its
// marker, in lower case, white space collapsed.
func partWords(text string) string {
	t := markerPrefix().ReplaceAllString(strings.TrimSpace(text), "")
	return strings.ToLower(strings.Join(strings.Fields(t), " "))
}

// noActivity says why a part's own words ask for no activity, or "".
// asks, when not nil, tells whether a later decision joined by "and" asks for
// an activity.
func noActivity(text string, asks func(clause string) bool) Reason {
	w := partWords(text)
	if len(w) > 4096 {
		w = w[:4096] // the openings read are short; a long paragraph is cut for speed
	}
	for _, lr := range leftOutRules() {
		if lr.matches(w, asks) {
			return lr.id
		}
	}
	return ""
}

// matches reports whether the rule leaves out a part reading w: a pattern
// matches its opening, and every further clause of action is itself one
// that is left out ("requests a report …, and requests the Secretary-General
// to provide in these reports …").
func (lr *leftOutRule) matches(w string, asks func(string) bool) bool {
	if !lr.opens(openingWords(w)) {
		return false
	}
	for _, loc := range furtherAction().FindAllStringIndex(w, -1) {
		clause := strings.TrimLeft(w[loc[0]+1:], " ")
		clause = strings.TrimPrefix(clause, "and ")
		if !anyRuleOpens(openingWords(clause)) {
			return false
		}
	}
	if asks == nil {
		return true
	}
	for _, loc := range furtherDecision().FindAllStringIndex(w, -1) {
		clause := strings.TrimPrefix(w[loc[0]:], "and ")
		if !anyRuleOpens(openingWords(clause)) && asks(clause) {
			return false
		}
	}
	return true
}

// openingLength is how much of a clause the patterns read: their longest
// reach, with room to spare. (Cutting keeps the bounded repetitions cheap.)
const openingLength = 400

func openingWords(w string) string { return w[:min(len(w), openingLength)] }

// opens reports whether one of the rule's patterns matches w's opening and
// none of its exceptions does.
// The patterns are anchored at the opening and fail fast on most
// paragraphs; the exceptions, read anywhere, are tried only after one holds.
func (lr *leftOutRule) opens(w string) bool {
	matched := false
	for _, p := range lr.patterns {
		if p.MatchString(w) {
			matched = true
			break
		}
	}
	if !matched {
		return false
	}
	for _, u := range lr.unless {
		if u.MatchString(w) {
			return false
		}
	}
	return true
}

func anyRuleOpens(w string) bool {
	rules := leftOutRules()
	for i := range rules {
		if rules[i].opens(w) {
			return true
		}
	}
	return false
}

// inherits reports whether the parts under a lead-in left out for r are
// left out with it: the contents of a report, what is welcomed or demanded.
// Under a mandate's extension or a ceiling, each part is read on its own.
func inherits(r Reason) bool {
	return r == NoAction || r == ReportRequest || r == DemandOnArmedGroups
}

// maxOpening is how much of a paragraph the rulebook's mandate phrases read:
// no real paragraph is longer, and a hostile one is not read whole for them.
const maxOpening = 64 << 10

// opening is the first maxOpening bytes of text, cut at a space.
func opening(text string) string {
	if len(text) <= maxOpening {
		return text
	}
	if i := strings.LastIndexByte(text[:maxOpening], ' '); i > 0 {
		return text[:i]
	}
	return text[:maxOpening]
}

// leaveOut decides, part by part, which ask for no activity: a part is left
// out for its own words, or with the lead-in it stands under when that one
// is left out (for what a report holds, what is welcomed or demanded) and the
// part does not read as a task of its own.
func (rd *Reader) leaveOut(m *Mandate, tree *mandate.Tree) {
	reasons := make([]Reason, len(m.Parts))
	for i, n := range tree.Nodes {
		if n.Kind != mandate.Item {
			continue
		}
		p := &m.Parts[i]
		r := noActivity(p.Text, rd.asksForActivity)
		if r == "" && n.Parent >= 0 && reasons[n.Parent] != "" && inherits(reasons[n.Parent]) && !ownTask(m.Parts[n.Parent].Text, p.Text) {
			r = reasons[n.Parent]
			if r == NoAction && !rd.lx.callsForNoAction(opening(m.Parts[n.Parent].Text)+"\n\n"+opening(p.Text)) {
				r = ""
			}
		}
		if r == "" && n.Parent < 0 && rd.lx.callsForNoAction(opening(p.Text)) {
			r = NoAction
		}
		if r == "" {
			r = rd.lx.noActivityCue(opening(p.Text))
		}
		if r == "" && n.Parent >= 0 && reasons[n.Parent] == "" && rd.lx.callsForNoAction(opening(p.Text)) {
			r = NoAction
		}
		reasons[i] = r
		if r != "" && p.Role == Task {
			p.Role, p.Reason = LeftOut, r
			m.LeftOutParagraphs++
		}
	}
}

// asksForActivity reports whether the reader reads a kind of activity in
// a decision.
func (rd *Reader) asksForActivity(clause string) bool {
	s := rd.Suggest(clause)
	return s.Facts.Primary() != ""
}

// callsForNoAction reports whether a paragraph only welcomes, condemns,
// recalls or expresses intent: it opens with such words (the rulebook's
// mandate leave_out phrases) and holds no word that calls for action after
// them.
func (lx *lexicon) callsForNoAction(text string) bool {
	// Most paragraphs open with no such words: read the first words alone
	// before the whole paragraph.
	if head := text[:min(len(text), headBytes)]; len(head) < len(text) {
		ws := splitWords(head, nil)
		if !lx.opensLeftOut(ws[:min(len(ws), headWords)]) {
			return false
		}
	}
	ws := splitWords(text, nil)
	opening := -1
	var actions []match
	for _, m := range lx.scan(ws, nil) {
		switch lx.phrases[m.phrase].role {
		case roleLeaveOut:
			if m.from == 0 && m.to > opening {
				opening = m.to
			}
		case roleAction:
			actions = append(actions, m)
		}
	}
	if opening < 0 {
		return false
	}
	for _, a := range actions {
		// A later decision that is itself left out ("..., and demands that
		// the attacks cease", "..., and encourages the mission to make full
		// use of its means") asks for no more than the opening.
		if rest := text[ws[a.from].start:]; a.from >= opening && noActivity(rest, nil) == "" && lx.noActivityCue(rest) == "" {
			return false
		}
	}
	return true
}

// headBytes is more than the longest leave_out phrase spans at the start of
// a paragraph (its marker included).
const headBytes = 160

// headWords is more than the longest leave_out phrase has words.
const headWords = 10

// opensLeftOut reports whether a leave_out phrase matches at the first word.
func (lx *lexicon) opensLeftOut(ws []word) bool {
	for _, m := range lx.scan(ws, nil) {
		if lx.phrases[m.phrase].role == roleLeaveOut && m.from == 0 {
			return true
		}
	}
	return false
}

// noActivityCue says for which of the rulebook's no_activity reasons a
// paragraph asks for no activity, or "": it opens with one of the reason's
// phrases, holds none of its unless phrases after that opening, and every
// later decision ("..., and further requests the Secretary-General to
// report") is itself one that asks for no activity. A paragraph that renews
// a mandate and creates a task is kept, whole.
func (lx *lexicon) noActivityCue(text string) Reason {
	if len(lx.cues.Mandate.NoActivity) == 0 {
		return ""
	}
	head := text[:min(len(text), noActivityHead)]
	if !lx.opensNoActivity(splitWords(head, nil)) {
		return ""
	}
	ws := splitWords(text, nil)
	ms := lx.scan(ws, nil)
	reason, end := -1, 0
	for _, m := range ms {
		if p := &lx.phrases[m.phrase]; p.role == roleNoActivity && m.from == 0 && m.to > end {
			reason, end = p.scope, m.to
		}
	}
	if reason < 0 {
		return ""
	}
	for _, m := range ms {
		p := &lx.phrases[m.phrase]
		if m.from < end {
			continue
		}
		switch {
		case p.role == roleNoActivityUnless && p.scope == reason:
			return ""
		case p.role == roleAction:
			rest := text[ws[m.from].start:]
			if noActivity(rest, nil) == "" && !lx.callsForNoAction(rest) && lx.noActivityCue(rest) == "" {
				return ""
			}
		}
	}
	return Reason(lx.cues.Mandate.NoActivity[reason].ID)
}

// opensNoActivity reports whether a no_activity phrase may match at the first
// word: a quick look before the whole paragraph is read.
// Only the reasons' own phrases are tried, at the first word: most
// paragraphs open otherwise, and the whole lexicon need not be read for them.
func (lx *lexicon) opensNoActivity(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	s := search{ws: ws, failed: make([]uint32, lx.states)}
	for _, id := range lx.noActivityPhrases {
		s.start(&lx.phrases[id], 0)
		if s.match(0, 0) > 0 {
			return true
		}
	}
	return false
}

// noActivityHead is more than a no_activity phrase of the rulebook spans at
// the start of a paragraph (some 30 words); a longer phrase is read only in
// as much of the paragraph.
const noActivityHead = 480
