package termbg

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
)

// ErrNoAnswer is returned when the terminal did not say its background colour
// in time.
var ErrNoAnswer = errors.New("the terminal did not report its background colour")

// fromEnvironment is the answer when the terminal gives none: COLORFGBG,
// which some terminals set ("15;0" is white on black), else dark.
func fromEnvironment() (dark bool, err error) {
	if bg, ok := colorFGBG(os.Getenv("COLORFGBG")); ok {
		return bg != 7 && bg != 15, nil
	}
	return true, ErrNoAnswer
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
