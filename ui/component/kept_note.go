package component

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// KeptNote says what saving the ticks of a list did where its answer was
// only suggested by the words (read): the answer (now) is the planner's,
// and how many of the suggested values it kept, and added. Unticking one
// suggested kind of three made the other two the planner's answer without
// a word. Its text is the first wording that fits w cells (0: any), the
// help (?) giving the whole; the plain prompts say the whole.
func KeptNote(f model.Fact, read, now model.Value, w int) Status {
	wordings := keptWordings(f, read, now)
	whole := wordings[0] + "."
	st := Status{Text: whole, Full: whole}
	if w <= 0 || ansi.StringWidth(whole) <= w {
		return st
	}
	for _, text := range wordings[1:] {
		if text += " (?)"; ansi.StringWidth(text) <= w {
			st.Text = text
			return st
		}
	}
	st.Text = Cut(wordings[len(wordings)-1]+" (?)", w)
	return st
}

// keptWordings are the wordings of KeptNote, the whole first, with no
// closing stop.
func keptWordings(f model.Fact, read, now model.Value) []string {
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
	return []string{
		fmt.Sprintf("%s: your answer now (%s)", name, counts),
		fmt.Sprintf("%s: yours now (%d of %d suggested kept)", name, kept, len(read.Set)),
		name + ": your answer now",
	}
}

// AcceptFromQuestionnaire are the keys that accept a draft left from the
// questionnaire: R opens the review of the drafts, a accepts one.
const AcceptFromQuestionnaire = "R, a"

// KeptOnLeaving is the note of leaving a draft (UnkeptNote: the answers
// confirmed in it are kept for this run only) where the leave also saved
// the ticks of a list whose answer was suggested: KeptNote first, as enter
// and →/← say it, for the planner learns what leaving saved, then the
// draft's note. Where both do not fit w cells the draft's gives way to
// "still a draft", and the help (?) shows both whole.
func KeptOnLeaving(f model.Fact, read, now model.Value, unkept, changed, pending, w int) Status {
	return onLeaving(keptWordings(f, read, now), unkept, changed, pending, w)
}

// UntickedNote says what saving a list whose answer the words suggested
// (read) did where the planner unticked every value: the answer is not
// known, nothing was confirmed, and the activity stays a draft until the
// question is answered. Its text is the first wording that fits w cells,
// the help (?) giving the whole.
func UntickedNote(f model.Fact, read model.Value, w int) Status {
	wordings := untickedWordings(f, read)
	whole := wordings[0] + "; still a draft until " + FactName(f) + " is answered."
	st := Status{Text: whole, Full: whole}
	if w <= 0 || ansi.StringWidth(whole) <= w {
		return st
	}
	for _, text := range wordings {
		if text += "; still a draft (?)."; ansi.StringWidth(text) <= w {
			st.Text = text
			return st
		}
	}
	st.Text = Cut(wordings[len(wordings)-1]+"; still a draft (?).", w)
	return st
}

// UntickedOnLeaving is UntickedNote on leaving a draft that holds answers
// confirmed in this run (unkept): both are said, as KeptOnLeaving says
// them.
func UntickedOnLeaving(f model.Fact, read model.Value, unkept, changed, pending, w int) Status {
	return onLeaving(untickedWordings(f, read), unkept, changed, pending, w)
}

// untickedWordings are the wordings of UntickedNote, the whole first,
// with no closing stop.
func untickedWordings(f model.Fact, read model.Value) []string {
	name := FactName(f)
	name = strings.ToUpper(name[:1]) + name[1:]
	n := len(read.Set)
	return []string{
		fmt.Sprintf("%s: not known now (the %s unticked, none ticked)", name, Plural(n, "suggested value", "suggested values")),
		fmt.Sprintf("%s: not known now (suggestion unticked)", name),
		name + ": not known now",
	}
}

// onLeaving is KeptOnLeaving with the wordings of what leaving saved.
func onLeaving(wordings []string, unkept, changed, pending, w int) Status {
	var leads []string
	for _, k := range wordings {
		leads = append(leads, k+". Draft: ")
	}
	st, fit := unkeptNote(wordings[0]+". Still a draft. ", leads, AcceptFromQuestionnaire, unkept, changed, pending, w)
	if fit {
		return st
	}
	for _, k := range wordings {
		if text := k + "; still a draft (?)."; ansi.StringWidth(text) <= w {
			st.Text = text
			return st
		}
	}
	st.Text = Cut(wordings[len(wordings)-1]+"; still a draft (?).", w)
	return st
}

// TicksBecomeAnswer says what enter does on a list whose answer the words
// suggested: the hint under the list says it, and the line of the
// suggestion once the ticks have changed, where enter no longer accepts
// the suggestion as it was.
const TicksBecomeAnswer = "enter: the ticked values become your answer"

// TicksNote says, while the planner's ticks on a list whose answer the
// words suggested differ from that suggestion and are not yet saved, whose
// they are and what leaving does with them: the live verdict rests on
// them, not on a suggestion ("kinds: your ticks, saved on leaving"); with
// nothing ticked, leaving saves no answer. Not yet confirmed, as the
// suggested answers are: the heading counts them together.
func TicksNote(f model.Fact, none bool) string {
	if none {
		return FactName(f) + ": nothing ticked, not known on leaving"
	}
	return FactName(f) + ": your ticks, not yet confirmed, saved on leaving"
}

// NarrowedNote says what leaving a list whose answer the words suggested
// did where the planner only unticked n of its values and did not confirm
// the question: the values left are still suggested ("~"), to confirm with
// enter on the question; the draft stays a draft. Its text is the first
// wording that fits w cells (0: any), the help (?) giving the whole.
func NarrowedNote(f model.Fact, n, w int) Status {
	name := FactName(f)
	name = strings.ToUpper(name[:1]) + name[1:]
	whole := fmt.Sprintf("%s: %d unticked; the rest still suggested (~), not confirmed: enter on the question confirms them. Still a draft.", name, n)
	st := Status{Text: whole, Full: whole}
	if w <= 0 || ansi.StringWidth(whole) <= w {
		return st
	}
	for _, text := range []string{
		fmt.Sprintf("%s: %d unticked; the rest still suggested (~); still a draft (?)", name, n),
		fmt.Sprintf("%s: %d unticked; the rest still suggested (?)", name, n),
	} {
		if ansi.StringWidth(text) <= w {
			st.Text = text
			return st
		}
	}
	st.Text = Cut(fmt.Sprintf("%s: %d unticked; the rest still suggested", name, n), w-len(" (?)")) + " (?)"
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

// ShortenedTitleNote says of a title the import shortened, ending in sign
// (suggest.ShortenedTitleSign), what the briefing says of such titles
// (report.ImportedTitleNote), with the place its paragraph is whole on the
// screen: the Source text below the title. The activity's screen says it
// under the title, and the helps of the questionnaire, the review and the
// presentation before the Source text, alike.
func ShortenedTitleNote(sign string) string {
	return report.ImportedTitleNote([]string{sign}, "the Source text below")
}

// TitleWhole is what the help gives of a title a heading cut or the import
// shortened: the title, and for one the import shortened (ending in sign,
// "" for none) the note that says so and the paragraph (source) it was cut
// from, whole; name heads it ("The title", "The title and its paragraph").
// The questionnaire, the presentation's board and its walk-through give it
// alike.
func TitleWhole(title, source, sign string) (name, text string) {
	if sign == "" {
		return "The title", title
	}
	return "The title and its paragraph", title + "\n" + ShortenedTitleNote(sign) + ".\nSource text: " + source
}
