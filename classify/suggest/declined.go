package suggest

import (
	"slices"
	"strings"
)

// purposeDeclined is why a kind named in a clause of the scope so named
// (one that says what the activity is for) is not suggested: the scope's
// name follows where the reason's words do not say it already ("named as
// a purpose (framing)"), never the same word twice ("named as a purpose
// (purpose)").
func purposeDeclined(scope string) string {
	reason := "named as a purpose"
	if scope != "" && !slices.Contains(strings.Fields(reason), scope) {
		reason += " (" + scope + ")"
	}
	return reason + ", not as what the activity does"
}
