package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// screen is what every screen offers the root model: a tea.Model that can be
// given its area and can list its keys.
type screen interface {
	tea.Model
	help.KeyMap
	SetSize(w, h int)
}

// textFocuser is a screen that may have a text field with the keys.
type textFocuser interface{ TextFocused() bool }

// Model is the root model of the terminal UI. It owns the screens, the
// worksheet, saving and the autosave, and routes messages in a fixed order:
// ctrl+c quits; an open prompt gets every key; a focused text field gets every
// key but ctrl+s; other keys go to the screen in front; results go to the
// screen that asked.
type Model struct {
	sh *shared

	front     screenID
	behind    screenID // where the detail, framework or help return to
	worksheet *worksheetView
	quest     *questionnaire
	detail    *activityDetail
	guide     *frameworkGuide
	keyHelp   *keyHelp
	review    *draftReview
	present   *presentation
	portfolio *portfolioView
	// detailFrom is where the activity detail returns to: the worksheet, or
	// the portfolio findings it was opened from.
	detailFrom screenID
	prompt     *prompt
	footer     help.Model

	status    string
	statusErr bool

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
}

// tick schedules a message after a delay: the autosave's timer, the only
// command of the program that waits. Model tests replace it, so that every
// other command runs to its end and none is decided by the clock.
var tick = tea.Tick

// NewModel builds the root model for a worksheet. rec may be nil (no
// autosave); found is unsaved work of ended sessions to offer back.
func NewModel(rb *classify.Rulebook, ws *model.Worksheet, demo bool, rec *recovery, found []*recovered) *Model {
	g := newGlobalKeys()
	sh := &shared{rb: rb, sheet: newSheet(rb, ws), st: newStyles(DefaultTheme()), global: g, now: time.Now, demo: demo}
	m := &Model{sh: sh, recovery: rec, footer: help.New()}
	m.worksheet = newWorksheetView(sh)
	m.detail = newActivityDetail(sh)
	m.guide = newFrameworkGuide(sh)
	m.keyHelp = newKeyHelp(sh)
	m.review = newDraftReview(sh)
	m.present = newPresentation(sh)
	m.portfolio = newPortfolioView(sh)
	m.footer.ShortSeparator = " · "
	m.footer.Styles.ShortKey = sh.st.Key
	m.footer.Styles.ShortDesc = sh.st.Muted
	m.footer.Styles.ShortSeparator = sh.st.Muted
	m.offerRestore(found)
	return m
}

// Init starts nothing: the program waits for the terminal's size.
func (m *Model) Init() tea.Cmd { return nil }

func (m *Model) current() screen {
	switch m.front {
	case questionnaireScreen:
		if m.quest != nil {
			return m.quest
		}
	case detailScreen:
		return m.detail
	case frameworkScreen:
		return m.guide
	case helpScreen:
		return m.keyHelp
	case reviewScreen:
		return m.review
	case presentScreen:
		return m.present
	case portfolioScreen:
		return m.portfolio
	}
	return m.worksheet
}

