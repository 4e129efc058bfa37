package ui

import (
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The questionnaire and the review of drafts show what the plain-language
// reader (package suggest) makes of an activity's words: each suggested value
// with the phrases behind it. The reader decides; these helpers only render.

// readActivity reads an activity's words. An imported task is read as import
// reads it: its source paragraph, with the description (the lead-in and
// headings it stood under) as context. Any other activity is read from its
// title and description.
func readActivity(rd *suggest.Reader, a *model.Activity) *suggest.Suggestion {
	if src := strings.TrimSpace(a.Source.Text); src != "" {
		return rd.SuggestIn(src, strings.Join(strings.Split(strings.TrimSpace(a.Description), "\n"), "\n\n"))
	}
	return rd.Suggest(describedText(a.Title, a.Description))
}

// describedText is the text read from a title and a description: the title
// as a paragraph of its own, so that its words never run into the description's.
func describedText(title, desc string) string {
	title, desc = strings.TrimSpace(title), strings.TrimSpace(desc)
	switch {
	case title == "":
		return desc
	case desc == "":
		return title
	}
	return title + "\n\n" + desc
}

// readingSource says where the words read come from, for a heading.
func readingSource(a *model.Activity) string {
	if strings.TrimSpace(a.Source.Text) == "" {
		return "the title and description"
	}
	if ref := oneLine(a.Source.Ref); ref != "" {
		return "the source paragraph " + ref
	}
	return "the source text"
}

// suggestedValue is one value the reader suggests for a fact, with every
// phrase that supports it.
type suggestedValue struct {
	fact    model.Fact
	value   string // a value of the fact, "true"/"false", or "none"
	phrases []string
	context bool // a phrase comes from the context of an imported task
	primary bool // the first of several kinds
	// lead says why the primary kind leads, when the reading says it.
	lead *suggest.Lead
}

// suggestedValues lists a reading's suggested values in the order of the
// facts, a list's values in its order (the primary kind first).
func suggestedValues(s *suggest.Suggestion) []suggestedValue {
	var out []suggestedValue
	for _, f := range model.AllFacts() {
		v := s.Facts[f]
		if !v.Known {
			continue
		}
		var values []string
		switch f.Type() {
		case model.SetOf:
			values = v.Set
			if len(values) == 0 {
				values = []string{"none"}
			}
		case model.YesNo:
			values = []string{"false"}
			if v.Yes {
				values = []string{"true"}
			}
		default:
			values = []string{v.One}
		}
		evs := s.EvidenceFor(f)
		for i, val := range values {
			sv := suggestedValue{fact: f, value: val, primary: f == model.Kinds && i == 0 && len(values) > 1}
			if sv.primary && s.Lead != nil && s.Lead.Kind == val {
				sv.lead = s.Lead
			}
			for _, e := range evs {
				if e.Value == val && !containsString(sv.phrases, e.Phrase) && !inside(e, evs) {
					sv.phrases = append(sv.phrases, e.Phrase)
					sv.context = sv.context || e.InContext
				}
			}
			out = append(out, sv)
		}
	}
	return out
}

// inside reports whether other words behind the same value take in e's:
// "Support the efforts" says nothing that "Support the efforts of the
// Government" does not.
func inside(e suggest.Evidence, evs []suggest.Evidence) bool {
	for _, o := range evs {
		if o.Value == e.Value && o.InContext == e.InContext && o.Start <= e.Start && e.End <= o.End &&
			o.End-o.Start > e.End-e.Start {
			return true
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// quoted is the phrases behind a value, each in quotation marks and safe for
// the terminal.
func quoted(phrases []string) string {
	q := make([]string, len(phrases))
	for i, p := range phrases {
		q[i] = "“" + oneLine(p) + "”"
	}
	return strings.Join(q, ", ")
}

// text is a suggested value as one line's words: `implementer: national
// authorities with mission support ← "Support the Government"`.
func (sv suggestedValue) text(rb *classify.Rulebook) string {
	s := factName(sv.fact) + ": " + report.ValueLabel(rb, sv.fact, sv.value)
	if sv.primary {
		s += " (primary)"
	}
	if len(sv.phrases) > 0 {
		s += " ← " + quoted(sv.phrases)
	}
	if sv.context {
		s += " (in the lead-in or heading)"
	}
	return s
}

// why says why a primary kind leads the next kind read; "" when the reading
// does not say.
func (sv suggestedValue) why(rb *classify.Rulebook) string {
	if sv.lead == nil {
		return ""
	}
	return report.LeadText(rb, sv.lead)
}

// holds reports whether the facts hold the suggested value.
func (sv suggestedValue) holds(fs *model.Facts) bool {
	v := fs[sv.fact]
	if !v.Known {
		return false
	}
	switch sv.fact.Type() {
	case model.SetOf:
		if sv.value == "none" {
			return len(v.Set) == 0
		}
		return fs.Has(sv.fact, sv.value)
	case model.YesNo:
		return v.Yes == (sv.value == "true")
	}
	return v.One == sv.value
}

// declinedText is a reading that was not suggested, with why.
func declinedText(rb *classify.Rulebook, d suggest.Declined) string {
	return factName(d.Fact) + ": " + report.ValueLabel(rb, d.Fact, d.Value) + " ← “" + oneLine(d.Phrase) + "” — " + d.Reason
}

// phrasesOf lists the distinct phrases behind a fact's evidence, leaving out
// those that longer ones take in.
func phrasesOf(evs []suggest.Evidence) []string {
	var out []string
	for _, e := range evs {
		if !containsString(out, e.Phrase) && !inside(e, evs) {
			out = append(out, e.Phrase)
		}
	}
	return out
}

// draftWords reads a draft's words for the review of drafts (review.Words),
// with the rulebook's reader made once, and lays them out as the activity's
// account does.
type draftWords struct{ sh *shared }

// Read is what the reader makes of the activity's words (readActivity).
func (d draftWords) Read(a *model.Activity) *suggest.Suggestion {
	return readActivity(d.sh.reader(), a)
}

// Behind is the reading as lines of width w (wordsBehind).
func (d draftWords) Behind(a *model.Activity, reading *suggest.Suggestion, w int) []string {
	return wordsBehind(d.sh, a, reading, w)
}

// wordsBehind is what the reader made of an activity's words (reading, from
// readActivity): each suggested value with its phrases, marked "~" while the
// activity still holds it, the facts answered since, and what was read but
// not suggested, with why. The review of drafts and the activity's account
// show the same lines.
func wordsBehind(sh *shared, a *model.Activity, reading *suggest.Suggestion, w int) []string {
	st := sh.st
	rb := sh.rb
	fs := &a.Facts
	values := suggestedValues(reading)
	var out []string
	out = append(out, "", st.Heading.Render(cut("Suggested by the words of "+readingSource(a)+" (~)", w)))
	if len(values) == 0 {
		out = append(out, st.Muted.Render(cut("  Nothing: no words match the cue lexicon. e answers the questions.", w)))
	}
	covered := map[model.Fact]bool{}
	for _, sv := range values {
		covered[sv.fact] = true
		if sv.holds(fs) {
			out = append(out, wrapIndent("  ~ ", sv.text(rb), w)...)
		} else {
			now := "unknown"
			if fs.Known(sv.fact) {
				now = rb.ValueText(fs, sv.fact)
			}
			out = append(out, wrapIndent("    ", sv.text(rb)+" — changed to: "+now, w)...)
		}
		// Why the primary kind leads the next: the ordering rule that decided.
		if why := sv.why(rb); why != "" {
			out = append(out, wrapIndent("      ", why, w)...)
		}
	}

	var other []string
	for _, f := range model.AllFacts() {
		if fs.Known(f) && !covered[f] {
			other = append(other, "  "+factName(f)+": "+rb.ValueText(fs, f))
		}
	}
	if len(other) > 0 {
		out = append(out, "", st.Heading.Render("Answered since"))
		for _, l := range other {
			out = append(out, cut(l, w))
		}
	}
	var said []string
	for _, d := range reading.Declined {
		// The same words may stand twice in a paragraph ("Requests MINUSTAH
		// …, and requests MINUSTAH …"): each reason is said once.
		text := declinedText(rb, d)
		if slices.Contains(said, text) {
			continue
		}
		said = append(said, text)
		// Wrapped, not cut: the reason the value was not suggested ends the line.
		for _, l := range wrapIndent("  not suggested: ", text, w) {
			out = append(out, st.Muted.Render(l))
		}
	}
	return out
}
