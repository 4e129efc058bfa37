package worksheet

// A row cuts a long title with "…" (or shows the one the import shortened),
// and enter opens the activity, whose account gives the title whole and,
// for a shortened one, the paragraph. At 80 columns nearly every title was
// cut and neither the footer nor the help said how to read one whole: the
// column header says it beside "Activity" whenever a title in view is cut,
// as the board's legend does ("…: ? whole when selected").

// Notes of a cut title for the column header, longest first: the first
// that fits beside the count of rows out of sight is said.
const (
	cutNote      = " · …: enter shows the activity whole"
	cutNoteShort = " …: enter shows whole"
	cutNoteLeast = " …: enter whole"
)

// headerCues are what the header may put beside "Activity", in the order
// it tries them: the count of rows out of sight in words (cue) or arrows
// (shortCue), with the note of a cut title where one is in view (cut), in
// fewer words as the room asks, and the count alone last: the count is
// never dropped for the note.
func headerCues(cue, shortCue string, cut bool) []string {
	if !cut {
		return []string{cue, shortCue}
	}
	if cue == "" {
		return []string{cutNote, cutNoteShort, cutNoteLeast, ""}
	}
	return []string{cue + cutNote, shortCue + cutNote, cue + cutNoteShort, shortCue + cutNoteShort,
		shortCue + cutNoteLeast, cue, shortCue}
}
