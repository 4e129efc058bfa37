package session

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/gofrs/flock"
)

// Store is the folder that holds the autosaves: $XDG_STATE_HOME/pocssr, else
// ~/.local/state/pocssr. It is the user's alone (mode 0700 where the system
// has modes) and every file in it is reached through an os.Root of the folder,
// which no name can lead out of; a symbolic link found in it is refused rather
// than followed, so a link planted there can neither send a write elsewhere
// nor make the program read a file it was not meant to.
type Store struct {
	path string
	root *os.Root
	// closeBeforeRemove says that a file held open cannot be removed or
	// renamed (Windows): a lock file is let go before it is removed, and a
	// session's lock file is made under its name.
	closeBeforeRemove bool
}

// StateDir is where pocssr keeps its state.
func StateDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "pocssr"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", "pocssr"), nil
}

// OpenStore opens the autosave folder of the user's state directory.
func OpenStore() (*Store, error) {
	dir, err := StateDir()
	if err != nil {
		return nil, err
	}
	return OpenStoreAt(dir)
}

// OpenStoreAt opens (creating it if need be) an autosave folder. A folder that
// others may read has its mode set to 0700; a symbolic link, anything that is
// not a folder, or a folder of another user is refused.
func OpenStoreAt(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if err := os.Mkdir(path, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return nil, err
	}
	seen, err := os.Lstat(path)
	switch {
	case err != nil:
		return nil, err
	case seen.Mode()&fs.ModeSymlink != 0:
		return nil, fmt.Errorf("the autosave folder is a symbolic link, which is not followed (%s)", path)
	case !seen.IsDir():
		return nil, fmt.Errorf("the autosave folder is not a folder (%s)", path)
	}
	root, err := os.OpenRoot(path)
	if err != nil {
		return nil, err
	}
	st, err := root.Stat(".")
	if err != nil {
		root.Close()
		return nil, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	// os.OpenRoot follows a link: the folder opened must be the one looked at.
	if !os.SameFile(seen, st) {
		root.Close()
		return nil, fmt.Errorf("the autosave folder is a symbolic link, which is not followed (%s)", path)
	}
	if !ownedByUser(st) {
		root.Close()
		return nil, fmt.Errorf("the autosave folder belongs to another user (%s), and autosaves may hold confidential plans", path)
	}
	if hasModes && st.Mode().Perm() != 0o700 {
		// Autosaves hold plans that may be confidential: nobody else may list
		// or read them, whatever mode the folder was made with.
		if err := root.Chmod(".", fs.ModeDir|0o700); err != nil {
			root.Close()
			return nil, &fs.PathError{Op: "chmod", Path: path, Err: err}
		}
	}
	return &Store{path: path, root: root, closeBeforeRemove: runtime.GOOS == "windows"}, nil
}

// Path is the folder.
func (s *Store) Path() string { return s.path }

// Close lets the folder go.
func (s *Store) Close() error { return s.root.Close() }

// names lists the folder's entries.
func (s *Store) names() ([]string, error) {
	d, err := s.root.Open(".")
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: s.path, Err: err}
	}
	defer d.Close()
	return d.Readdirnames(-1)
}

// linkError says that a name of the folder is a symbolic link.
func (s *Store) linkError(name string) error {
	return fmt.Errorf("%s is a symbolic link: not followed", filepath.Join(s.path, name))
}

// notALink fails when name is a symbolic link; a missing name is reported as
// fs.ErrNotExist.
func (s *Store) notALink(name string) (fs.FileInfo, error) {
	st, err := s.root.Lstat(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: filepath.Join(s.path, name), Err: underlying(err)}
	}
	if st.Mode()&fs.ModeSymlink != 0 {
		return nil, s.linkError(name)
	}
	return st, nil
}

// sameEntry fails unless what was opened (st) is what the folder holds under
// name now, and that is no link: a link put in place between a look and an
// open is caught after the open.
func (s *Store) sameEntry(name string, st fs.FileInfo) error {
	now, err := s.notALink(name)
	if err != nil {
		return err
	}
	if !os.SameFile(now, st) {
		return s.linkError(name)
	}
	return nil
}

