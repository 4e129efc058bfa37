package report

import (
	"strconv"

	"github.com/pocssr/pocssr/classify"
)

// NoTierYet is how every screen and every briefing says that an activity
// has no tier yet: the facts that place it are not all known. It is said
// one way, "yet" telling a planner that answers still to come will place
// it; it read "-", "tier undetermined", "Tier — undetermined" and "none"
// before, one screen to the next. The agenda not yet known is the
// rulebook's title of its undetermined agenda ("No agenda yet"), said the
// same way.
const NoTierYet = "No tier yet"

// TierWords is a tier as a verdict names it: "T1".."T3", or NoTierYet.
func TierWords(t classify.Tier) string {
	if t == 0 {
		return NoTierYet
	}
	return "T" + strconv.Itoa(int(t))
}
