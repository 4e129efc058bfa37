// Package present is the presentation, the screen for a room: the chrome
// hidden, both readings drawn to fill the terminal with every activity of the
// worksheet placed on each as a numbered marker, a legend, the account of one
// activity at full size, and the walk-through of one activity answer by
// answer with its "what if". It never changes the worksheet. WritePlain is
// the same in plain text.
package present

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Screen is the presentation (see the package).
type Screen struct {
	ctx *component.Context
	rb  *classify.Rulebook
	// account is an activity's account as lines of width w, which the
	// activity screen shows too: the program around the presentation lays
	// it out.
	account func(a *model.Activity, r *classify.Result, w int) []string
	// suggested lists the answers of an activity that only its words
	// suggest (session.Sheet.Suggested): the account and the walk-through
	// mark them "~", as the activity screen does.
	suggested func(a *model.Activity) []model.Fact
	keys      presentKeys
	mode      presentMode
	cursor    int
	width     int
	height    int

	// The board, rebuilt when the worksheet or the size changes.
	gen uint64
	// rows are the activities' results and placements in worksheet order,
	// shared with known: a rebuild copies no result. While pending, only
	// the first placed are, for the worksheet of generation placingGen.
	rows       []*knownResult
	pending    bool
	placed     int
	placingGen uint64
	chunk      int // how many activities one message places at most
	// known is each activity's result with the version the sheet gave the
	// activity when it was classified: while the version stands the activity
	// is unchanged, so a rebuild after an edit classifies only what changed.
	known map[*model.Activity]*knownResult
	// titleWidth is the widest title's width, which the legend's columns
	// follow; titlesMeasured counts the titles measured, for the test that a
	// rebuild after an edit measures only what changed.
	titleWidth     int
	titlesMeasured int
	// shortened is set where the import shortened some title, whose "…"
	// the legend shows as a cut (legendNote).
	shortened   bool
	drawings    *drawingSet
	left, right *canvas
	drawW       int // width of each drawing
	drawH       int // rows of the drawings
	legendCols  int // columns of the legend

	pager    viewport.Model
	shown    *model.Activity // the activity whose account is open
	caseView bool            // the account is of a case opened from the framework
	// library is the case opened from the framework, as the library has it;
	// edited is the worksheet's row of the same case when it says something
	// else (the case library as a worksheet, edited in a workshop), nil
	// when it does not or the worksheet has no such row.
	library, edited *model.Activity
	walk            *walkThrough
	walkFrom        presentMode // where esc leaves the walk-through for
	// started is set where the program started in the presentation
	// (`pocssr present`, Started): esc on the board ends the program, as q
	// does, and opens no worksheet the room never asked to see.
	started bool
}

// presentMode is which part of the presentation is in front.
type presentMode int

const (
	boardMode presentMode = iota
	accountMode
	walkMode
)

// Case opens the presentation at the account of a case of the library,
// which need not be on the worksheet (from the framework screen; esc goes
// back there).
type Case struct{ Activity *model.Activity }

// Started opens the board as the first screen of the program, as `pocssr
// present` starts: esc on the board then quits, as q does, where opened
// from the worksheet it goes back there.
type Started struct{}

// Open brings the board to the front at an activity (a *model.Activity; nil
// or none: the first), or a case's account (Case). On a large worksheet it
// returns the command that goes on placing the board (placeMore).
func (p *Screen) Open(arg any) (tea.Cmd, bool) {
	switch at := arg.(type) {
	case Case:
		p.openCase(at.Activity)
		return nil, true
	case Started:
		p.startedHere(true)
		p.open(nil)
	case *model.Activity:
		p.startedHere(false)
		p.open(at)
	default:
		p.startedHere(false)
		p.open(nil)
	}
	return p.placeMore(), true
}

// Title names the presentation in the title bar (shown over a prompt): a
// case opened from the framework is named as the framework's, which it
// goes back to, not as part of a presentation it was never in.
func (p *Screen) Title() string {
	if p.caseView {
		return "Framework · case"
	}
	return "Presentation"
}

