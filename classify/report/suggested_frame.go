package report

import (
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// IfSuggestedLead frames a reason or a risk's sentence that rests on
// answers only suggested: the rulebook writes its conclusions ("so it is no
// peacekeeping protection task") as facts, and they hold only if those
// answers do. Every view of a draft says it in these words. It stands
// apart in brackets so that the sentence after it keeps its own first
// word as the rulebook wrote it ("(if the answers marked ~ hold) ~
// Communities place…"), capital or not.
const IfSuggestedLead = "(if the answers marked ~ hold) "

// TierReason is why r has its tier, framed by IfSuggestedLead after its
// label where the tier rests on answers only suggested
// (classify.Result.TierOnSuggested); the label is then marked as the
// verdict marks the tier ("~Tier 3 (…): ", VerdictTier).
func TierReason(r *classify.Result) string {
	if !r.TierOnSuggested {
		return r.Policy.Reason
	}
	label := ""
	if r.Policy.Info != nil {
		label = "Tier " + strconv.Itoa(int(r.Tier)) + " (" + r.Policy.Info.Title + "): "
	}
	return markedLabel(ifSuggestedHold(r.Policy.Reason, label), label)
}

// AgendaReason is why r has its agenda, framed by IfSuggestedLead after its
// label where the agenda rests on answers only suggested
// (classify.Result.AgendaOnSuggested); the label is then marked as the
// verdict marks the agenda ("~SSR only: ", VerdictAgenda).
func AgendaReason(r *classify.Result) string {
	if !r.AgendaOnSuggested {
		return r.Narrow.Reason
	}
	label := AgendaLabel(&r.Narrow) + ": "
	return markedLabel(ifSuggestedHold(r.Narrow.Reason, label), label)
}

// markedLabel is framed, a reason on suggested answers, with its label
// marked "~" (ReadingMark) where it starts with it: the tier or agenda it
// names is no more certain there than in the verdict.
func markedLabel(framed, label string) string {
	if label == "" || !strings.HasPrefix(framed, label) {
		return framed
	}
	return ReadingMark(true) + framed
}

// RiskWhy is the risk's sentence, marked "~" (classify.Risk.MarkedWhy) and
// framed by IfSuggestedLead where the risk fires only on answers only
// suggested (classify.Risk.OnSuggested).
func RiskWhy(k *classify.Risk) string {
	if !k.OnSuggested {
		return k.Why
	}
	return ifSuggestedHold(k.MarkedWhy(), "")
}

// ifSuggestedHold is sentence framed by IfSuggestedLead: after its label,
// where it starts with it, else at its start.
func ifSuggestedHold(sentence, label string) string {
	rest, ok := strings.CutPrefix(sentence, label)
	if !ok {
		label, rest = "", sentence
	}
	return label + IfSuggestedLead + rest
}
