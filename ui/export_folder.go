package ui

import "path/filepath"

// A file named without a folder is read or written, unnoticed, in the
// folder pocssr was started in: every file dialog names that folder in the
// same sentence, and the message after an export the whole path written.

// folderNote is every file dialog's line on where a path leads: the export
// and Save-as dialogs, where a file is written, and the Import and Compare
// dialogs, where one is read (these said "the folder pocssr was started
// in" and named none).
func (m *Model) folderNote() string {
	where := "the folder pocssr was started in"
	if m.startedIn != "" {
		where += ", " + m.startedIn
	}
	return "A path is relative to " + where + "; ~ is your home folder; tab completes."
}

// exportPath is the whole path an export named path is written to: a
// relative one is in the folder pocssr was started in.
func (m *Model) exportPath(path string) string {
	if filepath.IsAbs(path) || m.startedIn == "" {
		return path
	}
	return filepath.Join(m.startedIn, path)
}
