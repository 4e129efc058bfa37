package ui

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/exit"
	"github.com/pocssr/pocssr/ui/session"
)

// plainQuestionnaire asks the questionnaire's questions as numbered prompts,
// one line per answer, for screen readers and scripts. Prompts go to one
// stream (stderr), so that the other (stdout) carries only the result.
type plainQuestionnaire struct {
	rb  *classify.Rulebook
	in  *bufio.Reader
	out io.Writer
	eof bool
}

// runAccessible runs the plain questionnaire and prints the verdict as text. With
// a worksheet file, the activity is added to it and saved; with the case
// library, the library's account is printed.
func runAccessible(env Env, rb *classify.Rulebook, ws *model.Worksheet, opts Options) error {
	if opts.Demo {
		return report.Write(env.Stdout, rb, report.Text, []report.Sheet{{File: "case library", Worksheet: ws}})
	}
	pq := &plainQuestionnaire{rb: rb, in: bufio.NewReader(env.Stdin), out: env.Stderr}
	a := pq.Ask()
	if a == nil {
		return &exit.Error{Code: exit.Invalid, Err: fmt.Errorf("pocssr: no answers were given")}
	}
	// The plain mode edits through the same session as the screens: the id
	// is one no other activity has, and the save refuses a file that changed
	// on disk or may not be written, as ctrl+s does.
	sh := session.NewSheet(rb, ws, nil)
	a.ID = sh.UniqueID(a.Title)
	r := rb.Classify(a)
	var b strings.Builder
	report.WriteResultText(&b, rb, &r, 80)
	if _, err := io.WriteString(env.Stdout, b.String()); err != nil {
		return err
	}
	if opts.Path == "" {
		return nil
	}
	sh.Add(sh.Len(), a)
	if err := ws.Save("", model.SaveOptions{}); err != nil {
		return &exit.Error{Code: exit.Invalid, Err: fmt.Errorf("pocssr: not saved: %w", err)}
	}
	sh.MarkSaved()
	writeLine(env.Stderr, fmt.Sprintf("Added to %s (%s).", ws.Path(), plural(sh.Len(), "activity", "activities")))
	if a.Status == model.StatusDraft {
		writeLine(env.Stderr, "The input ended before the suggested answers were confirmed: the activity is saved as a draft (status: draft).")
	}
	return nil
}

// line reads one answer; at the end of the input it returns "" and remembers it.
func (p *plainQuestionnaire) line() string {
	if p.eof {
		return ""
	}
	s, err := p.in.ReadString('\n')
	if err != nil {
		p.eof = true
	}
	return strings.TrimSpace(strings.TrimRight(s, "\r\n"))
}

func (p *plainQuestionnaire) say(format string, args ...any) {
	fmt.Fprintf(p.out, format+"\n", args...)
}

// Ask asks for the title and description, shows what the reader makes of
// them, then walks the relevant questions as the full-screen questionnaire
// does (flow): in the rulebook's order, relevance re-evaluated after each
// answer, a suggested answer kept by an empty line. It returns nil when the
// input ended before a title was given.
func (p *plainQuestionnaire) Ask() *model.Activity {
	p.say("pocssr questionnaire. Answer with the number of a choice; 0 or an empty line means \"don't know\".")
	p.say("Title of the activity:")
	a := &model.Activity{Title: oneLine(p.line())}
	if a.Title == "" && p.eof {
		return nil
	}
	p.say("Description (one line, empty to skip):")
	a.Description = oneLine(p.line())
	if a.Title == "" {
		a.Title = titleFrom(a.Description)
	}
	fl := newFlow(p.rb)
	suggested := p.suggest(fl, a)
	asked := 0
	// The same steps as the screen's questionnaire (flow.next): after the
	// description, each relevant question as the answers stand, until the
	// review, which here is the verdict printed by the caller.
	for at := fl.next(step{kind: describeStep}, fl.relevant(&a.Facts)); at.kind == questionStep && !p.eof; {
		qs := fl.relevant(&a.Facts)
		f := at.fact
		q := p.rb.QuestionFor(f)
		asked++
		p.say("")
		p.say("Question %d (answered %d of %d relevant): %s", asked, answered(qs, &a.Facts), len(qs), q.Question)
		p.say("  %s", oneLine(q.Help))
		if lines, ok := suggested[f]; ok {
			p.say("  Suggested by the description: %s. An empty line keeps it.", strings.Join(lines, "; "))
		}
		_, wasSuggested := suggested[f]
		if p.ask(q, &a.Facts, wasSuggested) {
			delete(suggested, f)
		}
		// A suggestion whose question the answer took away goes, as in the
		// full-screen questionnaire.
		for g := range suggested {
			if !p.rb.Relevant(&a.Facts, g) {
				a.Facts.Forget(g)
				delete(suggested, g)
			}
		}
		at = fl.next(at, fl.relevant(&a.Facts))
	}
	// Input that ended before every suggestion was confirmed leaves a draft:
	// what the words suggested is not what the planner said.
	if len(suggested) > 0 {
		a.Status = model.StatusDraft
	}
	return a
}

