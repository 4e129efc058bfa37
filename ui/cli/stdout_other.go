//go:build !unix

package cli

// stdoutClosed reports whether standard output was closed before pocssr
// started; outside Unix a shell has no way to start a program so, and a
// failed write is reported as it happens.
func stdoutClosed() bool { return false }
