package ui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// End-to-end tests drive the built binary in a real terminal: tmux, with its
// own server socket, HOME and state directory, so nothing of the person running
// the tests is touched. They wait for text on the screen, never for a time.

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// pocssrBinary builds the program once for all end-to-end tests.
func pocssrBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "pocssr-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "pocssr")
		out, err := exec.Command("go", "build", "-o", binary, "..").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

// tmuxSession is one detached tmux session on a private server.
type tmuxSession struct {
	t    *testing.T
	sock string
	home string
}

func newTmux(t *testing.T) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	dir := t.TempDir()
	s := &tmuxSession{t: t, sock: filepath.Join(dir, "tmux.sock"), home: filepath.Join(dir, "home")}
	os.MkdirAll(s.home, 0o755)
	t.Cleanup(func() { exec.Command("tmux", "-S", s.sock, "kill-server").Run() })
	return s
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	cmd := exec.Command("tmux", append([]string{"-S", s.sock, "-f", "/dev/null"}, args...)...)
	cmd.Env = append(os.Environ(), "HOME="+s.home)
	out, err := cmd.CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// stateDir is the isolated state directory the program autosaves into.
func (s *tmuxSession) stateDir() string { return filepath.Join(s.home, "state") }

// start runs pocssr with args in a new session of w×h; when the program ends,
// the pane says "EXITED <status>" and stays.
func (s *tmuxSession) start(name string, w, h int, args ...string) {
	s.t.Helper()
	s.startEnv(name, w, h, "", args...)
}

