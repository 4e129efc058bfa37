package ui

import (
	"maps"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// presentation is the screen for a room: the chrome hidden, both readings
// drawn to fill the terminal with every activity of the worksheet placed on
// each as a numbered marker, a legend, the account of one activity at full
// size, and the walk-through of one activity answer by answer. It never
// changes the worksheet.
type presentation struct {
	sh     *shared
	keys   presentKeys
	mode   presentMode
	cursor int
	width  int
	height int

	// The board, rebuilt when the worksheet or the size changes.
	gen uint64
	// rows are the activities' results and placements in worksheet order,
	// shared with known: a rebuild copies no result. While pending, only
	// the first placed are, for the worksheet of generation placingGen.
	rows       []*knownResult
	pending    bool
	placed     int
	placingGen uint64
	// known is each activity's result with the version the sheet gave the
	// activity when it was classified: while the version stands the activity
	// is unchanged, so a rebuild after an edit classifies only what changed.
	known map[*model.Activity]*knownResult
	// titleWidth is the widest title's width, which the legend's columns
	// follow; titlesMeasured counts the titles measured, for the test that a
	// rebuild after an edit measures only what changed.
	titleWidth     int
	titlesMeasured int
	drawings       *drawingSet
	left, right    *canvas
	drawW          int // width of each drawing
	drawH          int // rows of the drawings
	legendCols     int // columns of the legend

	account  viewport.Model
	shown    *model.Activity // the activity whose account is open
	caseView bool            // the account is of a case opened from the framework
	walk     *walkThrough
	walkFrom presentMode // where esc leaves the walk-through for
}

// presentMode is which part of the presentation is in front.
type presentMode int

const (
	boardMode presentMode = iota
	accountMode
	walkMode
)

// presentAt is what the presentation opens with: the board at an activity
// (nil: the first), or the account of a case (from the framework; esc goes
// back there).
type presentAt struct {
	at     *model.Activity
	caseOf *model.Activity
}

// Open brings the board, or a case's account, to the front.
func (p *presentation) Open(arg any) (tea.Cmd, bool) {
	at, _ := arg.(presentAt)
	if at.caseOf != nil {
		p.openCase(at.caseOf)
		return nil, true
	}
	p.open(at.at)
	return p.placeMore(), true
}

// Title names the presentation in the title bar (shown over a prompt).
func (p *presentation) Title() string { return "Presentation" }

func newPresentation(sh *shared) *presentation {
	return &presentation{sh: sh, keys: newPresentKeys(sh.global), account: viewport.New(0, 0)}
}

// Init does nothing.
func (p *presentation) Init() tea.Cmd { return nil }

// SetSize gives the presentation the whole terminal: no width cap here.
func (p *presentation) SetSize(w, h int) {
	if w == p.width && h == p.height {
		return
	}
	p.width, p.height = w, h
	// The board is laid out again when it is next drawn, not here: a resize
	// reaches every screen, and the presentation is seldom the one showing.
	p.left = nil
	p.account.Width, p.account.Height = w, max(1, h-2)
	p.renderAccount()
	if p.walk != nil {
		p.walk.SetSize(w, h)
	}
}

// open brings the board to the front with activity a selected.
func (p *presentation) open(a *model.Activity) {
	p.mode = boardMode
	p.caseView = false
	p.walk = nil
	p.rebuild()
	if i := p.sh.sheet.Index(a); i >= 0 {
		p.cursor = i
	}
	p.clampCursor()
}

// openCase shows the account of a case (not necessarily of the worksheet).
func (p *presentation) openCase(a *model.Activity) {
	p.caseView = true
	p.showAccount(a)
}

func (p *presentation) clampCursor() {
	p.cursor = max(0, min(p.cursor, p.sh.sheet.Len()-1))
}

// rebuild lays out the drawings when the worksheet or the size changed since
// the last time. Activities not placed at their version (all of them, the
// first time) are placed boardChunk at a time: until every one is, the board
// says how far it is (pending), and each placeMoreMsg places the next ones,
// so that no message waits on a large worksheet.
func (p *presentation) rebuild() {
	s := p.sh.sheet
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
	for budget := boardChunk; p.placed < s.Len(); p.placed++ {
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
			k = &knownResult{activity: a, version: v, result: s.Result(a), titleWidth: ansi.StringWidth(oneLine(a.Title)),
				ref: paragraphRef(a.Source.Ref)}
			p.titlesMeasured++
			k.place = placeOn(p.sh.rb, k.result, a.Facts.Primary())
			p.known[a] = k
		}
		p.rows[p.placed] = k
	}
	if p.pending = p.placed < s.Len(); p.pending {
		return
	}
	p.gen = s.Gen()
	places := make([]placement, s.Len())
	p.titleWidth = 0
	widest, numbered := 1, false
	for i, k := range p.rows {
		places[i] = k.place
		p.titleWidth = max(p.titleWidth, k.titleWidth)
		widest, numbered = max(widest, len(k.ref)), numbered || k.ref == ""
	}
	if numbered {
		widest = max(widest, len(numberOn("", s.Len())))
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
	// the place in the worksheet (boardNumber); the widest "#n" is the last.
	rows := p.rows
	p.drawings.widest = widest
	p.drawings.number = func(i int) string { return numberOn(rows[i].ref, i+1) }
	p.drawW, p.drawH = p.boardGeometry()
	p.left = draw2015(p.sh.rb, p.drawings, p.drawW, p.drawH).ready(p.sh.st)
	p.right = drawNarrow(p.drawings, p.width-p.drawW-drawingGap, p.drawH).ready(p.sh.st)
	p.clampCursor()
}

// boardChunk is how many activities one message places on the board at
// most: about 4 ms of work (a test places fewer at a time).
var boardChunk = 2000

// placeMoreMsg asks the presentation to place the board's next activities.
type placeMoreMsg struct{}

// placeMore is the command that goes on placing while some activities are
// not placed yet.
func (p *presentation) placeMore() tea.Cmd {
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
}

// drawingGap is the space between the two drawings.
const drawingGap = 2

// legendColumn is the narrowest column of the legend.
const legendColumn = 40

// boardGeometry is the drawings' width and height, and the legend's columns:
// the legend takes what it needs, up to two fifths of the rows, and the
// drawings the rest. Its columns are as wide as the longest title asks, as
// far as the rows allow: fewer, wider columns rather than titles cut short.
func (p *presentation) boardGeometry() (w, h int) {
	s := p.sh.sheet
	n := s.Len()
	free := p.height - boardChrome
	most := min(max(3, free-minDrawingHeight*3/2), max(3, free*2/5))
	need := max(legendColumn, legendCellChrome+p.drawings.labelWidth()+p.titleWidth+1)
	cols := max(1, p.width/need)
	if most > 0 && n > cols*most {
		cols = max(cols, (n+most-1)/most)
	}
	p.legendCols = max(1, min(cols, p.width/legendColumn))
	legend := max(1, (n+p.legendCols-1)/p.legendCols)
	legend = min(legend, most)
	h = max(minDrawingHeight, free-legend)
	return (p.width - drawingGap) / 2, h
}

// legendCellChrome is what a legend cell adds to the number and the title:
// the mark of the selection, the brackets, and the spaces between.
const legendCellChrome = 5

// boardNumber is how the presentation names an activity, on the markers,
// the legend, the selected line and the walk-through alike: the paragraph its
// source numbers ("5(f)"), as the worksheet's Ref column and the briefing
// give it, else "#n", its place in the worksheet. A section title, as the
// case library's sources give, numbers no paragraph.
func boardNumber(a *model.Activity, pos int) string {
	return numberOn(paragraphRef(a.Source.Ref), pos)
}

// numberOn is boardNumber of an activity whose paragraph is ref ("" for none).
func numberOn(ref string, pos int) string {
	if ref != "" {
		return ref
	}
	return "#" + strconv.Itoa(pos)
}

// boardChrome is the rows of the board that are neither drawing nor legend:
// the title, two lines about the selected activity, and the key hint.
const boardChrome = 4

func (p *presentation) legendRows() int { return max(1, p.height-boardChrome-p.drawH) }

// ShortHelp is the key hint of the part in front.
func (p *presentation) ShortHelp() []key.Binding {
	k := p.keys
	switch p.mode {
	case accountMode:
		return []key.Binding{k.Down, k.Up, k.Walk, k.Back}
	case walkMode:
		if p.walk != nil && p.walk.whatIf != nil {
			return []key.Binding{k.Up, k.Down, k.Toggle, k.WhatIf}
		}
		return []key.Binding{k.Next, k.Prev, k.WhatIf, k.Back}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Walk, k.Back, k.Quit}
}

// FullHelp lists every key of the presentation.
func (p *presentation) FullHelp() [][]key.Binding {
	k := p.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.Open, k.Walk, k.Back, k.Quit},
		{k.Next, k.Prev, k.WhatIf, k.Toggle, k.Change, k.global.Help, k.global.ForceQuit, k.global.Suspend},
	}
}