// New makes the presentation. account lays out an activity's account as
// the activity screen shows it; suggested lists the answers of an activity
// that only its words suggest, nobody having confirmed them (nil: none).
func New(ctx *component.Context, account func(a *model.Activity, r *classify.Result, w int) []string, suggested func(a *model.Activity) []model.Fact) *Screen {
	if suggested == nil {
		suggested = func(*model.Activity) []model.Fact { return nil }
	}
	return &Screen{ctx: ctx, rb: ctx.Sheet.Rulebook(), account: account, suggested: suggested, keys: newPresentKeys(ctx.Keys),
		pager: viewport.New(0, 0), chunk: boardChunk}
}

// Init does nothing.
func (p *Screen) Init() tea.Cmd { return nil }

// SetSize gives the presentation the whole terminal: no width cap here.
func (p *Screen) SetSize(w, h int) {
	if w == p.width && h == p.height {
		return
	}
	p.width, p.height = w, h
	// The board is laid out again when it is next drawn, not here: a resize
	// reaches every screen, and the presentation is seldom the one showing.
	p.left = nil
	p.pager.Width, p.pager.Height = w, max(1, h-2)
	p.renderAccount()
	if p.walk != nil {
		p.walk.SetSize(w, h)
	}
}

// open brings the board to the front with activity a selected.
func (p *Screen) open(a *model.Activity) {
	p.mode = boardMode
	p.leaveCase()
	p.walk = nil
	p.rebuild()
	if i := p.ctx.Sheet.Index(a); i >= 0 {
		p.cursor = i
	}
	p.clampCursor()
}

// openCase shows the account of a case (not necessarily of the worksheet).
// A case the worksheet holds edited is shown as the library has it, since
// the framework lists the cases of the library, and the account says so;
// v shows the worksheet's version.
func (p *Screen) openCase(a *model.Activity) {
	p.caseView, p.library, p.edited = true, a, nil
	s := p.ctx.Sheet
	for i := range s.Len() {
		if x := s.At(i); x.ID == a.ID {
			if !x.Same(a) {
				p.edited = x
			}
			break
		}
	}
	p.keys.Version.SetEnabled(p.edited != nil)
	p.caseKeys(true)
	p.showAccount(a)
}

// startedHere sets whether the program started in the presentation, and
// with it what esc does on the board (leaveKey).
func (p *Screen) startedHere(on bool) {
	p.started = on
	p.keys.Leave = leaveKey(on)
}

// leaveKey is esc on the board: where the program started in the
// presentation it quits, and q with it, both named once ("esc/q quit");
// else it goes back to the worksheet the presentation was opened from,
// "back" as on every screen opened over another (the help says where).
func leaveKey(started bool) key.Binding {
	if started {
		return component.Bind([]string{"esc", "q"}, "esc/q", "quit")
	}
	return component.Bind([]string{"esc"}, "esc", "back")
}

// leaveInFull is leaveKey as the help lists it, in words that say where esc
// goes and why.
func (p *Screen) leaveInFull() key.Binding {
	b := p.keys.Leave
	if p.started {
		b.SetHelp(b.Help().Key, "quit: the program started in the presentation (pocssr present)")
	} else {
		b.SetHelp(b.Help().Key, "back to the worksheet, at the selected activity")
	}
	return b
}

// boardKeys are the board's keys of leaving: esc, and q where esc does not
// quit already.
func (p *Screen) boardKeys() []key.Binding {
	if p.started {
		return []key.Binding{p.keys.Leave}
	}
	return []key.Binding{p.keys.Leave, p.keys.Quit}
}

// leaveCase ends the view of a case: what follows is the worksheet's.
func (p *Screen) leaveCase() {
	p.caseView, p.library, p.edited = false, nil, nil
	p.keys.Version.SetEnabled(false)
	p.caseKeys(false)
}

// caseKeys makes q go back, as esc does, in a case opened from the
// framework, where q goes back too, or quit again: on the case q asked to
// quit under a footer that offered only "esc back".
func (p *Screen) caseKeys(on bool) {
	p.keys.Back = backKey(on)
	p.keys.Quit.SetEnabled(!on)
}