// underlying is the error an os.Root's path error wraps, so that it can be
// reported under the full path.
func underlying(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// open opens a file of the folder without following a link; a link is
// reported as such.
func (s *Store) open(name string, flags int) (*os.File, error) {
	full := filepath.Join(s.path, name)
	if _, err := s.notALink(name); err != nil && (flags&os.O_CREATE == 0 || !errors.Is(err, fs.ErrNotExist)) {
		return nil, err
	}
	f, err := s.root.OpenFile(name, flags, 0o600)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: full, Err: underlying(err)}
	}
	st, err := f.Stat()
	if err == nil {
		err = s.sameEntry(name, st)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// maxAutosave bounds what is read of an autosave.
const maxAutosave = 64 << 20

// read reads a regular file of the folder, without following a link.
func (s *Store) read(name string) ([]byte, error) {
	f, err := s.open(name, os.O_RDONLY)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", filepath.Join(s.path, name))
	}
	data, err := io.ReadAll(io.LimitReader(f, maxAutosave+1))
	if err == nil && len(data) > maxAutosave {
		err = fmt.Errorf("%s is larger than an autosave can be", filepath.Join(s.path, name))
	}
	return data, err
}

// write replaces a file of the folder with data, atomically, as a file of mode
// 0600: the data go to a new temporary file that is then renamed into place,
// so whatever sat at the name before (an older autosave of another mode, a
// symbolic link) is replaced and never written through.
func (s *Store) write(name string, data []byte) error {
	tmpName := "." + name + "." + randomID() + ".tmp"
	f, err := s.open(tmpName, os.O_WRONLY|os.O_CREATE|os.O_EXCL)
	if err != nil {
		return err
	}
	fail := func(err error) error {
		f.Close()
		s.root.Remove(tmpName)
		return err
	}
	// The umask may have taken bits away from 0600 or the mode be otherwise:
	// set it outright.
	if err := f.Chmod(0o600); err != nil {
		return fail(err)
	}
	if _, err := f.Write(data); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		s.root.Remove(tmpName)
		return err
	}
	if err := s.rename(tmpName, name); err != nil {
		s.root.Remove(tmpName)
		return err
	}
	s.syncFolder()
	return nil
}

// rename gives a file of the folder another name, replacing what held it (a
// link itself, never its target).
func (s *Store) rename(from, to string) error {
	if err := s.root.Rename(from, to); err != nil {
		return &fs.PathError{Op: "rename", Path: filepath.Join(s.path, to), Err: underlying(err)}
	}
	return nil
}

// syncFolder makes a rename durable where the system can sync a folder; where
// it cannot (Windows), the rename is as durable as the system makes it.
func (s *Store) syncFolder() {
	if d, err := s.root.Open("."); err == nil {
		d.Sync()
		d.Close()
	}
}

// remove deletes a file of the folder (a link itself, never its target); a
// file already gone is no error.
func (s *Store) remove(name string) error {
	err := s.root.Remove(name)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return &fs.PathError{Op: "remove", Path: filepath.Join(s.path, name), Err: underlying(err)}
	}
	return nil
}

// lock takes the lock of a session's lock file without waiting; held reports
// false when another process holds it. create makes the file if it is missing.
// The lock is the system's own (flock, LockFileEx), which it lets go when the
// process ends however it ends.
func (s *Store) lock(name string, create bool) (l *flock.Flock, held bool, err error) {
	if create {
		f, err := s.open(name, os.O_RDWR|os.O_CREATE)
		if err != nil {
			return nil, false, err
		}
		f.Close()
	} else if _, err := s.notALink(name); err != nil {
		return nil, false, err
	}
	l = flock.New(filepath.Join(s.path, name), flock.SetFlag(os.O_RDWR), flock.SetPermissions(0o600))
	ok, err := l.TryLock()
	if err != nil {
		return nil, false, &fs.PathError{Op: "lock", Path: l.Path(), Err: underlying(err)}
	}
	if !ok {
		return nil, true, nil
	}
	// The lock was taken by path: it must be on the file of the folder, not
	// on a link put in its place since it was looked at.
	st, err := l.Stat()
	if err == nil {
		err = s.sameEntry(name, st)
	}
	if err != nil {
		l.Close()
		return nil, false, err
	}
	if create {
		s.root.Chmod(name, 0o600)
	}
	return l, false, nil
}

// removeLocked removes a lock file whose lock l this program holds, and lets
// the lock go. Where the system allows (Unix) the file goes first, so that no
// other program can take the lock of a file about to vanish.
func (s *Store) removeLocked(name string, l *flock.Flock) error {
	if s.closeBeforeRemove {
		l.Close()
		return s.remove(name)
	}
	err := s.remove(name)
	l.Close()
	return err
}
