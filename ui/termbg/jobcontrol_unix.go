//go:build unix

package termbg

import (
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// JobControl reports whether a stop signal would stop the program and a
// shell could bring it back: the program's process group must not be
// orphaned, that is, some ancestor outside the group (the shell that
// started the job) must be in the same session. The kernel discards a stop
// sent to an orphaned group, and the program would wait for a resume that
// never comes, its screen given up. Ancestors are read from /proc where
// there is one; elsewhere the parent alone decides, and a parent in the
// group is taken as a job-control shell's job.
func JobControl() bool {
	group, session := unix.Getpgrp(), sessionOf(0)
	if session < 0 {
		return false
	}
	for pid := os.Getppid(); pid > 1; {
		pg, err := unix.Getpgid(pid)
		if err != nil {
			return false
		}
		if pg != group {
			return sessionOf(pid) == session
		}
		next, ok := parentOf(pid)
		if !ok {
			return true
		}
		pid = next
	}
	return false
}

func sessionOf(pid int) int {
	sid, err := unix.Getsid(pid)
	if err != nil {
		return -1
	}
	return sid
}

// parentOf reads a process's parent from /proc/PID/stat, whose fourth field
// it is (the second, the name, is in parentheses and may hold spaces).
func parentOf(pid int) (int, bool) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, false
	}
	s := string(data)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 2 {
		return 0, false
	}
	ppid, err := strconv.Atoi(fields[1])
	return ppid, err == nil
}
