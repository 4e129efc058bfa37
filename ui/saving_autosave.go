package ui

import (
	"path/filepath"
	"time"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// The autosave's snapshot is taken in Update, since the worksheet goes on
// changing while it is encoded in the background. Copying every activity on
// every change made each edit of a long worksheet wait on the copy (18–40 ms
// and 48 MB at 40,000 activities). The autosave therefore keeps its copy of
// each activity with the version the sheet gave the activity when it was
// copied (session.Sheet.Version): a snapshot copies only the activities whose
// version moved since, and shares the others with the snapshots before it. A
// copy is never changed once made, so the encodings running in the background
// may read it while the next snapshot is taken.

// activityCopies is the autosave's copy of each activity of the worksheet.
type activityCopies struct {
	held map[*model.Activity]activityCopy
	// made counts the copies made, for the tests that check that an edit
	// copies what it changed and not the worksheet.
	made int
}

// activityCopy is an activity as it stood at one version.
type activityCopy struct {
	version uint64
	copy    *model.Activity
}

// snapshot copies the sheet's worksheet for the autosave, reusing every
// activity's copy whose version still stands.
func (c *activityCopies) snapshot(s *session.Sheet, now time.Time) *recoverySnapshot {
	ws := s.Worksheet()
	snap := newRecoverySnapshot(ws, now)
	if c.held == nil {
		c.held = make(map[*model.Activity]activityCopy, len(ws.Activities))
	}
	acts := make([]*model.Activity, len(ws.Activities))
	for i, a := range ws.Activities {
		v := s.Version(a)
		held, ok := c.held[a]
		if !ok || v == 0 || held.version != v {
			held = activityCopy{version: v, copy: autosaveCopyOf(a)}
			c.held[a] = held
			c.made++
		}
		acts[i] = held.copy
	}
	snap.worksheet.Activities = acts
	snap.confirmed = s.Confirmations()
	// Activities deleted since stay held until they outnumber the worksheet's;
	// then the held copies are gathered again from the worksheet.
	if len(c.held) > 2*len(acts)+64 {
		kept := make(map[*model.Activity]activityCopy, len(acts))
		for _, a := range ws.Activities {
			kept[a] = c.held[a]
		}
		c.held = kept
	}
	return snap
}

// copyForAutosave makes the autosave's copy of every activity before the
// event loop starts, so that the first edit copies only what it changed.
func (m *Model) copyForAutosave() {
	if r := m.recovery; r != nil && r.save != nil {
		r.copies.snapshot(m.sh.sheet.Sheet, time.Time{})
	}
}

// captureRecovery copies a whole worksheet for the autosave, every activity
// afresh.
func captureRecovery(ws *model.Worksheet, now time.Time) *recoverySnapshot {
	snap := newRecoverySnapshot(ws, now)
	snap.worksheet.Activities = make([]*model.Activity, len(ws.Activities))
	for i, a := range ws.Activities {
		snap.worksheet.Activities[i] = autosaveCopyOf(a)
	}
	return snap
}

// newRecoverySnapshot is a snapshot of a worksheet's heading, without its
// activities.
func newRecoverySnapshot(ws *model.Worksheet, now time.Time) *recoverySnapshot {
	snap := &recoverySnapshot{file: ws.Path(), saved: now.UTC()}
	if snap.file != "" {
		if abs, err := filepath.Abs(snap.file); err == nil {
			snap.file = abs
		}
	}
	snap.worksheet.Mission, snap.worksheet.Mandate = ws.Mission, ws.Mandate
	return snap
}

// autosaveCopyOf copies an activity so that nothing the UI changes later
// reaches the copy: texts are never changed in place and the facts are an
// array, copied with the activity; the register's entries are edited in
// place, so they are copied. An activity still without a title gets a
// provisional one, since a worksheet without titles cannot be read back.
func autosaveCopyOf(a *model.Activity) *model.Activity {
	c := *a
	c.Register = a.Register.Clone()
	if untitled(a) {
		c.Title = component.TitleFrom(a.Description)
	}
	return &c
}
