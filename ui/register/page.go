package register

// The list's pages. The lines under the list (the selected risk's title,
// its entry, its note) take more or fewer lines from one risk to the next;
// were the list's height taken from the selected row alone, the rows shown
// would change as the cursor moved within a page, and a page down measured
// on one row and drawn for the next skipped rows. A page is laid out instead
// by where it begins: its rows and, under them, room for the longest of its
// rows' lines below. Moving within a page keeps it still, and a page down
// begins on the row after the last one shown, so that paging shows every row.

// pages lays out the list's pages, measuring each row's lines below once.
type pages struct {
	s     *Screen
	lay   layout      // measured once: it reads every row
	below map[int]int // lines under the list with row i selected, once measured
}

func (s *Screen) pages() *pages {
	return &pages{s: s, lay: s.layout(), below: map[int]int{}}
}

// belowOf is how many lines the lines under the list take with row i
// selected: the field being edited for the row under the cursor.
func (p *pages) belowOf(i int) int {
	s := p.s
	n, ok := p.below[i]
	if !ok {
		if i == s.cursor && s.edit.Editing() {
			n = len(s.edit.Lines(s.width))
		} else {
			n = len(s.belowRow(&s.all[s.shown[i]], s.width, p.lay, true))
		}
		p.below[i] = n
	}
	return n
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

// rows is how many rows the page beginning at row o holds (at least one):
// as many as fit above the longest lines below of its rows. Past the last
// row the page counts the rows it would have room for.
func (p *pages) rows(o int) int {
	n, rl, area := len(p.s.shown), p.rowLines(), p.area()
	if n == 0 {
		return max(1, (area-2)/rl) // the two lines saying the list is empty
	}
	k, most := 0, 0
	for o+k < n {
		next := max(most, p.belowOf(o+k))
		if (k+1)*rl+next > area {
			return max(1, k)
		}
		k, most = k+1, next
	}
	return max(1, k, (area-most)/rl)
}

// last is where the last page begins: the first row from which a page
// reaches the list's end, so that the last page is full.
func (p *pages) last() int {
	n := len(p.s.shown)
	o := max(0, n-max(1, p.area()/p.rowLines()))
	for o < n-1 && o+p.rows(o) < n {
		o++
	}
	return o
}

// before is where the page before the one beginning at row to begins: the
// first row from which a page reaches the row before to.
func (p *pages) before(to int) int {
	o := max(0, to-p.area()/p.rowLines())
	for o < to && o+p.rows(o) < to {
		o++
	}
	return o
}

// listHeight is the number of rows of the page in view.
func (s *Screen) listHeight() int { return s.pages().rows(s.offset) }

// scroll keeps the cursor in the list and on screen, moving the page no
// further than it must.
func (s *Screen) scroll() {
	p := s.pages()
	s.cursor = min(max(s.cursor, 0), max(len(s.shown)-1, 0))
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	for s.offset < s.cursor && s.cursor >= s.offset+p.rows(s.offset) {
		s.offset++
	}
	s.offset = max(0, min(s.offset, p.last()))
}

// page moves a page down (or up): the next page begins on the row after
// the last one shown, the one before ends on the row before the first, and
// the cursor keeps its place on the page where the page has it.
func (s *Screen) page(down bool) {
	p := s.pages()
	n := len(s.shown)
	if n == 0 {
		return
	}
	o, c := s.offset, s.cursor
	if down {
		h := p.rows(o)
		o, c = min(o+h, p.last()), c+h
	} else {
		o = p.before(o)
		c -= p.rows(o)
	}
	s.offset = o
	s.cursor = min(max(c, o), o+p.rows(o)-1, n-1)
}
