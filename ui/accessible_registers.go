package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// The whole worksheet's register in the plain prompts (register without
// N): the rows the register screen lists, from the same session
// (session.Sheet.Register), in worksheet order, each activity by its
// number in list, so that register N and edit N reach it. Standard output,
// as every result of the menu.

// orderWord follows register to sort the whole register (register by
// ORDER, ORDER one of session.RegisterOrderNames): the orders o goes
// through on the register screen, by the same function.
const orderWord = "by"

// registerBlock is an activity's heading in the whole register and the rows
// under it: all its rows in worksheet order, a run of them in another.
type registerBlock struct {
	index int
	rows  []session.RegisterRow
}

// wholeRegister writes every activity's risks and register entries: a
// heading that counts them as the register screen's does, then, activity
// by activity, each risk that fires with its place in the register, then
// its stale entries; activities without a risk or an entry are counted at
// the end, not listed one by one, unless a next HRDDP review is set.
// Sorted (by), the rows are in the screen's order for by instead, each run
// of one activity's rows under its heading, and the activities listed for
// their review alone follow them.
func (m *plainMenu) wholeRegister(by session.RegisterOrder, sorted bool) {
	if m.sh.Len() == 0 {
		m.p.say("No activities yet: add makes one.")
		return
	}
	rows := m.sh.Register()
	counts := m.registerCounts(rows)
	if sorted {
		session.SortRegister(rows, by)
		counts += " · sorted by " + by.String()
	}
	fmt.Fprintf(m.stdout, "Risk register of the worksheet: %s.\n", counts)
	// Register lists an activity's rows together: in worksheet order, one
	// run each.
	blocks := m.withReviewsAlone(runsOf(rows), sorted)
	listed := map[int]bool{}
	for _, b := range blocks {
		listed[b.index] = true
		m.registerActivity(m.sh.At(b.index), b.index)
		if len(b.rows) == 0 {
			fmt.Fprintf(m.stdout, "       no risk fires and the register holds no entry\n")
		}
		for j := range b.rows {
			fmt.Fprintf(m.stdout, "       %s\n", registerRowText(&b.rows[j]))
		}
	}
	if rest := m.sh.Len() - len(listed); rest > 0 {
		fmt.Fprintf(m.stdout, "%s no risk and no register entry.\n", plural(rest, "activity has", "activities have"))
	}
	again := ""
	if sorted {
		again = "; register alone lists them activity by activity"
	}
	m.p.say("register N walks the register of activity N: each risk's status, owner, due date and note, its stale entries (keep or remove) and its next HRDDP review; %s sorts the rows as o does on the register screen%s.", orderChoices(), again)
}

// orderChoices names the sorted listings, each as it is typed
// ("register by severity, register by due date or register by status").
func orderChoices() string {
	names := session.RegisterOrderNames()
	said := make([]string, len(names))
	for i, n := range names {
		said[i] = "register " + orderWord + " " + n
	}
	return strings.Join(said[:len(said)-1], ", ") + " or " + said[len(said)-1]
}

// runsOf cuts rows into runs of one activity's rows.
func runsOf(rows []session.RegisterRow) []registerBlock {
	var blocks []registerBlock
	for j := range rows {
		if n := len(blocks); n > 0 && blocks[n-1].index == rows[j].Index {
			blocks[n-1].rows = append(blocks[n-1].rows, rows[j])
			continue
		}
		blocks = append(blocks, registerBlock{index: rows[j].Index, rows: []session.RegisterRow{rows[j]}})
	}
	return blocks
}

// withReviewsAlone adds the activities with no row but a next HRDDP review:
// the heading counts the review overdue once past, as the register screen's
// names it. In worksheet order each takes its place among the others; in
// another order they follow the rows.
func (m *plainMenu) withReviewsAlone(blocks []registerBlock, sorted bool) []registerBlock {
	hasRows := map[int]bool{}
	for _, b := range blocks {
		hasRows[b.index] = true
	}
	for i := 0; i < m.sh.Len(); i++ {
		if !hasRows[i] && m.sh.At(i).HRDDPReview != "" {
			blocks = append(blocks, registerBlock{index: i})
		}
	}
	if !sorted {
		slices.SortStableFunc(blocks, func(a, b registerBlock) int { return cmp.Compare(a.index, b.index) })
	}
	return blocks
}

// registerActivity heads an activity's rows: its number in list, its
// paragraph and title, a draft marked, and its next HRDDP review, overdue
// when past (FRAMEWORK §9 counts it).
func (m *plainMenu) registerActivity(a *model.Activity, index int) {
	mark := ""
	if a.Status == model.StatusDraft {
		mark = " [draft]"
	}
	review := ""
	if a.HRDDPReview != "" {
		review = " · HRDDP review " + string(a.HRDDPReview)
		if a.HRDDPReview.Before(m.today) {
			review += " OVERDUE"
		}
	}
	fmt.Fprintf(m.stdout, "%3d.%s %s%s%s\n", index+1, m.p.paragraphOf(a, ":"), oneLine(a.Title), mark, review)
}

// registerRowText is one row: the risk's severity, its title (as every
// screen names a risk: no id beside it), and its place in the register
// ("open — no entry", "mitigated — in-place · owner: …"); a stale entry
// says its risk does not fire now. A risk the rulebook in use does not
// know has no title: its id is all that names it.
func registerRowText(r *session.RegisterRow) string {
	k := &r.Risk
	title := oneLine(k.Rule.Title)
	if title == "" {
		title = "a risk the rulebook in use does not know (" + k.Rule.ID + ")"
	}
	if r.Stale {
		return "stale — " + title + ": does not fire now; kept: " + entryText(&k.Mitigation)
	}
	place := string(k.Mitigation.State) + " — " + report.NoEntry
	if k.Mitigation.HasEntry() {
		place = string(k.Mitigation.State) + " — " + entryText(&k.Mitigation)
	}
	return report.SeverityTag(k.Severity) + " " + title + ": " + place
}

