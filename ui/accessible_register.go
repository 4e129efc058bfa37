package ui

import (
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// The plain prompts fill the risk register too (FRAMEWORK §9): the flow's
// register steps, after the verdict, for each risk that fires, what is
// being done about it — the status, by whom, by when, and a note — each
// skippable with an empty line. The entries are kept through the flow
// (flow.Keep) into the same session.Sheet as the register screen's, so they
// are checked the same way.

// plainTries bounds how often one answer is asked again after a refusal.
const plainTries = 5

// fieldPrompts are the prompts of an entry's text fields.
var fieldPrompts = map[flow.Field]string{
	flow.Owner: "Owner (who puts the measures in place; empty for none):",
	flow.Due:   "Due date, YYYY-MM-DD (empty for none):",
	flow.Note:  "Note (empty for none):",
}

// askMitigation asks the register step of one risk and keeps the entry
// given.
func (p *plainQuestionnaire) askMitigation(w *plainWalk, risk string) {
	i := flow.RiskIndex(w.risks, risk)
	if i < 0 {
		return
	}
	if i == 0 {
		p.say("")
		p.say("What is being done about these risks? An empty status skips a risk (it stays as it is).")
	}
	k := w.risks[i]
	p.say("")
	p.say("Risk %d of %d: %s %s — %s", i+1, len(w.risks), report.SeverityTag(k.Severity), k.Rule.ID, oneLine(k.Rule.Title))
	p.say("  %s", p.walk.Asks(flow.Step{Kind: flow.Mitigate, Risk: risk}))
	old := flow.Entry(w.a, risk)
	if old.Status != "" {
		p.say("  Now: %s. An empty line keeps each part as it is.", report.EntryText(&classify.Mitigation{Entry: old}))
	}
	e, ok := p.askEntry(old)
	if !ok {
		return
	}
	if err := flow.Keep(w.reg, w.a, e); err != nil {
		p.say("Not kept: %s.", err)
		return
	}
	w.kept++
}

// askEntry asks for one entry, starting from old; ok is false when the risk
// is skipped or what was given cannot be kept (not-needed without a note).
func (p *plainQuestionnaire) askEntry(old model.RegisterEntry) (model.RegisterEntry, bool) {
	e := old
	for i, s := range flow.Statuses() {
		p.say("  %d. %s", i+1, s)
	}
	status, ok := p.askValue("Status (1-"+strconv.Itoa(len(flow.Statuses()))+", empty to skip):", func(text string) (string, error) {
		s, err := flow.ParseStatus(text)
		return string(s), err
	})
	if !ok || status == "" {
		return e, false
	}
	e.Status = model.MitigationStatus(status)
	// set puts an answer into a field; an empty one keeps what the entry
	// had (nothing, for a new entry).
	set := func(fd flow.Field, v string) {
		if v != "" {
			_ = fd.Set(&e, v) // checked as it was asked
		}
	}
	for _, fd := range flow.Fields() {
		prompt := fieldPrompts[fd]
		if fd.Required(&e) {
			prompt = "Note: why does the risk need no measures? (required for not-needed)"
		}
		if fd != flow.Note {
			v, _ := p.askValue(prompt, func(text string) (string, error) {
				x := e
				err := fd.Set(&x, text)
				return fd.Get(&x), err
			})
			set(fd, v)
			if fd == flow.Due && v != "" && e.Overdue(p.today) {
				p.say("  %s is already past on %s: the entry is kept, and overdue.", e.Due, p.today)
			}
			continue
		}
		for tries := 0; tries < plainTries; tries++ {
			v, _ := p.askValue(prompt, nil)
			set(fd, v)
			err := e.Check()
			if err == nil {
				return e, true
			}
			if p.eof {
				break
			}
			p.say("%s.", err)
		}
	}
	return e, false
}

// askValue asks one line until check accepts it (an empty line is always
// accepted, as nothing); check nil takes any text. ok is false when the
// input ended or every try was refused.
func (p *plainQuestionnaire) askValue(prompt string, check func(string) (string, error)) (string, bool) {
	for tries := 0; tries < plainTries; tries++ {
		p.say("%s", prompt)
		text := oneLine(p.line())
		if text == "" {
			return "", !p.eof
		}
		if check == nil {
			return text, true
		}
		v, err := check(text)
		if err == nil {
			return v, true
		}
		p.say("%s. Try again, or an empty line for none.", strings.TrimSuffix(err.Error(), "."))
		if p.eof {
			break
		}
	}
	return "", false
}