// backKey is esc, and q with it where q goes back (a case's).
func backKey(q bool) key.Binding {
	if q {
		return component.Bind([]string{"esc", "q"}, "esc/q", "back")
	}
	return component.Bind([]string{"esc"}, "esc", "back")
}

func (p *Screen) clampCursor() {
	p.cursor = max(0, min(p.cursor, p.ctx.Sheet.Len()-1))
}

// drawingGap is the space between the two drawings.
const drawingGap = 2

// legendColumn is the narrowest column of the legend.
const legendColumn = 40

// boardGeometry is the drawings' width and height, and the legend's columns:
// the legend takes what it needs, up to two fifths of the rows, and the
// drawings the rest. Its columns are as wide as the longest title asks, as
// far as the rows allow: fewer, wider columns rather than titles cut short.
func (p *Screen) boardGeometry() (w, h int) {
	s := p.ctx.Sheet
	n := s.Len()
	free := p.height - boardChrome
	most := min(max(3, free-minDrawingHeight*3/2), max(3, free*2/5))
	need := max(legendColumn, legendCellChrome+p.drawings.labelWidth()+p.titleWidth+1)
	cols := max(1, p.width/need)
	if most > 0 && n > cols*most {
		cols = max(cols, (n+most-1)/most)
	}
	p.legendCols = max(1, min(cols, p.width/legendColumn))
	if p.titlesCut(p.legendColWidth()) {
		n++ // a cell for the note that says how to read a cut title (legendNote)
	}
	legend := max(1, (n+p.legendCols-1)/p.legendCols)
	legend = min(legend, most)
	h = max(minDrawingHeight, free-legend)
	return (p.width - drawingGap) / 2, h
}

// legendCellChrome is what a legend cell adds to the number and the title:
// the mark of the selection, the brackets, and the spaces between.
const legendCellChrome = 5

// BoardNumber is how the presentation names an activity, on the markers,
// the legend, the selected line and the walk-through alike: its mark
// (report.SourcesRef), as the briefing, its drawings and the other screens
// give it: the paragraph its source numbers ("5(f)"), else "#n", its place in
// the worksheet; where the worksheet holds several source documents, the
// paragraph says which one numbers it ("2070·13").
func BoardNumber(sources model.Sources, a *model.Activity, pos int) string {
	return report.SourcesRef(sources, a, pos)
}

// numberOn is BoardNumber of an activity whose paragraph, as the worksheet
// names it, is ref (report.SourcesParagraph; "" for none).
func numberOn(ref string, pos int) string {
	if ref != "" {
		return ref
	}
	return report.Mark("", pos)
}

// boardChrome is the rows of the board that are neither drawing nor legend:
// the title, two lines about the selected activity, and the key hint.
const boardChrome = 4

func (p *Screen) legendRows() int { return max(1, p.height-boardChrome-p.drawH) }

// ShortHelp is the key hint of the part in front.
func (p *Screen) ShortHelp() []key.Binding {
	k := p.keys
	switch p.mode {
	case accountMode:
		if k.Version.Enabled() { // which version of the case is shown is the first thing to know
			v := k.Version // short in the footer: the account's first line says which version it is
			v.SetHelp("v", "the other version")
			return []key.Binding{v, k.Account.PageDown, k.Account.PageUp, k.Back, k.Walk}
		}
		return []key.Binding{k.Account.PageDown, k.Account.PageUp, k.Walk, k.Back} // an account is often longer than the screen
	case walkMode:
		var all []key.Binding // c, where there is more than is in sight
		if p.walk != nil && p.walk.offersAll() {
			all = []key.Binding{k.Change}
		}
		if p.walk != nil && p.walk.whatIf != nil {
			return append([]key.Binding{k.Up, k.Down, k.Toggle, k.WhatIf}, all...)
		}
		if p.walk != nil && p.walk.atEnd() {
			return append([]key.Binding{k.Prev, k.WhatIf, k.Back}, all...) // there is no next answer
		}
		return append([]key.Binding{k.Next, k.Prev, k.WhatIf, k.Back}, all...)
	}
	return append([]key.Binding{k.Up, k.Down, k.Open, k.Walk}, p.boardKeys()...)
}

