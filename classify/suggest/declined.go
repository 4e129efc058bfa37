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
	return "named as " + PurposeName(scope) + ", not as what the activity does"
}

// PurposeName is "a purpose", followed by the name of the scope where the
// words do not say it already: "a purpose (framing)", never "a purpose
// (purpose)".
func PurposeName(scope string) string {
	name := "a purpose"
	if scope != "" && !slices.Contains(strings.Fields(name), scope) {
		name += " (" + scope + ")"
	}
	return name
}
