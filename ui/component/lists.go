package component

// Lists as the screens show them: activities named in a sentence, and a
// list cut for height that counts its rest.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// ActivityNames names a worksheet's activities as every screen does: by
// their number in the worksheet and their title, never by id. The
// portfolio's findings and the framework's risks name them alike.
type ActivityNames struct {
	ByID    map[string]*model.Activity
	place   map[string]int // the number of each id, its first activity's
	sources model.Sources  // the worksheet's documents, which a reference names where several
	// Title is how wide a title may be in a list (WholeTitle where the list wraps).
	Title int
}

// NameActivities names the activities of a worksheet of sources (the
// session's Sources), in one pass over it.
func NameActivities(acts []*model.Activity, sources model.Sources) ActivityNames {
	n := ActivityNames{ByID: map[string]*model.Activity{}, place: map[string]int{}, sources: sources, Title: ListedTitle}
	for i, a := range acts {
		if _, ok := n.ByID[a.ID]; !ok {
			n.ByID[a.ID], n.place[a.ID] = a, i+1
		}
	}
	return n
}

// Number is how an activity is named: its mark (report.SourcesRef), as
// the briefing, the worksheet and the presentation name it ("1923·8(i)"
// in a worksheet of several mandates); by its id where the worksheet no
// longer holds it. "#3" beside a briefing's "3" named two activities.
func (n ActivityNames) Number(id string) string {
	if at, ok := n.place[id]; ok {
		return report.SourcesRef(n.sources, n.ByID[id], at)
	}
	return report.OneLine(id)
}

// ListedTitle is how wide a title is in a list of activities before the
// view's width is known.
const ListedTitle = 36

// WholeTitle is how wide a title may be in the lists that wrap (the
// portfolio's "Raised by", the framework's "Raised in this worksheet"):
// wider than any, so that each activity is named whole, the list wrapping
// onto as many lines as it takes, as the lists of cases do. Such a list
// names every activity too: the page scrolls, and "and 2 more" hid two
// with no key to read them.
const WholeTitle = 1 << 16

// ListedActivities is how many activities a list of cut titles names; the
// rest are counted, as the rulebook's why counts them.
const ListedActivities = 6

// List names activities in a sentence: each by number and title, cut as
// the worksheet cuts them, up to six, else the first five and how many
// more; where titles are whole (WholeTitle), every one.
func (n ActivityNames) List(ids []string) string {
	return n.ListNoted(ids, nil)
}

// ListNoted is List with a note in brackets after the activities that
// notes holds one for, by id: "#9 UNPOL policing (high here)".
func (n ActivityNames) ListNoted(ids []string, notes map[string]string) string {
	shown := ids
	if len(ids) > ListedActivities && n.Title != WholeTitle {
		shown = ids[:ListedActivities-1]
	}
	var items []string
	for _, id := range shown {
		item := n.Number(id)
		if a := n.ByID[id]; a != nil {
			title := Cut(report.OneLine(a.Title), n.Title)
			if cut, ok := strings.CutSuffix(title, " …"); ok {
				title = strings.TrimRight(cut, " ") + "…" // the sign beside the word it cuts
			}
			item += " " + DraftMark(a) + title
		}
		if note := notes[id]; note != "" {
			item += " (" + note + ")"
		}
		items = append(items, item)
	}
	if len(shown) < len(ids) {
		items = append(items, fmt.Sprintf("%d more", len(ids)-len(shown)))
	}
	return Series(items)
}

