package classify

import (
	"sort"
	"strings"

	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// The mandate cues: which operative paragraphs and sub-paragraphs `import`
// leaves out and why, read with the phrase language (RULEBOOK_FORMAT.md).

// LeaveOutReason is the id of the reason for which a part that opens with a
// leave_out phrase is left out: it only welcomes, condemns, recalls or
// expresses intent.
const LeaveOutReason = "no-action"

// The fields of cues.mandate.
var mandateFields = []string{"leave_out", "leave_out_why", "action", "no_activity", "openings",
	"later_decisions", "joined_decisions", "own_task", "passed_down", "given_to"}

// parseMandateCues reads cues.mandate: which operative paragraphs and
// sub-paragraphs `import` leaves out, and why.
func (p *rulebookParser) parseMandateCues(n *yaml.Node) MandateCues {
	mf := p.fields(n, "mandate cues", mandateFields, []string{"leave_out", "action"})
	m := MandateCues{
		LeaveOut:        p.cuePhrases(mf["leave_out"], "leave_out", true),
		Action:          p.cuePhrases(mf["action"], "action", false),
		LaterDecisions:  p.phrasesReaching(mf["later_decisions"], "later_decisions", false, leftOutReach),
		JoinedDecisions: p.phrasesReaching(mf["joined_decisions"], "joined_decisions", false, leftOutReach),
		GivenTo:         p.phrasesReaching(mf["given_to"], "given_to", false, leftOutReach),
	}
	if mf["leave_out_why"] != nil {
		m.LeaveOutWhy = p.text(mf["leave_out_why"], "leave_out_why")
	}
	seen := map[string]bool{LeaveOutReason: true}
	m.NoActivity = p.parseReasons(mf["no_activity"], "no_activity", false, seen, cueReach)
	m.Openings = p.parseReasons(mf["openings"], "openings", true, seen, leftOutReach)
	if ot := mf["own_task"]; ot != nil {
		f := p.fields(ot, "own_task", []string{"part", "lead_in"}, nil)
		m.OwnTask = CueOwnTask{Part: p.phrasesReaching(f["part"], "part", true, leftOutReach), LeadIn: p.phrasesReaching(f["lead_in"], "lead_in", false, leftOutReach)}
	}
	for _, item := range p.list(mf["passed_down"], "passed_down") {
		id := p.text(item, "a reason's id")
		if id != "" && !seen[id] {
			ids := make([]string, 0, len(seen))
			for k := range seen {
				ids = append(ids, k)
			}
			sort.Strings(ids)
			p.errs.at(item, "passed_down: %q is not a reason; reasons are: %s%s", id, strings.Join(ids, ", "), model.DidYouMean(id, ids))
			continue
		}
		m.PassedDown = append(m.PassedDown, id)
	}
	return m
}

// parseReasons reads a list of reasons (no_activity, openings); seen holds
// the ids read so far, so that none is defined twice. anchoredUnless allows
// an unless phrase to begin with "^": it then reads the part's opening ("^
// demands that the Government", a demand on those the plan covers).
func (p *rulebookParser) parseReasons(n *yaml.Node, what string, anchoredUnless bool, seen map[string]bool, reach phraseReach) []CueNoActivity {
	var out []CueNoActivity
	for _, item := range p.list(n, what) {
		f := p.fields(item, "a reason of "+what, []string{"id", "why", "phrases", "unless"}, []string{"id", "why", "phrases"})
		r := CueNoActivity{ID: p.id(f["id"], "a reason's id"), Why: p.text(f["why"], "why")}
		if seen[r.ID] {
			p.errs.at(f["id"], "reason %q is defined twice", r.ID)
		}
		seen[r.ID] = true
		r.Phrases = p.phrasesReaching(f["phrases"], "phrases", true, reach)
		r.Unless = p.phrasesReaching(f["unless"], "unless", anchoredUnless, reach)
		out = append(out, r)
	}
	return out
}
