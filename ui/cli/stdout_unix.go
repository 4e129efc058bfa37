//go:build unix

package cli

import (
	"os"

	"golang.org/x/sys/unix"
)

// stdoutClosed reports whether the shell started pocssr with its standard
// output closed (cmd >&-). The Go runtime then opens /dev/null read-write
// in its place, where a redirection to /dev/null opens it write-only: a
// read-write /dev/null on descriptor 1 is taken for a closed output.
func stdoutClosed() bool {
	var st, null unix.Stat_t
	if unix.Fstat(1, &st) != nil {
		return true
	}
	if unix.Stat(os.DevNull, &null) != nil || st.Rdev != null.Rdev || st.Mode&unix.S_IFMT != unix.S_IFCHR {
		return false
	}
	fl, err := unix.FcntlInt(1, unix.F_GETFL, 0)
	return err == nil && fl&unix.O_ACCMODE == unix.O_RDWR
}