// startEnv is start with more environment variables ("NAME=value ..."). The
// program runs as on a person's terminal: the variables of the test run that
// change how a terminal is seen (CI makes the colour library assume there is
// none; NO_COLOR) are taken away first.
func (s *tmuxSession) startEnv(name string, w, h int, env string, args ...string) {
	s.t.Helper()
	bin := pocssrBinary(s.t)
	cmd := fmt.Sprintf("cd %q && env -u CI -u NO_COLOR HOME=%q XDG_STATE_HOME=%q TERM=xterm-256color %s %q %s; echo EXITED $?; sleep 600",
		s.home, s.home, s.stateDir(), env, bin, strings.Join(args, " "))
	s.tmux("new-session", "-d", "-s", name, "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), cmd)
}

func (s *tmuxSession) keys(name string, keys ...string) {
	s.t.Helper()
	s.tmux(append([]string{"send-keys", "-t", name}, keys...)...)
}

func (s *tmuxSession) typeText(name, text string) {
	s.t.Helper()
	s.tmux("send-keys", "-t", name, "-l", text)
}

func (s *tmuxSession) capture(name string) string {
	s.t.Helper()
	return s.tmux("capture-pane", "-p", "-t", name)
}

// waitGuard bounds every wait on a condition: far beyond what any step takes
// on a loaded machine, it only keeps a broken step from hanging the run. The
// tests decide by what they see, never by how long it took.
const waitGuard = time.Minute

// waitFor polls the screen until it shows every piece of text.
func (s *tmuxSession) waitFor(name string, texts ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(waitGuard)
	for {
		screen := s.capture(name)
		all := true
		for _, x := range texts {
			all = all && strings.Contains(screen, x)
		}
		if all {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen never showed %q:\n%s", texts, screen)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// panePID is the process id of the program running in a session's pane.
func (s *tmuxSession) programPID(name string) int {
	s.t.Helper()
	shell := strings.TrimSpace(s.tmux("display-message", "-p", "-t", name, "#{pane_pid}"))
	deadline := time.Now().Add(waitGuard)
	for time.Now().Before(deadline) {
		data, _ := os.ReadFile("/proc/" + shell + "/task/" + shell + "/children")
		for _, f := range strings.Fields(string(data)) {
			if pid, err := strconv.Atoi(f); err == nil {
				if exe, _ := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); strings.HasSuffix(exe, "/pocssr") {
					return pid
				}
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatal("the program's process was not found")
	return 0
}

func TestEndToEndInTmux(t *testing.T) {
	s := newTmux(t)
	file := filepath.Join(s.home, "plan.yaml")

	// Start on a new file and add an activity through the questionnaire.
	s.start("one", 100, 30, "--dark", "plan.yaml")
	s.waitFor("one", "plan.yaml", "No activities yet", "New worksheet: the first save (ctrl+s) creates")
	s.keys("one", "n")
	s.waitFor("one", "Describe the activity")
	s.typeText("one", "Joint offensive with the army")
	s.keys("one", "Tab")
	s.typeText("one", "Peacekeepers and soldiers attack an armed group together.")
	s.keys("one", "Tab")
	s.waitFor("one", "Who carries out the activity?")
	s.keys("one", "1")
	// The words suggested combined operations and the army: enter accepts each.
	s.waitFor("one", "What does the activity do?", "~ Combined operations (primary)")
	// An enter right after the key that moved here does nothing: it could
	// have been meant for the question before.
	s.keys("one", "Enter")
	s.waitFor("one", "enter again to answer it")
	s.keys("one", "Enter")
	s.waitFor("one", "Which state security institutions", "~ suggested from:")
	s.keys("one", "Enter")
	s.waitFor("one", "Which accountability measures")
	s.keys("one", "2", "Enter")
	s.waitFor("one", "What is the human rights record")
	s.keys("one", "4")
	s.waitFor("one", "[CRIT] Support to forces", "Tier   T2")
	// Keys sent at once reach the program together; each still counts.
	s.keys("one", slices.Repeat([]string{"0"}, 8)...)
	s.waitFor("one", "questions answered")
	s.keys("one", "Enter")
	// After the verdict, the risk's register step: enter skips it.
	s.waitFor("one", "What is being done about this risk?", "Risk 1 of 1")
	s.keys("one", "Enter")
	s.waitFor("one", "Tier 2 — Provision of physical protection", "Agenda — POC only")
	s.keys("one", "PageDown")
	s.waitFor("one", "CRITICAL — Support to forces implicated in grave violations", "Do: Apply the HRDDP")
	s.keys("one", "Escape")
	s.waitFor("one", "Joint offensive with the army", "T2", "POC only", "critical", "[modified]")

	// Save, quit, and find the activity in the file.
	s.keys("one", "C-s")
	s.waitFor("one", "Saved 1 activity")
	s.keys("one", "q")
	s.waitFor("one", "EXITED 0")
	ws, err := model.Load(file, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Activities) != 1 || ws.Activities[0].Facts.Primary() != "combined-operations" {
		t.Fatalf("saved worksheet: %+v", ws.Activities)
	}

	// Reopen it: the activity is there; resize below the minimum and back.
	s.start("two", 100, 30, "--dark", "plan.yaml")
	s.waitFor("two", "Joint offensive with the army", "T2", "critical")
	s.tmux("resize-window", "-t", "two", "-x", "60", "-y", "15")
	s.waitFor("two", "Terminal too small")
	s.tmux("resize-window", "-t", "two", "-x", "100", "-y", "30")
	s.waitFor("two", "Joint offensive with the army", "Risks by severity")

	// A change, then the process dies: the next start offers the autosave.
	s.keys("two", "c")
	s.waitFor("two", "Joint offensive with the army (copy)", "[modified]")
	rec := s.waitForAutosaves("plan-yaml", 1)
	if err := syscall.Kill(s.programPID("two"), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	s.waitFor("two", "EXITED 137")
	s.start("three", 100, 30, "--dark", "plan.yaml")
	s.waitFor("three", "Restore unsaved work?", "holds 2 activities")
	s.keys("three", "r")
	s.waitFor("three", "Restored 2 activities", "(copy)")
	s.keys("three", "C-s")
	s.waitFor("three", "Saved 2 activities")
	s.keys("three", "q")
	s.waitFor("three", "EXITED 0")
	if _, err := os.Stat(rec[0]); !os.IsNotExist(err) {
		t.Error("the autosave is still there after saving")
	}
	ws, _ = model.Load(file, classify.Default().Vocabulary())
	if len(ws.Activities) != 2 {
		t.Errorf("after restoring and saving the file holds %d activities", len(ws.Activities))
	}
}

// A mandate imported from the worksheet: its tasks become drafts, the review
// opens at the first, accepting it makes it reviewed, and the rest stay
// drafts in the saved file.
func TestEndToEndImportAndReview(t *testing.T) {
	s := newTmux(t)
	data, err := os.ReadFile(resolution)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(s.home, "mandate.txt"), data, 0o644)
	s.start("imp", 100, 30, "--dark", "plan.yaml")
	s.waitFor("imp", "No activities yet")
	s.keys("imp", "i")
	s.waitFor("imp", "Import a mandate")
	s.typeText("imp", "nowhere.txt")
	s.keys("imp", "Enter")
	s.waitFor("imp", "! Nothing imported: nowhere.txt does not exist", "No activities yet")
	s.keys("imp", "i")
	s.waitFor("imp", "Import a mandate")
	s.typeText("imp", "mandate.txt")
	s.keys("imp", "Enter")
	s.waitFor("imp", "34 drafts imported, 10 paragraphs left out", "Review of drafts", "S/RES/1925 (2010) 4",
		"~ implementer: the mission itself")
	s.keys("imp", "a")
	s.waitFor("imp", "33 left · 6 by others, reviewed last · 1 reviewed", "S/RES/1925 (2010) 6(i)")
	s.keys("imp", "Escape")
	s.waitFor("imp", "Mission: MONUSCO", "[draft] ~Army and police reform: encourages the Gov", "[modified]")
	s.keys("imp", "C-s")
	s.waitFor("imp", "Saved 34 activities")
	s.keys("imp", "q")
	s.waitFor("imp", "EXITED 0")
	ws, err := model.Load(filepath.Join(s.home, "plan.yaml"), classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Activities) != 34 || ws.Mandate != "S/RES/1925 (2010)" {
		t.Fatalf("%d activities, mandate %q", len(ws.Activities), ws.Mandate)
	}
	first, second := ws.Activities[0], ws.Activities[1]
	if first.Status != model.StatusReviewed || first.Source.Ref != "4" || second.Status != model.StatusDraft {
		t.Errorf("statuses %q %q, first source %+v", first.Status, second.Status, first.Source)
	}
}

func TestEndToEndPlainOutputAndBadFile(t *testing.T) {
	s := newTmux(t)
	// Output that is not a terminal: a hint instead of drawing.
	s.start("pipe", 100, 30, "| cat")
	s.waitFor("pipe", "needs a terminal", "EXITED")
	// A worksheet with errors: every problem, exit 2, no UI.
	os.WriteFile(filepath.Join(s.home, "bad.yaml"), []byte("activities:\n  - title: A\n    hrddp: maybe\n"), 0o644)
	s.start("bad", 100, 30, "bad.yaml")
	screen := s.waitFor("bad", "EXITED 2")
	if !strings.Contains(screen, "bad.yaml:3:") {
		t.Errorf("the problem's position is not shown:\n%s", screen)
	}
}

// Colours come from the theme, and NO_COLOR takes them all away while every
// state stays readable.
func TestEndToEndColoursAndNoColor(t *testing.T) {
	s := newTmux(t)
	s.start("colour", 100, 30, "--light", "demo")
	s.waitFor("colour", "Risks by severity")
	if screen := s.tmux("capture-pane", "-p", "-e", "-t", "colour"); !strings.Contains(screen, "\x1b[38;5;") {
		t.Errorf("no colours drawn:\n%q", screen)
	}
	s.startEnv("plain", 100, 30, "NO_COLOR=1", "--dark", "demo")
	s.waitFor("plain", "Risks by severity", "> ", "critical")
	if screen := s.tmux("capture-pane", "-p", "-e", "-t", "plain"); strings.Contains(screen, "\x1b[38") || strings.Contains(screen, "\x1b[48") {
		t.Errorf("colours drawn under NO_COLOR:\n%q", screen)
	}
}

// TestStartupToFirstFrame measures, in tmux, the time from starting the program
// to its first frame on the screen, with and without --dark (which skips asking
// the terminal for its background colour). It logs the figures; it asserts
// only that the frame comes.
func TestStartupToFirstFrame(t *testing.T) {
	s := newTmux(t)
	pocssrBinary(t)
	for i, args := range [][]string{{"--dark", "demo"}, {"demo"}, {"--dark", "demo"}, {"demo"}} {
		name := fmt.Sprintf("start%d", i)
		began := time.Now()
		s.start(name, 100, 30, args...)
		for !strings.Contains(s.capture(name), "Risks by severity") {
			if time.Since(began) > waitGuard {
				t.Fatalf("no first frame:\n%s", s.capture(name))
			}
			time.Sleep(2 * time.Millisecond)
		}
		t.Logf("pocssr %s: first frame after %d ms", strings.Join(args, " "), time.Since(began).Milliseconds())
	}
}

// autosavesOf lists the autosaves of plan.yaml in a session's state folder.
func (s *tmuxSession) autosavesOf(name string) []string {
	found, _ := filepath.Glob(filepath.Join(s.stateDir(), "pocssr", name+"-*.*.json"))
	return found
}

// waitForAutosaves polls until there are n autosaves of a worksheet.
func (s *tmuxSession) waitForAutosaves(name string, n int) []string {
	s.t.Helper()
	deadline := time.Now().Add(waitGuard)
	for {
		if found := s.autosavesOf(name); len(found) == n {
			return found
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("never %d autosaves of %s: %v", n, name, s.autosavesOf(name))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Two programs on one worksheet: the second quitting cleanly leaves the
// first one's autosave alone; the first is killed; the next start offers its
// work, and saving it over a colleague's save since then asks first.
func TestEndToEndTwoInstancesAndACrash(t *testing.T) {
	s := newTmux(t)
	file := filepath.Join(s.home, "plan.yaml")
	os.WriteFile(file, []byte("activities:\n  - title: Patrols near the camps\n"), 0o644)

	s.start("first", 100, 30, "--dark", "plan.yaml")
	s.waitFor("first", "Patrols near the camps")
	s.keys("first", "c")
	s.waitFor("first", "Patrols near the camps (copy)", "[modified]")
	autosave := s.waitForAutosaves("plan-yaml", 1)[0]

	s.start("second", 100, 30, "--dark", "plan.yaml")
	if screen := s.waitFor("second", "Patrols near the camps"); strings.Contains(screen, "Restore unsaved work?") {
		t.Fatalf("offered the autosave of a program still running:\n%s", screen)
	}
	s.keys("second", "q")
	s.waitFor("second", "EXITED 0")
	if _, err := os.Stat(autosave); err != nil {
		t.Fatal("the second program's clean quit deleted the first one's autosave")
	}

	if err := syscall.Kill(s.programPID("first"), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	s.waitFor("first", "EXITED 137")
	// A colleague saves the file before the next start: the program reads
	// their version, and the restored work was based on the one before.
	colleague := []byte("activities:\n  - title: Patrols near the camps\n  - title: A colleague's activity\n")
	os.WriteFile(file, colleague, 0o644)
	s.start("third", 100, 30, "--dark", "plan.yaml")
	s.waitFor("third", "Restore unsaved work?", "holds 2 activities", "The file has changed since that session")
	s.keys("third", "r")
	s.waitFor("third", "Restored 2 activities", "(copy)")
	s.keys("third", "C-s")
	s.waitFor("third", "The file changed on disk")
	if data, _ := os.ReadFile(file); string(data) != string(colleague) {
		t.Fatal("the restored work replaced a colleague's save")
	}
	s.keys("third", "a")
	s.waitFor("third", "Save as")
	s.keys("third", "C-u")
	s.typeText("third", "mine.yaml")
	s.keys("third", "Enter")
	s.waitFor("third", "Saved 2 activities")
	s.keys("third", "q")
	s.waitFor("third", "EXITED 0")
	ws, err := model.Load(filepath.Join(s.home, "mine.yaml"), classify.Default().Vocabulary())
	if err != nil || len(ws.Activities) != 2 {
		t.Fatalf("the restored work saved as another file: %v", err)
	}
	if left, _ := os.ReadDir(filepath.Join(s.stateDir(), "pocssr")); len(left) != 0 {
		t.Errorf("left in the state folder after every program ended: %v", left)
	}
}

// With no autosave to keep unsaved work (here: the state folder is a link,
// which is refused), ctrl+c asks first, and a second ctrl+c ends with a
// message and a failing exit status.
func TestEndToEndCtrlCWithoutAutosaveIsNotSilent(t *testing.T) {
	s := newTmux(t)
	os.MkdirAll(s.stateDir(), 0o755)
	os.Symlink(t.TempDir(), filepath.Join(s.stateDir(), "pocssr"))
	s.start("nokeep", 100, 30, "--dark", "plan.yaml")
	s.waitFor("nokeep", "! Autosave unavailable", "symbolic link")
	s.keys("nokeep", "n")
	s.waitFor("nokeep", "Describe the activity")
	s.typeText("nokeep", "Unkept")
	s.keys("nokeep", "C-c")
	s.waitFor("nokeep", "Unsaved changes would be lost")
	s.keys("nokeep", "C-c")
	s.waitFor("nokeep", "unsaved changes that are lost", "EXITED 1")
}

// A corpus resolution imported through a path typed with ~ and completed
// with tab, a paragraph that is no task discarded (and the discard undone
// and done again), the list filtered, and what it shows exported.
func TestEndToEndImportDiscardAndExport(t *testing.T) {
	s := newTmux(t)
	data, err := os.ReadFile("testdata/S-RES-1493-2003.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(s.home, "S-RES-1493-2003.txt"), data, 0o644)
	s.start("dis", 120, 40, "--dark", "plan.yaml")
	s.waitFor("dis", "No activities yet")
	s.keys("dis", "i")
	s.waitFor("dis", "Import a mandate")
	s.typeText("dis", "~/S-RES-14")
	s.keys("dis", "Tab")
	s.waitFor("dis", "~/S-RES-1493-2003.txt")
	s.keys("dis", "Enter")
	s.waitFor("dis", "24 drafts imported", "Review of drafts", "S/RES/1493 (2003) 1", "Expresses satisfaction")
	s.keys("dis", "x")
	s.waitFor("dis", "23 left", "0 reviewed · 0 skipped · 1 discarded", "S/RES/1493 (2003) 4")
	s.keys("dis", "u")
	s.waitFor("dis", "24 left", "0 reviewed · 0 skipped · 0 discarded", "Expresses satisfaction")
	s.keys("dis", "x")
	s.waitFor("dis", "23 left", "0 reviewed · 0 skipped · 1 discarded")
	s.keys("dis", "Escape")
	s.waitFor("dis", "Mission: MONUC", "Ref")
	s.keys("dis", "/")
	s.typeText("dis", "authorizes monuc")
	s.keys("dis", "Enter")
	s.keys("dis", "x")
	s.waitFor("dis", "Exports the 2 of 23 activities")
	s.keys("dis", "h")
	s.waitFor("dis", "Export as HTML briefing", "plan.html")
	s.keys("dis", "Enter")
	s.waitFor("dis", "Exported 2 activities as HTML briefing")
	s.keys("dis", "q")
	s.waitFor("dis", "Unsaved changes")
	s.keys("dis", "d")
	s.waitFor("dis", "EXITED 0")
	brief, err := os.ReadFile(filepath.Join(s.home, "plan.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(brief), "<!DOCTYPE html>") || strings.Contains(string(brief), "Expresses satisfaction") || !strings.Contains(string(brief), "Authorizes MONUC") {
		t.Errorf("the briefing holds the discarded paragraph or lacks the filtered ones:\n%.2000s", brief)
	}
}
