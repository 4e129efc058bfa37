package component

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/model"
)

// KeptNote says what saving the ticks of a list did where its answer was
// only suggested by the words (read): the answer (now) is the planner's,
// and how many of the suggested values it kept, and added. Unticking one
// suggested kind of three made the other two the planner's answer without
// a word. Its text is the first wording that fits w cells (0: any), the
// help (?) giving the whole; the plain prompts say the whole.
func KeptNote(f model.Fact, read, now model.Value, w int) Status {
	kept, added := 0, 0
	for _, v := range now.Set {
		if slices.Contains(read.Set, v) {
			kept++
		} else {
			added++
		}
	}
	name := FactName(f)
	name = strings.ToUpper(name[:1]) + name[1:]
	counts := fmt.Sprintf("%d of %d suggested %s kept", kept, len(read.Set), valuesWord(len(read.Set)))
	if added > 0 {
		counts += fmt.Sprintf(", %d added", added)
	}
	whole := fmt.Sprintf("%s: your answer now (%s).", name, counts)
	st := Status{Text: whole, Full: whole}
	if w <= 0 || ansi.StringWidth(whole) <= w {
		return st
	}
	for _, text := range []string{
		fmt.Sprintf("%s: yours now (%d of %d suggested kept) (?)", name, kept, len(read.Set)),
		name + ": your answer now (?)",
	} {
		if ansi.StringWidth(text) <= w {
			st.Text = text
			return st
		}
	}
	st.Text = Cut(name+": your answer now (?)", w)
	return st
}

// valuesWord is "value" or "values", as n needs, the word the questionnaire's
// hint uses for what a list holds ("the ticked values").
func valuesWord(n int) string {
	if n == 1 {
		return "value"
	}
	return "values"
}

// SuggestedLegend says what "~" marks on a list whose answer the words
// suggested: each value they suggested, ticked or not; the screens and the
// plain prompts say it alike.
const SuggestedLegend = "~ suggested by the text"

// ShortenedTitleNote says of a title the import shortened (it ends in "…",
// suggest.ShortenedTitle) where its words are whole: the activity's screen
// says it under the title, and the questionnaire's help under its Source
// text, alike.
const ShortenedTitleNote = "Title shortened on import: the paragraph is whole under Source text"
