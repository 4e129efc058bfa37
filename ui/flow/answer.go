package flow

import (
	"fmt"
	"slices"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The answers a question step allows, read from the rulebook, and how each
// changes the facts.

// ChoiceKind says what picking an answer does.
type ChoiceKind int

// The kinds of answer.
const (
	Value    ChoiceKind = iota // one of the question's values
	Yes                        // yes, for a yes/no question
	No                         // no, for a yes/no question
	None                       // an explicit empty list ("none of these")
	DontKnow                   // leave the fact unknown
)

// Choice is one answer a question allows.
type Choice struct {
	Kind    ChoiceKind
	Value   string
	Label   string
	Explain string
}

// OffersNone reports whether a list question offers "none of these": an
// empty list of forces or measures is an answer, an empty list of kinds is
// not.
func OffersNone(f model.Fact) bool { return f != model.Kinds }

// Choices lists the answers of a question: its values (or yes and no), "none
// of these" where an empty list is an answer, and always "don't know", last.
func Choices(q *classify.Question) []Choice {
	var out []Choice
	switch q.Fact.Type() {
	case model.YesNo:
		out = append(out, Choice{Kind: Yes, Label: "yes", Explain: q.Yes},
			Choice{Kind: No, Label: "no", Explain: q.No})
	default:
		for _, o := range q.Options {
			out = append(out, Choice{Kind: Value, Value: o.Value, Label: o.Label, Explain: o.Explain})
		}
		if q.Fact.Type() == model.SetOf && OffersNone(q.Fact) {
			out = append(out, Choice{Kind: None, Label: "none of these", Explain: "Recorded as none: nothing of the kind applies."})
		}
	}
	return append(out, Choice{Kind: DontKnow, Label: "don't know", Explain: "Leave it open; it stays an open question."})
}

// Chosen reports whether an answer is the current one (or, for a list
// value, ticked).
func Chosen(fs *model.Facts, f model.Fact, c Choice) bool {
	v := fs[f]
	switch c.Kind {
	case DontKnow:
		return !v.Known
	case Yes:
		return v.Known && v.Yes
	case No:
		return v.Known && !v.Yes
	case None:
		return v.Known && len(v.Set) == 0
	}
	if f.Type() == model.SetOf {
		return fs.Has(f, c.Value)
	}
	return v.Known && v.One == c.Value
}

// Rank is a ticked value's place in a list (1 = first), or 0.
func Rank(fs *model.Facts, f model.Fact, value string) int {
	for i, x := range fs[f].Set {
		if x == value {
			return i + 1
		}
	}
	return 0
}

// ListBox is the box of a value of a list, as every screen that ticks one
// draws it: "[ ]" unticked, "[x]" ticked, and for the kinds the rank
// ("[1]", "[2]", up to "[9]"), since the first kind sets the tier.
func ListBox(fs *model.Facts, f model.Fact, value string) string {
	n := Rank(fs, f, value)
	switch {
	case n == 0:
		return "[ ]"
	case f == model.Kinds:
		return fmt.Sprintf("[%d]", min(n, 9))
	}
	return "[x]"
}

// Primary reports whether a value is the primary kind: the first ticked,
// the one that decides the tier. Its row names it "(primary)".
func Primary(fs *model.Facts, f model.Fact, value string) bool {
	return f == model.Kinds && Rank(fs, f, value) == 1
}

// Apply applies one answer to the facts. For a list question a value is
// toggled; every other answer sets the fact outright.
func Apply(fs *model.Facts, f model.Fact, c Choice) {
	switch c.Kind {
	case DontKnow:
		fs.Forget(f)
	case Yes, No:
		fs.SetYes(f, c.Kind == Yes)
	case None:
		fs.SetSet(f, nil)
	case Value:
		if f.Type() != model.SetOf {
			fs.SetOne(f, c.Value)
			return
		}
		Toggle(fs, f, c.Value)
	}
}

// ApplyAll sets a fact to the answers given at once, in order, as a line of
// the plain prompts gives them: none or "don't know" leaves it unknown; "none
// of these" records an empty list; a list takes the values ticked, the
// first one first (the primary kind).
func ApplyAll(fs *model.Facts, f model.Fact, cs []Choice) {
	fs.Forget(f)
	for _, c := range cs {
		switch {
		case c.Kind == DontKnow:
			fs.Forget(f)
			return
		case c.Kind == None:
			fs.SetSet(f, nil)
			return
		case f.Type() == model.SetOf && fs.Has(f, c.Value):
		default:
			Apply(fs, f, c)
		}
	}
}

// Toggle ticks or unticks a value of a list. Unticking the last value
// leaves the fact unknown: "none" is only ever recorded on purpose.
func Toggle(fs *model.Facts, f model.Fact, value string) {
	set, _ := fs.Set(f)
	out := make([]string, 0, len(set)+1)
	found := false
	for _, x := range set {
		if x == value {
			found = true
			continue
		}
		out = append(out, x)
	}
	if !found {
		out = append(out, value)
	}
	if len(out) == 0 {
		fs.Forget(f)
		return
	}
	fs.SetSet(f, out)
}

// MakePrimary puts a value first in a list, ticking it if needed: the first
// kind is the primary one.
func MakePrimary(fs *model.Facts, f model.Fact, value string) {
	set, _ := fs.Set(f)
	out := []string{value}
	for _, x := range set {
		if x != value {
			out = append(out, x)
		}
	}
	fs.SetSet(f, out)
}

// Previewable reports whether an answer can be shown before it is chosen:
// single answers can; ticking list values is itself live.
func Previewable(f model.Fact, c Choice) bool {
	return f.Type() != model.SetOf || c.Kind != Value
}

// WithReading is fs with the reader's facts read filled in where keep says a
// fact takes the reading (a fact not yet answered, or one holding an earlier
// suggestion; unset, the suggestion goes), and each filled fact whose question
// would then not be asked left out again. filled lists the facts that hold a
// suggestion.
func (f Flow) WithReading(fs, read model.Facts, decided, pending func(model.Fact) bool) (out model.Facts, filled []model.Fact) {
	out = fs.Clone()
	read = read.Clone()
	for _, x := range model.AllFacts() {
		switch {
		case decided(x):
		case pending(x) && !read[x].Known:
			out.Forget(x)
		case read[x].Known && (pending(x) || !out.Known(x)):
			out[x] = read[x]
			filled = append(filled, x)
		}
	}
	for dropped := true; dropped; {
		dropped = false
		for i, x := range filled {
			if !f.rb.Relevant(&out, x) {
				out.Forget(x)
				filled = slices.Delete(filled, i, i+1)
				dropped = true
				break
			}
		}
	}
	return out, filled
}