// FullHelp lists every key of the presentation; on an account, the keys of
// the account, where ↑/↓ scroll its text and move no selection; in the
// walk-through, the walk-through's.
func (p *Screen) FullHelp() [][]key.Binding {
	k := p.keys
	switch p.mode {
	case accountMode:
		a := k.Account
		return [][]key.Binding{
			{a.Up, a.Down, a.PageUp, a.PageDown, a.Top, a.Bottom, k.Walk, k.Version, k.Back, k.Quit},
			{k.global.Help, k.global.ForceQuit, k.global.Suspend},
		}
	case walkMode:
		// ↑/↓ try a value in what if (TryValue, listed at every width: at
		// 200×60 only PageScroll named them, and only where c shows more)
		// and scroll what c shows; they move no selection here. c and the
		// keys that scroll what it shows are listed where the footer
		// offers them, as the footer itself says (walkThrough.helpKeys).
		keys := []key.Binding{k.Next, k.Prev, k.WalkTop, k.WalkBottom, k.WhatIf, k.EndWhatIf, k.TryValue, k.Toggle, k.Back, k.Quit}
		if p.walk != nil {
			keys = p.walk.helpKeys()
		}
		return [][]key.Binding{keys, {k.global.Help, k.global.ForceQuit, k.global.Suspend}}
	}
	// The board's own: the walk-through's keys do nothing here, and
	// its help lists them under its own title.
	leave := []key.Binding{p.leaveInFull()}
	if !p.started {
		leave = append(leave, k.Quit)
	}
	return [][]key.Binding{
		append([]key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open, k.Walk}, leave...),
		{k.global.Help, k.global.ForceQuit, k.global.Suspend},
	}
}

// KeysOf titles the help after the part in front, whose keys it lists: a
// case opened from the framework's risk catalogue is named as its heading
// names it, not as part of a presentation it was never in.
func (p *Screen) KeysOf() string {
	switch {
	case p.mode == accountMode && p.caseView && p.shown != nil && p.shown == p.edited:
		return "the account of the case as edited in this worksheet"
	case p.mode == accountMode && p.caseView:
		return "the account of a case from the library"
	case p.mode == accountMode:
		return "the presentation's account"
	case p.mode == walkMode && p.caseView:
		return "the walk-through of a case from the library"
	case p.mode == walkMode:
		return "the presentation's walk-through"
	}
	return "the presentation's board"
}

// WholeText is the activity's title whole where the walk-through's
// heading, or the board's line of the selected activity, cut it ("… (?)"),
// or the import shortened it, with the paragraph it was cut from
// (titleWhole): the help in front of it shows it first.
func (p *Screen) WholeText() (heading, text string) {
	if p.mode == boardMode && p.ctx.Sheet.Len() > 0 && !p.pending {
		if p.width <= 0 {
			return "", ""
		}
		p.rebuild()
		counted := p.countedOnBoard()
		// Cut on the selected line or in the legend (legendNote).
		if _, cut := p.selectedTitle(p.width); cut || p.cutInLegend(p.cursor, p.legendColWidth()) {
			name, title := titleWhole(p.ctx, p.ctx.Sheet.At(p.cursor))
			if counted != "" {
				return name + ", whole, and what the drawings' counts take in", title + "\n" + counted
			}
			return name + ", whole", title
		}
		if counted != "" {
			return "What the drawings' counts take in", counted
		}
		return "", ""
	}
	if p.mode != walkMode || p.walk == nil {
		return "", ""
	}
	if _, cut := p.walk.headTitle(p.walk.width); cut && p.walk.width > 0 {
		name, whole := titleWhole(p.ctx, p.walk.activity)
		return name + ", whole", whole
	}
	return "", ""
}

