package ui

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// recovery is the session's autosave as the UI drives it: the unsaved state of
// the worksheet is kept in a file of the user's state directory (see
// session.Store), one file per running program, so that a crash or a closed
// terminal loses nothing and the next start offers it back. A recovery whose
// store could not be opened still exists: it says why, and quitting with
// unsaved changes then asks first.
type recovery struct {
	save        *session.Autosave // nil when unavailable
	unavailable error             // why there is no autosave

	// base is the worksheet's file as this session read or last saved it, or
	// as the restored autosave's session did: a save over a file that no longer
	// matches it asks first.
	base session.Base
	// failing is the last write's error, until a write succeeds; reported is
	// the change of the newest outcome taken note of, so that a late outcome
	// of an older write does not overrule it.
	failing  error
	reported uint64
	debounce session.Debounce

	// timer starts the debounce timer; run runs a write off the event loop.
	// Tests replace both so that no outcome depends on the clock or on
	// scheduling.
	timer func(time.Duration) tea.Cmd
	run   func(func() tea.Msg) tea.Cmd

	// discardAtEnd: the program ends with nothing unsaved in the autosave (or
	// with the planner's word to discard it), which end then removes, after
	// the event loop, as of change discardGen.
	discardAtEnd bool
	discardGen   uint64

	// copies are the activities as the last snapshot held them, shared with
	// the next one where they did not change (saving_autosave.go).
	copies activityCopies
}

// recovered is the unsaved work of an ended session, found at start-up.
type recovered struct {
	found     *session.Found
	Saved     time.Time
	Base      session.Base
	Worksheet *model.Worksheet
	// Confirmed are the drafts' answers the ended session's planner
	// confirmed, by the activity's place.
	Confirmed map[int][]model.Fact
}

type (
	autosaveTickMsg struct{}
	autosavedMsg    struct {
		gen uint64 // the change written
		err error
	}
)

func newRecovery(save *session.Autosave, base session.Base) *recovery {
	return &recovery{save: save, base: base,
		timer: func(d time.Duration) tea.Cmd {
			return tick(d, func(time.Time) tea.Msg { return autosaveTickMsg{} })
		},
		run: func(f func() tea.Msg) tea.Cmd { return f }}
}

// startRecovery begins this session's autosave for a worksheet and reads what
// ended sessions left for it. problems are autosaves that cannot be read (left
// as they are). The recovery is never nil: without a store it says why.
//
// An autosave that holds the very worksheet being opened is no unsaved work:
// nothing would be restored, so it is deleted rather than offered (a demo
// killed after its edits were undone, a session that saved and then died).
func startRecovery(file string, demo bool, base session.Base, opened *model.Worksheet, vocab *model.Vocabulary) (rec *recovery, found []*recovered, problems []string) {
	same := sameWork(opened)
	store, err := session.OpenStore()
	var save *session.Autosave
	if err == nil {
		if save, err = store.Begin(session.WorksheetName(file, demo)); err != nil {
			store.Close()
		}
	}
	if err != nil {
		rec = newRecovery(nil, base)
		rec.unavailable = err
		return rec, nil, nil
	}
	rec = newRecovery(save, base)
	ended, errs := store.Ended(session.WorksheetName(file, demo), save)
	for _, e := range errs {
		problems = append(problems, oneLine(e.Error()))
	}
	for _, f := range ended {
		ws, err := model.Parse(f.Path, f.Worksheet, vocab)
		if err != nil {
			f.Release()
			problems = append(problems, oneLine(err.Error()))
			continue
		}
		if same(ws) {
			f.Discard()
			continue
		}
		found = append(found, &recovered{found: f, Saved: f.Saved, Base: f.Base, Worksheet: ws, Confirmed: confirmedFacts(f.Confirmed)})
	}
	return rec, found, problems
}

