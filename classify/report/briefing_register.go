package report

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// What the briefing says of the risk register (FRAMEWORK §9): the executive
// summary opens with what is overdue and the critical and high risks still
// open; the risk register table gives each risk's status, owner and due date,
// and the next HRDDP review of its activity.

// overdueRow is one overdue thing: a risk's entry, or (risk nil) an
// activity's HRDDP review.
type overdueRow struct {
	item int
	risk *classify.Risk
}

// overdue lists what is overdue: risks' entries, most serious first, then the
// HRDDP reviews in worksheet order.
func (b *brief) overdue() []overdueRow {
	var out []overdueRow
	for i := range b.register {
		if b.register[i].risk.Mitigation.Overdue {
			out = append(out, overdueRow{b.register[i].item, b.register[i].risk})
		}
	}
	for i := range b.items {
		if b.items[i].review.Overdue {
			out = append(out, overdueRow{item: i})
		}
	}
	return out
}

// overdueLine says what is overdue, naming the activity: "HIGH risk title:
// 6(ii) — title: due …", or "HRDDP review: 6(ii) — title: the review …".
func (b *brief) overdueLine(o overdueRow) line {
	if o.risk == nil {
		return line{}.value("HRDDP review").raw(": ").join([]line{b.nameLine(o.item)}, "").
			text(fmt.Sprintf(": the review of its HRDDP risk assessment was due %s", b.items[o.item].review.Date))
	}
	return line{}.riskSeverity(o.risk).raw(" ").value(o.risk.Rule.Title).raw(": ").join([]line{b.nameLine(o.item)}, "").
		raw(": ").text(EntryText(&o.risk.Mitigation))
}

// settledSerious counts the critical and high risks that are mitigated or
// accepted, for the line under those still open.
func (b *brief) settledSerious() int {
	n := 0
	for _, row := range b.register {
		if row.risk.Severity.Rank() >= classify.High.Rank() && row.risk.Mitigation.State != classify.Open {
			n++
		}
	}
	return n
}

// settledLine says how many critical and high risks are not open, or "".
func (b *brief) settledLine() string {
	n := b.settledSerious()
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%s mitigated or accepted (see the risk register).", plural(n, "other critical or high risk is", "other critical or high risks are"))
}

// registerColumns are a risk's status, owner and due date as the register table
// shows them: "open — planned", as the activity's section says it, the
// owner, "2026-03-31 OVERDUE".
func registerColumns(m *classify.Mitigation) (status, owner, due string) {
	status = string(m.State) + " — " + NoEntry
	if m.HasEntry() {
		status = string(m.State) + " — " + StatusText(m.Entry.Status)
	}
	due = string(m.Entry.Due)
	if m.Overdue {
		due += " OVERDUE"
	}
	return status, OneLine(m.Entry.Owner), due
}

// registerEntries adds to out the entries of an activity's section that
// come from its register besides its risks: the HRDDP review and the stale
// entries.
func (it *briefItem) registerEntries(out []item, d *document) []item {
	for _, l := range registerSection(it.r).Lines {
		label := "Stale register entry"
		if l.Prefix == "HRDDP review: " {
			label = "HRDDP review"
		}
		out = append(out, item{term: label, text: d.lineOf(1).text(l.Text)})
	}
	return out
}

// reviewText is an activity's next HRDDP review as the executive summary
// and the account say it: "2026-10-01 — OVERDUE" once past; "" when none is
// set.
func reviewText(r classify.Review) string {
	if r.Date == "" {
		return ""
	}
	if r.Overdue {
		return string(r.Date) + " — OVERDUE"
	}
	return string(r.Date)
}

// registerCell is where a risk stands in the register, in one cell: its
// state and status, then the owner, the due date and the note where they
// are set, and the activity's next HRDDP review where it is.
func registerCell(m *classify.Mitigation, review classify.Review) string {
	// In the words of the activity's section (MitigationText): "open —
	// planned · owner: …", so that an owner is never read as a note nor a
	// note as an owner.
	parts := []string{MitigationText(m)}
	// The activity's review, not the entry's: last.
	if r := reviewText(review); r != "" {
		parts = append(parts, "HRDDP review "+r)
	}
	return strings.Join(parts, " · ")
}
