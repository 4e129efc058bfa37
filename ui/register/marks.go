package register

import (
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// severityCell is a row's severity as the Severity column gives it: "~low"
// where the risk fires only on answers the draft's words suggested and
// nobody has confirmed (classify.Risk.OnSuggested), as the worksheet's Risk
// column and the briefing mark it; "stale" for an entry whose risk no longer
// fires, which has no severity. The register said a plain "low" where
// every other screen said "~low".
func severityCell(r *session.RegisterRow) string {
	switch {
	case r.Stale:
		return "stale"
	case r.Risk.OnSuggested:
		return "~" + string(r.Risk.Severity)
	}
	return string(r.Risk.Severity)
}

// GlossaryOf heads the marks of the list on the register's help screen.
func (s *Screen) GlossaryOf() string { return "Marks in the list" }

// Terms explain the "~" of a severity where a row carries one.
func (s *Screen) Terms() []component.Term {
	for i := range s.all {
		if r := &s.all[i]; !r.Stale && r.Risk.OnSuggested {
			return []component.Term{{Word: "~ before a severity (~low)",
				Meaning: "the risk fires only on answers the draft's words suggested and nobody has confirmed yet, as the worksheet marks it; confirming them in the questionnaire, or reviewing the draft, takes the ~ away."}}
		}
	}
	return nil
}
