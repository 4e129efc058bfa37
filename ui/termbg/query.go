//go:build unix

package termbg

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// ErrNoAnswer is returned when the terminal did not say its background colour
// in time.
var ErrNoAnswer = errors.New("the terminal did not report its background colour")

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
	if bg, ok := colorFGBG(os.Getenv("COLORFGBG")); ok {
		return bg != 7 && bg != 15, nil
	}
	return true, ErrNoAnswer
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

// cursorReport reports whether b holds a complete cursor position report.
func cursorReport(b []byte) bool {
	i := bytes.Index(b, []byte("\x1b["))
	for i >= 0 {
		rest := b[i+2:]
		j := 0
		for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == ';') {
			j++
		}
		if j > 0 && j < len(rest) && rest[j] == 'R' {
			return true
		}
		k := bytes.Index(rest, []byte("\x1b["))
		if k < 0 {
			return false
		}
		i += 2 + k
	}
	return false
}

// parseOSC11 finds "ESC ] 11 ; rgb:RRRR/GGGG/BBBB" and returns the colour as
// fractions of full intensity.
func parseOSC11(b []byte) (r, g, bl float64, ok bool) {
	s := string(b)
	i := strings.Index(s, "\x1b]11;rgb:")
	if i < 0 {
		return 0, 0, 0, false
	}
	s = s[i+len("\x1b]11;rgb:"):]
	if end := strings.IndexAny(s, "\x07\x1b"); end >= 0 {
		s = s[:end]
	}
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return 0, 0, 0, false
	}
	var v [3]float64
	for n, p := range parts {
		if len(p) == 0 || len(p) > 4 {
			return 0, 0, 0, false
		}
		x, err := strconv.ParseUint(p, 16, 16)
		if err != nil {
			return 0, 0, 0, false
		}
		v[n] = float64(x) / float64(uint64(1)<<(4*len(p))-1)
	}
	return v[0], v[1], v[2], true
}

// luminance is the relative luminance of a colour (ITU-R BT.709 weights).
func luminance(r, g, b float64) float64 { return 0.2126*r + 0.7152*g + 0.0722*b }

// colorFGBG reads the background colour index from COLORFGBG ("15;0").
func colorFGBG(v string) (int, bool) {
	i := strings.LastIndexByte(v, ';')
	if i < 0 {
		return 0, false
	}
	n, err := strconv.Atoi(v[i+1:])
	return n, err == nil
}
