//go:build unix

package session

import (
	"io/fs"
	"os"
	"syscall"
)

// hasModes says that the system keeps a file's permission bits, so that the
// folder's mode 0700 keeps other users out.
const hasModes = true

// nonBlocking opens a named pipe without waiting for a writer.
const nonBlocking = syscall.O_NONBLOCK

// ownedByUser reports whether the folder belongs to the user running the
// program.
func ownedByUser(st fs.FileInfo) bool {
	sys, ok := st.Sys().(*syscall.Stat_t)
	return ok && int(sys.Uid) == os.Geteuid()
}
