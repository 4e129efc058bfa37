package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/review"
	"github.com/pocssr/pocssr/ui/session"
)

// The review of drafts in the plain prompts, as the review screen makes it:
// the mission's own drafts first, then those asked of others; each draft
// with its account and the answers its words suggest (marked ~),
// then accept, edit (the questions; finishing them accepts it), skip,
// discard, or undo the last of these, which shows that draft again. Each
// answer says in one line what it did, and is saved at once.

// review goes through the drafts in the worksheet's order, each with its
// account, and asks what to do with it.
func (m *plainMenu) review() error {
	p := m.p
	// The mission's own drafts first, in the worksheet's order, then those
	// asked of others, as the review screen takes them.
	var drafts, others []*model.Activity
	for i := 0; i < m.sh.Len(); i++ {
		switch a := m.sh.At(i); {
		case a.Status != model.StatusDraft:
		case m.sh.Verdict(a).Others:
			others = append(others, a)
		default:
			drafts = append(drafts, a)
		}
	}
	drafts = append(drafts, others...)
	if len(drafts) == 0 {
		p.say("No drafts to review.")
		return nil
	}
	// What the review did is counted as the review screen counts it, from
	// the worksheet at the end and the marks kept here
	// (session.Sheet.ReviewTally): an edit that confirms every suggestion
	// is reviewed and edited, one that leaves the draft is skipped and
	// edited.
	marks := m.sh.NewReviewMarks()
	// done are the drafts whose answer changed the worksheet, for undo.
	var done []*model.Activity
	var again []*model.Activity // drafts an undo brings back, shown next, the last first
	next := 0
review:
	for !p.eof {
		var a *model.Activity
		switch {
		case len(again) > 0:
			a, again = again[len(again)-1], again[:len(again)-1]
		case next < len(drafts):
			a, next = drafts[next], next+1
		default:
			break review
		}
		if m.sh.Index(a) < 0 || a.Status != model.StatusDraft {
			continue
		}
		p.say("")
		// The title first: the account below opens with the draft's id.
		// Its number in list and its paragraph are named apart from the
		// review's count, so that no two numbers run together read aloud.
		where := "activity " + strconv.Itoa(m.sh.Index(a)+1) + " in list"
		if a.Source.Ref != "" {
			where += "," + m.p.paragraphOf(a, "")
		}
		// The header goes where the account goes (standard output), so
		// that a file of the accounts names each draft the review showed.
		fmt.Fprintf(m.stdout, "Draft %d of %d: %s — %s\n", slices.Index(drafts, a)+1, len(drafts), quoted(a), where)
		if m.sh.Verdict(a).Others {
			fmt.Fprintf(m.stdout, "  %s\n", review.OthersNote(othersHeading(m.sh.Rulebook())))
		}
		m.printAccount(a)
		m.saySuggested(a, reviewEdit)
		mark := m.sh.Undoable()
		did := m.verdictOn(len(done) > 0)
		switch did {
		case "accept":
			if !m.acceptFactless(a) {
				marks.Skipped[a] = true
				p.say("Skipped %s: it stays a draft.", quoted(a))
				continue
			}
			// As the review screen accepts it: the answers only its words
			// suggest on questions not asked are dropped, not accepted,
			// and the line says so, and what would place a draft with no
			// agenda yet.
			snap := m.sh.Snapshot(a)
			dropped := m.sh.DropUnasked(a, p.readFacts(a))
			a.Status = model.StatusReviewed
			m.sh.Touch(a)
			m.sh.Edited(snap)
			m.sh.RenameLastUndo("acceptance of " + quoted(a))
			p.say("Accepted %s: reviewed now%s%s.", quoted(a), reviewedSays(m.sh.Rulebook(), dropped, m.sh.Result(a)),
				m.undoHint("; undo takes it back (5 while the review goes on)"))
		case "edit":
			m.edit(a, true)
			if m.sh.Undoable() > mark {
				marks.Edited[a] = true
			}
			if a.Status == model.StatusDraft {
				// Left a draft, changed or not: passed over for later,
				// as the screen's review skips it.
				marks.Skipped[a] = true
			}
		case "discard":
			lead, undoName := review.DiscardWords(m.sh, a)
			m.sh.DiscardDraft(a, undoName)
			p.say("%s %s%s.", lead, quoted(a), m.undoHint("; undo puts it back (5 while the review goes on)"))
		case "skip":
			marks.Skipped[a] = true
			p.say("Skipped %s: it stays a draft.", quoted(a))
			continue
		case "undo":
			last := done[len(done)-1]
			done = done[:len(done)-1]
			delete(marks.Edited, last)
			delete(marks.Skipped, last)
			p.say("Undid the %s.", m.sh.Undo())
			again = append(again, a, last)
			continue
		default:
			if p.eof && !m.outOfStep() {
				// The draft was shown before the input was found to end.
				p.say("The input ended: the review stops at draft %d of %d, which stays a draft.", slices.Index(drafts, a)+1, len(drafts))
			}
			break review
		}
		if m.sh.Undoable() > mark {
			done = append(done, a)
		}
		if err := m.save(); err != nil {
			return err
		}
	}
	if m.outOfStep() {
		return nil // taken back whole, not counted as done (cutShort)
	}
	// Said as the review screen says it (session.ReviewTally.Ending): with
	// drafts left the review has ended, not done its work.
	t, way := m.sh.ReviewTally(marks), "review goes through them"
	if t.Left+t.Skipped == 1 {
		way = "review goes through it"
	}
	p.say("%s", t.Ending(way))
	return m.save()
}

