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
	// cutNoteKey names the key alone, where a Ref column of two mandates'
	// references leaves the title little room ("Activity ↑43↓3 …: enter").
	cutNoteKey = " …: enter"
)

// headerCues are what the header may put beside "Activity", in the order
// it tries them: the count of rows out of sight in words (cue), in arrows
// (shortCue), in arrows without a blank between them (tightCue), with the
// note of a cut title where one is in view (cut), the count's words and
// then the note's shortened as the room asks, and the count alone last:
// the count is never dropped for the note, nor the note for the count's
// words.
func headerCues(cue, shortCue, tightCue string, cut bool) []string {
	if !cut {
		return []string{cue, shortCue}
	}
	if cue == "" {
		return []string{cutNote, cutNoteShort, cutNoteLeast, cutNoteKey, ""}
	}
	return []string{cue + cutNote, shortCue + cutNote, cue + cutNoteShort, shortCue + cutNoteShort,
		shortCue + cutNoteLeast, tightCue + cutNoteLeast, shortCue + cutNoteKey, tightCue + cutNoteKey, cue, shortCue}
}
