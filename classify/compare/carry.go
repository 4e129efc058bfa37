package compare

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/pocssr/pocssr/model"
)

// CarryOptions adjust Carry.
type CarryOptions struct {
	// Suggested returns the facts the reader suggests for an activity's
	// text, as an import would set them. A known fact of a draft activity of
	// the new worksheet that differs from them was set by the planner, and
	// is kept. Nil: every known fact of the new worksheet counts as the
	// planner's, and the carry only fills facts that are unknown.
	Suggested func(a *model.Activity) model.Facts
}

// Carried says what Carry did for one new activity.
type Carried struct {
	New, Old int // indexes of the activities
	Change   Change
	// Facts are the facts taken from the old activity; Kept those the
	// planner set on the new one that the old one knew otherwise; Forgot
	// the reader's suggestions on an unchanged task that the old review
	// left unknown (the same words were reviewed: the review stands);
	// Reread the facts of a reworded task that the reader reads otherwise
	// in the new words than in the old, whose new reading is kept.
	Facts, Kept, Forgot, Reread []model.Fact
	// Fields are the other parts of the old activity taken over (the risk
	// register, its review date, whatever an activity holds besides its
	// facts), by their Go names.
	Fields   []string
	Reviewed bool // the new activity is marked reviewed: nothing left to look at
}

// identity holds the parts of an activity that say which task it is and
// where it comes from, never carried; facts, notes and status are carried
// by their own rules; every other exported part of model.Activity (the
// register and its review date, and whatever is added later) is carried
// whole when the new activity has none.
// Made when a comparison first carries, not at every start of the program.
var identity = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ID": true, "Title": true, "Description": true, "Source": true,
		"Facts": true, "Notes": true, "Status": true}
})

// Carry writes into the new worksheet what a planner reviewed on the old:
// for each unchanged, reworded or split pair whose old activity is not a
// draft, the old activity's known facts, and the other parts of the
// activity it holds (the risk register, its review date). A carried fact
// never replaces one the planner set on the new activity; it replaces the
// reader's suggestion, except on a reworded task where the reader reads
// that fact otherwise in the new words than in the old. Each activity
// carried into gets a line in its notes saying from where, and stays a
// draft (unless a planner reviewed it already) where its text changed or a
// fact the planner set disagrees with the old review. The new worksheet is
// changed in place; the old one is not.
func Carry(c *Comparison, opts CarryOptions) []Carried {
	var out []Carried
	for i := range c.Pairs {
		p := &c.Pairs[i]
		switch p.Change {
		case Unchanged, Reworded, Split:
		default:
			continue
		}
		if p.OldActivity.Status == model.StatusDraft {
			continue
		}
		out = append(out, carryOne(p, c.Old.Worksheet.Mandate, opts))
	}
	// After the carries, so that a task carried into as unchanged and
	// reviewed is set back to a draft by what was merged into it.
	for _, p := range Uncarried(c) {
		if p.Change == Merged {
			noteMerged(p, c.Old.Worksheet.Mandate)
		}
	}
	return out
}

func carryOne(p *Pair, oldDoc string, opts CarryOptions) Carried {
	old, nu := p.OldActivity, p.NewActivity
	rec := Carried{New: p.Link.New, Old: p.Link.Old, Change: p.Change}
	newReading, read := reading(nu, opts)
	planner := plannerFacts(nu, newReading, read)
	// Where the words changed, a fact the reader reads otherwise in the new
	// words than in the old is one the rewording changed: the new reading
	// is kept, and named in the note.
	var oldReading model.Facts
	reread := false
	if p.Change != Unchanged && read {
		oldReading, reread = reading(old, opts)
	}
	carried := old.Facts.Clone()
	for _, f := range model.AllFacts() {
		switch {
		case !old.Facts.Known(f):
			if p.Change == Unchanged && nu.Facts.Known(f) && !planner[f] {
				nu.Facts.Forget(f)
				rec.Forgot = append(rec.Forgot, f)
			}
		case planner[f]:
			if !sameValue(&old.Facts, &nu.Facts, f) {
				rec.Kept = append(rec.Kept, f)
			}
		case reread && !sameValue(&oldReading, &newReading, f):
			if !sameValue(&old.Facts, &nu.Facts, f) {
				rec.Reread = append(rec.Reread, f)
			}
		default:
			if !sameValue(&old.Facts, &nu.Facts, f) {
				rec.Facts = append(rec.Facts, f)
			}
			nu.Facts[f] = carried[f]
		}
	}
	rec.Fields = carryFields(old, nu)
	if p.Change == Unchanged && len(rec.Kept) == 0 && nu.Status != model.StatusReviewed {
		nu.Status = model.StatusReviewed
		rec.Reviewed = true
	} else if nu.Status != model.StatusReviewed {
		nu.Status = model.StatusDraft
	}
	nu.Notes = joinNotes(nu.Notes, carryNote(p, oldDoc, &rec), old.Notes)
	return rec
}

// reading is what the reader suggests for an activity's text, when there
// is a reader and a text.
func reading(a *model.Activity, opts CarryOptions) (model.Facts, bool) {
	if opts.Suggested == nil || a.Source.Text == "" {
		return model.Facts{}, false
	}
	return opts.Suggested(a), true
}

// plannerFacts are the known facts of the new activity that the planner
// set: all of them on a reviewed or hand-written activity, or when there is
// no reading to tell; on a draft, those that differ from the reading.
func plannerFacts(a *model.Activity, suggested model.Facts, read bool) map[model.Fact]bool {
	set := map[model.Fact]bool{}
	draft := a.Status == model.StatusDraft && read
	for _, f := range model.AllFacts() {
		if a.Facts.Known(f) && (!draft || !sameValue(&a.Facts, &suggested, f)) {
			set[f] = true
		}
	}
	return set
}

