//go:build unix

package termbg

import (
	"os"
	"time"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// Query asks the terminal on in/out for its background colour (OSC 11), and
// for the cursor position, which every terminal answers: once that answer
// arrives, a terminal that ignores OSC 11 has said all it will. It gives up
// after timeout. dark reports whether the background is dark.
func Query(in, out *os.File, timeout time.Duration) (dark bool, err error) {
	if !term.IsTerminal(in.Fd()) || !term.IsTerminal(out.Fd()) {
		return true, ErrNoAnswer
	}
	state, err := term.MakeRaw(in.Fd())
	if err != nil {
		return true, err
	}
	defer term.Restore(in.Fd(), state)
	if _, err := out.WriteString("\x1b]11;?\x07\x1b[6n"); err != nil {
		return true, err
	}
	answer := readAnswer(int(in.Fd()), timeout)
	if r, g, b, ok := parseOSC11(answer); ok {
		return luminance(r, g, b) < 0.5, nil
	}
	return fromEnvironment()
}

// readAnswer reads what the terminal sends until the cursor position report
// ends it (ESC [ row ; col R) or the time is up.
func readAnswer(fd int, timeout time.Duration) []byte {
	deadline := time.Now().Add(timeout)
	var got []byte
	buf := make([]byte, 256)
	for {
		left := time.Until(deadline)
		if left <= 0 {
			return got
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left/time.Millisecond)+1)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			return got
		}
		k, err := unix.Read(fd, buf)
		if err != nil || k <= 0 {
			return got
		}
		got = append(got, buf[:k]...)
		if cursorReport(got) {
			return got
		}
	}
}
