package ui

import (
	"fmt"
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

// wholeRegister writes every activity's risks and register entries: a
// heading that counts them as the register screen's does, then, activity
// by activity, each risk that fires with its place in the register, then
// its stale entries; activities without a risk or an entry are counted at
// the end, not listed one by one, unless a next HRDDP review is set.
func (m *plainMenu) wholeRegister() {
	if m.sh.Len() == 0 {
		m.p.say("No activities yet: add makes one.")
		return
	}
	rows := m.sh.Register()
	fmt.Fprintf(m.stdout, "Risk register of the worksheet: %s.\n", m.registerCounts(rows))
	byActivity := map[int][]session.RegisterRow{}
	for _, r := range rows {
		byActivity[r.Index] = append(byActivity[r.Index], r)
	}
	listed := 0
	for i := 0; i < m.sh.Len(); i++ {
		a := m.sh.At(i)
		// An activity with no row but a next HRDDP review is listed too:
		// the heading counts the review overdue once past, as the
		// register screen's names it.
		if len(byActivity[i]) == 0 && a.HRDDPReview == "" {
			continue
		}
		listed++
		m.registerActivity(a, i)
		if len(byActivity[i]) == 0 {
			fmt.Fprintf(m.stdout, "       no risk fires and the register holds no entry\n")
		}
		for j := range byActivity[i] {
			fmt.Fprintf(m.stdout, "       %s\n", registerRowText(&byActivity[i][j]))
		}
	}
	if rest := m.sh.Len() - listed; rest > 0 {
		fmt.Fprintf(m.stdout, "%s no risk and no register entry.\n", plural(rest, "activity has", "activities have"))
	}
	m.p.say("register N walks the register of activity N: each risk's status, owner, due date and note, and its stale entries (keep or remove).")
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
	fmt.Fprintf(m.stdout, "%3d.%s %s%s%s\n", index+1, paragraphOf(a, ":"), oneLine(a.Title), mark, review)
}

// registerRowText is one row: the risk's severity and id, its title, and
// its place in the register ("open — no entry", "mitigated — in-place ·
// owner: …"); a stale entry says its risk does not fire now.
func registerRowText(r *session.RegisterRow) string {
	k := &r.Risk
	title := oneLine(k.Rule.Title)
	if title == "" {
		title = "a risk the rulebook in use does not know"
	}
	if r.Stale {
		return "stale " + k.Rule.ID + " — " + title + ": does not fire now; kept: " + entryText(&k.Mitigation)
	}
	place := string(k.Mitigation.State) + " — " + report.NoEntry
	if k.Mitigation.HasEntry() {
		place = string(k.Mitigation.State) + " — " + entryText(&k.Mitigation)
	}
	return report.SeverityTag(k.Severity) + " " + k.Rule.ID + " — " + title + ": " + place
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
// register screen's v sets, given on the command's line so that the walk
// of register N asks no more than before.
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
	d := model.Date(given[0])
	if given[0] == clearMark {
		d = ""
	}
	mark := m.sh.Undoable()
	if err := m.sh.SetHRDDPReview(a, d); err != nil {
		p.say("Not set: %s.", strings.TrimSuffix(err.Error(), "."))
		return nil
	}
	if m.sh.Undoable() == mark {
		p.say("The next HRDDP review of %s is as it was: %s.", quoted(a), reviewText(a.HRDDPReview, m.today))
		return nil
	}
	m.sh.RenameLastUndo("HRDDP review of " + quoted(a))
	if err := m.save(); err != nil {
		return err
	}
	p.say("The next HRDDP review of %s is now %s; %s%s.", quoted(a), reviewText(d, m.today), m.keptWhere(), m.undoHint("; undo takes it back"))
	return nil
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
