package worksheet

import (
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/panel"
	"github.com/pocssr/pocssr/ui/session"
)

// GlossaryOf heads the marks on the worksheet's help screen.
func (v *Screen) GlossaryOf() string { return "Marks before a title" }

// Terms are the marks a row puts before a title, in full and short, and
// what each means: a row whose full marks would leave less than titleRoom
// cells of its title uses the short ones, which say little on their own.
func (v *Screen) Terms() []component.Term {
	both := func(full, short string) string { return full + " (or " + short + " where the title needs the room)" }
	terms := []component.Term{
		{Word: both(fullMarks.draft, shortMarks.draft), Meaning: "a draft: imported or suggested, not yet reviewed (R reviews the drafts); a briefing marks it DRAFT."},
		{Word: both(fullMarks.critical, shortMarks.critical), Meaning: "a critical risk of the activity that nothing is done about yet: open in the risk register (r)."},
		{Word: both(fullMarks.overdue, shortMarks.overdue), Meaning: "something in the activity's risk register is past its due date (r)."},
		// The sign the critical mark, the Risk, Tier and Agenda columns
		// and the summary's counts share (at 80 columns the summary has no
		// line to say it); the account and the briefing say it too.
		{Word: "~ in a mark, a column or a count (" + criticalMark(fullMarks, &session.Verdict{}) + ", ~critical, ~T3, ~SSR only, 2 (1 ~), ~2)",
			Meaning: "it rests on answers the draft's words suggested and nobody has confirmed yet: the risk fires, or the tier or the agenda reads so, only on them; in the summary's grid, " + panel.GridMeaning + ". Confirming them in the questionnaire, or reviewing the draft, takes the ~ away."},
		// The sign of a cut title, which the column header names where a
		// title in view is cut (cutNote).
		{Word: "… at the end of a title", Meaning: "the title is cut (by its column or the import): enter shows it whole."},
	}
	// The topic's mark, where a title bears it: a worksheet with no import
	// has none to explain.
	s := v.ctx.Sheet
	for i := range s.Len() {
		if s.Verdict(s.At(i)).TopicOnSuggested {
			return append(terms, component.TopicTerm)
		}
	}
	return terms
}