// sameWork returns whether a worksheet holds the same work as opened: the
// same mission, mandate and activities, as a save would write them.
func sameWork(opened *model.Worksheet) func(*model.Worksheet) bool {
	if opened == nil {
		return func(*model.Worksheet) bool { return false }
	}
	want, err := work(opened)
	return func(ws *model.Worksheet) bool {
		got, gerr := work(ws)
		return err == nil && gerr == nil && bytes.Equal(got, want)
	}
}

// work is a worksheet's content as JSON, which holds no comments or layout.
func work(ws *model.Worksheet) ([]byte, error) {
	c := &model.Worksheet{Mission: ws.Mission, Mandate: ws.Mandate, Activities: ws.Activities}
	return c.Encode(model.JSON)
}

// end closes the session's autosave at the program's end; unsaved work kept
// in it stays for the next start.
func (r *recovery) end() {
	if r != nil && r.save != nil {
		if r.discardAtEnd {
			disk.removeAutosave(r.save, r.discardGen)
		}
		r.save.End()
	}
}

// Path is the autosave's file ("" when unavailable).
func (r *recovery) Path() string {
	if r.save == nil {
		return ""
	}
	return r.save.Path()
}

// recoverySnapshot is a worksheet as it stood at one change, taken in Update
// and then encoded and written in the background.
type recoverySnapshot struct {
	session   string
	file      string
	saved     time.Time
	base      session.Base
	worksheet model.Worksheet
	confirmed map[int][]model.Fact // the drafts' confirmed answers
}

// encode renders the snapshot as an autosave.
func (snap *recoverySnapshot) encode() ([]byte, error) {
	content, err := snap.worksheet.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return session.Encode(session.Record{Session: snap.session, File: snap.file, Saved: snap.saved, Base: snap.base, Worksheet: content,
		Confirmed: confirmedKeys(snap.confirmed)})
}

// confirmedKeys names confirmed answers by their facts' keys, for the
// autosave.
func confirmedKeys(held map[int][]model.Fact) map[int][]string {
	if len(held) == 0 {
		return nil
	}
	out := make(map[int][]string, len(held))
	for i, facts := range held {
		for _, f := range facts {
			out[i] = append(out[i], f.Key())
		}
	}
	return out
}

// confirmedFacts reads confirmed answers back from an autosave; a key no
// fact has (an autosave of another version) is passed over.
func confirmedFacts(held map[int][]string) map[int][]model.Fact {
	if len(held) == 0 {
		return nil
	}
	out := make(map[int][]model.Fact, len(held))
	for i, keys := range held {
		for _, k := range keys {
			if f, ok := model.FactByKey(k); ok {
				out[i] = append(out[i], f)
			}
		}
	}
	return out
}

func untitled(a *model.Activity) bool { return strings.TrimSpace(a.Title) == "" }

// autosaveChanged paces the autosave after a change: the first change is
// written at once, the ones that follow gathered (see session.Debounce).
func (m *Model) autosaveChanged() tea.Cmd {
	r := m.recovery
	if r == nil || r.save == nil {
		return nil
	}
	return m.autosaveStep(r.debounce.Changed())
}

func (m *Model) autosaveStep(write, startTimer bool) tea.Cmd {
	var cmds []tea.Cmd
	if write {
		cmds = append(cmds, m.autosave())
	}
	if startTimer {
		cmds = append(cmds, m.recovery.timer(session.AutosaveDelay))
	}
	return tea.Batch(cmds...)
}

// autosave writes the autosave when there are unsaved changes, and removes it
// when there are none. The activities changed since the last snapshot are
// copied here, in Update; encoding and writing run in the background.
func (m *Model) autosave() tea.Cmd {
	r := m.recovery
	if r == nil || r.save == nil {
		return nil
	}
	s := m.sh.sheet
	if !s.Dirty() {
		return m.removeRecovery()
	}
	snap, save, gen := r.copies.snapshot(s.Sheet, m.sh.now()).of(r), r.save, s.Gen()
	return r.run(func() tea.Msg {
		data, err := snap.encode()
		if err == nil {
			err = disk.writeAutosave(save, gen, data)
		}
		return autosavedMsg{gen: gen, err: err}
	})
}