// Update moves the selection and opens accounts and walk-throughs.
func (p *presentation) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(placeMoreMsg); ok {
		p.rebuild()
		return p, p.placeMore()
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return p, nil
	}
	switch p.mode {
	case accountMode:
		return p, p.updateAccount(km)
	case walkMode:
		if key.Matches(km, p.keys.Quit) { // as on the board and the account
			return p, p.sh.send(requestMsg{requestQuit})
		}
		if p.walk != nil && !p.walk.Update(km) {
			p.mode, p.walk = p.walkFrom, nil
		}
		return p, nil
	}
	p.rebuild()
	k := p.keys
	s := p.sh.sheet
	switch {
	case key.Matches(km, k.Up):
		p.cursor--
	case key.Matches(km, k.Down):
		p.cursor++
	case key.Matches(km, k.Top):
		p.cursor = 0
	case key.Matches(km, k.Bottom):
		p.cursor = s.Len() - 1
	case key.Matches(km, k.Open):
		if s.Len() > 0 {
			p.showAccount(s.At(p.cursor))
		}
	case key.Matches(km, k.Walk):
		if s.Len() > 0 {
			p.startWalk(s.At(p.cursor))
		}
	case key.Matches(km, k.Back):
		return p, p.sh.send(backMsg{})
	case key.Matches(km, k.Quit):
		return p, p.sh.send(requestMsg{requestQuit})
	}
	p.clampCursor()
	return p, nil
}

