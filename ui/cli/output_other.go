//go:build !unix

package cli

// stdoutClosed reports whether standard output was closed when pocssr
// started. Only a Unix shell can start a program so (cmd >&-); elsewhere
// write errors are still reported as they happen.
func stdoutClosed() bool { return false }