// autosaved takes note of a write's outcome: a failure stays on screen until a
// write succeeds.
func (m *Model) autosaved(msg autosavedMsg) {
	r := m.recovery
	if r == nil || msg.gen < r.reported {
		return
	}
	r.reported, r.failing = msg.gen, msg.err
	if msg.err != nil {
		m.status, m.statusErr = m.autosaveWarning(), true
	}
}

// autosaveWarning is the line that says unsaved work is not being kept, or "".
func (m *Model) autosaveWarning() string {
	if m.recovery == nil {
		return ""
	}
	switch {
	case m.recovery.unavailable != nil:
		return "Autosave unavailable: " + oneLine(m.recovery.unavailable.Error())
	case m.recovery.failing != nil:
		return "Autosave failing, unsaved changes are not kept: " + oneLine(m.recovery.failing.Error())
	}
	return ""
}

// removeRecovery returns the command that removes the autosave: nothing
// unsaved is left in it.
func (m *Model) removeRecovery() tea.Cmd {
	r := m.recovery
	if r == nil || r.save == nil {
		return nil
	}
	r.failing = nil
	save, gen := r.save, m.sh.sheet.Gen()
	return r.run(func() tea.Msg {
		disk.removeAutosave(save, gen)
		return nil
	})
}

// quitDiscarding ends the program; the autosave goes once the event loop
// has ended (recovery.end), so that quitting never waits on the disk.
func (m *Model) quitDiscarding() tea.Cmd {
	if r := m.recovery; r != nil && r.save != nil {
		r.discardAtEnd, r.discardGen, r.failing = true, m.sh.sheet.Gen(), nil
	}
	return tea.Quit
}

// forceQuit ends the program at once; unsaved work stays in the autosave. When
// the autosave cannot keep it, the program asks first, and a second ctrl+c
// ends it with the work lost, said on the way out and in the exit status.
func (m *Model) forceQuit() tea.Cmd {
	if !m.sh.sheet.Dirty() {
		return m.quitDiscarding()
	}
	r := m.recovery
	if r == nil {
		return tea.Quit // no autosave wanted (tests, benchmarks)
	}
	err := r.unavailable
	if err == nil {
		var data []byte
		if data, err = r.copies.snapshot(m.sh.sheet.Sheet, m.sh.now()).of(r).encode(); err == nil {
			err = disk.writeAutosave(r.save, m.sh.sheet.Gen(), data)
		}
	}
	if err == nil {
		m.Note = "Unsaved changes are kept in " + r.Path() + "; the next start offers to restore them."
		return tea.Quit
	}
	r.failing = err
	if m.prompt != nil && m.prompt.id == promptLoseWork {
		m.LostWork = fmt.Errorf("pocssr: quit with unsaved changes that are lost: the autosave failed (%s)", oneLine(err.Error()))
		return tea.Quit
	}
	m.quitAfterSave = false
	m.prompt = newChoicePrompt(promptLoseWork, "Unsaved changes would be lost", []string{
		"The autosave cannot keep them: " + oneLine(err.Error()) + ".",
		"Save them to a file first, or press ctrl+c again to quit and lose them.",
	}, promptChoice{"s", "save and quit"}, promptChoice{"a", "save as another file"})
	m.prompt.esc = "go back"
	return nil
}

// of marks a snapshot as the autosave of a session, based on its file's base.
func (snap *recoverySnapshot) of(r *recovery) *recoverySnapshot {
	snap.base = r.base
	if r.save != nil {
		snap.session = r.save.Session()
	}
	return snap
}

// answerLoseWork acts on the question asked when ctrl+c would lose work.
func (m *Model) answerLoseWork(a promptAnswer) tea.Cmd {
	switch a.choice {
	case "s":
		m.quitAfterSave = true
		return m.save("", false)
	case "a":
		m.quitAfterSave = true
		m.askSaveAs()
	}
	return nil
}

