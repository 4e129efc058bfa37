//go:build linux

package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// A Word document bound for a real terminal is refused: the check sees the
// terminal through the guard Main puts on standard output (a stand-in for
// isTerminal would not see that the guard hid it).
func TestDOCXRefusedOnARealTerminal(t *testing.T) {
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	defer m.Close()
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	tty, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer tty.Close()
	// Whatever reaches the terminal is read, so that a document written to
	// it by mistake fails the test rather than filling the terminal's
	// buffer and waiting.
	go func() { _, _ = io.Copy(io.Discard, m) }()
	var errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: tty, Stderr: &errOut}
	code := Main(env, "test", []string{"classify", "testdata/good.yaml", "-f", "docx"})
	if code != ExitInvalid || !strings.Contains(errOut.String(), "-o FILE.docx") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}