func (p *presentation) updateAccount(km tea.KeyMsg) tea.Cmd {
	k := p.keys
	switch {
	case key.Matches(km, k.Back):
		if p.caseView {
			p.caseView = false
			p.mode = boardMode
			return p.sh.send(backMsg{})
		}
		p.mode = boardMode
	case key.Matches(km, k.Walk):
		p.startWalk(p.shown)
	case key.Matches(km, k.Quit):
		return p.sh.send(requestMsg{requestQuit})
	default:
		k.Scroll(&p.account, km)
	}
	return nil
}

func (p *presentation) showAccount(a *model.Activity) {
	p.shown = a
	p.mode = accountMode
	p.renderAccount()
	p.account.GotoTop()
}

func (p *presentation) startWalk(a *model.Activity) {
	p.walk = newWalkThrough(p.sh, a, p.width, p.height)
	p.walkFrom, p.mode = p.mode, walkMode
}

// renderAccount lays out the open account at the full width.
func (p *presentation) renderAccount() {
	a := p.shown
	if a == nil || p.width <= 0 {
		return
	}
	w := p.width - 2
	r := p.sh.rb.Classify(a)
	var lines []string
	if sec := oneLine(classify.Section(a)); sec != "" {
		for _, l := range wrap("From the chapter section “"+sec+"”", w) {
			lines = append(lines, p.sh.st.Muted.Render(l))
		}
	}
	lines = append(lines, accountLines(p.sh, a, &r, w)...)
	for i := range lines {
		lines[i] = " " + lines[i]
	}
	p.account.SetContent(strings.Join(lines, "\n"))
}

// presentKeys are the keys of the presentation.
type presentKeys struct {
	scrollKeys
	Open, Walk, Back, Quit     key.Binding
	Next, Prev, WhatIf, Toggle key.Binding
	Change                     key.Binding // what changed, in full (walk-through)
	global                     globalKeys
}

func newPresentKeys(g globalKeys) presentKeys {
	return presentKeys{
		scrollKeys: scrollKeys{
			Up:       bind([]string{"up", "k"}, "↑/k", "previous"),
			Down:     bind([]string{"down", "j"}, "↓/j", "next"),
			PageUp:   bind([]string{"pgup"}, "pgup", "page up"),
			PageDown: bind([]string{"pgdown"}, "pgdn", "page down"),
			Top:      bind([]string{"home", "g"}, "home", "first"),
			Bottom:   bind([]string{"end", "G"}, "end", "last"),
		},
		Open:   bind([]string{"enter"}, "enter", "account"),
		Walk:   bind([]string{"t"}, "t", "walk through"),
		Back:   bind([]string{"esc"}, "esc", "back"),
		Quit:   bind([]string{"q"}, "q", "quit"),
		Next:   bind([]string{" ", "right", "l"}, "space", "next answer"),
		Prev:   bind([]string{"backspace", "left", "h"}, "backspace", "take it back"),
		WhatIf: bind([]string{"w"}, "w", "what if"),
		Toggle: bind([]string{" ", "x"}, "space", "tick a choice (what if)"),
		Change: bind([]string{changeKey}, changeKey, "what changed, in full, where it is longer than its lines"),
		global: g,
	}
}
