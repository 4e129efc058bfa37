package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	activityscreen "github.com/pocssr/pocssr/ui/activity"
	"github.com/pocssr/pocssr/ui/questionnaire"
	"github.com/pocssr/pocssr/ui/review"
)

func TestMain(m *testing.M) {
	// Screens are compared as plain text, the same on every machine.
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	// A timer never fires by itself in a test: it becomes a message that says
	// it was set, and a test that wants it to fire sends its message.
	tick = func(d time.Duration, fire func(time.Time) tea.Msg) tea.Cmd {
		return func() tea.Msg { return timerSetMsg{after: d, fire: fire} }
	}
	code := m.Run()
	if binary != "" {
		os.RemoveAll(filepath.Dir(binary)) // the end-to-end tests' build
	}
	os.Exit(code)
}

// keyMsg builds the key message a terminal would send for a key name:
// "enter", "esc", "ctrl+s", "shift+tab", "space", or text typed as runes.
func keyMsg(name string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"ctrl+end": tea.KeyCtrlEnd,
		"ctrl+s":   tea.KeyCtrlS, "ctrl+c": tea.KeyCtrlC, "ctrl+z": tea.KeyCtrlZ, "ctrl+r": tea.KeyCtrlR, "space": tea.KeySpace, "f1": tea.KeyF1,
		"backspace": tea.KeyBackspace, "delete": tea.KeyDelete, "shift+up": tea.KeyShiftUp,
		"shift+down": tea.KeyShiftDown,
	}
	if t, ok := named[name]; ok {
		if t == tea.KeySpace {
			return tea.KeyMsg{Type: t, Runes: []rune{' '}}
		}
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// timerSetMsg stands for a timer the model set (see tick).
type timerSetMsg struct {
	after time.Duration
	fire  func(time.Time) tea.Msg
}

// commandGuard bounds how long one command may take before the test gives up:
// far more than any command needs, it only keeps a hung command from hanging
// the test run. No outcome depends on it.
const commandGuard = time.Minute

// run executes a command and everything it leads to, feeding the messages back
// to the model as the program would. Every command runs to its end; timers do
// not fire (see TestMain). It reports whether the program asked to quit.
func run(m tea.Model, cmd tea.Cmd) bool {
	queue := []tea.Cmd{cmd}
	quit := false
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- c() }()
		var msg tea.Msg
		select {
		case msg = <-done:
		case <-time.After(commandGuard):
			panic("a command of the model did not finish")
		}
		switch msg := msg.(type) {
		case nil, timerSetMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case tea.QuitMsg:
			quit = true
		default:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
	return quit
}

// press sends keys to the model, running what they lead to.
func press(t testing.TB, m tea.Model, keys ...string) bool {
	t.Helper()
	quit := false
	for _, k := range keys {
		_, cmd := m.Update(keyMsg(k))
		if run(m, cmd) {
			quit = true
		}
	}
	return quit
}

// typeText types text one rune at a time.
func typeText(t testing.TB, m tea.Model, text string) {
	t.Helper()
	for _, r := range text {
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		press(t, m, k)
	}
}

// newTestModel builds a root model (without autosave) of size w×h.
func newTestModel(t testing.TB, ws *model.Worksheet, w, h int) *Model {
	t.Helper()
	m := NewModel(classify.Default(), ws, false, nil, nil)
	m.startedIn = testStartedIn
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// testStartedIn is the folder the test models say pocssr was started in, so
// that no screen depends on the folder the tests run in.
const testStartedIn = "/home/planner/workshop"

// caseLibrary is the built-in case library, read afresh.
func caseLibrary(t testing.TB) *model.Worksheet {
	t.Helper()
	ws, err := classify.Cases(classify.Default())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// demoModel is the root model on the case library, as `pocssr demo` opens it.
func demoModel(t testing.TB, w, h int) *Model {
	t.Helper()
	m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	m.startedIn = testStartedIn
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// atKindsQuestion is the demo at w×h with a new activity whose words
// suggest two kinds ("Human rights training and vetting of police"), its
// implementer answered, at the question of kinds.
func atKindsQuestion(t *testing.T, w, h int) *Model {
	t.Helper()
	m := demoModel(t, w, h)
	press(t, m, "n")
	typeText(t, m, "Human rights training and vetting of police")
	press(t, m, "tab", "tab", "1")
	if m.qs().Fact != model.Kinds {
		t.Fatalf("the questionnaire asks %s, not the kinds", m.qs().Fact)
	}
	return m
}

// screenText is the model's view as plain text.
func screenText(m tea.Model) string { return ansi.Strip(m.View()) }

// containsFlat reports whether s holds text, however it is wrapped.
func containsFlat(s, text string) bool {
	return text != "" && strings.Contains(flat(s), flat(text))
}

// requireScreen fails unless the view holds every piece of text.
func requireScreen(t testing.TB, m tea.Model, want ...string) {
	t.Helper()
	s := screenText(m)
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

// refuseScreen fails if the view holds any of the text.
func refuseScreen(t testing.TB, m tea.Model, unwanted ...string) {
	t.Helper()
	s := screenText(m)
	for _, w := range unwanted {
		if strings.Contains(s, w) {
			t.Fatalf("screen shows %q:\n%s", w, s)
		}
	}
}

// activity builds an activity from a title and facts given as key/value pairs
// of the file format, e.g. "implementer", "mission", "kinds", "equipment,vetting".
func activity(t testing.TB, title string, facts ...string) *model.Activity {
	t.Helper()
	a := &model.Activity{Title: title, ID: model.Slug(title)}
	for i := 0; i+1 < len(facts); i += 2 {
		f, ok := model.FactByKey(facts[i])
		if !ok {
			t.Fatalf("no fact %q", facts[i])
		}
		v := facts[i+1]
		switch f.Type() {
		case model.OneOf:
			a.Facts.SetOne(f, v)
		case model.YesNo:
			a.Facts.SetYes(f, v == "true")
		case model.SetOf:
			var vs []string
			if v != "" {
				vs = strings.Split(v, ",")
			}
			a.Facts.SetSet(f, vs)
		}
	}
	return a
}

// sheetOf is a new unnamed worksheet holding the activities.
func sheetOf(acts ...*model.Activity) *model.Worksheet {
	ws := model.New("")
	ws.Activities = acts
	return ws
}

// resize is the message of a terminal resized to w×h.
func resize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// listed is what the worksheet's list shows, in its order.
func (m *Model) listed() []*model.Activity {
	if shown := m.worksheet.Shown(); shown != nil {
		return shown
	}
	return m.sh.sheet.Worksheet().Activities
}

// detail is the activity's account (ui/activity), which tests ask what it shows.
func (m *Model) detail() *activityscreen.Screen {
	return m.nav.screens[detailScreen].(*activityscreen.Screen)
}

// detailRisks are the risks that fire on the activity the account shows, on
// the sheet's day, in the order of its register line.
func (m *Model) detailRisks() []classify.Risk {
	return m.sh.rb.ClassifyOn(m.detail().Shown(), m.sh.sheet.Today()).Risks
}

// qs is where the questionnaire (ui/questionnaire) stands, for tests that
// ask what it asks.
func (m *Model) qs() questionnaire.State { return m.quest.State() }

// draftReview is the review of drafts (ui/review), which tests ask what it shows.
func (m *Model) draftReview() *review.Screen { return m.nav.screens[reviewScreen].(*review.Screen) }