// Update moves the selection and opens accounts and walk-throughs.
func (p *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
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
			return p, p.ctx.Send(component.RequestQuit)
		}
		if p.walk != nil && !p.walk.Update(km) {
			p.mode, p.walk = p.walkFrom, nil
		}
		return p, nil
	}
	p.rebuild()
	k := p.keys
	s := p.ctx.Sheet
	switch {
	case key.Matches(km, k.Up):
		p.cursor--
	case key.Matches(km, k.Down):
		p.cursor++
	case key.Matches(km, k.PageDown):
		p.cursor += p.legendPage()
	case key.Matches(km, k.PageUp):
		p.cursor -= p.legendPage()
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
	case key.Matches(km, k.Leave) && p.started:
		return p, p.ctx.Send(component.RequestQuit)
	case key.Matches(km, k.Leave):
		if s.Len() > 0 {
			// The worksheet below opens on the activity the room was
			// looking at, not where its cursor was before.
			p.ctx.Send(component.Select{Activity: s.At(p.cursor)})
		}
		return p, p.ctx.Send(component.Back{})
	case key.Matches(km, k.Quit):
		return p, p.ctx.Send(component.RequestQuit)
	}
	p.clampCursor()
	return p, nil
}

func (p *Screen) updateAccount(km tea.KeyMsg) tea.Cmd {
	k := p.keys
	switch {
	case key.Matches(km, k.Back):
		if p.caseView {
			p.leaveCase()
			p.mode = boardMode
			return p.ctx.Send(component.Back{})
		}
		p.mode = boardMode
	case key.Matches(km, k.Walk):
		p.startWalk(p.shown)
	case key.Matches(km, k.Version):
		if p.shown == p.edited {
			p.showAccount(p.library)
		} else {
			p.showAccount(p.edited)
		}
	case key.Matches(km, k.Quit):
		return p.ctx.Send(component.RequestQuit)
	default:
		k.Account.Scroll(&p.pager, km)
	}
	return nil
}

func (p *Screen) showAccount(a *model.Activity) {
	p.shown = a
	p.mode = accountMode
	p.renderAccount()
	p.pager.GotoTop()
}

func (p *Screen) startWalk(a *model.Activity) {
	p.walk = newWalkThrough(p.ctx, a, p.suggested(a), p.width, p.height)
	p.walk.keys.Back, p.walk.keys.Quit = p.keys.Back, p.keys.Quit // q goes back in a case's, as on the case
	p.walkFrom, p.mode = p.mode, walkMode
}

// renderAccount lays out the open account at the full width.
func (p *Screen) renderAccount() {
	a := p.shown
	if a == nil || p.width <= 0 {
		return
	}
	w := p.width - 2
	// An answer only the words suggest is marked "~", as on the activity
	// screen: the account stated it as a fact.
	r := p.rb.ClassifySuggested(a, "", p.suggested(a))
	var lines []string
	if p.caseView && p.edited != nil {
		say := "Edited in this worksheet: the library's case is shown. v shows the worksheet's version."
		if a == p.edited {
			say = "The worksheet's version, edited since it came from the library. v shows the library's case."
		}
		for _, l := range component.Wrap(say, w) {
			lines = append(lines, p.ctx.Styles.Accent.Render(l))
		}
	}
	if sec := report.OneLine(classify.Section(a)); sec != "" {
		for _, l := range component.Wrap("From the chapter section “"+sec+"”", w) {
			lines = append(lines, p.ctx.Styles.Muted.Render(l))
		}
	}
	lines = append(lines, p.account(a, &r, w)...)
	for i := range lines {
		lines[i] = " " + lines[i]
	}
	p.pager.SetContent(strings.Join(lines, "\n"))
	component.FitPager(&p.pager, p.height-2)
}

