//go:build linux

package ui

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal of w×h. Nobody answers on its master side
// unless the test does: it is a terminal that never replies to queries.
func openPTY(t *testing.T, w, h int) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: uint16(h), Col: uint16(w)}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// screenLog collects what a program writes to a pseudo-terminal.
type screenLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *screenLog) contains(s string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Contains(l.buf.String(), s)
}

// firstFrameGuard bounds the wait for a first frame: far beyond any start-up,
// it only keeps a broken start from hanging the test run.
const firstFrameGuard = time.Minute

// startInPTY runs pocssr on a silent pseudo-terminal until its first frame and
// returns everything the program wrote to the terminal by then.
func startInPTY(t *testing.T, args ...string) string {
	t.Helper()
	master, slave := openPTY(t, 100, 30)
	cmd := exec.Command(pocssrBinary(t), args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "HOME="+t.TempDir(), "XDG_STATE_HOME="+t.TempDir(), "COLORFGBG=")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	log := &screenLog{}
	go func() {
		b := make([]byte, 4096)
		for {
			n, err := master.Read(b)
			log.mu.Lock()
			log.buf.Write(b[:n])
			log.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	guard := time.Now().Add(firstFrameGuard)
	for !log.contains("Risks by severity") {
		if time.Now().After(guard) {
			t.Fatalf("no first frame")
		}
		time.Sleep(time.Millisecond)
	}
	log.mu.Lock()
	defer log.mu.Unlock()
	return log.buf.String()
}

// TestStartupWhenTheTerminalNeverAnswers starts the program on a terminal that
// answers no query at all: it asks for the background colour, gets no answer
// and still draws its first frame; with --dark it does not ask at all. (How
// long start-up takes is measured by TestStartupToFirstFrame's log, not
// asserted.)
func TestStartupWhenTheTerminalNeverAnswers(t *testing.T) {
	const query = "\x1b]11;?"
	if out := startInPTY(t, "demo"); !strings.Contains(out, query) {
		t.Errorf("the program did not ask for the background colour:\n%q", out)
	}
	if out := startInPTY(t, "--dark", "demo"); strings.Contains(out, query) {
		t.Errorf("--dark asked for the background colour all the same:\n%q", out)
	}
}
