package report

import "github.com/pocssr/pocssr/classify"

// SuggestedChangedHeading heads the list of the findings the drafts'
// suggested answers change, wherever the findings are shown.
const SuggestedChangedHeading = "Changed by suggested answers (~)"

// SuggestedChangeText says, in one line, which finding the drafts'
// suggested answers change and how, naming the drafts as drafts says
// (their refs, numbers or titles, as the place that shows it names
// activities): "~ The plan builds … — army: cleared by the suggested
// answers of 2024·1(b): confirm them in the review".
func SuggestedChangeText(c *classify.SuggestedChange, drafts string) string {
	return "~ " + c.Rule.Title + " — " + c.ForceLabel + ": " + suggestedVerb(c) +
		" by the suggested answers of " + drafts + ": confirm them in the review"
}

// suggestedVerb is what the suggested answers did to the finding.
func suggestedVerb(c *classify.SuggestedChange) string {
	switch {
	case c.Now == "":
		return "cleared"
	case c.Now == classify.FindingFires:
		return "raised"
	case c.Without == classify.FindingFires:
		return "held open (it fires without them)"
	}
	return "raised and held open"
}

// SuggestedCount marks a count the drafts' suggested answers change: "1
// held open" becomes "1 held open (~)".
func SuggestedCount(count string, changed bool) string {
	if changed {
		return count + " (~)"
	}
	return count
}