// reviewAnswers are the answers to a draft, by their number and their
// first letter; "stop" ends the review.
var reviewAnswers = []string{"stop", "accept", "edit", "skip", "discard", "undo"}

// reviewEdit names the review's answer that asks the questions of a draft.
var reviewEdit = fmt.Sprintf("edit (%d)", slices.Index(reviewAnswers, "edit"))

// verdictOn asks what to do with a draft until the answer is one of
// reviewAnswers (undo only where canUndo: an answer of this review changed
// the worksheet); an empty line or the end of the input stops.
func (m *plainMenu) verdictOn(canUndo bool) string {
	p := m.p
	answers := reviewAnswers[:len(reviewAnswers)-1]
	choices := "  1. accept  2. edit (the questions again; finishing them accepts it)  3. skip  4. discard"
	if canUndo {
		answers = reviewAnswers
		choices += "  5. undo the last answer"
	}
	choices += "  0. stop the review (an empty line too)"
	for tries := 0; tries < plainTries; tries++ {
		p.say("%s", choices)
		p.say("Answer (0-%d):", len(answers)-1)
		text := p.line()
		ans := strings.ToLower(text)
		if ans == "" {
			return "stop"
		}
		for i, v := range answers {
			// A first letter names an answer but stop, whose "s" is skip's.
			if ans == strconv.Itoa(i) || ans == v || i > 0 && ans == v[:1] {
				return v
			}
		}
		p.refuse(text, "the review's question ("+"0-"+strconv.Itoa(len(answers)-1)+")", "Please answer with a number from 0 to "+strconv.Itoa(len(answers)-1)+".")
	}
	p.giveUp()
	return "stop"
}

// acceptFactless asks, for a draft of which no fact is known, whether to
// accept it so, as the review screen does; a draft with facts needs no asking.
func (m *plainMenu) acceptFactless(a *model.Activity) bool {
	var none model.Facts
	if !a.Facts.Equal(&none) {
		return true
	}
	return m.p.yesNo("No fact is known of this draft: accept it with every fact unknown? (yes or no; no skips it)")
}

// reviewedSays is what a draft just made reviewed did beyond changing its
// status, in the review screen's words (component.ReviewedSays), as a tail
// for the line that says it: "; dropped forces: army and police, which
// only its words suggested and no question asks now". r is its verdict,
// nil where what would place it goes unsaid.
func reviewedSays(rb *classify.Rulebook, dropped session.Unasked, r *classify.Result) string {
	whole, _ := component.ReviewedSays(rb, dropped, r)
	if len(whole) == 0 {
		return ""
	}
	return "; " + strings.Join(whole, "; ")
}
