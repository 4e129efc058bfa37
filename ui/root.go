package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/compareview"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/keyhelp"
	"github.com/pocssr/pocssr/ui/present"
	"github.com/pocssr/pocssr/ui/questionnaire"
	"github.com/pocssr/pocssr/ui/worksheet"
)

// Model is the root model of the terminal UI. It owns the screens, the
// worksheet, saving and the autosave, and routes messages in a fixed order:
// ctrl+c quits; an open prompt gets every key; a focused text field gets every
// key but ctrl+s; other keys go to the screen in front; results go to the
// screen that asked.
type Model struct {
	sh *shared

	// nav holds the screens and the stack of those open (navigation.go);
	// front is the screen in front, quest the questionnaire while it is open.
	nav   navigator
	front screenID
	quest *questionnaire.Screen
	// The screens the root asks for something by name (methods only: a
	// screen's state is its own).
	worksheet *worksheet.Screen
	// startedIn is the folder pocssr was started in, where an export named
	// without a folder is written (export_folder.go); "" when unknown.
	startedIn string

	prompt *prompt

	status    string
	statusErr bool
	// statusFull is the status line's message whole, where the line holds
	// it only in short (see component.Status); the help shows it.
	statusFull string
	// recalled is the last message said with a Recall (the end of a
	// review, an export), heading and text, for the worksheet's help; a
	// message said after it, or a review begun again, lets it go.
	recalled [2]string

	width, height int

	recovery      *recovery
	quitAfterSave bool
	// task is the task running beside the event loop, if any (see task.go).
	task    *runningTask
	taskSeq int
	// Note is said on stderr once the program has ended, e.g. where unsaved work
	// was kept.
	Note string
	// LostWork is set when the program ended on request with unsaved changes
	// that the autosave could not keep.
	LostWork error
	// jobControl says whether ctrl+z can hand the terminal to a shell that
	// brings the program back (termbg.JobControl, asked once at start).
	jobControl bool
	// clip is the program's output, for y (see clipboard).
	clip clipboard
	// reading is the reading of a large worksheet at start-up while it runs
	// (startup.go); StartError ends the program when the file is invalid.
	reading    *reading
	StartError error
	// started is what was asked before the program started (Present), for
	// Init to run.
	started tea.Cmd
}

// tick schedules a message after a delay: the autosave's timer, the only
// command of the program that waits. Model tests replace it, so that every
// other command runs to its end and none is decided by the clock.
var tick = tea.Tick

// suspend gives the terminal back to the shell, writing the autosave first:
// a stopped program is easily forgotten, or killed with its shell. Where
// nothing could bring it back, it stays and says so.
func (m *Model) suspend() tea.Cmd {
	if !m.jobControl {
		m.status, m.statusErr = "ctrl+z: no shell with job control started this program, so nothing could resume it; q quits.", true
		return nil
	}
	return tea.Sequence(m.autosave(), tea.Suspend)
}

// NewModel builds the root model for a worksheet. rec may be nil (no
// autosave); found is unsaved work of ended sessions to offer back.
func NewModel(rb *classify.Rulebook, ws *model.Worksheet, demo bool, rec *recovery, found []*recovered) *Model {
	g := newGlobalKeys()
	sh := newShared(rb, newSheet(rb, ws), g, demo)
	m := &Model{sh: sh, recovery: rec, nav: newNavigator(sh)}
	m.worksheet = m.nav.screens[worksheetScreen].(*worksheet.Screen)
	m.front = worksheetScreen
	m.startedIn, _ = os.Getwd()
	m.offerRestore(found)
	return m
}

// Init starts reading a large worksheet (startup.go) and what opening the
// presentation asked for; else nothing: the program waits for the
// terminal's size.
func (m *Model) Init() tea.Cmd {
	cmd := m.started
	m.started = nil
	if m.reading != nil {
		cmd = tea.Batch(cmd, m.reading.readCmd())
	}
	return cmd
}

// current is the screen in front.
func (m *Model) current() screen { return m.nav.screens[m.nav.front()] }

