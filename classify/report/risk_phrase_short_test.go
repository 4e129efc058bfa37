package report

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// The short form of the risks' words keeps what the long form says of the
// risks on suggested answers: at 80 columns the presentation read "3 risks
// (critical)" where 200 columns read "3 risks (2 ~), the most serious
// critical", stating as found two risks only suggested.
func TestRiskPhraseShortKeepsTheSuggestedCount(t *testing.T) {
	plain := func(_ classify.Severity, s string) string { return s }
	risk := func(s classify.Severity, suggested bool) classify.Risk {
		return classify.Risk{Severity: s, OnSuggested: suggested}
	}
	for _, c := range []struct {
		risks       []classify.Risk
		long, short string
	}{
		{nil, "no risk found", "no risk found"},
		{[]classify.Risk{risk(classify.Critical, false), risk(classify.High, false)},
			"2 risks, the most serious critical", "2 risks (critical)"},
		{[]classify.Risk{risk(classify.Critical, false), risk(classify.High, true), risk(classify.Low, true)},
			"3 risks (2 ~), the most serious critical", "3 risks (2 ~; critical)"},
		{[]classify.Risk{risk(classify.Critical, true)},
			"1 risk (1 ~), the most serious ~critical", "1 risk (1 ~; ~critical)"},
	} {
		r := &classify.Result{Risks: c.risks}
		if got := RiskPhrase(r, plain); got != c.long {
			t.Errorf("RiskPhrase = %q, want %q", got, c.long)
		}
		if got := RiskPhraseShort(r, plain); got != c.short {
			t.Errorf("RiskPhraseShort = %q, want %q", got, c.short)
		}
	}
}
