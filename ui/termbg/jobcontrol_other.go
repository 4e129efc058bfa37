//go:build !unix

package termbg

// JobControl is false: a Windows console has no job control to suspend a
// program to.
func JobControl() bool { return false }