// registerCounts counts the rows as the register screen's heading does:
// the risks that fire by state, what is overdue (entries and HRDDP
// reviews), and the stale entries.
func (m *plainMenu) registerCounts(rows []session.RegisterRow) string {
	var firing, open, mitigated, accepted, stale, overdue int
	for i := range rows {
		mi := &rows[i].Risk.Mitigation
		switch {
		case rows[i].Stale:
			stale++
			continue
		case mi.State == classify.Mitigated:
			mitigated++
		case mi.State == classify.Accepted:
			accepted++
		default:
			open++
		}
		firing++
		if mi.Overdue {
			overdue++
		}
	}
	for i := 0; i < m.sh.Len(); i++ {
		if m.sh.At(i).HRDDPReview.Before(m.today) {
			overdue++
		}
	}
	parts := []string{
		fmt.Sprintf("%s: %d open", plural(firing, "risk", "risks"), open),
		fmt.Sprintf("%d mitigated", mitigated),
		fmt.Sprintf("%d accepted", accepted),
		fmt.Sprintf("%d overdue", overdue),
	}
	if stale > 0 {
		parts = append(parts, fmt.Sprintf("%d stale", stale))
	}
	return strings.Join(parts, " · ")
}

// hrddpWord follows register N to set the activity's next HRDDP review
// (register N hrddp YYYY-MM-DD; clearMark clears it): the date the
// register screen's v sets, given on the command's line without the walk
// of register N, which asks it last.
const hrddpWord = "hrddp"

// setHRDDPReview sets or clears the next HRDDP review of a, as one undo
// step, saved as every change is; a date not written YYYY-MM-DD is refused
// with why, and nothing changes.
func (m *plainMenu) setHRDDPReview(a *model.Activity, given []string) error {
	p := m.p
	if len(given) != 1 {
		p.say("Give one date after %s: register N %s YYYY-MM-DD sets the next HRDDP review of activity N, register N %s %s clears it.", hrddpWord, hrddpWord, hrddpWord, clearMark)
		return nil
	}
	changed, err := m.changeHRDDPReview(a, given[0])
	if err != nil {
		p.say("Not set: %s.", strings.TrimSuffix(err.Error(), "."))
		return nil
	}
	if !changed {
		p.say("%s.", reviewAsItWas(a, m.today))
		return nil
	}
	m.sh.RenameLastUndo("HRDDP review of " + quoted(a))
	if err := m.save(); err != nil {
		return err
	}
	p.say("%s; %s%s.", reviewNow(a, m.today), m.keptWhere(), m.undoHint("; undo takes it back"))
	return nil
}

// changeHRDDPReview sets the next HRDDP review of a to the date given
// (clearMark clears it) as one undo step, and reports whether it changed; a
// date not written YYYY-MM-DD is refused with why, and nothing changes.
// register N hrddp DATE and the walk of register N both set it so.
func (m *plainMenu) changeHRDDPReview(a *model.Activity, given string) (bool, error) {
	d := model.Date(given)
	if given == clearMark {
		d = ""
	}
	mark := m.sh.Undoable()
	if err := m.sh.SetHRDDPReview(a, d); err != nil {
		return false, err
	}
	return m.sh.Undoable() != mark, nil
}

// askHRDDPReview asks the next HRDDP review of the walk's activity at the
// end of register N's walk, after its risks and stale entries: the date is
// the activity's, for all its risks, as v sets it from any of the
// activity's rows on the register screen, which shows it under each. It is
// set as register N hrddp DATE sets it, and said in the same words; an
// empty line keeps it as it is, clearMark clears it.
func (m *plainMenu) askHRDDPReview(a *model.Activity) {
	p := m.p
	if p.eof {
		return
	}
	empty := "an empty line leaves none"
	prompt := "Next HRDDP review of the activity, for all its risks (YYYY-MM-DD; " + empty + "):"
	if d := a.HRDDPReview; d != "" {
		now := string(d)
		if d.Before(m.today) {
			now += ", overdue" // as a due date past is said at its prompt
		}
		empty = "an empty line keeps it as it is"
		prompt = "Next HRDDP review of the activity, for all its risks (YYYY-MM-DD; now: " + now + "; " + empty + ", " + clearMark + " clears it):"
	}
	p.say("")
	changed := false
	_, ok := p.askValue(prompt, "the next HRDDP review of "+quoted(a), empty, func(text string) (string, error) {
		c, err := m.changeHRDDPReview(a, text)
		changed = changed || c
		return text, err
	})
	switch {
	case changed:
		p.say("  %s.", reviewNow(a, m.today))
	case ok:
		p.say("  %s.", reviewAsItWas(a, m.today))
	}
}

// reviewNow says an activity's next HRDDP review once set, as
// register N hrddp DATE says it.
func reviewNow(a *model.Activity, today model.Date) string {
	return "The next HRDDP review of " + quoted(a) + " is now " + reviewText(a.HRDDPReview, today)
}

// reviewAsItWas says an activity's next HRDDP review left as it was.
func reviewAsItWas(a *model.Activity, today model.Date) string {
	return "The next HRDDP review of " + quoted(a) + " is as it was: " + reviewText(a.HRDDPReview, today)
}

// reviewText is a next HRDDP review in words: none, its date, or its date
// and overdue once past, as check counts it.
func reviewText(d, today model.Date) string {
	switch {
	case d == "":
		return "none"
	case d.Before(today):
		return string(d) + ", overdue (already past on " + string(today) + ")"
	}
	return string(d)
}
