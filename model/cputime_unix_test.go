//go:build unix

package model

import "syscall"

// processorTime is the user and system time the process has used, in
// nanoseconds.
func processorTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