func (m *Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

// contentWidth is the width the screens draw in.
func (m *Model) contentWidth() int { return min(m.width, maxWidth) }

// tableWidth is the worksheet's width: a table of short columns, it takes
// a wide terminal's width for its titles, where prose would be capped.
func (m *Model) tableWidth() int { return min(m.width, maxTableWidth) }

// bodyHeight is what is left for a screen below the title bar and above the
// status line and footer.
func (m *Model) bodyHeight() int { return max(1, m.height-3) }

// areaSize is the size of an area of the terminal.
func (m *Model) areaSize(a area) (w, h int) {
	switch a {
	case tableArea:
		return m.tableWidth(), m.bodyHeight()
	case wholeArea:
		return m.width, m.height // uncapped
	}
	return m.contentWidth(), m.bodyHeight()
}

func (m *Model) resize() {
	m.sh.ctx.StatusWidth = m.width
	for _, k := range screenKinds {
		m.nav.screens[k.id].SetSize(m.areaSize(k.area))
	}
}

// Update routes a message (see Model).
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// Keys typed faster than the program reads arrive as one message of several
	// runes; each is a key of its own (a paste stays whole, for a text field).
	if km, ok := msg.(tea.KeyMsg); ok && km.Type == tea.KeyRunes && len(km.Runes) > 1 && !km.Paste {
		cmds := make([]tea.Cmd, 0, len(km.Runes))
		for _, r := range km.Runes {
			_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: km.Alt})
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	}
	gen, dirty := m.sh.sheet.Gen(), m.sh.sheet.Dirty()
	cmd := m.update(msg)
	// What the screens sent the root is handled now, in order, before any
	// other message.
	for next, ok := m.sh.ctx.Next(); ok; next, ok = m.sh.ctx.Next() {
		cmd = tea.Batch(cmd, m.update(next))
	}
	// A change that leaves the worksheet unmodified as it was (a new
	// activity added empty, nothing entered yet) has nothing to autosave:
	// the first change entered is the first written, at once.
	if m.sh.sheet.Gen() != gen && (dirty || m.sh.sheet.Dirty()) {
		cmd = tea.Batch(cmd, m.autosaveChanged())
	}
	m.sync()
	return m, cmd
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m.resized()
	case tea.KeyMsg:
		return m.updateKey(msg)
	case statusMsg:
		m.status, m.statusErr, m.statusFull = msg.Text, msg.Err, msg.Full
		switch {
		case msg.Recall != "":
			m.recalled = [2]string{msg.Recall, m.statusWhole()}
		case msg.Text != "":
			// A message said since: the one recalled is no longer the last
			// the line said, and read as if it were (a walk read a
			// review's end in the help after an export).
			m.recalled = [2]string{}
		}
		return nil
	case openMsg:
		return m.open(msg.To, msg.Arg, false)
	case replaceMsg:
		return m.open(msg.To, msg.Arg, true)
	case backMsg:
		return m.back(msg.Result)
	case selectMsg:
		for _, id := range m.nav.stack {
			if s, ok := m.nav.screens[id].(selector); ok {
				s.Select(msg.Activity)
			}
		}
		return nil
	case component.Request:
		return m.request(msg)
	case copyMsg:
		return m.copyText(msg)
	case autosaveTickMsg:
		if m.recovery == nil {
			return nil
		}
		return m.autosaveStep(m.recovery.debounce.Elapsed())
	case autosavedMsg:
		m.autosaved(msg)
		return nil
	case taskDoneMsg:
		return m.taskDone(msg)
	case pathMatchesMsg:
		if m.prompt != nil {
			m.prompt.completed(msg)
		}
		return nil
	case savedMsg:
		return m.saveDone(msg)
	case exportedMsg:
		return m.exportDone(msg)
	case mandateReadMsg:
		return m.mandateRead(msg)
	case reloadedMsg:
		return m.reloaded(msg)
	case comparedMsg:
		return m.compared(msg)
	case worksheetRead:
		return m.worksheetReadDone(msg)
	case worksheetPreview:
		return m.worksheetPreviewed(msg)
	case compareview.Run:
		return m.startCompare(msg, nil)
	}
	// Anything else (a text field's own messages) belongs to the screen in front.
	_, cmd := m.current().Update(msg)
	return cmd
}