// Series joins items as a sentence lists them: "a", "a and b", "a, b and c".
func Series(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// CutRows keeps lines to h rows. Where they are more, the last row says how
// many are left out ("  … 2 more") and, given a key that shows them, names
// it ("  … 2 more (c: all of it)"): a list cut for height never loses its
// rest without a sign. Fewer lines are padded with empty rows to h.
func CutRows(st *Styles, lines []string, h, w int, key string) []string {
	if h <= 0 {
		return nil
	}
	out := lines
	if len(lines) > h {
		sign := fmt.Sprintf("  … %d more", len(lines)-h+1)
		if key != "" {
			sign += " (" + key + ": all of it)"
		}
		out = append(lines[:h-1:h-1], st.Muted.Render(Cut(sign, w)))
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out
}

// ScrollSign says how many lines of a scrolled text are out of sight above
// and below, and the keys that show them: the one sign every scrolled view
// gives on its last row. "" when every line is in sight.
func ScrollSign(st *Styles, above, below, w int) string {
	return ScrollSignKeys(st, above, below, w, ScrollSignDefault)
}

// ScrollSignDefault are the keys that scroll a text up and down, as its sign
// names them; a view where ↓ does something else names only its own.
var ScrollSignDefault = [2]string{"pgup", "↓/j, pgdn"}

// ScrollSignKeys is ScrollSign naming the keys given, up then down.
func ScrollSignKeys(st *Styles, above, below, w int, keys [2]string) string {
	var parts []string
	if above > 0 {
		parts = append(parts, fmt.Sprintf("↑ %d above (%s)", above, keys[0]))
	}
	if below > 0 {
		parts = append(parts, fmt.Sprintf("↓ more: %s below (%s)", Plural(below, "line", "lines"), keys[1]))
	}
	if len(parts) == 0 {
		return ""
	}
	return st.Muted.Render(Cut(strings.Join(parts, " · "), w))
}

// Scrolled shows lines from offset in h rows: where they are more than h,
// the last row is the ScrollSign of the rest. It returns the rows, padded
// to h, and the offset kept in range.
func Scrolled(st *Styles, lines []string, offset, h, w int) ([]string, int) {
	return ScrolledKeys(st, lines, offset, h, w, ScrollSignDefault)
}

// ScrolledKeys is Scrolled with a sign naming the keys given, up then down.
func ScrolledKeys(st *Styles, lines []string, offset, h, w int, keys [2]string) ([]string, int) {
	if h <= 0 {
		return nil, 0
	}
	body := h
	if len(lines) > h {
		body = max(1, h-1)
	}
	offset = max(0, min(offset, len(lines)-body))
	end := min(len(lines), offset+body)
	out := slices.Clone(lines[offset:end])
	if sign := ScrollSignKeys(st, offset, len(lines)-end, w, keys); sign != "" {
		out = append(out, sign)
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out, offset
}

// DraftMark marks an activity not yet reviewed (imported or suggested), as
// the worksheet, the presentation and the register do, and as a briefing
// marks it DRAFT: put before its title, where no cut hides it.
func DraftMark(a *model.Activity) string {
	if a != nil && a.Status == model.StatusDraft {
		return "[draft] "
	}
	return ""
}

// TopicMark is "~" where an activity's title opens with the topic of a kind
// only suggested (classify.Result.TopicOnSuggested), else "": put before the
// title, after any DraftMark, as the screens mark a tier only suggested, so
// that the planner sees the topic is the reading's guess and not theirs. It
// goes once the kind is confirmed or the draft accepted.
func TopicMark(onSuggested bool) string {
	if onSuggested {
		return "~"
	}
	return ""
}

// TopicTerm is what the help says of TopicMark.
var TopicTerm = Term{Word: "~ before a title (~Mediation: urges …)",
	Meaning: "the title opens with a topic that rests on answers the draft's words suggested and nobody has confirmed yet: its kind, and for work on the security forces the forces it names (“Police training”): the topic is the reading's guess, not yours. Confirming those answers in the questionnaire, or reviewing the draft, takes the ~ away."}

// NamedOrCounted is lead and names in at most rows lines of w cells: all of
// them where they fit, else the first that fit whole, never cut into, and
// "· +n more (key)" for the others, key being where the whole list is read
// (cut reports it); with no key, "· +n more", where no key shows them all. Only a line too narrow for one name and the count cuts
// the first name. The questionnaire's "also ticked" line and the what-if's
// both draw with it, so that every ticked answer is named or counted: the
// what-if's own wrapping cut a second name to nothing and left two uncounted.
func NamedOrCounted(lead string, names []string, w, rows int, key string) (lines []string, cut bool) {
	rows = max(1, rows)
	fits := func(text string) []string {
		if ansi.StringWidth(lead+text) <= w {
			return []string{lead + text}
		}
		if l := WrapIndent(lead, text, w); rows > 1 && len(l) <= rows {
			return l
		}
		return nil
	}
	if l := fits(strings.Join(names, ", ")); l != nil {
		return l, false
	}
	more := func(n int) string {
		if key == "" {
			return fmt.Sprintf("+%d more", n)
		}
		return fmt.Sprintf("+%d more (%s)", n, key)
	}
	for n := len(names) - 1; n > 0; n-- {
		if l := fits(strings.Join(names[:n], ", ") + " · " + more(len(names)-n)); l != nil {
			return l, true
		}
	}
	tail := " · " + more(len(names)-1)
	switch {
	case len(names) == 1 && key == "":
		tail = ""
	case len(names) == 1:
		tail = " (" + key + ")"
	}
	return []string{Cut(lead+names[0], max(1, w-ansi.StringWidth(tail))) + tail}, true
}
