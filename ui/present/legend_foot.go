package present

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The legend's foot is the last cells of its last column: which page is in
// view ("(10–18 of 33)") where the activities take more than one page, and,
// where a title of the page is cut ("…", by the column or by the import),
// the key that shows it whole once selected (legendNote). At 80 columns the
// legend cut titles with no key on screen that showed them: only the
// selected line named "?", and only for the selected title.

// legendNote is what the foot says where a title of the page is cut: ? on
// the board gives the selected title whole where any line of the board cut
// it (WholeText). Beside the page count it says so in fewer words
// (legendNoteShort), so that both share the one cell of 80 columns.
const (
	legendNote      = "  …: ? shows the selected title whole"
	legendNoteShort = "  …: ? whole when selected"
)

// legendPage is how many activities a page of the legend lists (legend):
// pgdn and pgup move the selection by as many, to the next or the previous
// page. The cells of the foot are kept free on every page.
func (p *Screen) legendPage() int {
	capacity := p.legendRows() * max(1, p.legendCols)
	reserve := 0
	for {
		need := p.footCells(p.ctx.Sheet.Len() > capacity-reserve)
		if need <= reserve {
			break
		}
		reserve = need
	}
	return max(1, capacity-reserve)
}

// footCells is how many cells of the last column the foot takes: none
// where nothing pages and no title is cut, two where the page count and
// the note do not fit side by side in one column, else one.
func (p *Screen) footCells(paging bool) int {
	colW := p.legendColWidth()
	noted := p.titlesCut(colW)
	switch {
	case !paging && !noted:
		return 0
	case paging && noted && p.legendRows() > 1 && ansi.StringWidth(legendNoteShort)+ansi.StringWidth(pageCount(p.ctx.Sheet.Len(), p.ctx.Sheet.Len(), p.ctx.Sheet.Len()))-1 > colW:
		return 2
	}
	return 1
}

// legendColWidth is the width of a column of the legend.
func (p *Screen) legendColWidth() int { return p.width / max(1, p.legendCols) }

// titlesCut reports whether a column colW wide cuts some title of the
// worksheet, or shows one the import shortened: the widest title decides.
func (p *Screen) titlesCut(colW int) bool {
	return p.shortened || legendCellChrome+p.drawings.labelWidth()+p.titleWidth > colW-1
}

// cutInLegend reports whether the legend, in a column colW wide, shows
// activity i's title cut, or shortened by the import.
func (p *Screen) cutInLegend(i, colW int) bool {
	k := p.rows[i]
	return k.shortened || legendCellChrome+p.drawings.labelWidth()+k.titleWidth > colW-1
}

// footParts are the words of the foot of the page of n activities from
// first, in columns colW wide: the note where one of its titles is cut,
// and the page count where the activities take more than one page ("" for
// either that is not said).
func (p *Screen) footParts(first, n, page, colW int) (note, count string) {
	st := p.ctx.Styles
	if s := p.ctx.Sheet; s.Len() > page {
		count = pageCount(first+1, first+n, s.Len())
	}
	for i := first; i < first+n; i++ {
		if p.cutInLegend(i, colW) {
			words := legendNote
			if count != "" {
				words, count = legendNoteShort, count[1:] // one space apart
			}
			// The key stands out, as in the line of keys.
			before, after, _ := strings.Cut(words, "?")
			note = st.Muted.Render(before) + st.Key.Render("?") + st.Muted.Render(after)
			break
		}
	}
	if count != "" {
		count = st.Muted.Render(count)
	}
	return note, count
}

// pageCount says which activities of how many a page of the legend lists,
// two spaces apart from what stands before it.
func pageCount(from, to, of int) string { return fmt.Sprintf("  (%d–%d of %d)", from, to, of) }
