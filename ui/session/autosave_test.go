package session

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// childEnv makes the test binary a program that starts a session of its own,
// writes an autosave, says where, and then waits to be killed: a crash is a
// process that dies holding its lock, which only a real process can show.
const childEnv = "POCSSR_SESSION_TEST_CHILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		dir, worksheet, _ := strings.Cut(spec, "|")
		s, err := OpenStoreAt(dir)
		if err != nil {
			os.Stdout.WriteString("error " + err.Error() + "\n")
			os.Exit(1)
		}
		a, err := s.Begin(worksheet)
		if err == nil {
			err = a.Write(1, record(a, "work of the crashed session"))
		}
		if err != nil {
			os.Stdout.WriteString("error " + err.Error() + "\n")
			os.Exit(1)
		}
		os.Stdout.WriteString(a.Path() + "\n")
		os.Stdin.Read(make([]byte, 1)) // until killed (or the test ends)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// startChild runs a session in another process; it returns the process and
// its autosave's path once the autosave is written.
func startChild(t *testing.T, dir, worksheet string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+dir+"|"+worksheet)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stdin.Close(); cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || strings.HasPrefix(line, "error ") {
		t.Fatalf("the other session did not start: %q %v", line, err)
	}
	return cmd, strings.TrimSpace(line)
}

func kill(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	cmd.Process.Kill() // SIGKILL: the process gets no chance to let its lock go
	cmd.Wait()
}

// record is an autosave holding a worksheet with one activity.
func record(a *Autosave, title string) []byte {
	data, err := Encode(Record{Session: a.id, File: "/plans/plan.yaml", Saved: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC),
		Base: BaseOf([]byte("as read")), Worksheet: []byte(`{"activities":[{"title":"` + title + `"}]}`)})
	if err != nil {
		panic(err)
	}
	return data
}

