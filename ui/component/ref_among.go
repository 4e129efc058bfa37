package component

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// RefCellAmong is RefCell for a column whose rows name refs: where ref is
// too long for w cells, the document's number stays whole, as it is what
// tells two mandates apart, and the paragraph is cut in its middle
// ("1861·7…(ii)"), its number and its last parts kept. Where that cannot
// be done, the document's number is cut at its start ("…61·7(a)(ii)"), else
// the paragraph's number gives way ("1861·…(iii)"), else it is cut as
// RefCell cuts it. No cut is taken that would read as another row's
// reference: "1542·7…(a)" stands for 7.I(a) as well as 7.III(a), so it is
// passed over where the column holds both.
func RefCellAmong(ref string, w int, refs []string) string {
	ref = report.OneLine(ref)
	if w <= 1 || ansi.StringWidth(ref) <= w {
		return RefCell(ref, w)
	}
	doc, para, several := strings.Cut(ref, model.RefSep)
	if several && doc != "" {
		lead := doc + model.RefSep + paragraphNumber(para)
		for _, tail := range paragraphTails(para) {
			cut := lead + "…" + tail
			if lead+tail != ref && ansi.StringWidth(cut) <= w && readsAsNoOther(cut, ref, refs) {
				return cut
			}
		}
		room := w - 1 - ansi.StringWidth(model.RefSep+para)
		for n := room; n > 0; n-- {
			cut := "…" + lastCells(doc, n) + model.RefSep + para
			if readsAsNoOther(cut, ref, refs) {
				return cut
			}
		}
		for _, tail := range paragraphTails(para) {
			cut := doc + model.RefSep + "…" + tail
			if ansi.StringWidth(cut) <= w && readsAsNoOther(cut, ref, refs) {
				return cut
			}
		}
	}
	return RefCell(ref, w)
}

// paragraphNumber is a paragraph's leading number ("7" of "7.III(a)",
// "12" of "12(a)(ii)").
func paragraphNumber(para string) string {
	if i := strings.IndexAny(para, "(."); i > 0 {
		return para[:i]
	}
	return para
}

// paragraphTails are a paragraph's last parts, each whole, the longest
// first: "(a)(ii)", "(ii)" of "7(a)(ii)"; ".III(a)", "(a)" of "7.III(a)".
func paragraphTails(para string) []string {
	var tails []string
	for i, r := range para {
		if (r == '(' || r == '.') && i > 0 {
			tails = append(tails, para[i:])
		}
	}
	return tails
}

// readsAsNoOther says whether cut, ref with "…" standing for what it
// leaves out, could be read as none of refs but ref itself.
func readsAsNoOther(cut, ref string, refs []string) bool {
	pre, suf, _ := strings.Cut(cut, "…")
	for _, other := range refs {
		other = report.OneLine(other)
		if other != ref && len(other) >= len(pre)+len(suf) &&
			strings.HasPrefix(other, pre) && strings.HasSuffix(other, suf) {
			return false
		}
	}
	return true
}
