package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/register"
)

// The plain prompts fill the risk register too (FRAMEWORK §9): the flow's
// register steps, after the verdict, for each risk that fires, what is
// being done about it — the status, by whom, by when, and a note — each
// skippable with an empty line. The entries are kept through the flow
// (flow.Keep) into the same session.Sheet as the register screen's, so they
// are checked the same way.

// removeMark is the answer at a status prompt that takes the entry there
// out of the register, where one is there: the one way in the plain
// prompts to drop an entry, as d does on the register screen.
const removeMark = "remove"

// plainTries bounds how often one answer is asked again after a refusal.
const plainTries = 5

// fieldNames name an entry's text fields in their prompts; what an empty
// line does follows, as it differs by whether the field holds a text.
var fieldNames = map[flow.Field]string{
	flow.Owner: "Owner (who puts the measures in place",
	flow.Due:   "Due date (YYYY-MM-DD",
	flow.Note:  "Note (one line",
}

// askMitigation asks the register step of one risk and keeps the entry
// given, saying what it holds now.
func (p *plainQuestionnaire) askMitigation(w *plainWalk, risk string) {
	i := flow.RiskIndex(w.risks, risk)
	if i < 0 {
		return
	}
	if i == 0 {
		p.say("")
		p.say("What is being done about these risks? Each asks a status, then the owner, the due date and a note.")
	}
	w.registerAsked = true
	k := w.risks[i]
	p.say("")
	p.say("Risk %d of %d: %s %s", i+1, len(w.risks), report.SeverityTag(k.Severity), register.RiskTitle(k)) // its title, not its id
	p.say("  %s", p.walk.Asks(flow.Step{Kind: flow.Mitigate, Risk: risk}))
	old := flow.Entry(w.a, risk)
	if old.Status != "" {
		// Said as the Kept line says it: a due date past is overdue.
		p.say("  Now: %s.", entryText(&classify.Mitigation{Entry: old, Overdue: old.Overdue(p.today)}))
	}
	e, ok := p.askEntry(old, fmt.Sprintf("risk %d of %d", i+1, len(w.risks)))
	if ok && e.Status == removeMark {
		p.removeEntry(w, risk, "the risk is open")
		return
	}
	if !ok {
		if old.Status != "" {
			p.say("  The entry stays as it was.")
		} else {
			p.say("  No entry: the risk stays open.")
		}
		return
	}
	if err := flow.Keep(w.reg, w.a, e); err != nil {
		p.say("Not kept: %s.", err)
		return
	}
	w.kept++
	m := classify.Mitigation{Entry: e, State: classify.StateOf(e.Status), Overdue: e.Overdue(p.today)}
	p.say("  Kept: %s (the risk is %s).", entryText(&m), m.State)
}

// entryText is an entry as the register's account says it, its status
// named by the value the status prompt offers and the file holds
// ("in-place", not "in place"): one word for one status in the prompts.
func entryText(m *classify.Mitigation) string {
	status := report.StatusText(m.Entry.Status)
	return string(m.Entry.Status) + strings.TrimPrefix(report.EntryText(m), status)
}

// removeEntry takes the entry of risk out of the walk's register (one undo
// step, joined into the command's) and says what the risk is left as.
func (p *plainQuestionnaire) removeEntry(w *plainWalk, risk, left string) {
	r, ok := w.reg.(entryRemover)
	if !ok || !r.RemoveMitigation(w.a, risk) {
		p.say("  No entry to remove: the register holds none for %s.", p.riskName(risk))
		return
	}
	w.removed++
	p.say("  Removed the entry of %s: %s.", p.riskName(risk), left)
}

// riskName names the risk id by its title, as every screen names a risk;
// a risk the rulebook in use does not know, by its id, which is all that
// names it.
func (p *plainQuestionnaire) riskName(id string) string {
	if rule := p.rb.Risk(id); rule != nil && oneLine(rule.Title) != "" {
		return oneLine(rule.Title)
	}
	return id + " (a risk the rulebook in use does not know)"
}

// entryRemover takes an entry out of an activity's register;
// session.Sheet is one, as it is the flow's Registrar.
type entryRemover interface {
	RemoveMitigation(a *model.Activity, risk string) bool
}

