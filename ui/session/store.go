package session

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// Store is the folder that holds the autosaves: $XDG_STATE_HOME/pocssr, else
// ~/.local/state/pocssr. It is the user's alone (mode 0700) and every file in
// it is reached through the folder's open handle without following a symbolic
// link, so a link planted there can neither send a write elsewhere nor make the
// program read a file it was not meant to.
type Store struct {
	path string
	dir  *os.File
	fd   int
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
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	if err != nil {
		if st, lerr := os.Lstat(path); lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
			return nil, fmt.Errorf("the autosave folder is a symbolic link, which is not followed (%s)", path)
		}
		if errors.Is(err, unix.ENOTDIR) {
			return nil, fmt.Errorf("the autosave folder is not a folder (%s)", path)
		}
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		unix.Close(fd)
		return nil, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	if int(st.Uid) != os.Geteuid() {
		unix.Close(fd)
		return nil, fmt.Errorf("the autosave folder belongs to another user (%s), and autosaves may hold confidential plans", path)
	}
	if st.Mode&0o777 != 0o700 {
		// Autosaves hold plans that may be confidential: nobody else may list
		// or read them, whatever mode the folder was made with.
		if err := unix.Fchmod(fd, 0o700); err != nil {
			unix.Close(fd)
			return nil, &fs.PathError{Op: "chmod", Path: path, Err: err}
		}
	}
	return &Store{path: path, dir: os.NewFile(uintptr(fd), path), fd: fd}, nil
}

// Path is the folder.
func (s *Store) Path() string { return s.path }

// Close lets the folder go.
func (s *Store) Close() error { return s.dir.Close() }

// names lists the folder's entries.
func (s *Store) names() ([]string, error) {
	d, err := unix.Openat(s.fd, ".", unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: s.path, Err: err}
	}
	f := os.NewFile(uintptr(d), s.path)
	defer f.Close()
	return f.Readdirnames(-1)
}

// open opens a file of the folder without following a link; a link is
// reported as such.
func (s *Store) open(name string, flags int) (*os.File, error) {
	fd, err := unix.Openat(s.fd, name, flags|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0o600)
	if err != nil {
		if errors.Is(err, unix.ELOOP) {
			return nil, fmt.Errorf("%s is a symbolic link: not followed", filepath.Join(s.path, name))
		}
		return nil, &fs.PathError{Op: "open", Path: filepath.Join(s.path, name), Err: err}
	}
	return os.NewFile(uintptr(fd), filepath.Join(s.path, name)), nil
}

// maxAutosave bounds what is read of an autosave.
const maxAutosave = 64 << 20

// read reads a regular file of the folder, without following a link.
func (s *Store) read(name string) ([]byte, error) {
	f, err := s.open(name, unix.O_RDONLY)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", f.Name())
	}
	data, err := io.ReadAll(io.LimitReader(f, maxAutosave+1))
	if err == nil && len(data) > maxAutosave {
		err = fmt.Errorf("%s is larger than an autosave can be", f.Name())
	}
	return data, err
}

// write replaces a file of the folder with data, atomically, as a file of mode
// 0600: the data go to a new temporary file that is then renamed into place,
// so whatever sat at the name before (an older autosave of another mode, a
// symbolic link) is replaced and never written through.
func (s *Store) write(name string, data []byte) error {
	tmpName := "." + name + "." + randomID() + ".tmp"
	f, err := s.open(tmpName, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL)
	if err != nil {
		return err
	}
	fail := func(err error) error {
		f.Close()
		unix.Unlinkat(s.fd, tmpName, 0)
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
		unix.Unlinkat(s.fd, tmpName, 0)
		return err
	}
	if err := unix.Renameat(s.fd, tmpName, s.fd, name); err != nil {
		unix.Unlinkat(s.fd, tmpName, 0)
		return &fs.PathError{Op: "rename", Path: filepath.Join(s.path, name), Err: err}
	}
	unix.Fsync(s.fd)
	return nil
}

// remove deletes a file of the folder (a link itself, never its target); a
// file already gone is no error.
func (s *Store) remove(name string) error {
	err := unix.Unlinkat(s.fd, name, 0)
	if err != nil && !errors.Is(err, unix.ENOENT) {
		return &fs.PathError{Op: "remove", Path: filepath.Join(s.path, name), Err: err}
	}
	return nil
}

// lock takes the lock of a session's lock file without waiting; held reports
// false when another process holds it. create makes the file if it is missing.
func (s *Store) lock(name string, create bool) (f *os.File, held bool, err error) {
	flags := unix.O_RDWR
	if create {
		flags |= unix.O_CREAT
	}
	f, err = s.open(name, flags)
	if err != nil {
		return nil, false, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, true, nil
		}
		return nil, false, &fs.PathError{Op: "lock", Path: f.Name(), Err: err}
	}
	if create {
		f.Chmod(0o600)
	}
	return f, false, nil
}
