//go:build unix

package session

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestStoreFolderIsTheUsersAlone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pocssr")
	os.Mkdir(dir, 0o755)
	os.Chmod(dir, 0o777)
	s, err := OpenStoreAt(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, _ := os.Stat(dir); st.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v", st.Mode().Perm())
	}
	a, _ := s.Begin("unnamed")
	// Whatever sat at the name before, the autosave is a 0600 file.
	os.WriteFile(a.Path(), []byte("old"), 0o644)
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	if err := a.Write(1, record(a, "x")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{a.Path(), filepath.Join(dir, lockName(a.Session()))} {
		if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v", filepath.Base(p), st.Mode().Perm())
		}
	}
}

// A named pipe given as the worksheet has no base, and reading it does not
// wait for a writer.
func TestReadBaseOfANamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	if b, err := ReadBase(fifo); b.Exists || err != nil { // returns at all: it did not wait for a writer
		t.Errorf("a named pipe has base %+v, %v", b, err)
	}
}
