package present

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// The measuring and cutting of text every screen shares lives in
// ui/component; these names keep the presentation's drawing short.

// oneLine is text read from a file, safe for the terminal and on one line.
func oneLine(s string) string { return report.OneLine(s) }

func fit(s string, w int) string                     { return component.Fit(s, w) }
func cut(s string, w int) string                     { return component.Cut(s, w) }
func wrap(s string, w int) []string                  { return component.Wrap(s, w) }
func wrapIndent(prefix, text string, w int) []string { return component.WrapIndent(prefix, text, w) }
func block(s string, w, h int) string                { return component.Block(s, w, h) }
func plural(n int, one, many string) string          { return component.Plural(n, one, many) }
func severityTag(s classify.Severity) string         { return component.SeverityTag(s) }
func lowerFirst(s string) string                     { return component.LowerFirst(s) }
func paragraphRef(ref string) string                 { return component.ParagraphRef(ref) }
func factName(f model.Fact) string                   { return report.FactName(f) }

func place2015(rb *classify.Rulebook, r *classify.Result) (rune, string) {
	return component.Place2015(rb, r)
}
func placeNarrow(r *classify.Result) (rune, string) { return component.PlaceNarrow(r) }

func bind(keys []string, k, desc string) key.Binding { return component.Bind(keys, k, desc) }

type (
	scrollKeys = component.ScrollKeys
	globalKeys = component.GlobalKeys
)

// titleIn is an activity's title in w cells: where it is too long and ends
// in a parenthesis (a year, a place), the parenthesis is left out first,
// whole, so that no cut leaves half of it ("(2…").
func titleIn(title string, w int) string {
	if ansi.StringWidth(title) <= w {
		return title
	}
	if open := strings.LastIndex(title, " ("); open > 0 && strings.HasSuffix(title, ")") {
		return cut(title[:open], w)
	}
	return cut(title, w)
}
