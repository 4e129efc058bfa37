package report

import (
	"slices"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// FactsNone is what an account's Facts section, and a briefing's Facts
// entry, say of an activity with no fact known.
const FactsNone = "None known yet."

// knownFacts counts the facts known of fs.
func knownFacts(fs *model.Facts) int {
	n := 0
	for _, f := range model.AllFacts() {
		if fs.Known(f) {
			n++
		}
	}
	return n
}

// eachFact hands fn each fact known of fs, in the framework's order, as
// the account's Facts section lists it: its name as the line begins
// ("forces: ") and its value in the rulebook's words (Rulebook.ValueText),
// after "~ " where r holds the answer as only suggested (Result.Suggested).
// The activity's screen and the briefing list an activity's answers
// through it alike.
func eachFact(rb *classify.Rulebook, fs *model.Facts, r *classify.Result, fn func(prefix, value string)) {
	for _, f := range model.AllFacts() {
		if fs.Known(f) {
			fn(factPrefix()[f], classify.SuggestedMark(slices.Contains(r.Suggested, f))+rb.ValueText(fs, f))
		}
	}
}

// SuggestedAnswerLegend says what the "~" before an answer means: the
// briefing says it once, where it explains its DRAFT mark, for the answers
// its activities' parts list under Facts.
const SuggestedAnswerLegend = "~ before an answer under Facts: a draft's words suggested it and nobody has confirmed it yet; the verdict reads it as an answer."

// factsEntry is the activity's answers as one entry of its briefing part:
// each fact known, as the activity's screen lists it under Facts (eachFact),
// one after another on a line, an answer only suggested marked "~";
// FactsNone where none is known. A reader of the briefing alone sees what
// the tier, the agenda and the risks rest on: the force a finding is
// about, the HRDDP's state behind a risk.
func (it *briefItem) factsEntry(rb *classify.Rulebook, d *document) item {
	fs, r := &it.a.Facts, it.r
	known := knownFacts(fs)
	if known == 0 {
		return item{term: "Facts", text: d.lineOf(1).text(FactsNone)}
	}
	l := d.lineOf(2*known - 1)
	eachFact(rb, fs, r, func(prefix, value string) {
		if len(l) > 0 {
			l = l.raw(" · ")
		}
		l = l.fixed(prefix + value)
	})
	return item{term: "Facts", text: l}
}
