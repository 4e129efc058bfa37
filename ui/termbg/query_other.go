//go:build !unix

package termbg

import (
	"os"
	"time"
)

// Query cannot ask the console of this system for its colours without
// bubbletea's own input reader; it goes by COLORFGBG, else assumes a dark
// background.
func Query(in, out *os.File, timeout time.Duration) (dark bool, err error) {
	return fromEnvironment()
}
