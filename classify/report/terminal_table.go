package report

import (
	"strings"
)

// termTableBlock writes a table at the width: the whole table when every
// cell fits on one line, else its compact form (fewer, narrower columns)
// with the legend below it, as the markdown briefing does at 80 columns.
func termTableBlock(b sink, t *table, width int) {
	if t.compact == nil {
		termTable(b, t, width)
		return
	}
	full := termCells(t)
	if sum(termNatural(full)) <= width-termSepWidth*(len(t.cols)-1) {
		termWriteTable(b, t, full, width)
		return
	}
	compact := termCells(t.compact)
	if termTooNarrow(compact, width-termSepWidth*(len(t.compact.cols)-1)) {
		termRowBlocks(b, compact, width)
	} else {
		termWriteTable(b, t.compact, compact, width)
	}
	if len(t.legend) > 0 {
		wrap(b, termLine(t.legend, mdRunning), "", "", width)
		b.WriteString("\n")
	}
}

// termSep stands between two columns.
const (
	termSep      = " │ "
	termRuleSep  = "─┼─"
	termSepWidth = 3
)

func termTable(b sink, t *table, width int) { termWriteTable(b, t, termCells(t), width) }

// termCells is the table's text, the headers first, each cell on one line.
func termCells(t *table) [][]string {
	heads := make([]string, len(t.cols))
	for i, c := range t.cols {
		heads[i] = OneLine(c.head)
	}
	rows := [][]string{heads}
	for row := range t.each() {
		cs := make([]string, len(t.cols))
		for i, c := range row {
			if i < len(cs) {
				cs[i] = termLine(c, mdCell)
			}
		}
		rows = append(rows, cs)
	}
	return rows
}

// termWriteTable lays the cells out in columns of termWidths and writes them,
// each cell wrapped inside its column; a rule follows the headers, and when
// a row takes more than one line a rule parts every row from the next.
func termWriteTable(b sink, t *table, rows [][]string, width int) {
	widths := termWidths(rows, width-termSepWidth*(len(t.cols)-1))
	wrapped := make([][][]string, len(rows))
	tall := false
	for r, row := range rows {
		wrapped[r] = make([][]string, len(row))
		for i, c := range row {
			wrapped[r][i] = wrapAt(c, widths[i])
			tall = tall || r > 0 && len(wrapped[r][i]) > 1
		}
	}
	rule := make([]string, len(widths))
	for i, w := range widths {
		rule[i] = strings.Repeat("─", w)
	}
	ruleLine := strings.Join(rule, termRuleSep) + "\n"
	for r, row := range wrapped {
		if r > 1 && tall {
			b.WriteString(ruleLine)
		}
		height := 0
		for _, c := range row {
			height = max(height, len(c))
		}
		for n := range height {
			var l strings.Builder
			for i, c := range row {
				if i > 0 {
					l.WriteString(termSep)
				}
				text := ""
				if n < len(c) {
					text = c[n]
				}
				pad := strings.Repeat(" ", max(widths[i]-cells(text), 0))
				if t.cols[i].numeric {
					l.WriteString(pad + text)
				} else {
					l.WriteString(text + pad)
				}
			}
			b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
		}
		if r == 0 {
			b.WriteString(ruleLine)
		}
	}
	b.WriteString("\n")
}

// termWidths gives each column its width within avail cells: the width of
// its longest cell when all fit; else each column as wide as its longest
// word, and what is left shared out so that each column is about the same
// share of its one-line width;
// else, when even the words do not fit, the widest columns narrowed until
// they do (their long words are then broken, never cut).
func termWidths(rows [][]string, avail int) []int {
	natural := termNatural(rows)
	if sum(natural) <= avail {
		return natural
	}
	widths := make([]int, len(natural))
	for _, row := range rows {
		for i, c := range row {
			for w := range strings.FieldsSeq(c) {
				widths[i] = max(widths[i], cells(w))
			}
		}
	}
	for sum(widths) > avail {
		widest := 0
		for i, w := range widths {
			if w > widths[widest] {
				widest = i
			}
		}
		if widths[widest] <= 1 {
			break
		}
		widths[widest]--
	}
	for left := avail - sum(widths); left > 0; left-- {
		needy := -1
		for i := range widths {
			// The column furthest, in proportion, from its one-line width:
			// columns end up narrowed alike, a long one not left at its
			// longest word beside one that took all the room.
			if widths[i] < natural[i] && (needy < 0 || (natural[i]-widths[i])*natural[needy] > (natural[needy]-widths[needy])*natural[i]) {
				needy = i
			}
		}
		if needy < 0 {
			break
		}
		widths[needy]++
	}
	return widths
}

// termNatural is each column's width on one line: its longest cell.
func termNatural(rows [][]string) []int {
	var widths []int
	for _, row := range rows {
		if widths == nil {
			widths = make([]int, len(row))
		}
		for i, c := range row {
			widths[i] = max(widths[i], max(cells(c), 1))
		}
	}
	return widths
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// termReadable is the fewest cells a column of prose is read in: narrower,
// a row of a table turns into a column of single words.
const termReadable = 24

// termTooNarrow reports whether laying rows out in columns within avail
// cells leaves a column narrower than it reads: under termReadable cells
// while its text is longer.
func termTooNarrow(rows [][]string, avail int) bool {
	if len(rows) == 0 || len(rows[0]) < 3 {
		return false
	}
	natural := termNatural(rows)
	for i, w := range termWidths(rows, avail) {
		if w < min(natural[i], termReadable) {
			return true
		}
	}
	return false
}

// termRowBlocks writes each row of a table as a block, for a width its
// columns do not fit: the first two cells (the reference and what it names)
// as the row's first line, parted by a dash, then every other cell under its column's name,
// wrapped beside it.
func termRowBlocks(b sink, rows [][]string, width int) {
	heads := rows[0]
	labelW := 0
	for _, h := range heads[2:] {
		labelW = max(labelW, cells(h)+2)
	}
	if labelW > width/3 {
		labelW = 2 // the names on lines of their own: the values keep the width
	}
	for _, row := range rows[1:] {
		lead := row[0] + " — " + row[1]
		if strings.TrimSpace(row[0]) == "" || strings.TrimSpace(row[1]) == "" {
			lead = strings.TrimSpace(row[0] + row[1])
		}
		for _, l := range wrapAt(lead, width) {
			b.WriteString(l + "\n")
		}
		for i := 2; i < len(row); i++ {
			label := "  " + heads[i] + ": "
			lines := wrapAt(row[i], width-max(labelW, 2)-2)
			pad := strings.Repeat(" ", max(labelW, 2)+2)
			if labelW <= 2 {
				b.WriteString(strings.TrimRight(label, " ") + "\n")
				label = pad
			}
			for n, l := range lines {
				if n == 0 {
					b.WriteString(label + strings.Repeat(" ", max(0, cells(pad)-cells(label))) + l + "\n")
				} else {
					b.WriteString(pad + l + "\n")
				}
			}
		}
		b.WriteString("\n")
	}
}