func openTestStore(t *testing.T) (*Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "pocssr")
	s, err := OpenStoreAt(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dir
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// A second program on the same worksheet neither offers nor deletes the
// autosave of the first one, which is still running; once the first is killed
// its autosave is offered.
func TestAutosaveOfARunningSessionIsNeitherOfferedNorDeleted(t *testing.T) {
	s, dir := openTestStore(t)
	const ws = "plan-yaml-0a1b2c3d4e5f"
	child, path := startChild(t, dir, ws)
	second, err := s.Begin(ws)
	if err != nil {
		t.Fatal(err)
	}
	if found, errs := s.Ended(ws, second); len(found) != 0 || len(errs) != 0 {
		t.Fatalf("offered the autosave of a running session: %v %v", found, errs)
	}
	second.Write(1, record(second, "second"))
	second.Remove(1) // the second program saved and quits
	second.End()
	if !exists(path) {
		t.Fatal("a clean quit of one session deleted another's autosave")
	}

	kill(t, child)
	third, _ := s.Begin(ws)
	found, errs := s.Ended(ws, third)
	if len(found) != 1 || len(errs) != 0 {
		t.Fatalf("after the crash: %d autosaves offered, errors %v", len(found), errs)
	}
	f := found[0]
	if f.Path != path || !strings.Contains(string(f.Worksheet), "work of the crashed session") ||
		f.File != "/plans/plan.yaml" || f.Base != BaseOf([]byte("as read")) {
		t.Errorf("found %+v", f.Record)
	}
	// While it is claimed, a fourth program starting now does not offer it too.
	fourth, _ := s.Begin(ws)
	if again, _ := s.Ended(ws, fourth); len(again) != 0 {
		t.Error("an autosave being decided on is offered twice")
	}
	f.Release()
	if again, _ := s.Ended(ws, fourth); len(again) != 1 {
		t.Fatal("an autosave left for later is not offered again")
	}
}

func TestDiscardRemovesTheAutosaveAndItsLock(t *testing.T) {
	s, dir := openTestStore(t)
	child, path := startChild(t, dir, "unnamed")
	kill(t, child)
	found, _ := s.Ended("unnamed", nil)
	if len(found) != 1 {
		t.Fatalf("%d found", len(found))
	}
	if err := found[0].Discard(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if exists(path) || len(entries) != 0 {
		t.Errorf("left after discarding: %v", entries)
	}
}

// Two unnamed sessions keep two autosaves.
func TestUnnamedSessionsKeepTheirOwnAutosaves(t *testing.T) {
	s, _ := openTestStore(t)
	a, _ := s.Begin("unnamed")
	b, _ := s.Begin("unnamed")
	if a.Path() == b.Path() {
		t.Fatal("two sessions share an autosave")
	}
	a.Write(1, record(a, "A"))
	b.Write(1, record(b, "B"))
	da, _ := os.ReadFile(a.Path())
	db, _ := os.ReadFile(b.Path())
	if !strings.Contains(string(da), `"A"`) || !strings.Contains(string(db), `"B"`) {
		t.Error("one unnamed session overwrote the other")
	}
	// Each session ends; what it kept on purpose stays for the next start.
	a.End()
	b.End()
	c, _ := s.Begin("unnamed")
	if found, _ := s.Ended("unnamed", c); len(found) != 2 {
		t.Errorf("%d autosaves offered, want 2", len(found))
	}
}

func TestLateWritesLose(t *testing.T) {
	s, _ := openTestStore(t)
	a, _ := s.Begin("unnamed")
	a.Write(3, record(a, "three"))
	a.Write(2, record(a, "two"))
	if data, _ := os.ReadFile(a.Path()); !strings.Contains(string(data), "three") {
		t.Error("an older state replaced a newer one")
	}
	a.Remove(3)
	a.Write(3, record(a, "three"))
	if exists(a.Path()) {
		t.Error("a late write brought back the autosave of saved work")
	}
}

func TestRenameFollowsTheWorksheetsName(t *testing.T) {
	s, _ := openTestStore(t)
	a, _ := s.Begin("unnamed")
	a.Write(1, record(a, "x"))
	old := a.Path()
	a.Rename(WorksheetName("/plans/plan.yaml", false))
	if exists(old) || !strings.HasPrefix(filepath.Base(a.Path()), "plan-yaml-") {
		t.Errorf("old %s still there, new %s", old, a.Path())
	}
}

func TestWorksheetNames(t *testing.T) {
	c, d := WorksheetName("/x/MONUSCO plan.yaml", false), WorksheetName("/y/MONUSCO plan.yaml", false)
	if WorksheetName("", false) != "unnamed" || WorksheetName("", true) != "case-library" || WorksheetName("/x/a.yaml", true) != "case-library" {
		t.Error("unnamed or case library misnamed")
	}
	if c == d || !strings.HasPrefix(c, "monusco-plan-yaml-") || strings.Contains(c, ".") {
		t.Errorf("names %s %s", c, d)
	}
}

// Lock files of sessions that ended without leaving an autosave are swept;
// those of running sessions stay.
func TestLocksOfEndedSessionsWithoutWorkAreSwept(t *testing.T) {
	s, dir := openTestStore(t)
	running, _ := s.Begin("unnamed")
	runningTmp := "." + autosaveName("unnamed", running.Session()) + ".0123.tmp" // a write under way
	dead := randomID()
	for _, n := range []string{
		lockName(randomID()),                              // a crash before any change
		"." + autosaveName("unnamed", dead) + ".4567.tmp", // a crash during a write
		"." + lockName(randomID()) + ".tmp",               // a crash while starting
		runningTmp,
	} {
		os.WriteFile(filepath.Join(dir, n), nil, 0o600)
	}
	s.Ended("unnamed", nil)
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if strings.Join(left, " ") != runningTmp+" "+lockName(running.Session()) {
		t.Errorf("left %v", left)
	}
}

func TestStoreFolderThatIsALinkIsRefused(t *testing.T) {
	base := t.TempDir()
	target := filepath.Join(base, "elsewhere")
	os.Mkdir(target, 0o755)
	link := filepath.Join(base, "pocssr")
	os.Symlink(target, link)
	if _, err := OpenStoreAt(link); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("a linked folder was used: %v", err)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o755 {
		t.Error("the link's target was changed")
	}
	file := filepath.Join(base, "file")
	os.WriteFile(file, nil, 0o600)
	if _, err := OpenStoreAt(file); err == nil {
		t.Error("a file was taken for the folder")
	}
}

// A link planted at the autosave's name is replaced, never written through.
func TestLinkAtTheAutosavePathIsNotFollowed(t *testing.T) {
	s, _ := openTestStore(t)
	victim := filepath.Join(t.TempDir(), "victim")
	os.WriteFile(victim, []byte("keep"), 0o644)
	a, _ := s.Begin("unnamed")
	os.Symlink(victim, a.Path())
	if err := a.Write(1, record(a, "x")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(victim); string(data) != "keep" {
		t.Error("the autosave was written through a link")
	}
	if st, _ := os.Lstat(a.Path()); !st.Mode().IsRegular() || st.Mode().Perm() != 0o600 {
		t.Errorf("autosave is %v", st.Mode())
	}
	a.Remove(2)
	if !exists(victim) {
		t.Error("removing the autosave removed a link's target")
	}
}

// A link posing as an ended session's autosave is not read; one posing as its
// lock is not opened.
func TestLinksAmongEndedAutosavesAreNotFollowed(t *testing.T) {
	s, dir := openTestStore(t)
	secret := filepath.Join(t.TempDir(), "secret.json")
	os.WriteFile(secret, record(&Autosave{id: randomID()}, "secret"), 0o600)
	os.Symlink(secret, filepath.Join(dir, autosaveName("unnamed", randomID())))
	id := randomID()
	os.WriteFile(filepath.Join(dir, autosaveName("unnamed", id)), record(&Autosave{id: id}, "x"), 0o600)
	os.Symlink(secret, filepath.Join(dir, lockName(id)))
	found, errs := s.Ended("unnamed", nil)
	if len(found) != 0 || len(errs) != 2 {
		t.Fatalf("found %d, errors %v", len(found), errs)
	}
	for _, err := range errs {
		if !strings.Contains(err.Error(), "symbolic link") {
			t.Errorf("error %v", err)
		}
	}
}

func TestDamagedAutosaveIsReportedAndKept(t *testing.T) {
	s, dir := openTestStore(t)
	path := filepath.Join(dir, autosaveName("unnamed", randomID()))
	os.WriteFile(path, []byte("{not json"), 0o600)
	found, errs := s.Ended("unnamed", nil)
	if len(found) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "cannot be read") {
		t.Fatalf("found %d, errors %v", len(found), errs)
	}
	if !exists(path) {
		t.Error("a damaged autosave was deleted")
	}
}

func TestReadBase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if b, err := ReadBase(path); err != nil || b.Exists {
		t.Errorf("missing file: %+v %v", b, err)
	}
	os.WriteFile(path, []byte("as read"), 0o644)
	if b, _ := ReadBase(path); b != BaseOf([]byte("as read")) || len(b.SHA256) != 64 {
		t.Errorf("base %+v", b)
	}
}

// A link that stays inside the folder (which os.Root alone would follow) is
// refused too: what the folder holds under a name is that file or nothing.
func TestLinkWithinTheFolderIsNotFollowed(t *testing.T) {
	s, dir := openTestStore(t)
	id := randomID()
	real := autosaveName("other", id)
	os.WriteFile(filepath.Join(dir, real), record(&Autosave{id: id}, "x"), 0o600)
	link := autosaveName("unnamed", randomID())
	if err := os.Symlink(real, filepath.Join(dir, link)); err != nil {
		t.Skip(err)
	}
	if _, err := s.read(link); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("read through a link: %v", err)
	}
	if _, _, err := s.lock(link, false); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("locked through a link: %v", err)
	}
	if err := s.remove(link); err != nil || !exists(filepath.Join(dir, real)) {
		t.Errorf("removing the link: %v", err)
	}
}

