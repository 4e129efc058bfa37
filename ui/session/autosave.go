package session

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/gofrs/flock"
	"github.com/pocssr/pocssr/model"
)

// An autosave is named <worksheet>.<session>.json: the worksheet part says
// which worksheet it belongs to (its file's base name and a digest of its
// absolute path, or "unnamed", or "case-library"), the session part which
// running program wrote it. Each session also holds <session>.lock, locked
// (flock) for as long as the program runs. The kernel lets the lock go when
// the process ends however it ends, so a lock that can be taken means its
// session is over, and a lock that cannot means it is still running — a
// process id could have been reused; a lock cannot.

// WorksheetName is the worksheet part of an autosave's name.
func WorksheetName(file string, demo bool) string {
	switch {
	case demo:
		return "case-library"
	case file == "":
		return "unnamed"
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	sum := sha256.Sum256([]byte(abs))
	return model.Slug(filepath.Base(file)) + "-" + hex.EncodeToString(sum[:6])
}

// idLen is the length of a session id: 8 random bytes in hex.
const idLen = 16

func randomID() string {
	var b [idLen / 2]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func validID(id string) bool {
	if len(id) != idLen {
		return false
	}
	_, err := hex.DecodeString(id)
	return err == nil
}

func autosaveName(worksheet, id string) string { return worksheet + "." + id + ".json" }

func lockName(id string) string { return id + ".lock" }

// Autosave is the autosave of the running session. Writes and removals carry
// the number of the change they are for, so a write that arrives late never
// brings back a state that was saved or written over since.
type Autosave struct {
	store *Store
	id    string
	lock  *flock.Flock

	mu        sync.Mutex
	worksheet string
	written   uint64 // the newest change written (or removed)
}

// Begin starts this session's autosave for a worksheet: it makes the
// session's lock file and holds its lock until End (or until the process
// ends).
func (s *Store) Begin(worksheet string) (*Autosave, error) {
	id := randomID()
	if s.closeBeforeRemove {
		return s.beginInPlace(worksheet, id)
	}
	// The lock file is locked before it gets its name: under its name it is
	// never seen unlocked while this session runs, so nobody takes it for the
	// lock of a session that ended.
	tmp := "." + lockName(id) + ".tmp"
	f, held, err := s.lock(tmp, true)
	if err != nil {
		return nil, err
	}
	if held {
		return nil, errors.New("the autosave lock " + filepath.Join(s.path, tmp) + " is in use")
	}
	if err := s.rename(tmp, lockName(id)); err != nil {
		f.Close()
		s.remove(tmp)
		return nil, err
	}
	return &Autosave{store: s, id: id, lock: f, worksheet: worksheet}, nil
}

// beginInPlace starts a session where a file held open cannot be renamed
// (Windows): the lock file is made under its name and then locked. Another
// program's sweep that finds it unlocked in between may take it for an ended
// session's and remove it; the lock then fails, and the autosave is said to
// be unavailable rather than left unguarded. Once it is open here, nobody
// can remove it.
func (s *Store) beginInPlace(worksheet, id string) (*Autosave, error) {
	f, err := s.open(lockName(id), os.O_RDWR|os.O_CREATE|os.O_EXCL)
	if err != nil {
		return nil, err
	}
	f.Close()
	l, held, err := s.lock(lockName(id), false)
	if err != nil {
		return nil, err
	}
	if held {
		return nil, errors.New("the autosave lock " + filepath.Join(s.path, lockName(id)) + " is in use")
	}
	return &Autosave{store: s, id: id, lock: l, worksheet: worksheet}, nil
}

// Session is this session's id.
func (a *Autosave) Session() string { return a.id }

// Path is the autosave's file.
func (a *Autosave) Path() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return filepath.Join(a.store.path, autosaveName(a.worksheet, a.id))
}

// Rename moves the autosave to another worksheet name, as when the worksheet
// is saved under a new name: the file under the old name goes.
func (a *Autosave) Rename(worksheet string) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if worksheet == a.worksheet {
		return nil
	}
	old := autosaveName(a.worksheet, a.id)
	a.worksheet = worksheet
	return a.store.remove(old)
}

// Write stores the autosave of change gen, unless a newer one is written.
func (a *Autosave) Write(gen uint64, data []byte) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if gen < a.written {
		return nil
	}
	if err := a.store.write(autosaveName(a.worksheet, a.id), data); err != nil {
		return err
	}
	a.written = gen
	return nil
}

// Remove deletes the autosave: nothing is left unsaved at change gen.
func (a *Autosave) Remove(gen uint64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if gen < a.written {
		return nil
	}
	a.written = gen + 1 // a write of gen still on its way must not bring it back
	return a.store.remove(autosaveName(a.worksheet, a.id))
}

// End closes the session: its lock file goes and the lock with it. An
// autosave still there (unsaved work kept on purpose) stays, to be offered by
// the next start.
func (a *Autosave) End() error {
	return a.store.removeLocked(lockName(a.id), a.lock)
}

// Base is the worksheet's file as the session read or last saved it: whether
// it existed and the SHA-256 of its bytes. A restored autosave carries its
// base, so that saving it over a file someone changed since is caught as any
// save over a changed file is.
type Base struct {
	Exists bool   `json:"exists"`
	SHA256 string `json:"sha256,omitempty"`
}

// ReadBase reads a file's base; "" or a missing file is a base that does not
// exist.
func ReadBase(path string) (Base, error) {
	if path == "" {
		return Base{}, nil
	}
	// Non-blocking, so that a named pipe given as the worksheet cannot hold
	// the start up; only a regular file has a base (the worksheet's reader
	// refuses anything else).
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlocking, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return Base{}, nil
	}
	if err != nil {
		return Base{}, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return Base{}, err
	}
	// Streamed and bounded: past the largest worksheet the reader accepts,
	// more bytes tell nothing more.
	h := sha256.New()
	if _, err := io.Copy(h, io.LimitReader(f, model.MaxFileSize+1)); err != nil {
		return Base{}, err
	}
	return Base{Exists: true, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// BaseOf is the base of a file holding data.
func BaseOf(data []byte) Base {
	sum := sha256.Sum256(data)
	return Base{Exists: true, SHA256: hex.EncodeToString(sum[:])}
}

// recordVersion is the version of an autosave's layout.
const recordVersion = 2

// Record is what an autosave holds.
type Record struct {
	Version   int             `json:"version"`
	Session   string          `json:"session"`
	File      string          `json:"file"` // the worksheet's file, "" when unnamed
	Saved     time.Time       `json:"saved"`
	Base      Base            `json:"base"`
	Worksheet json.RawMessage `json:"worksheet"` // the worksheet in its JSON file format
	// Confirmed holds, by the activity's place in the worksheet, the keys of
	// the drafts' answers the planner confirmed: the worksheet's format has
	// no place for them (FRAMEWORK §1), an autosave does. Absent in an
	// autosave of a session that confirmed none.
	Confirmed map[int][]string `json:"confirmed,omitempty"`
}

// Encode renders a record as an autosave's content, in the current layout.
func Encode(r Record) ([]byte, error) {
	r.Version = recordVersion
	r.Saved = r.Saved.UTC()
	return json.Marshal(r)
}