// sameValue reports whether two sets of facts agree on f, both unknown
// included.
func sameValue(a, b *model.Facts, f model.Fact) bool {
	var x, y model.Facts
	x[f], y[f] = a[f], b[f]
	return x.Equal(&y)
}

// carryFields copies every exported part of the old activity outside
// identity that the new activity leaves empty, and names them. Reflection
// keeps the carry complete as the activity gains parts: the register and its
// review date are carried through the model's own types, whatever they are.
func carryFields(old, nu *model.Activity) []string {
	src := reflect.ValueOf(old.Clone()).Elem()
	dst := reflect.ValueOf(nu).Elem()
	var names []string
	for i := 0; i < src.NumField(); i++ {
		field := src.Type().Field(i)
		if !field.IsExported() || identity()[field.Name] {
			continue
		}
		if src.Field(i).IsZero() || !dst.Field(i).IsZero() {
			continue
		}
		dst.Field(i).Set(src.Field(i))
		names = append(names, field.Name)
	}
	return names
}

// CarryMark opens the line of notes that says an activity's facts were
// carried over; a planner, or a search, finds the carried tasks by it.
const CarryMark = "Carried over from"

// carryNote says what was carried from where.
func carryNote(p *Pair, oldDoc string, rec *Carried) string {
	where := Ref(p.OldActivity)
	if oldDoc != "" {
		where = oldDoc + " " + where
	}
	what := "no fact differed"
	if len(rec.Facts) > 0 {
		what = "carried " + factList(rec.Facts)
	}
	if len(rec.Fields) > 0 {
		keys := make([]string, len(rec.Fields))
		for i, f := range rec.Fields {
			keys[i] = worksheetKey(f)
		}
		what += "; carried " + strings.Join(keys, ", ")
	}
	var state string
	switch {
	case p.Change == Unchanged && rec.Reviewed:
		state = "the text is unchanged"
	case p.Change == Unchanged:
		state = "the text is unchanged, but facts set here differ from that review: " + factList(rec.Kept)
	case p.Change == Split:
		state = "this task is part of that one: review it"
	case len(rec.Reread) > 0:
		state = "the text was reworded, and reads otherwise on " + factList(rec.Reread) + ": review it"
	default:
		state = "the text was reworded: review it"
	}
	return fmt.Sprintf("%s %s (%s; %s).", CarryMark, where, what, state)
}

// worksheetKey is the key a worksheet gives a part of an activity, from
// its Go name: HRDDPReview is hrddp_review, as the planner reads it in the
// file, not hrddpreview.
func worksheetKey(field string) string {
	var b strings.Builder
	for i, r := range field {
		upper := 'A' <= r && r <= 'Z'
		// A word starts at a capital after a small letter, or at the last
		// capital of a run that a small letter follows (HRDDP|Review).
		if upper && i > 0 {
			prev := field[i-1]
			next := i+1 < len(field) && 'a' <= field[i+1] && field[i+1] <= 'z'
			if 'a' <= prev && prev <= 'z' || 'A' <= prev && prev <= 'Z' && next {
				b.WriteByte('_')
			}
		}
		if upper {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func factList(fs []model.Fact) string {
	keys := make([]string, len(fs))
	for i, f := range fs {
		keys[i] = f.Key()
	}
	return strings.Join(keys, ", ")
}

// joinNotes joins the notes that are not empty, one paragraph each.
func joinNotes(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n")
}

// Uncarried lists the pairs whose old activity was reviewed (it is not a
// draft) but whose review goes nowhere: the task was dropped, or merged
// into a task of the new mandate that carries another one's review. A
// renewal that silently loses a reviewed task is work lost without anyone
// deciding it; these are what a planner must be told of.
func Uncarried(c *Comparison) []*Pair {
	var out []*Pair
	for i := range c.Pairs {
		p := &c.Pairs[i]
		if (p.Change == Dropped || p.Change == Merged) && p.OldActivity.Status != model.StatusDraft {
			out = append(out, p)
		}
	}
	return out
}

// UncarriedTerms lists the term pairs whose old side is a reviewed task
// that the new mandate's import leaves out as a term (a troop ceiling one
// text words as a task and the other as the Council's decision): that
// review goes nowhere either.
func UncarriedTerms(c *Comparison) []*TermPair {
	var out []*TermPair
	for i := range c.Terms {
		if p := &c.Terms[i]; p.OldTask != nil && p.OldTask.Status != model.StatusDraft {
			out = append(out, p)
		}
	}
	return out
}

// UncarriedMark opens the line of notes on a new task that an old reviewed
// task was merged into without its review being carried.
const UncarriedMark = "Not carried from"

// noteMerged tells, in the notes of the task it went into, of a reviewed old
// task merged into it: its review was not carried and is to be read again.
// The task stays a draft, since part of its words were reviewed elsewhere.
func noteMerged(p *Pair, oldDoc string) {
	where := Ref(p.OldActivity)
	if oldDoc != "" {
		where = oldDoc + " " + where
	}
	nu := p.NewActivity
	nu.Notes = joinNotes(nu.Notes, fmt.Sprintf("%s %s (%q, reviewed there): it was merged into this task; its review was not carried, read it there.",
		UncarriedMark, where, p.OldActivity.Title))
	if nu.Status == model.StatusReviewed {
		nu.Status = model.StatusDraft
	}
}
