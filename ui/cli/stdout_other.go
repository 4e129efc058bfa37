//go:build !unix

package cli

// stdoutClosed cannot tell a closed standard output here; write errors are
// still reported.
func stdoutClosed() bool { return false }
