package suggest

import (
	"strings"
	"sync"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest/mandate"
)

// Reason says why an import leaves a paragraph or sub-paragraph out: the id
// of a reason of the rulebook's cues.mandate.
type Reason string

// The reasons a part is left out, by their ids in the rulebook.
const (
	// NoAction: it only welcomes, condemns, recalls or expresses intent (the
	// rulebook's mandate leave_out phrases).
	NoAction Reason = classify.LeaveOutReason
	// ExtendsMandate: it extends a mandate or an authorization by reference.
	ExtendsMandate Reason = "extends-mandate"
	// TroopCeiling: it sets the number of troops or police.
	TroopCeiling Reason = "troop-ceiling"
	// ReportRequest: it requests a report or briefing to the Council.
	ReportRequest Reason = "report-request"
	// DemandOnArmedGroups: it makes demands of armed groups or parties.
	DemandOnArmedGroups Reason = "demand-on-armed-groups"
	// RemainsSeized: it keeps the matter before the Council, the closing
	// words of a resolution.
	RemainsSeized Reason = "remains-seized"
)

// Why says in words why a part with this reason is left out: the why the
// rulebook gives the reason (the one read last, when --rules gives another),
// else the built-in rulebook's.
func (r Reason) Why() string {
	if why, ok := reasonWhys.Load(r); ok {
		return why.(string)
	}
	if why := whyOf(classify.Default().Cues(), r); why != "" {
		return why
	}
	return string(r)
}

// reasonWhys holds the why of each reason of the rulebooks compiled
// (rulebook.yaml and any --rules file): Reason → string.
var reasonWhys sync.Map

// whyOf is the why c gives reason r, or "".
func whyOf(c *classify.Cues, r Reason) string {
	if r == NoAction {
		return c.Mandate.LeaveOutWhy
	}
	for _, rs := range [][]classify.CueNoActivity{c.Mandate.NoActivity, c.Mandate.Openings} {
		for _, nr := range rs {
			if Reason(nr.ID) == r {
				return nr.Why
			}
		}
	}
	return ""
}