// askEntry asks for one entry of risk (its place among the risks, which a
// refused piped line names), starting from old; ok is false when the risk
// is skipped or what was given cannot be kept (not-needed without a note).
// An empty line keeps what the entry holds, or leaves the field empty;
// clearMark empties a field that holds a text.
func (p *plainQuestionnaire) askEntry(old model.RegisterEntry, risk string) (model.RegisterEntry, bool) {
	e := old
	// The statuses, each with the state it puts the risk in: the account
	// says the state ("open — planned"), the prompt the status.
	for i, s := range flow.Statuses() {
		p.say("  %d. %s (the risk is %s)", i+1, s, classify.StateOf(s))
	}
	// The refusal says what an empty line does as the prompt says it.
	empty := "an empty line skips this risk: no entry"
	prompt := "Status (1-" + strconv.Itoa(len(flow.Statuses())) + "; " + empty + "):"
	if old.Status != "" {
		empty = removeMark + " takes the entry out; an empty line leaves the whole entry as it is"
		prompt = "Status (1-" + strconv.Itoa(len(flow.Statuses())) + "; now: " + string(old.Status) + "; " + empty + "):"
	}
	status, ok := p.askValue(prompt, "the status of "+risk, empty, func(text string) (string, error) {
		if old.Status != "" && strings.EqualFold(text, removeMark) {
			return removeMark, nil
		}
		s, err := flow.ParseStatus(text)
		return string(s), err
	})
	if !ok || status == "" {
		return e, false
	}
	if status == removeMark {
		return model.RegisterEntry{Risk: old.Risk, Status: removeMark}, true
	}
	e.Status = model.MitigationStatus(status)
	for _, fd := range flow.Fields() {
		required := fd.Required(&e)
		for tries := 0; tries < plainTries && !p.eof; tries++ {
			prompt, empty := fieldPrompt(fd, fd.Get(&e), required)
			if fd == flow.Due && e.Overdue(p.today) {
				prompt = strings.Replace(prompt, "now: "+string(e.Due), "now: "+string(e.Due)+", overdue", 1)
			}
			v, _ := p.askValue(prompt, "the "+fieldWords(fd)+" of "+risk, empty, func(text string) (string, error) {
				if text == clearMark {
					return clearMark, nil
				}
				x := e
				err := fd.Set(&x, text)
				return fd.Get(&x), err
			})
			switch v {
			case "":
			case clearMark:
				_ = fd.Set(&e, "")
			default:
				_ = fd.Set(&e, v) // checked as it was asked
			}
			if fd != flow.Note {
				break
			}
			err := e.Check()
			if err == nil {
				return e, true
			}
			p.say("%s.", err)
		}
		if fd == flow.Due && e.Due != "" && e.Overdue(p.today) {
			p.say("  %s is already past on %s: the entry is kept, and overdue.", e.Due, p.today)
		}
	}
	// The input ended on the way: what was given is kept, if it may be.
	return e, e.Check() == nil
}

// fieldWords names an entry's text field where a refused line is named.
func fieldWords(fd flow.Field) string {
	switch fd {
	case flow.Owner:
		return "owner"
	case flow.Due:
		return "due date"
	}
	return "note"
}

// fieldPrompt is the prompt of an entry's text field holding now, and what
// an empty line does there.
func fieldPrompt(fd flow.Field, now string, required bool) (prompt, empty string) {
	name := fieldNames[fd]
	if required {
		name = "Note: why does the risk need no measures? (required for not-needed"
	}
	if now == "" {
		empty = "an empty line leaves none"
		if required {
			return name + "):", "a note must be given"
		}
		return name + "; " + empty + "):", empty
	}
	return fmt.Sprintf("%s; now: %s; an empty line keeps it, %s clears it):", name, oneLine(now), clearMark), "an empty line keeps it"
}

// askValue asks one line until check accepts it (an empty line is always
// accepted, as nothing); check nil takes any text. empty says what an empty
// line does, when an answer is refused; to names the prompt where a refused
// piped line is named. ok is false when the input ended
// or every try was refused.
func (p *plainQuestionnaire) askValue(prompt, to, empty string, check func(string) (string, error)) (string, bool) {
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
		p.refuse(text, to, strings.TrimSuffix(err.Error(), ".")+". Try again; "+empty+".")
		if p.eof {
			break
		}
	}
	p.giveUp()
	return "", false
}

// askStale offers each stale entry of the walk's activity — its risk no
// longer fires on the answers as they are — to be kept (in case the facts
// change back) or removed, as the register screen lists them apart and d
// takes one out. An empty line keeps it.
func (p *plainQuestionnaire) askStale(w *plainWalk) {
	if w.reg == nil || p.eof {
		return
	}
	stale := p.rb.ClassifyOn(w.a, p.today).Stale
	for i, e := range stale {
		if p.eof {
			return
		}
		title := p.riskName(e.Risk)
		p.say("")
		p.say("Stale entry %d of %d: %s. Its risk no longer fires on the answers as they are; it is kept in case the facts change back.", i+1, len(stale), title)
		p.say("  Now: %s.", entryText(&classify.Mitigation{Entry: e}))
		answer, ok := p.askValue("Keep or remove it? (keep, or "+removeMark+" takes it out; an empty line keeps it):",
			"stale entry "+strconv.Itoa(i+1)+" of "+strconv.Itoa(len(stale)), "an empty line keeps it",
			func(text string) (string, error) {
				switch t := strings.ToLower(text); t {
				case "keep", removeMark:
					return t, nil
				}
				return "", fmt.Errorf("%q is neither keep nor %s", text, removeMark)
			})
		if ok && answer == removeMark {
			p.removeEntry(w, e.Risk, "it is out of the register")
			continue
		}
		if ok || !p.eof {
			p.say("  Kept, stale.")
		}
	}
}
