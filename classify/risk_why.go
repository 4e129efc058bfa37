package classify

import "strings"

// MarkedWhy is the risk's sentence, marked "~" where the risk rests on
// answers only suggested (OnSuggested). The sentence marks each value only
// suggested itself ("~ operational training is reform work…"), so the
// mark before it is added only where the sentence has none: "~ ~" said it
// twice.
func (k *Risk) MarkedWhy() string {
	if k.OnSuggested && !strings.Contains(k.Why, SuggestedMark(true)) {
		return SuggestedMark(true) + k.Why
	}
	return k.Why
}