// Where a file held open can be neither renamed nor removed (Windows), a
// session's lock file is made under its name, and a lock file is let go
// before it is removed. The sessions still guard each other's work, and
// nothing is left behind.
func TestSessionsWhereOpenFilesStay(t *testing.T) {
	s, dir := openTestStore(t)
	s.closeBeforeRemove = true
	first, err := s.Begin("unnamed")
	if err != nil {
		t.Fatal(err)
	}
	if !exists(filepath.Join(dir, lockName(first.Session()))) {
		t.Fatal("the lock file is not under its name")
	}
	first.Write(1, record(first, "first"))
	second, err := s.Begin("unnamed")
	if err != nil {
		t.Fatal(err)
	}
	if found, errs := s.Ended("unnamed", second); len(found) != 0 || len(errs) != 0 {
		t.Fatalf("the running session's work was offered: %d, %v", len(found), errs)
	}
	if !exists(filepath.Join(dir, lockName(first.Session()))) || !exists(first.Path()) {
		t.Fatal("a running session's files were swept")
	}
	second.End()
	first.End() // its autosave stays, kept on purpose
	found, errs := s.Ended("unnamed", nil)
	if len(found) != 1 || len(errs) != 0 || !strings.Contains(string(found[0].Worksheet), "first") {
		t.Fatalf("after both ended: %d found, %v", len(found), errs)
	}
	if err := found[0].Discard(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}
