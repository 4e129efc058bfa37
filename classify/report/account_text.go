package report

import (
	"strconv"
	"strings"
	"unsafe"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// ruleWords holds what an account says in the rulebook's words alone, made
// once for a long report rather than for every activity that has it: a
// risk's reference and recommendations, a question with its fact, a
// severity's tag, a section's count. A nil *ruleWords makes each afresh.
type ruleWords struct {
	risks     map[*classify.RiskRule]riskWords
	questions map[model.Fact]questionWords
	tags      map[classify.Severity]string
	counts    map[string][]string // by heading, the heading with each count
	verdicts  map[verdictKey]string
}

// verdictKey is all VerdictLine reads of a result.
type verdictKey struct {
	tier             classify.Tier
	agenda           string
	highest          classify.Severity
	risks, questions int
	// the risks on suggested answers, and whether the most serious is one
	onSuggested      int
	highestSuggested bool
	// whether the tier and the agenda rest on suggested answers
	tierSuggested, agendaSuggested bool
}

// verdict is VerdictLine(r): a long report has few of them, made once.
func (w *ruleWords) verdict(r *classify.Result) string {
	if w == nil {
		return VerdictLine(r)
	}
	k := verdictKey{r.Tier, AgendaLabel(&r.Narrow), r.Highest(), len(r.Risks), len(r.OpenQuestions), r.RisksOnSuggested(), r.HighestOnSuggested(),
		r.TierOnSuggested, r.AgendaOnSuggested}
	v, ok := w.verdicts[k]
	if !ok {
		v = VerdictLine(r)
		w.verdicts[k] = v
	}
	return v
}

// riskWords are the lines of a risk's account that are its rule's alone.
type riskWords struct {
	see  string // "“section” in the chapter"
	recs string // the recommendations' titles, "; " apart
}

type questionWords struct{ question, text string }

func newRuleWords() *ruleWords {
	return &ruleWords{risks: map[*classify.RiskRule]riskWords{}, questions: map[model.Fact]questionWords{},
		tags: map[classify.Severity]string{}, counts: map[string][]string{}, verdicts: map[verdictKey]string{}}
}

func (w *ruleWords) risk(rb *classify.Rulebook, k *classify.RiskRule) riskWords {
	if w != nil {
		if rw, ok := w.risks[k]; ok {
			return rw
		}
	}
	rw := riskWords{see: "“" + k.Section + "” in the chapter"}
	var recs []string
	for _, id := range k.Recommendations {
		if rec := rb.Recommendation(id); rec != nil {
			recs = append(recs, rec.Title)
		}
	}
	rw.recs = strings.Join(recs, "; ")
	if w != nil {
		w.risks[k] = rw
	}
	return rw
}

// question is an open question as the account lists it, with its fact.
func (w *ruleWords) question(q classify.OpenQuestion) string {
	if w != nil {
		if qw, ok := w.questions[q.Fact]; ok && qw.question == q.Question {
			return qw.text
		}
	}
	text := q.Question + " (" + FactName(q.Fact) + ")"
	if w != nil {
		w.questions[q.Fact] = questionWords{q.Question, text}
	}
	return text
}

// severity is a risk's head line's prefix: its tag and a dash.
func (w *ruleWords) severity(s classify.Severity) string {
	if w != nil {
		if t, ok := w.tags[s]; ok {
			return t
		}
	}
	t := SeverityTag(s) + " — "
	if w != nil {
		w.tags[s] = t
	}
	return t
}

// count is a heading with a count in brackets: "Risks (3)".
func (w *ruleWords) count(heading string, n int) string {
	if w == nil || n >= 32 {
		return heading + strconv.Itoa(n) + ")"
	}
	l := w.counts[heading]
	if l == nil {
		l = make([]string, 32)
		w.counts[heading] = l
	}
	if l[n] == "" {
		l[n] = heading + strconv.Itoa(n) + ")"
	}
	return l[n]
}

// accountWriter writes an account's sections as they are given (a
// sectionSink), as writeAccount writes them: a section's heading, then its
// lines, or what it says when it has none.
type accountWriter struct {
	b     sink
	width int
	memo  *wrapMemo
	room  []byte // the room a line is put together in, reused
	open  bool   // a section's heading is written and none of its lines
	empty string // what that section says when it has no lines
}

func (w *accountWriter) section(_ Part, heading, empty string, _ int) {
	w.close()
	w.b.WriteString("  ")
	w.b.WriteString(heading)
	w.b.WriteString(":\n")
	w.open, w.empty = true, empty
}

// close ends the section begun last.
func (w *accountWriter) close() {
	if w.open {
		// What an empty section says is the program's own.
		w.room = append(append(w.room[:0], emptyLine), w.empty...)
		w.memo.wrap(w.b, w.room, "    ", "    ", w.width)
		w.open = false
	}
}

func (w *accountWriter) line(l Line) {
	w.open = false
	// A line's text is put together in room reused from line to line: wrap
	// writes it out and keeps none of it. Its first byte is its depth, which
	// the memo tells lines apart by.
	line := append(append(append(w.room[:0], byte(l.Depth)), l.Prefix...), l.Text...)
	if l.Rule != "" {
		line = append(append(append(line, " ("...), l.Rule...), ')')
	}
	w.room = line
	if l.Fixed {
		w.memo.wrap(w.b, line, indentOf(2+l.Depth), indentOf(3+l.Depth), w.width)
		return
	}
	wrap(w.b, unsafe.String(unsafe.SliceData(line[1:]), len(line)-1), indentOf(2+l.Depth), indentOf(3+l.Depth), w.width)
}

// writeActivityAccount writes the account of activity a, classified as r,
// byte for byte as writeAccount writes NewAccount's, straight from the
// activity and the result: a long report makes no Account, section or line
// list for each activity.
func writeActivityAccount(b sink, rb *classify.Rulebook, a *model.Activity, r *classify.Result, width int, memo *wrapMemo, words *ruleWords) {
	b.WriteString(OneLine(r.ID))
	b.WriteString(" — ")
	b.WriteString(accountTitle(a))
	b.WriteString("\n")
	if a.Status != model.StatusUnset || !a.Source.IsZero() {
		var meta []string
		if a.Status != model.StatusUnset {
			meta = append(meta, "status: "+string(a.Status))
		}
		if !a.Source.IsZero() {
			meta = append(meta, "source: "+SourceText(a))
		}
		wrap(b, strings.Join(meta, " · "), "  ", "  ", width)
	}
	if d := strings.TrimSpace(a.Description); d != "" {
		for p := range strings.SplitSeq(d, "\n") {
			if p = OneLine(p); p != "" {
				wrap(b, p, "  ", "  ", width)
			}
		}
	}
	wrap(b, "Verdict: "+words.verdict(r), "  ", "    ", width)
	w := &accountWriter{b: b, width: width, memo: memo}
	if memo != nil {
		w.room = memo.line[:0]
	}
	eachResultSection(rb, &a.Facts, r, w, words)
	if n := strings.TrimSpace(a.Notes); n != "" {
		w.section(PartNotes, "Notes", "", 1)
		w.line(Line{Text: n})
	}
	if t := strings.TrimSpace(a.Source.Text); t != "" {
		w.section(PartSource, "Source text", "", 1)
		w.line(Line{Text: t})
	}
	w.close()
	if memo != nil {
		memo.line = w.room
	}
}
