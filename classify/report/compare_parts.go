package report

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
)

// The parts of the comparison that a screen draws in its own layout, worded
// as the text report words them, so that the terminal and the report name a
// pair, a verdict and a shift alike.

// CompareRefs is "old ref → new ref", a dash for an absent side.
func CompareRefs(p *compare.Pair) string { return refPair(p) }

// CompareTitle is the title of a pair's new task, else of its old one.
func CompareTitle(p *compare.Pair) string { return pairTitle(p) }

// CompareChange names a pair's change, with "moved" when its reference did.
func CompareChange(p *compare.Pair) string { return changeText(p) }

// CompareVerdict is a pair's verdicts old → new, naming what moved.
func CompareVerdict(p *compare.Pair) string { return verdictLine(p) }

// CompareVerdictOf is one side's verdict: "tier 2, poc-only", "none" when
// the side is absent.
func CompareVerdictOf(r *classify.Result) string { return verdictText(r) }

// CompareShiftLines says what moved in a pair's verdicts besides the tier
// and the agenda: risks raised, cleared or regraded, questions opened or
// closed; one line each.
func CompareShiftLines(p *compare.Pair) []string { return shiftLines(p) }

// CompareCount sums up a comparison's pairs in one line.
func CompareCount(c *compare.Comparison) string { return countLine(c) }

// CompareSideLine names one mandate: document, mission, activities, file.
func CompareSideLine(m *compare.Mandate) string { return sideLine(m) }

// CompareGridTiers are the rows of a tier × agenda grid, 0 for no tier yet.
func CompareGridTiers() []classify.Tier { return append([]classify.Tier(nil), gridTiers...) }

// CompareGridRow names a row of the grid: "Tier 2", "No tier yet".
func CompareGridRow(t classify.Tier) string { return gridRowLabel(t) }