// suggest reads the title and description with the rulebook's reader, says
// what it suggests and takes the suggestions as the answers to confirm. It
// returns each suggested fact's lines.
func (p *plainQuestionnaire) suggest(fl flow, a *model.Activity) map[model.Fact][]string {
	reading := readActivity(suggest.NewReader(p.rb), a)
	never := func(model.Fact) bool { return false }
	fs, filled := fl.withReading(a.Facts, reading.Facts, never, never)
	if len(filled) == 0 {
		return map[model.Fact][]string{}
	}
	a.Facts = fs
	out := make(map[model.Fact][]string, len(filled))
	p.say("")
	p.say("What the words suggest (each is asked to be confirmed):")
	for _, sv := range suggestedValues(reading) {
		if !slices.Contains(filled, sv.fact) {
			continue
		}
		p.say("  %s", sv.text(p.rb))
		out[sv.fact] = append(out[sv.fact], valueLabel(p.rb, sv.fact, sv.value))
	}
	return out
}

// ask asks one question until it gets a valid answer (or the input ends). It
// reports whether the planner answered: an empty line keeping a suggestion
// does, the end of the input does not.
func (p *plainQuestionnaire) ask(q *classify.Question, fs *model.Facts, suggested bool) bool {
	cs := choicesFor(q)
	values := cs[:len(cs)-1] // all but "don't know", numbered from 1
	for i, c := range values {
		p.say("  %d. %s — %s", i+1, c.label, oneLine(c.explain))
	}
	p.say("  0. don't know")
	multi := q.Fact.Type() == model.SetOf
	for tries := 0; tries < 5 && !p.eof; tries++ {
		switch {
		case multi && q.Fact == model.Kinds:
			p.say("Answer with one or more numbers separated by spaces (the first kind is the primary one):")
		case multi:
			p.say("Answer with one or more numbers separated by spaces:")
		default:
			p.say("Answer (0-%d):", len(values))
		}
		text := p.line()
		if text == "" && p.eof {
			return false
		}
		if text == "" && suggested {
			return true // the suggestion stands, confirmed
		}
		picked, ok := parseNumbers(text, len(values))
		switch {
		case !ok || !multi && len(picked) > 1:
			p.say("Please answer with a number from 0 to %d.", len(values))
			continue
		case len(picked) == 0 || picked[0] == 0:
			fs.Forget(q.Fact)
		case !multi:
			answer(fs, q.Fact, values[picked[0]-1])
		default:
			fs.Forget(q.Fact)
			for _, n := range picked {
				c := values[n-1]
				if c.kind == choiceNone {
					fs.SetSet(q.Fact, nil)
					break
				}
				if !fs.Has(q.Fact, c.value) {
					toggle(fs, q.Fact, c.value)
				}
			}
		}
		return true
	}
	return false
}

// parseNumbers reads numbers from 0 to n separated by spaces or commas.
func parseNumbers(text string, n int) ([]int, bool) {
	var out []int
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' }) {
		v, err := strconv.Atoi(f)
		if err != nil || v < 0 || v > n {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}
