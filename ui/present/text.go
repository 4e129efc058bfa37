package present

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

func factName(f model.Fact) string { return report.FactName(f) }

func place2015(rb *classify.Rulebook, r *classify.Result) (rune, string) {
	return component.Place2015(rb, r)
}

type (
	scrollKeys = component.ScrollKeys
	globalKeys = component.GlobalKeys
)

// titleIn is an activity's title in w cells: where it is too long and ends
// in a parenthesis (a year, a place), the parenthesis is left out first,
// whole, so that no cut leaves half of it ("(2…"); a title cut ends in "…"
// all the same, so no cut is silent.
func titleIn(title string, w int) string {
	if ansi.StringWidth(title) <= w {
		return title
	}
	if open := strings.LastIndex(title, " ("); open > 0 && strings.HasSuffix(title, ")") {
		if short := title[:open] + " …"; ansi.StringWidth(short) <= w {
			return short
		}
	}
	return component.Cut(title, w)
}

// draftMark marks an activity not yet reviewed (imported or suggested), as
// the worksheet does, before its title where no cut hides it: the room
// should know a draft is not a settled case.
func draftMark(a *model.Activity) string { return component.DraftMark(a) }

// shownTitle is a's title on one line, "~" before it where it opens with
// the topic of a kind only suggested (component.TopicMark), as the board
// marks a place only suggested: the room should know the topic is the
// reading's guess.
func shownTitle(ctx *component.Context, a *model.Activity) string {
	return component.TopicMark(ctx.Sheet.Verdict(a).TopicOnSuggested) + report.OneLine(a.Title)
}
