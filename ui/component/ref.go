package component

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// RefCell is an activity's reference as a Ref column shows it, the one the
// briefing gives ("11(iii)", "1923·11(iii)", "#4"), in at most w cells (the
// account shows it whole). A reference too long is cut at its start, where
// "…" then stands, never at its end: the document's number goes first
// ("…23·11(iii)", then "…11(iii)"), then the paragraph's first parts, each
// whole ("…(iii)"), so that a cut reference never reads as another. "1923·11(ii…", cut at its end, read as
// 1923·11(ii) with something after it, right under the real one.
func RefCell(ref string, w int) string {
	ref = report.OneLine(ref)
	switch {
	case w <= 0:
		return ""
	case ansi.StringWidth(ref) <= w:
		return ref
	case w == 1:
		return "…"
	}
	doc, para, several := strings.Cut(ref, model.RefSep)
	if !several {
		doc, para = "", ref
	}
	room := w - 1 - ansi.StringWidth(para) // beside "…" and the whole paragraph
	sep := ansi.StringWidth(model.RefSep)
	switch {
	case several && room > sep && doc != "":
		return "…" + lastCells(doc, room-sep) + model.RefSep + para
	case room >= 0:
		return "…" + para
	}
	// The paragraph alone is too long: its last parts that fit, each
	// whole ("…(iii)(b)"), never a part cut into ("…1(iii)" read as 1(iii)).
	for i, r := range para {
		if r == '(' && i > 0 && ansi.StringWidth(para[i:]) <= w-1 {
			return "…" + para[i:]
		}
	}
	return Cut(para, w)
}

// lastCells is the end of s that takes at most w cells.
func lastCells(s string, w int) string {
	r := []rune(s)
	i := len(r)
	for i > 0 && ansi.StringWidth(string(r[i-1:])) <= w {
		i--
	}
	return string(r[i:])
}

// RefWidth is how wide a source's reference is, as RefCell shows it uncut.
func RefWidth(ref string) int { return ansi.StringWidth(report.OneLine(ref)) }
