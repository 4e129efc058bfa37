package ui

// View only draws: what a screen shows is settled at the end of every Update
// (sync), never while drawing. A change to the worksheet made from another
// screen (a delete in the review, an undo, a reload) moves the worksheet's
// cursor and filter here too.

// sync settles the screens after an Update: the worksheet's keys enabled as the
// worksheet now stands, its filter matched and its rows scrolled, when it is
// in front. Under another screen it waits: an answer in the questionnaire
// would otherwise sort a sorted list of 40,000 rows again on every key; the
// Update that brings it back settles it (and what it is asked meanwhile,
// Selected, matches its filter anew).
func (m *Model) sync() {
	if m.nav.front() == worksheetScreen {
		m.worksheet.Settle()
	}
	// The screen in front, when it draws what the worksheet holds, rebuilds
	// it here, after every message, when an edit or an undo changed it; one
	// further down waits until it is in front again.
	if s, ok := m.current().(syncer); ok {
		s.Sync()
	}
}

// syncer is a screen that brings what it draws up to date with the
// worksheet after every message (View only draws).
type syncer interface{ Sync() }