func (m *Model) updateKey(km tea.KeyMsg) tea.Cmd {
	if m.reading != nil {
		return m.readingKey(km)
	}
	g := m.sh.global
	if key.Matches(km, g.ForceQuit) {
		return m.forceQuit()
	}
	if key.Matches(km, g.Suspend) {
		return m.suspend()
	}
	if m.tooSmall() {
		return nil
	}
	if p := m.prompt; p != nil {
		cmd := p.Update(km)
		if p.answered != nil {
			m.prompt = nil
			return tea.Batch(cmd, m.answer(*p.answered))
		}
		return cmd
	}
	if key.Matches(km, g.Save) {
		return m.save("", false)
	}
	if km.Type == tea.KeyEsc && m.cancelTask() {
		return nil
	}
	typing := false
	if tf, ok := m.current().(component.TextFocuser); ok {
		typing = tf.TextFocused()
	}
	if (!typing || km.Type == tea.KeyF1) && key.Matches(km, g.Help) && m.front != helpScreen {
		of := keyhelp.Of{About: m.nav.kinds[m.front].about, Keys: m.current(), Message: m.helpMessage()}
		if m.front == worksheetScreen {
			of.Recalled = m.recalled
		}
		m.clearStatus() // the error's mark goes with its words
		return m.open(helpScreen, of, false)
	}
	m.clearStatus()
	_, cmd := m.current().Update(km)
	return cmd
}

// open brings a screen to the front with arg for its Open; replace closes
// the screen in front first. A screen with nothing to show stays closed.
func (m *Model) open(id screenID, arg any, replace bool) tea.Cmd {
	s := m.nav.screens[id]
	var cmd tea.Cmd
	if o, ok := s.(opener); ok {
		m.sh.ctx.OpenedOver = m.nav.kinds[m.nav.under(id, replace)].about
		c, shown := o.Open(arg)
		if !shown {
			return c
		}
		cmd = c
	}
	if id == reviewScreen {
		m.recalled = [2]string{} // a review begun again: its end is to come
	}
	if replace {
		m.nav.back()
	}
	m.nav.open(id)
	m.navigated()
	return cmd
}

// back closes the screen in front and hands result to the one below.
func (m *Model) back(result tea.Msg) tea.Cmd {
	m.nav.back()
	m.navigated()
	if result == nil {
		return nil
	}
	_, cmd := m.current().Update(result)
	return cmd
}

// closeAll closes every screen but the worksheet.
func (m *Model) closeAll() {
	m.nav.reset()
	m.navigated()
}

// navigated notes which screen is in front and whether the questionnaire is
// open.
func (m *Model) navigated() {
	m.front = m.nav.front()
	m.quest = nil
	if m.nav.isOpen(questionnaireScreen) {
		m.quest = m.nav.screens[questionnaireScreen].(*questionnaire.Screen)
	}
}

// request does what a screen asked of the root.
func (m *Model) request(r request) tea.Cmd {
	switch r {
	case requestQuit:
		return m.quit()
	case requestSaveAs:
		m.askSaveAs()
	case requestExport:
		m.askExportFormat()
	case requestBriefing:
		return m.open(briefingScreen, m.briefingOf(), false)
	case requestHeading:
		ws := m.sh.sheet.Worksheet()
		m.prompt = newFieldPrompt(promptHeading, "Mission and mandate", nil,
			[]string{"Mission", "Mandate"}, []string{ws.Mission, ws.Mandate})
	case requestImport:
		m.askImport()
	case requestCompare:
		m.askCompare()
	}
	return nil
}

// answer acts on a prompt's answer.
func (m *Model) answer(a promptAnswer) tea.Cmd {
	switch a.id {
	case promptRestore:
		return m.answerRestore(a)
	case promptLoseWork:
		return m.answerLoseWork(a)
	case promptQuit:
		switch a.choice {
		case "s":
			m.quitAfterSave = true
			return m.save("", false)
		case "d":
			return m.quitDiscarding()
		}
	case promptHeading:
		if a.choice == "enter" {
			m.sh.sheet.SetHeading(strings.TrimSpace(a.values[0]), strings.TrimSpace(a.values[1]))
		}
	default:
		return m.answerFiles(a)
	}
	return nil
}

// quit ends the program, asking first when there are unsaved changes.
func (m *Model) quit() tea.Cmd {
	if !m.sh.sheet.Dirty() {
		return m.quitDiscarding()
	}
	msg := []string{"The worksheet has changes that are not saved to a file."}
	if w := m.autosaveWarning(); w != "" {
		msg = append(msg, w+".")
	}
	m.prompt = newChoicePrompt(promptQuit, "Unsaved changes", msg,
		promptChoice{"s", "save and quit"}, promptChoice{"d", "discard them and quit"})
	return nil
}

