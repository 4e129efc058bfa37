package session

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gofrs/flock"
)

// Found is the autosave of a session that ended without saving. It is
// claimed: this session holds the ended session's lock until the work is
// restored, discarded or left (Release), so no other program starting now
// offers it too.
type Found struct {
	Record
	Path  string
	store *Store
	name  string
	id    string
	lock  *flock.Flock
}

// Ended lists the autosaves for a worksheet that sessions no longer running
// left behind, the newest first, and claims each. An autosave that cannot be
// read is left alone and reported among the errors. Lock files of ended
// sessions that left nothing are cleared away.
func (s *Store) Ended(worksheet string, self *Autosave) ([]*Found, []error) {
	names, err := s.names()
	if err != nil {
		return nil, []error{err}
	}
	withAutosave := map[string]bool{}
	var mine []string
	for _, n := range names {
		ws, id, ok := splitAutosaveName(n)
		if !ok {
			continue
		}
		withAutosave[id] = true
		if ws == worksheet && (self == nil || id != self.id) {
			mine = append(mine, n)
		}
	}
	var found []*Found
	var errs []error
	for _, n := range mine {
		_, id, _ := splitAutosaveName(n)
		lock, held, err := s.lock(lockName(id), true)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if held {
			continue // still running, or claimed by another program starting now
		}
		f := &Found{Path: filepath.Join(s.path, n), store: s, name: n, id: id, lock: lock}
		if err := f.read(); err != nil {
			f.Release()
			errs = append(errs, err)
			continue
		}
		found = append(found, f)
	}
	s.sweep(names, withAutosave, self)
	sort.SliceStable(found, func(i, j int) bool { return found[i].Saved.After(found[j].Saved) })
	return found, errs
}

// sweep clears away what ended sessions left that holds no work: lock files
// of sessions without an autosave, and the temporary files of a write or a
// start that a crash cut short. What a running session owns is never
// touched: its lock cannot be taken.
func (s *Store) sweep(names []string, withAutosave map[string]bool, self *Autosave) {
	ended := func(id string) bool {
		if self != nil && id == self.id {
			return false
		}
		lock, held, err := s.lock(lockName(id), false)
		if errors.Is(err, fs.ErrNotExist) {
			return true // no lock at all: nobody runs under that id
		}
		if err != nil || held {
			return false
		}
		lock.Close()
		return true
	}
	for _, n := range names {
		switch id, isLock := strings.CutSuffix(n, ".lock"); {
		case isLock && validID(id) && !withAutosave[id]:
			if lock, _, err := s.lock(n, false); err == nil && lock != nil {
				if self == nil || id != self.id {
					s.removeLocked(n, lock)
				} else {
					lock.Close()
				}
			}
		case strings.HasPrefix(n, ".") && strings.HasSuffix(n, ".tmp"):
			// ".<worksheet>.<id>.json.<random>.tmp" or ".<id>.lock.tmp"
			inner := strings.TrimPrefix(n, ".")
			if name, _, ok := strings.Cut(inner, ".json."); ok {
				if _, id, ok := splitAutosaveName(name + ".json"); ok && ended(id) {
					s.remove(n)
				}
			} else if id, ok := strings.CutSuffix(inner, ".lock.tmp"); ok && validID(id) {
				if lock, _, err := s.lock(n, false); err == nil && lock != nil {
					s.removeLocked(n, lock)
				}
			}
		}
	}
}

func splitAutosaveName(n string) (worksheet, id string, ok bool) {
	rest, ok := strings.CutSuffix(n, ".json")
	if !ok || strings.HasPrefix(n, ".") {
		return "", "", false
	}
	dot := strings.LastIndexByte(rest, '.')
	if dot <= 0 || !validID(rest[dot+1:]) {
		return "", "", false
	}
	return rest[:dot], rest[dot+1:], true
}

func (f *Found) read() error {
	data, err := f.store.read(f.name)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, &f.Record); err != nil || f.Version != recordVersion || len(f.Worksheet) == 0 {
		return errors.New("the autosave " + f.Path + " cannot be read")
	}
	return nil
}

// Discard deletes the autosave and the ended session's lock file.
func (f *Found) Discard() error {
	err := f.store.remove(f.name)
	if f.lock != nil {
		f.store.removeLocked(lockName(f.id), f.lock)
		f.lock = nil
	} else {
		f.store.remove(lockName(f.id))
	}
	return err
}

// Release lets the claim go and leaves the autosave where it is, for a later
// start to offer again.
func (f *Found) Release() {
	if f.lock != nil {
		f.lock.Close()
		f.lock = nil
	}
}
