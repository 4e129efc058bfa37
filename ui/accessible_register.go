package ui

import (
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// The plain prompts fill the risk register too (FRAMEWORK §9): after the
// verdict, for each risk that fires, what is being done about it — the
// status, by whom, by when, and a note — each skippable with an empty line.
// The entries go through the same session.Sheet as the register screen's,
// so they are checked the same way.

// plainTries bounds how often one answer is asked again after a refusal.
const plainTries = 5

// askRegister asks for a register entry for each of an activity's risks and
// puts the ones given in its register. It reports how many it kept.
func (p *plainQuestionnaire) askRegister(sh *session.Sheet, a *model.Activity, risks []classify.Risk) int {
	if len(risks) == 0 || p.eof {
		return 0
	}
	p.say("")
	p.say("What is being done about these risks? An empty status skips a risk (it stays open).")
	kept := 0
	for i, k := range risks {
		if p.eof {
			break
		}
		p.say("")
		p.say("Risk %d of %d: %s %s — %s", i+1, len(risks), report.SeverityTag(k.Severity), k.Rule.ID, oneLine(k.Rule.Title))
		e, ok := p.askEntry(k.Rule.ID)
		if !ok {
			continue
		}
		if err := sh.SetMitigation(a, e); err != nil {
			p.say("Not kept: %s.", err)
			continue
		}
		kept++
	}
	return kept
}

// askEntry asks for one entry; ok is false when the risk is skipped or what
// was given cannot be kept (not-needed without a note).
func (p *plainQuestionnaire) askEntry(risk string) (model.RegisterEntry, bool) {
	e := model.RegisterEntry{Risk: risk}
	for i, s := range model.MitigationStatuses {
		p.say("  %d. %s", i+1, s)
	}
	status, ok := p.askValue("Status (1-"+strconv.Itoa(len(model.MitigationStatuses))+", empty to skip):", func(text string) (string, error) {
		if n, err := strconv.Atoi(text); err == nil && n >= 1 && n <= len(model.MitigationStatuses) {
			return string(model.MitigationStatuses[n-1]), nil
		}
		s, err := model.ParseMitigationStatus(text)
		return string(s), err
	})
	if !ok || status == "" {
		return e, false
	}
	e.Status = model.MitigationStatus(status)
	e.Owner, _ = p.askValue("Owner (who puts the measures in place; empty for none):", nil)
	due, _ := p.askValue("Due date, YYYY-MM-DD (empty for none):", func(text string) (string, error) {
		d, err := model.ParseDate(text)
		return string(d), err
	})
	e.Due = model.Date(due)
	prompt := "Note (empty for none):"
	if e.Status == model.NotNeeded {
		prompt = "Note: why does the risk need no measures? (required for not-needed)"
	}
	for tries := 0; tries < plainTries; tries++ {
		e.Note, _ = p.askValue(prompt, nil)
		err := e.Check()
		if err == nil {
			return e, true
		}
		if p.eof {
			break
		}
		p.say("%s.", err)
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