// presentKeys are the keys of the presentation.
type presentKeys struct {
	scrollKeys
	Open, Walk, Back, Quit key.Binding
	// Leave is esc on the board (leaveKey): Back is esc on the account and
	// the walk-through, which go back to the board.
	Leave                      key.Binding
	Next, Prev, WhatIf, Toggle key.Binding
	Change                     key.Binding // what changed, in full (walk-through)
	// PageScroll names, on the help screen, the keys that scroll what c
	// shows where it is longer than the screen; Up, Down, PageUp and
	// PageDown are the keys matched.
	PageScroll key.Binding
	// TryValue names, on the help screen, the keys that try another value
	// in what if: Up and Down are the keys matched.
	TryValue key.Binding
	// EndWhatIf names, on the help screen, the keys that leave "what if"
	// for the answer on record: WhatIf, Back and enter are matched.
	EndWhatIf key.Binding
	// Version turns a case edited in the worksheet between the library's
	// version and the worksheet's.
	Version key.Binding
	// Account are the board's moving keys as the account uses them: they
	// scroll its text, and its help says so.
	Account scrollKeys
	// WalkTop and WalkBottom are home and end as the walk-through uses
	// them: to its start and to its end.
	WalkTop, WalkBottom key.Binding
	global              globalKeys
}

func newPresentKeys(g globalKeys) presentKeys {
	k := presentKeys{
		scrollKeys: scrollKeys{
			Up:       component.Bind([]string{"up", "k"}, "↑/k", "previous"),
			Down:     component.Bind([]string{"down", "j"}, "↓/j", "next"),
			PageUp:   component.Bind([]string{"pgup"}, "pgup", "page up"),
			PageDown: component.Bind([]string{"pgdown"}, "pgdn", "page down"),
			Top:      component.Bind([]string{"home", "g"}, "home", "first"),
			Bottom:   component.Bind([]string{"end", "G"}, "end", "last"),
		},
		Open:       component.Bind([]string{"enter"}, "enter", "account"),
		Walk:       component.Bind([]string{"t"}, "t", "walk through"),
		Back:       backKey(false),
		Leave:      leaveKey(false),
		Quit:       component.Bind([]string{"q"}, "q", "quit"),
		Next:       component.Bind([]string{" ", "right", "l"}, "space", "next answer"),
		Prev:       component.Bind([]string{"backspace", "left", "h"}, "backspace", "take it back"),
		WhatIf:     component.Bind([]string{"w"}, "w", "what if"),
		Toggle:     component.Bind([]string{" ", "x"}, "space", "tick or untick a choice, which tries it (what if)"),
		Change:     component.Bind([]string{changeKey}, changeKey, "what changed, in full, and every risk, where longer than its lines"),
		PageScroll: component.Bind([]string{"pgdown", "pgup"}, scrollHelp, "scroll what c shows, where it is longer than the screen"),
		TryValue:   component.Bind([]string{"up", "down", "k", "j"}, "↑/↓", "try another value (what if; on a list to tick, move to a choice)"),
		EndWhatIf:  component.Bind([]string{"w", "esc", "enter"}, "w/esc/enter", "back to the answer on record (what if)"),
		Version:    disabledKey(component.Bind([]string{"v"}, "v", "the other version (of a case edited in this worksheet)")),
		global:     g,
	}
	k.Account = k.scrollKeys
	for _, b := range []struct {
		bind *key.Binding
		help string
	}{{&k.Account.Up, "scroll up"}, {&k.Account.Down, "scroll down"}, {&k.Account.PageUp, "page up"},
		{&k.Account.PageDown, "page down"}, {&k.Account.Top, "top"}, {&k.Account.Bottom, "bottom"}} {
		b.bind.SetHelp(b.bind.Help().Key, b.help)
	}
	k.WalkTop, k.WalkBottom = k.Top, k.Bottom
	k.WalkTop.SetHelp(k.Top.Help().Key, "back to step 0")
	k.WalkBottom.SetHelp(k.Bottom.Help().Key, "every answer revealed")
	return k
}

// disabledKey is b switched off until the screen has a use for it.
func disabledKey(b key.Binding) key.Binding {
	b.SetEnabled(false)
	return b
}

// titleWhole is what the help gives of a's title where a heading cut it
// or the import shortened it: the title, and for one the import shortened
// the note that says so and the paragraph whole, as the questionnaire's
// help gives them (component.TitleWhole).
func titleWhole(ctx *component.Context, a *model.Activity) (name, text string) {
	return component.TitleWhole(shownTitle(ctx, a), report.OneLine(a.Source.Text), suggest.ShortenedTitleSign(a))
}
