package ui

import "path/filepath"

// An export named without a folder was written, unnoticed, in the folder
// pocssr was started in: the dialog names that folder, and the message
// after it the whole path written.

// exportFolderNote is the export dialog's line on where the file goes; the
// Save-as dialog says it in the same words (it said "the folder pocssr was
// started in" and named none).
func (m *Model) exportFolderNote() string {
	where := "the folder pocssr was started in"
	if m.startedIn != "" {
		where += ", " + m.startedIn
	}
	return "A file name alone is written in " + where + "; ~ is your home folder; tab completes."
}

// exportPath is the whole path an export named path is written to: a
// relative one is in the folder pocssr was started in.
func (m *Model) exportPath(path string) string {
	if filepath.IsAbs(path) || m.startedIn == "" {
		return path
	}
	return filepath.Join(m.startedIn, path)
}
