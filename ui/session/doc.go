// Package session holds what an editing session keeps besides drawing. For now
// that is the autosave store: one autosave per running session, a lock that
// tells for sure which sessions are still running, the autosaves that
// sessions which ended without saving left behind, and the pacing of writes
// (the first change at once, a burst after it gathered into one write). It
// knows nothing of the terminal.
package session
