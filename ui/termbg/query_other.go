//go:build !unix

package termbg

import (
	"errors"
	"os"
	"time"
)

// ErrNoAnswer is returned when the terminal did not say its background colour
// in time.
var ErrNoAnswer = errors.New("the terminal did not report its background colour")

// Query cannot ask this system's terminal; it assumes a dark background.
func Query(in, out *os.File, timeout time.Duration) (dark bool, err error) {
	return true, ErrNoAnswer
}
