package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/pocssr/pocssr/model"
)

// recovery keeps the unsaved state of a worksheet in a file of the user's state
// directory ($XDG_STATE_HOME/pocssr, else ~/.local/state/pocssr), written after
// every change, so that a crash or a closed terminal loses nothing: the next
// start offers to restore it. Each worksheet file has its own recovery file; so
// do the unnamed worksheet and the case library.
type recovery struct {
	path string

	mu      sync.Mutex
	written uint64 // the newest change written (or removed), so late writes lose
}

// recoveryVersion is the version of the recovery file's layout.
const recoveryVersion = 1

// recoveryFile is what the recovery file holds.
type recoveryFile struct {
	Version   int             `json:"version"`
	File      string          `json:"file"` // the worksheet's file, "" when unnamed
	Saved     time.Time       `json:"saved"`
	PID       int             `json:"pid"`
	Worksheet json.RawMessage `json:"worksheet"`
}

// recovered is unsaved work found at start-up.
type recovered struct {
	File      string
	Saved     time.Time
	Worksheet *model.Worksheet
}

// stateDir is where pocssr keeps its state.
func stateDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "pocssr"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", "pocssr"), nil
}

// recoveryName is the recovery file's name for a worksheet: its file's base
// name and a digest of its absolute path, or "unnamed" / "case-library".
func recoveryName(file string, demo bool) string {
	switch {
	case demo:
		return "case-library.json"
	case file == "":
		return "unnamed.json"
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	sum := sha256.Sum256([]byte(abs))
	return model.Slug(filepath.Base(file)) + "-" + hex.EncodeToString(sum[:6]) + ".json"
}

// openRecovery returns the recovery store of a worksheet.
func openRecovery(file string, demo bool) (*recovery, error) {
	dir, err := stateDir()
	if err != nil {
		return nil, err
	}
	return &recovery{path: filepath.Join(dir, recoveryName(file, demo))}, nil
}

// Path is the recovery file.
func (r *recovery) Path() string { return r.path }

// recoverySnapshot is a worksheet as it stood at one change, taken in Update
// and then encoded and written in the background.
type recoverySnapshot struct {
	file      string
	saved     time.Time
	worksheet model.Worksheet
}

// captureRecovery copies a worksheet for the autosave. The copy is shallow: the
// UI replaces an activity's texts and lists and never changes them in place, so
// the copy stays as it was while the worksheet goes on changing. An activity
// still without a title gets a provisional one, since a worksheet without titles
// cannot be read back.
func captureRecovery(ws *model.Worksheet, now time.Time) *recoverySnapshot {
	snap := &recoverySnapshot{file: ws.Path(), saved: now.UTC()}
	if snap.file != "" {
		if abs, err := filepath.Abs(snap.file); err == nil {
			snap.file = abs
		}
	}
	snap.worksheet.Mission, snap.worksheet.Mandate = ws.Mission, ws.Mandate
	copies := make([]model.Activity, len(ws.Activities))
	snap.worksheet.Activities = make([]*model.Activity, len(ws.Activities))
	for i, a := range ws.Activities {
		copies[i] = *a
		if untitled(a) {
			copies[i].Title = titleFrom(a.Description)
		}
		snap.worksheet.Activities[i] = &copies[i]
	}
	return snap
}

// encode renders the snapshot as the recovery file.
func (snap *recoverySnapshot) encode() ([]byte, error) {
	content, err := snap.worksheet.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return json.Marshal(recoveryFile{Version: recoveryVersion, File: snap.file, Saved: snap.saved,
		PID: os.Getpid(), Worksheet: content})
}

// encodeRecovery captures and encodes a worksheet at once.
func encodeRecovery(ws *model.Worksheet, now time.Time) ([]byte, error) {
	return captureRecovery(ws, now).encode()
}

func untitled(a *model.Activity) bool { return strings.TrimSpace(a.Title) == "" }

// Write stores the state of change gen, unless a newer one was written already.
func (r *recovery) Write(gen uint64, data []byte) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if gen < r.written {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(r.path), 0o700); err != nil {
		return err
	}
	if err := model.WriteFileAtomic(r.path, data, 0o600); err != nil {
		return err
	}
	r.written = gen
	return nil
}

// Remove deletes the recovery file: nothing is left unsaved at change gen.
func (r *recovery) Remove(gen uint64) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if gen < r.written {
		return nil
	}
	r.written = gen + 1 // a write of gen still on its way must not bring it back
	if err := os.Remove(r.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// Load reads the recovery file, if there is one that another running session is
// not still writing. A damaged file is reported as an error and left alone.
func (r *recovery) Load(vocab *model.Vocabulary) (*recovered, error) {
	data, err := os.ReadFile(r.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var f recoveryFile
	if err := json.Unmarshal(data, &f); err != nil || f.Version != recoveryVersion {
		return nil, errors.New("the autosave " + r.path + " cannot be read")
	}
	if f.PID != os.Getpid() && processRunning(f.PID) {
		return nil, nil
	}
	ws, err := model.Parse(r.path, f.Worksheet, vocab)
	if err != nil {
		return nil, err
	}
	return &recovered{File: f.File, Saved: f.Saved, Worksheet: ws}, nil
}

// processRunning reports whether a process of that id exists.
func processRunning(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
