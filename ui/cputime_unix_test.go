//go:build unix

package ui

import "syscall"

// processorTime is the processor time the process has used, user and
// system, in nanoseconds: on a shared machine it varies far less than the
// wall-clock time a benchmark reports.
func processorTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
