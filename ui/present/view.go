package present

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// View draws the part of the presentation in front over the whole terminal.
func (p *Screen) View() string {
	if p.width <= 0 {
		return ""
	}
	switch p.mode {
	case accountMode:
		return p.accountView()
	case walkMode:
		if p.walk != nil {
			return p.walk.View()
		}
	}
	return p.boardView()
}

// hint is the one line of keys at the foot of the presentation.
func (p *Screen) hint() string {
	st := p.ctx.Styles
	var parts []string
	for _, b := range p.ShortHelp() {
		parts = append(parts, st.Key.Render(b.Help().Key)+" "+st.Muted.Render(b.Help().Desc))
	}
	// "? keys" stays in view: the hint drops its last other keys first,
	// and "…" before "? keys" says some gave way (at 80 columns the board
	// dropped "q quit" without a sign).
	// Where the board counts markers it cannot draw ("+19"), the help lists
	// what each count takes in, and "?" says so.
	keys := "keys"
	if p.mode == boardMode && !p.pending && p.counts() {
		keys = keysAndCounts
	}
	help := []string{st.Key.Render("?") + " " + st.Muted.Render(keys)}
	sep := st.Muted.Render(" · ")
	for len(parts) > 1 && ansi.StringWidth(strings.Join(append(parts, help...), sep)) > p.width {
		parts = parts[:len(parts)-1]
		help = []string{st.Muted.Render(keysGone), help[len(help)-1]}
	}
	return component.Fit(strings.Join(append(parts, help...), sep), p.width)
}

// keysAndCounts is what "?" offers on a board that counts markers it
// cannot draw.
const keysAndCounts = "keys and what the counts hold"

// keysGone stands before "? keys" where keys of the line gave way: the help
// lists them.
const keysGone = "…"

func (p *Screen) boardView() string {
	p.rebuild()
	st := p.ctx.Styles
	s := p.ctx.Sheet
	w := p.width
	title := report.OneLine(s.Worksheet().Mission)
	if title == "" {
		title = "Worksheet"
	}
	out := make([]string, 0, p.height)
	out = append(out, p.boardTitle(title, component.Plural(s.Len(), "activity", "activities"), w))
	if s.Len() == 0 || p.pending {
		line := "  No activities yet: add some on the worksheet (esc)."
		if p.started { // esc quits here: the worksheet opens without "present"
			line = "  No activities yet: pocssr without \"present\" opens the worksheet to add some."
		}
		if p.pending {
			line = fmt.Sprintf("  Placing the activities on both readings: %d of %d…", p.placed, s.Len())
		}
		out = append(out, "", line)
		out = append(out, p.hint())
		return component.Block(strings.Join(out, "\n"), w, p.height)
	}
	left := p.left.render(st, p.cursor)
	right := p.right.render(st, p.cursor)
	gap := strings.Repeat(" ", drawingGap)
	for i := 0; i < p.drawH; i++ {
		out = append(out, left[i]+gap+right[i])
	}
	out = append(out, p.selectedLines(w)...)
	out = append(out, p.legend(w, p.legendRows())...)
	out = append(out, p.hint())
	return component.Block(strings.Join(out, "\n"), w, p.height)
}

// selectedLines are the two lines about the selected activity: its number and
// title, and where it sits on each reading, in words.
func (p *Screen) selectedLines(w int) []string {
	st := p.ctx.Styles
	a := p.ctx.Sheet.At(p.cursor)
	r := p.rows[p.cursor].result
	pl := p.drawings.places[p.cursor]
	title, cut := p.selectedTitle(w)
	head := st.Selected.Render("["+BoardNumber(p.ctx.Sheet.Sources(), a, p.cursor+1)+"]") + " " + st.Accent.Render(draftMark(a)) + st.Label.Render(title)
	if cut {
		head += st.Key.Render(titleCutSign)
	}
	// The risks are said in full, as the account says them, or as "3 risks
	// (2 ~; critical)" when the full words would be cut (RiskPhraseShort);
	// a severity whose risks rest only on suggested answers is "~medium",
	// as the worksheet marks it.
	risks := []string{report.RiskPhrase(r, st.Severity), report.RiskPhraseShort(r, st.Severity)}
	// The readings keep their names before the risks' words give way
	// (a first use found the names gone beside "the most serious low"):
	// then the names shortened, and only narrower still none, the 2015
	// place first, the narrow one second, as the drawings stand.
	labels := [][2]string{{"2015 policy: ", " · narrow reading: "}, {"2015: ", " · narrow: "}, {"", " · "}}
	var where string
fits:
	for _, l := range labels {
		for _, risk := range risks {
			where = st.Muted.Render(l[0]) + pl.Short2015 + st.Muted.Render(l[1]) +
				st.Agenda(r.Agenda, pl.CaptionNarrow) + st.Muted.Render(" · ") + risk
			if ansi.StringWidth(where) <= w {
				break fits
			}
		}
	}
	return []string{component.Fit(head, w), component.Fit(where, w)}
}