// View draws the title bar, the screen in front (with a prompt over it), the
// status line and the footer.
func (m *Model) View() string {
	if m.width <= 0 {
		return ""
	}
	if m.tooSmall() {
		return cut(fmt.Sprintf("Terminal too small: pocssr needs %d×%d, this one is %d×%d.", minWidth, minHeight, m.width, m.height), m.width)
	}
	kind := m.nav.kinds[m.front]
	if kind.area == wholeArea && m.prompt == nil {
		return m.wholeView() // the chrome hidden: the room sees only the drawings
	}
	st := m.sh.st
	w, _ := m.areaSize(kind.area)
	if kind.area == wholeArea {
		// A prompt over the presentation: the chrome shows, at the width the
		// board is drawn at (capped at the content's, the board behind the
		// restore dialog of `pocssr present` read 120 of 200 columns, "…"
		// ending every line, until the dialog was answered).
		w = m.width
	}
	body := m.current().View()
	keys := help.KeyMap(m.current())
	if m.prompt != nil {
		body = overlay(body, m.prompt.View(st, w-4), w, m.bodyHeight())
		keys = m.prompt
	}
	statusLine, sw := m.statusLine(w)
	return m.titleBar(w) + "\n" + block(body, w, m.bodyHeight()) + "\n" + fit(statusLine, sw) + "\n" +
		fit(component.KeyLine(keys.ShortHelp(), m.width, m.sh.st), m.width) // under every screen, the widest too
}

func (m *Model) titleBar(w int) string {
	st := m.sh.st
	s := m.sh.sheet
	name := s.Worksheet().Path()
	var shorter []string // the name in fewer words, for a narrow terminal
	switch {
	case m.sh.demo && name == "":
		// That no file holds it is said in fewer words before it goes:
		// at 80 columns it went with the imported mandate's name, unsigned.
		src := s.Sources()
		short, shortest := demoName(src.Documents()), demoName(src.ShortNames())
		name = short + " (not saved to a file)"
		shorter = []string{short + " (not saved)", shortest + " (not saved)", shortest}
	case name == "":
		name = "unnamed worksheet"
	default:
		name = filepath.Base(name)
	}
	state := ""
	if s.Dirty() {
		state = st.Accent.Render(" [modified]")
	}
	screenTitle := m.current().Title()
	right := st.Muted.Render("? help")
	room := w - ansi.StringWidth(right) - 3 // a space before the help, two after
	var left string
	for _, n := range append([]string{name}, shorter...) {
		left = st.Title.Render("pocssr") + st.Muted.Render(" │ ") + st.Screen.Render(screenTitle) +
			st.Muted.Render(" │ ") + oneLine(n) + state
		if ansi.StringWidth(left) <= room {
			break
		}
	}
	if ansi.StringWidth(left) > room && state != "" { // the mark stays whole: the name gives way
		left = cut(strings.TrimSuffix(left, state), room-ansi.StringWidth(state)) + state
	}
	left = cut(left, room)
	return fit(left+strings.Repeat(" ", max(0, room-ansi.StringWidth(left)))+" "+right, w)
}

// demoName names what the demo's worksheet holds, as the mandates line
// lists it (model.Sources): the case library, and each mandate imported
// into it after it ("case library + S/RES/2179 (2014)", or by the short
// names of the references, "case library + 2179"). The title bar said
// "case library" over a mission line that named the imported mission too.
func demoName(docs []string) string {
	names := make([]string, 0, len(docs))
	for _, d := range docs {
		if strings.EqualFold(d, classify.CaseLibraryDocument) {
			d = "case library"
		}
		names = append(names, d)
	}
	if len(names) == 0 {
		return "case library"
	}
	return strings.Join(names, " + ")
}

// Present opens the presentation in front, as `pocssr present` starts.
// What the opening asks to run (placing a large board) runs when the
// program starts (Init).
func (m *Model) Present() {
	m.started = tea.Batch(m.started, m.presentFirst())
}

// presentFirst opens the presentation as the program's first screen: esc on
// its board quits, as q does, rather than showing the room the worksheet.
func (m *Model) presentFirst() tea.Cmd {
	return m.open(presentScreen, present.Started{}, false)
}
