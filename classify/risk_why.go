package classify

import "strings"

// MarkedWhy is the risk's sentence, marked "~" where the risk rests on
// answers only suggested (OnSuggested). The sentence marks each value only
// suggested itself: one that opens with such a value ("~ operational
// training is reform work…") already opens with the mark, which is not
// added again ("~ ~" said it twice).
func (k *Risk) MarkedWhy() string {
	if k.OnSuggested && !strings.HasPrefix(k.Why, SuggestedMark(true)) {
		return SuggestedMark(true) + k.Why
	}
	return k.Why
}
