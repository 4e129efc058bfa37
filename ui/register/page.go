package register

// The list's pages. The lines under the list (the selected risk's title,
// its entry, its note) take more or fewer lines from one risk to the next:
// the list takes the room they leave, measured for the row under the
// cursor, so that no row stays off screen where the screen has room for it
// (at 80×24 a long note on another row of the page kept the last row out
// under six blank lines). Moving the cursor onto a row with more lines
// below gives the list fewer rows, from its foot; the list scrolls only
// where the cursor's row would leave the screen. A page down begins on the
// row after the last one shown, a page up ends on the row before the first,
// so that paging shows every row however the rows' lines below differ.

// pages lays out the list's pages.
type pages struct {
	s   *Screen
	lay layout // measured once: it reads every row
}

func (s *Screen) pages() *pages {
	return &pages{s: s, lay: s.layout()}
}

// belowOf is how many lines the lines under the list take with row i
// selected: the field being edited for the row under the cursor.
func (p *pages) belowOf(i int) int {
	s := p.s
	if i == s.cursor && s.edit.Editing() {
		return len(s.edit.Lines(s.width))
	}
	return len(s.belowRow(&s.all[s.shown[i]], s.width, p.lay, true))
}

// rowLines is how many lines a row of the list takes.
func (p *pages) rowLines() int {
	if p.lay.twoLine {
		return 2
	}
	return 1
}

// area is the lines the list and the lines under it share: the screen less
// the heading, the column headers, the count, the filter and the line
// naming the activity the register was opened on.
func (p *pages) area() int {
	s := p.s
	h := s.height - 3
	if s.filtering || s.filter.Value() != "" {
		h--
	}
	if s.only != nil {
		h--
	}
	return h
}

// rows is how many rows the list holds (at least one) with row c selected:
// as many as fit above the lines under the list that c's take.
func (p *pages) rows(c int) int {
	if len(p.s.shown) == 0 {
		return max(1, (p.area()-2)/p.rowLines()) // the two lines saying the list is empty
	}
	return max(1, (p.area()-p.belowOf(c))/p.rowLines())
}

// listHeight is the number of rows the list holds with the cursor's row
// selected.
func (s *Screen) listHeight() int { return s.pages().rows(s.cursor) }

// scroll keeps the cursor in the list and on screen, moving the list no
// further than it must; at the list's end the rows fill the room, the
// list showing rows above rather than blank lines below.
func (s *Screen) scroll() {
	p := s.pages()
	n := len(s.shown)
	s.cursor = min(max(s.cursor, 0), max(n-1, 0))
	if n == 0 {
		s.offset = 0
		return
	}
	h := p.rows(s.cursor)
	s.offset = min(s.offset, s.cursor)
	s.offset = max(s.offset, s.cursor-h+1)
	s.offset = max(0, min(s.offset, n-h))
}

// page moves a page down (or up): the next page begins on the row after
// the last one shown, the one before ends on the row before the first, and
// the cursor keeps its place on the page where the page, laid out for the
// row it then selects, has it.
func (s *Screen) page(down bool) {
	p := s.pages()
	n := len(s.shown)
	if n == 0 {
		return
	}
	o, place := s.offset, s.cursor-s.offset
	if down {
		first := o + p.rows(s.cursor) // the row after the last one shown
		if first >= n {
			s.cursor = n - 1
			return
		}
		// The cursor's place on the new page, nearer its top where the
		// row there leaves fewer rows; the first row always fits.
		c := min(first+place, n-1)
		for c > first && c >= first+p.rows(c) {
			c--
		}
		s.cursor, s.offset = c, first
		return
	}
	if o == 0 {
		s.cursor = 0
		return
	}
	// The page ends on row o-1: it begins as many rows above as fit with
	// the row the cursor lands on; the row o-1 always fits.
	for c := max(0, o-p.rows(s.cursor)+place); c < o; c++ {
		if first := max(0, o-p.rows(c)); c >= first {
			s.cursor, s.offset = c, first
			return
		}
	}
	s.cursor, s.offset = o-1, max(0, o-p.rows(o-1))
}
