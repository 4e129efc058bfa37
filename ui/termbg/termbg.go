// Package termbg finds out, within a time limit, whether the terminal has a
// dark background, and keeps bubbletea v1 from asking first without one.
//
// bubbletea v1.3 asks the terminal for its background colour in an init
// function and waits up to five seconds for the answer: a terminal that never
// answers stalls every start of the program, batch commands included, before
// any flag is read. This package imports nothing that imports bubbletea, so it
// is initialised first; its init hides TERM ("dumb" makes that query a no-op)
// and Restore, called from package ui's init, puts it back. The interactive
// program then asks the terminal itself, with Query and a short time limit,
// unless --light or --dark says the answer.
//
// It also tells, once at start, whether a shell's job control could bring
// the program back after ctrl+z (JobControl).
package termbg

import (
	"os"
)

var (
	savedTerm string
	hadTerm   bool
	hidden    bool
)

func init() {
	savedTerm, hadTerm = os.LookupEnv("TERM")
	os.Setenv("TERM", "dumb")
	hidden = true
}

// Restore puts back the TERM that init hid. It is safe to call more than once.
func Restore() {
	if !hidden {
		return
	}
	hidden = false
	if hadTerm {
		os.Setenv("TERM", savedTerm)
	} else {
		os.Unsetenv("TERM")
	}
}