// selectedTitle is the selected activity's title as its line shows it in
// w cells, after "[#n] " and a draft's mark, and whether it is cut there:
// cut, it is followed by the key that shows it whole (titleCutSign), as on
// the walk-through's heading; at 80 columns the board read "(before May …"
// with no key to read the rest.
func (p *Screen) selectedTitle(w int) (string, bool) {
	a := p.ctx.Sheet.At(p.cursor)
	return titleInRoom(p.ctx, a, w-ansi.StringWidth("["+BoardNumber(p.ctx.Sheet.Sources(), a, p.cursor+1)+"] "+draftMark(a)))
}

// titleInRoom is a's title in room cells, and whether the key that gives
// it whole (titleCutSign) follows it: where it is cut there, and where
// the import shortened it (its "…" is no cut the room made, and the help
// gives the paragraph it was cut from whole), as on the questionnaire's
// heading.
func titleInRoom(ctx *component.Context, a *model.Activity, room int) (string, bool) {
	whole := shownTitle(ctx, a)
	shortened := suggest.ShortenedTitle(a)
	switch {
	case ansi.StringWidth(whole) <= room && !shortened:
		return whole, false
	case ansi.StringWidth(whole)+ansi.StringWidth(titleCutSign) <= room:
		return whole, true
	}
	return titleIn(whole, room-ansi.StringWidth(titleCutSign)), true
}

// legend lists every activity with its number in columns, the selected one
// marked with ">" and brackets; it pages so that the selection stays in view.
func (p *Screen) legend(w, rows int) []string {
	st := p.ctx.Styles
	s := p.ctx.Sheet
	cols := max(1, p.legendCols)
	colW := w / cols
	page := p.legendPage() // the last cell of a page of many says which page it is
	first := (p.cursor / page) * page
	n := min(s.Len(), first+page) - first
	host := rows - 1 // the row that says which page this is
	if n <= rows && cols > 1 {
		// A page that fits in one column (the last, often) takes the
		// whole width, its titles whole beside no empty column, when the
		// foot then stands beside a title without cutting it.
		note, count := p.footParts(first, n, page, w)
		if h := p.countRow(w, rows, first, n, ansi.StringWidth(note+count)); h >= 0 {
			cols, colW, host = 1, w, h
		}
	}
	out := make([]string, rows)
	nw := p.drawings.labelWidth()
	for c := 0; c < cols; c++ {
		for r := 0; r < rows; r++ {
			i := first + c*rows + r
			cell := ""
			if i < s.Len() && i < first+page {
				label := p.drawings.number(i)
				num := " " + fitRight(label, nw) + " "
				mark := "  "
				if i == p.cursor {
					num, mark = "["+fitRight(label, nw)+"]", "> "
					cell = st.Selected.Render(component.CutTitle(mark+num+" "+draftMark(s.At(i))+shownTitle(p.ctx, s.At(i)), colW-1))
				} else {
					// A draft is marked as on the selected line: before its
					// title, where no cut hides it.
					cell = component.CutTitle(mark+num+" "+draftMark(s.At(i))+shownTitle(p.ctx, s.At(i)), colW-1)
				}
			}
			if c < cols-1 {
				cell = component.Fit(cell, colW)
			}
			out[r] += cell
		}
	}
	place := func(r int, more string) {
		if cols == 1 {
			// Beside a title: at the right edge, apart from it.
			out[r] = component.Fit(out[r], w-ansi.StringWidth(more)) + more
		} else {
			out[r] = component.Cut(out[r], w-ansi.StringWidth(more)) + more
		}
	}
	switch note, count := p.footParts(first, n, page, colW); {
	case note == "" && count == "":
	case cols > 1 && note != "" && count != "" && rows > 1 && ansi.StringWidth(note+count) > colW:
		place(rows-2, note) // the two cells the foot keeps free (footCells)
		place(rows-1, count)
	default:
		place(host, note+count)
	}
	return out
}

// countRow is the row of a one-column page of n titles from first where the
// foot, more cells wide, fits beside the title (the last such row), or -1.
func (p *Screen) countRow(w, rows, first, n, more int) int {
	s := p.ctx.Sheet
	nw := p.drawings.labelWidth()
	for r := rows - 1; r >= 0; r-- {
		if r >= n {
			return r // no title on this row
		}
		if 2+nw+3+ansi.StringWidth(shownTitle(p.ctx, s.At(first+r)))+more <= w {
			return r
		}
	}
	return -1
}

func (p *Screen) accountView() string {
	st := p.ctx.Styles
	title := "Account"
	if p.caseView {
		title = "Case from the library"
		if p.shown == p.edited {
			title = "Case as edited in this worksheet"
		}
	}
	if p.shown != nil {
		num := ""
		if i := p.ctx.Sheet.Index(p.shown); i >= 0 && !p.caseView {
			num = "[" + BoardNumber(p.ctx.Sheet.Sources(), p.shown, i+1) + "] "
		}
		title += st.Muted.Render(" · ") + num + draftMark(p.shown) + shownTitle(p.ctx, p.shown)
	}
	head := component.Fit(st.Title.Render(title), p.width)
	body := p.pager.View()
	if sign := component.PagerSign(st, &p.pager, p.width); sign != "" {
		// The account goes on: the sign says how far, and the keys.
		body = component.Block(body, p.width, p.pager.Height) + "\n" + sign
	}
	return component.Block(head+"\n"+body+"\n"+p.hint(), p.width, p.height)
}