// storeWhys records the why of every reason of c, for Reason.Why.
func storeWhys(c *classify.Cues) {
	if c.Mandate.LeaveOutWhy != "" {
		reasonWhys.Store(NoAction, c.Mandate.LeaveOutWhy)
	}
	for _, rs := range [][]classify.CueNoActivity{c.Mandate.NoActivity, c.Mandate.Openings} {
		for _, nr := range rs {
			reasonWhys.Store(Reason(nr.ID), nr.Why)
		}
	}
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
// part does not read as a task of its own. What each part's own words say is
// read first, for all parts at once (ownDecisions); the decisions are then
// taken in order, each part after the lead-in it stands under.
func (rd *Reader) leaveOut(m *Mandate, tree *mandate.Tree) {
	own := rd.ownDecisions(m, tree)
	reasons := make([]Reason, len(m.Parts))
	for i, n := range tree.Nodes {
		if n.Kind != mandate.Item {
			continue
		}
		p, o := &m.Parts[i], own[i]
		r := o.opening
		if o.kept >= 0 {
			r, p.TaskFrom = "", keptOffset(p.Text, o.kept)
		}
		if r == "" && n.Parent >= 0 && reasons[n.Parent] != "" && rd.lx.leftOut.passedDown[reasons[n.Parent]] && !rd.lx.ownTask(m.Parts[n.Parent].Text, p.Text) {
			// a part that says by its own words why it asks for no activity
			// (a troop increase under "supports the recommendations") is
			// left out for that
			r = o.noActivity
			if r == "" {
				r = reasons[n.Parent]
			}
			if r == NoAction && !rd.lx.callsForNoAction(opening(m.Parts[n.Parent].Text)+"\n\n"+opening(p.Text)) {
				r = ""
			}
		}
		if r == "" && n.Parent < 0 {
			r = o.noAction
		}
		if r == "" {
			r = o.noActivity
		}
		if r == "" && n.Parent >= 0 && reasons[n.Parent] == "" {
			r = o.noAction
		}
		reasons[i] = r
		if r != "" && p.Role == Task {
			p.Role, p.Reason = LeftOut, r
			m.LeftOutParagraphs++
		}
	}
}

// ownDecision is what a part's own words say of the activity it asks for:
// the reason its opening is left out for and where a later decision keeps
// it (openingAndKept), the no_activity reason it gives (noActivityCue), and
// the reason it calls for no action (noActionReason); "" for none.
type ownDecision struct {
	opening, noActivity, noAction Reason
	kept                          int
}

// ownDecisions reads the own words of every item of m, in runs (inRuns):
// each reading depends on the part's text alone.
func (rd *Reader) ownDecisions(m *Mandate, tree *mandate.Tree) []ownDecision {
	return rd.ownDecisionsIn(m, tree, runsFor)
}

// ownDecisionsIn is ownDecisions in runs(items) runs.
func (rd *Reader) ownDecisionsIn(m *Mandate, tree *mandate.Tree, runs func(items int) int) []ownDecision {
	var items []int
	for i, n := range tree.Nodes {
		if n.Kind == mandate.Item {
			items = append(items, i)
		}
	}
	own := make([]ownDecision, len(m.Parts))
	inRuns(len(items), runs(len(items)), func(_, k int) {
		text := m.Parts[items[k]].Text
		o := &own[items[k]]
		o.opening, o.kept = rd.lx.openingAndKept(text, rd.asksForActivity)
		if o.opening != "" && o.kept < 0 {
			return // left out by its opening, whatever else it says
		}
		o.noActivity = rd.lx.noActivityCue(opening(text))
		o.noAction, _ = rd.lx.noActionReason(opening(text))
	})
	return own
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
	no, _ := lx.noActionAndLater(text)
	return no
}

// noActionReason is the reason a paragraph that calls for no action is left
// out for: the reason of its first later decision that asks something of
// others ("Notes the violence, and calls on all parties to disarm" asks the
// parties to act as parties), but a report, else NoAction, the opening's.
func (lx *lexicon) noActionReason(text string) (Reason, bool) {
	no, later := lx.noActionAndLater(text)
	if !no {
		return "", false
	}
	if later != "" {
		return later, true
	}
	return NoAction, true
}

// noActionAndLater is callsForNoAction, with the reason of the first later
// decision left out for a reason of its own other than NoAction ("" if
// none).
func (lx *lexicon) noActionAndLater(text string) (bool, Reason) {
	// Most paragraphs open with no such words: read the first words alone
	// before the whole paragraph.
	if head := text[:min(len(text), headBytes)]; len(head) < len(text) {
		ws := splitWords(head, nil)
		if !lx.opensLeftOut(ws[:min(len(ws), headWords)]) {
			return false, ""
		}
	}
	ws := splitWords(text, nil)
	opening := -1
	var actions []match
	ms, phrases := lx.scanDecisions(ws)
	for _, m := range ms {
		switch phrases[m.phrase].role {
		case roleLeaveOut:
			if m.from == 0 && m.to > opening {
				opening = m.to
			}
		case roleAction:
			actions = append(actions, m)
		}
	}
	if opening < 0 {
		return false, ""
	}
	var later Reason
	for _, a := range actions {
		if a.from < opening {
			continue
		}
		// A later decision that is itself left out ("..., and demands that
		// the attacks cease", "..., and encourages the mission to make full
		// use of its means") asks for no more than the opening.
		rest := text[ws[a.from].start:]
		r := lx.byOpening(rest, nil)
		if r == "" {
			r = lx.noActivityCue(rest)
		}
		if r == "" {
			return false, ""
		}
		// a report asked for beside it is the lesser part: the opening's
		// reason stays ("Expresses its intention to raise the troop level,
		// and requests the Secretary-General to keep it informed")
		if later == "" && r != NoAction && r != ReportRequest {
			later = r
		}
	}
	return true, later
}

// headBytes is more than the longest leave_out phrase spans at the start of
// a paragraph (its marker included).
const headBytes = 160

// headWords is more than the longest leave_out phrase has words.
const headWords = 10

// opensLeftOut reports whether a leave_out phrase matches at the first word.
func (lx *lexicon) opensLeftOut(ws []word) bool {
	ms, phrases := lx.scanDecisions(ws)
	for _, m := range ms {
		if phrases[m.phrase].role == roleLeaveOut && m.from == 0 {
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
	ws := splitWords(text[:min(len(text), noActivityHead)], nil)
	if !lx.opensNoActivity(ws) {
		return ""
	}
	if len(text) > noActivityHead {
		ws = splitWords(text, ws[:0])
	}
	ms, phrases := lx.scanDecisions(ws)
	reason, end := -1, 0
	for _, m := range ms {
		if p := &phrases[m.phrase]; p.role == roleNoActivity && m.from == 0 && m.to > end {
			reason, end = p.scope, m.to
		}
	}
	if reason < 0 {
		return ""
	}
	for _, m := range ms {
		p := &phrases[m.phrase]
		if m.from < end {
			continue
		}
		switch {
		case p.role == roleNoActivityUnless && p.scope == reason:
			return ""
		case p.role == roleAction:
			rest := text[ws[m.from].start:]
			if lx.byOpening(rest, nil) == "" && !lx.callsForNoAction(rest) && lx.noActivityCue(rest) == "" {
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
	return lx.opensWithAny(ws, lx.noActivityOpenings)
}

// noActivityHead is more than a no_activity phrase of the rulebook spans at
// the start of a paragraph (some 30 words); a longer phrase is read only in
// as much of the paragraph.
const noActivityHead = 480