func (m *Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

// contentWidth is the width the screens draw in.
func (m *Model) contentWidth() int { return min(m.width, maxWidth) }

// tableWidth is the worksheet's width: a table of short columns, it takes
// a wide terminal's width for its titles, where prose would be capped.
func (m *Model) tableWidth() int { return min(m.width, maxTableWidth) }

// bodyHeight is what is left for a screen below the title bar and above the
// status line and footer.
func (m *Model) bodyHeight() int { return max(1, m.height-3) }

func (m *Model) resize() {
	w, h := m.contentWidth(), m.bodyHeight()
	m.worksheet.SetSize(m.tableWidth(), h)
	m.detail.SetSize(w, h)
	m.guide.SetSize(w, h)
	m.keyHelp.SetSize(w, h)
	m.review.SetSize(w, h)
	m.portfolio.SetSize(w, h)
	if m.quest != nil {
		m.quest.SetSize(w, h)
	}
	m.footer.Width = w
	m.present.SetSize(m.width, m.height) // the whole terminal, uncapped
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
	gen := m.sh.sheet.Gen()
	cmd := m.update(msg)
	// What the screens sent the root is handled now, in order, before any
	// other message.
	for len(m.sh.pending) > 0 {
		next := m.sh.pending[0]
		m.sh.pending = m.sh.pending[1:]
		cmd = tea.Batch(cmd, m.update(next))
	}
	if m.sh.sheet.Gen() != gen {
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
		return nil
	case tea.KeyMsg:
		return m.updateKey(msg)
	case statusMsg:
		m.status, m.statusErr = msg.text, msg.err
		return nil
	case openDetailMsg:
		if m.quest != nil && m.quest.inReview {
			return m.resumeReview()
		}
		m.quest = nil
		m.detail.Show(msg.activity)
		m.worksheet.Select(msg.activity)
		m.detailFrom = worksheetScreen
		if m.front == portfolioScreen {
			m.detailFrom = portfolioScreen
		}
		m.front, m.behind = detailScreen, worksheetScreen
		return nil
	case editMsg:
		m.quest = newQuestionnaire(m.sh, msg.activity, msg.isNew)
		m.quest.inReview = m.front == reviewScreen
		m.quest.SetSize(m.contentWidth(), m.bodyHeight())
		m.front = questionnaireScreen
		return m.quest.Init()
	case backMsg:
		return m.back()
	case presentMsg:
		m.present.open(msg.at)
		m.front, m.behind = presentScreen, m.front
		return nil
	case openCaseMsg:
		m.present.openCase(msg.activity)
		m.front, m.behind = presentScreen, m.front
		return nil
	case reviewMsg:
		return m.startReview(msg.from)
	case requestMsg:
		return m.request(msg.what)
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
	}
	// Anything else (a text field's own messages) belongs to the screen in front.
	_, cmd := m.current().Update(msg)
	return cmd
}

func (m *Model) updateKey(km tea.KeyMsg) tea.Cmd {
	g := m.sh.global
	if key.Matches(km, g.ForceQuit) {
		return m.forceQuit()
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
	if tf, ok := m.current().(textFocuser); ok {
		typing = tf.TextFocused()
	}
	if !typing && key.Matches(km, g.Help) && m.front != helpScreen {
		m.status = ""
		m.keyHelp.Show(m.screenName(), m.current())
		m.behind, m.front = m.front, helpScreen
		return nil
	}
	m.status, m.statusErr = "", false
	_, cmd := m.current().Update(km)
	return cmd
}

// back closes the screen in front.
func (m *Model) back() tea.Cmd {
	switch m.front {
	case helpScreen:
		m.front = m.behind
		m.behind = worksheetScreen
	case questionnaireScreen:
		if m.quest != nil && m.quest.inReview {
			return m.resumeReview()
		}
		if m.quest != nil {
			m.worksheet.Select(m.quest.activity)
		}
		m.quest = nil
		m.front = worksheetScreen
	case presentScreen:
		m.front, m.behind = m.behind, worksheetScreen
		if m.front == presentScreen || m.front == helpScreen {
			m.front = worksheetScreen
		}
	case reviewScreen:
		if m.review.activity != nil {
			m.worksheet.Select(m.review.activity)
		}
		m.front = worksheetScreen
	case detailScreen:
		m.front = m.detailFrom
	default:
		m.front = worksheetScreen
	}
	if m.front == questionnaireScreen && m.quest == nil {
		m.front = worksheetScreen
	}
	return nil
}

func (m *Model) screenName() string {
	switch m.front {
	case questionnaireScreen:
		return "questionnaire"
	case detailScreen:
		return "activity"
	case frameworkScreen:
		return "framework"
	case helpScreen:
		return "help"
	case reviewScreen:
		return "review of drafts"
	case presentScreen:
		return "presentation"
	case portfolioScreen:
		return "portfolio"
	}
	return "worksheet"
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
	case requestHeading:
		ws := m.sh.sheet.Worksheet()
		m.prompt = newFieldPrompt(promptHeading, "Mission and mandate", nil,
			[]string{"Mission", "Mandate"}, []string{ws.Mission, ws.Mandate})
	case requestFramework:
		m.front, m.behind = frameworkScreen, worksheetScreen
	case requestPortfolio:
		m.portfolio.Show()
		m.front, m.behind = portfolioScreen, worksheetScreen
	case requestImport:
		m.askImport()
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
			m.removeRecovery()
			return tea.Quit
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
		m.removeRecovery()
		return tea.Quit
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
	if m.front == presentScreen && m.prompt == nil {
		return m.present.View() // the chrome hidden: the room sees only the drawings
	}
	st := m.sh.st
	w := m.contentWidth()
	if m.current() == screen(m.worksheet) {
		w = m.tableWidth()
	}
	body := m.current().View()
	keys := help.KeyMap(m.current())
	if m.prompt != nil {
		body = overlay(body, m.prompt.View(st, w-4), w, m.bodyHeight())
		keys = m.prompt
	}
	status := m.status
	if m.task != nil {
		// Said before anything else, until the task ends.
		status = strings.TrimSpace(m.task.doing + " " + status)
	}
	statusLine := st.Status.Render(cut(status, w))
	if m.statusErr {
		statusLine = st.Error.Render(cut("! "+status, w))
	} else if warn := m.autosaveWarning(); m.status == "" && warn != "" {
		// Unsaved work that is not being kept is said until it is again.
		statusLine = st.Error.Render(cut("! "+warn, w))
	}
	return m.titleBar(w) + "\n" + block(body, w, m.bodyHeight()) + "\n" + fit(statusLine, w) + "\n" +
		fit(m.footer.ShortHelpView(keys.ShortHelp()), w)
}

func (m *Model) titleBar(w int) string {
	st := m.sh.st
	s := m.sh.sheet
	name := s.Worksheet().Path()
	switch {
	case m.sh.demo && name == "":
		name = "case library (not saved to a file)"
	case name == "":
		name = "unnamed worksheet"
	default:
		name = filepath.Base(name)
	}
	state := ""
	if s.Dirty() {
		state = st.Accent.Render(" [modified]")
	}
	screenTitle := map[screenID]string{worksheetScreen: "Worksheet", questionnaireScreen: "Questionnaire",
		detailScreen: "Activity", frameworkScreen: "Framework", helpScreen: "Help", reviewScreen: "Review",
		presentScreen: "Presentation", portfolioScreen: "Portfolio"}[m.front]
	left := st.Title.Render("pocssr") + st.Muted.Render(" │ ") + st.Screen.Render(screenTitle) +
		st.Muted.Render(" │ ") + oneLine(name) + state
	right := st.Muted.Render("? help")
	return fit(cut(left, w-8)+strings.Repeat(" ", max(0, w-8-ansi.StringWidth(cut(left, w-8))))+right, w)
}

// Present opens the presentation in front, as `pocssr present` starts.
func (m *Model) Present() {
	m.present.open(nil)
	m.front, m.behind = presentScreen, worksheetScreen
}
