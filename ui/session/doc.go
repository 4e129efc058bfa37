// Package session holds what an editing session keeps besides drawing: the
// worksheet being edited (Sheet: every activity's verdict cached, the tally
// as a classify.Summary, undo, the dirty state), the checks before a save
// replaces a file (CheckSave), and the autosave store: one autosave per
// running session, a lock that tells for sure which sessions are still
// running, the autosaves that sessions which ended without saving left
// behind, and the pacing of writes (the first change at once, a burst after
// it gathered into one write). It knows nothing of the terminal.
package session
