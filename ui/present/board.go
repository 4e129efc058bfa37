package present

import (
	"maps"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The board places every activity of the worksheet on both drawings. The
// results come from the sheet (session.Sheet.Result), made when the verdicts
// were; the board keeps each activity's placement with the version it was
// placed at, so that after an edit only what changed is placed again, and
// places a large worksheet a chunk at a time, one message each, so that no
// message waits on the whole.

// rebuild lays out the drawings when the worksheet or the size changed since
// the last time. Activities not placed at their version (all of them, the
// first time) are placed boardChunk at a time: until every one is, the board
// says how far it is (pending), and each placeMoreMsg places the next ones,
// so that no message waits on a large worksheet.
func (p *Screen) rebuild() {
	s := p.ctx.Sheet
	if p.width <= 0 || (p.gen == s.Gen() && p.left != nil) {
		return
	}
	if p.known == nil {
		p.known = make(map[*model.Activity]*knownResult, s.Len())
	}
	prev := p.rows // the last build's, in place: most activities stay where they were
	if p.placingGen != s.Gen() || len(p.rows) != s.Len() || !p.pending {
		p.placingGen, p.placed = s.Gen(), 0
		p.rows = make([]*knownResult, s.Len())
	}
	for budget := p.chunk; p.placed < s.Len(); p.placed++ {
		a := s.At(p.placed)
		v := s.Version(a)
		if p.placed < len(prev) {
			if k := prev[p.placed]; k != nil && k.activity == a && k.version == v && v != 0 {
				p.rows[p.placed] = k
				continue
			}
		}
		k, ok := p.known[a]
		if !ok || k.version != v || v == 0 {
			if budget == 0 {
				break
			}
			budget--
			k = &knownResult{activity: a, version: v, result: s.Result(a), titleWidth: ansi.StringWidth(draftMark(a) + shownTitle(p.ctx, a)),
				shortened: suggest.ShortenedTitle(a)}
			p.titlesMeasured++
			k.place = placeOn(p.rb, k.result, a.Facts.Primary())
			p.known[a] = k
		}
		p.rows[p.placed] = k
	}
	if p.pending = p.placed < s.Len(); p.pending {
		return
	}
	p.gen = s.Gen()
	places := make([]placement, s.Len())
	p.titleWidth, p.shortened = 0, false
	widest, numbered := 1, false
	sources := s.Sources()
	for i, k := range p.rows {
		// The reference as the worksheet gives it now: an import of
		// another document qualifies the refs of activities it left as
		// they were.
		k.ref = report.SourcesParagraph(sources, k.activity)
		places[i] = k.place
		p.titleWidth, p.shortened = max(p.titleWidth, k.titleWidth), p.shortened || k.shortened
		widest, numbered = max(widest, cells(k.ref)), numbered || k.ref == ""
	}
	if numbered {
		widest = max(widest, cells(numberOn("", s.Len())))
	}
	if len(p.known) > s.Len() {
		// Activities left the worksheet: keep only those still in it.
		in := make(map[*model.Activity]bool, s.Len())
		for i := range s.Len() {
			in[s.At(i)] = true
		}
		maps.DeleteFunc(p.known, func(a *model.Activity, _ *knownResult) bool { return !in[a] })
	}
	p.drawings = newDrawingSet(places)
	// The labels are made when drawn: a paragraph's as it was placed, else
	// the place in the worksheet (BoardNumber); the widest "#n" is the last.
	rows := p.rows
	p.drawings.widest = widest
	p.drawings.number = func(i int) string { return numberOn(rows[i].ref, i+1) }
	p.drawW, p.drawH = p.boardGeometry()
	p.left = draw2015(p.rb, p.drawings, p.drawW, p.drawH).ready(p.ctx.Styles)
	p.right = drawNarrow(p.drawings, p.width-p.drawW-drawingGap, p.drawH).ready(p.ctx.Styles)
	p.clampCursor()
}

// boardChunk is how many activities one message places on the board at
// most: about 4 ms of work (a test places fewer at a time: PlaceAtMost).
const boardChunk = 2000

// Placing is how far the board stands in placing the worksheet's
// activities, as values: the root's tests read it.
type Placing struct {
	// Pending is set while some activities wait for the next message;
	// Placed are those of the board being built that are placed.
	Pending bool
	Placed  int
	// TitlesMeasured counts the activities placed since the screen was
	// made, each title measured as it is placed.
	TitlesMeasured int
}

// Placing is how far the board stands.
func (p *Screen) Placing() Placing {
	return Placing{Pending: p.pending, Placed: p.placed, TitlesMeasured: p.titlesMeasured}
}

// PlaceAtMost sets how many activities one message places (boardChunk
// until set): a test places fewer at a time to see the steps on a small
// worksheet.
func (p *Screen) PlaceAtMost(n int) { p.chunk = max(1, n) }

// placeMoreMsg asks the presentation to place the board's next activities.
type placeMoreMsg struct{}

// placeMore is the command that goes on placing while some activities are
// not placed yet.
func (p *Screen) placeMore() tea.Cmd {
	if !p.pending {
		return nil
	}
	return func() tea.Msg { return placeMoreMsg{} }
}

// knownResult is an activity's result, placement and title's width as the
// board last drew them, with the activity's version then (session.Sheet.Version):
// only an activity changed since is classified and measured again.
type knownResult struct {
	activity   *model.Activity
	ref        string // the paragraph it numbers (paragraphRef), its label on the board
	version    uint64
	result     *classify.Result // the sheet's (session.Sheet.Result), shared
	place      placement
	titleWidth int
	shortened  bool // the import shortened its title (suggest.ShortenedTitle)
}