// offerRestore asks whether to restore the first of the unsaved work found at
// start-up; the rest waits its turn.
func (m *Model) offerRestore(found []*recovered) {
	if len(found) == 0 {
		return
	}
	f := found[0]
	n := len(f.Worksheet.Activities)
	when := f.Saved.Local().Format("2 Jan 2006 15:04")
	lead := "A session ended without saving."
	later := "Deciding later keeps it for the next start."
	if len(found) > 1 {
		lead = fmt.Sprintf("%d sessions ended without saving; this is the newest.", len(found))
		later = fmt.Sprintf("Deciding later keeps all %d for the next start.", len(found))
	}
	msg := []string{
		fmt.Sprintf("%s Its autosave from %s holds %s.", lead, when, plural(n, "activity", "activities")),
		"Restoring puts the autosaved work in place of what was opened; discarding deletes the autosave. " + later,
	}
	if m.recovery != nil && f.Base != m.recovery.base && m.sh.sheet.Worksheet().Path() != "" {
		msg = append(msg, "The file has changed since that session read it: saving the restored work will ask first.")
	}
	m.prompt = newChoicePrompt(promptRestore, "Restore unsaved work?", msg,
		promptChoice{"r", "restore"}, promptChoice{"d", "discard"})
	m.prompt.data = found
	m.prompt.esc = "decide later"
}

func (m *Model) answerRestore(a promptAnswer) tea.Cmd {
	found, _ := a.data.([]*recovered)
	if len(found) == 0 {
		return nil
	}
	f, rest := found[0], found[1:]
	switch a.choice {
	case "r":
		s := m.sh.sheet
		ws := s.Worksheet()
		ws.Mission, ws.Mandate = f.Worksheet.Mission, f.Worksheet.Mandate
		ws.Activities = f.Worksheet.Activities
		s.Replace(ws)
		s.ConfirmAll(f.Confirmed)
		s.Changed()
		m.worksheet.Top()
		// The restored work is measured against the file as its session read
		// it: a colleague's save since then is not silently replaced.
		if m.recovery != nil {
			m.recovery.base = f.Base
		}
		note := fmt.Sprintf("Restored %s from the autosave; ctrl+s saves them.", plural(s.Len(), "activity", "activities"))
		// The ended session's autosave goes once this session's own holds the
		// work; other autosaves wait for the next start, so that restoring one
		// never replaces another restored before it.
		if m.keepRestored() {
			f.discard()
		} else {
			f.release()
			note = "Restored, but the autosave is failing: the earlier autosave is kept. " + note
		}
		for _, r := range rest {
			r.release()
		}
		if len(rest) > 0 {
			note += fmt.Sprintf(" %s kept for the next start.", plural(len(rest), "other autosave is", "other autosaves are"))
		}
		return m.sh.status(note)
	case "d":
		f.discard()
		m.offerRestore(rest)
		return m.sh.status("The autosave was discarded.")
	default:
		// Deciding later is one answer for all the work found: offering the
		// next autosave in a dialog that reads the same made the first esc
		// look ignored.
		for _, r := range found {
			r.release()
		}
		if len(found) > 1 {
			return m.sh.status(fmt.Sprintf("%d autosaves are kept for the next start.", len(found)))
		}
	}
	return nil
}

// keepRestored writes restored work to this session's autosave at once,
// reporting whether it is kept there.
func (m *Model) keepRestored() bool {
	r := m.recovery
	if r == nil || r.save == nil {
		return false
	}
	data, err := r.copies.snapshot(m.sh.sheet.Sheet, m.sh.now()).of(r).encode()
	if err == nil {
		err = disk.writeAutosave(r.save, m.sh.sheet.Gen(), data)
	}
	r.failing = err
	return err == nil
}

func (f *recovered) discard() {
	if f.found != nil {
		f.found.Discard()
	}
}

func (f *recovered) release() {
	if f.found != nil {
		f.found.Release()
	}
}
