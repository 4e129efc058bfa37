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

// startInPTY runs pocssr on a silent pseudo-terminal and returns the time to
// its first frame.
func startInPTY(t *testing.T, args ...string) time.Duration {
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
	began := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	for !log.contains("Risks by severity") {
		if time.Since(began) > 10*time.Second {
			t.Fatalf("no first frame in 10 s")
		}
		time.Sleep(time.Millisecond)
	}
	return time.Since(began)
}

// TestStartupWhenTheTerminalNeverAnswers starts the program on a terminal that
// answers no query at all: start-up waits at most backgroundTimeout for the
// background colour, and not at all with --dark.
func TestStartupWhenTheTerminalNeverAnswers(t *testing.T) {
	var asked, told time.Duration
	for i := 0; i < 3; i++ {
		asked = max(asked, startInPTY(t, "demo"))
		told = max(told, startInPTY(t, "--dark", "demo"))
	}
	t.Logf("first frame on a silent terminal: %d ms asking for the background, %d ms with --dark",
		asked.Milliseconds(), told.Milliseconds())
	if asked > backgroundTimeout+time.Second || told > time.Second {
		t.Errorf("start-up too slow: %v asking, %v with --dark", asked, told)
	}
}
