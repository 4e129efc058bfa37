package model

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A save killed before its rename leaves a hidden temporary file of the
// worksheet's full size: the next save of that file removes it, once it is
// stale, and touches nothing else: not a fresh one (a save under way), not
// another file's, not a name this program does not give, not a folder or a
// link.
func TestSaveRemovesStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	old := time.Now().Add(-2 * StaleAfter)
	write := func(name string, age time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("left by a killed save"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, age, age); err != nil {
			t.Fatal(err)
		}
		return p
	}
	stale := []string{write(".plan.yaml.123456789.tmp", old), write(".plan.yaml.4.tmp", old)}
	kept := []string{
		write(".plan.yaml.987654321.tmp", time.Now()), // a save under way
		write(".other.yaml.123.tmp", old),             // another file's
		write(".plan.yaml.12ab.tmp", old),             // not a name of ours
		write("plan.yaml.123.tmp", old),               // not hidden
		write(".plan.yaml.123.tmp.bak", old),
	}
	folder := filepath.Join(dir, ".plan.yaml.55.tmp")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, ".plan.yaml.66.tmp")
	if err := os.Symlink(kept[1], link); err != nil {
		t.Fatal(err)
	}
	kept = append(kept, folder, link)
	if err := WriteFileAtomic(path, []byte("schema: pocssr/v1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range stale {
		if _, err := os.Lstat(p); err == nil {
			t.Errorf("%s: a stale temporary file of the save was kept", filepath.Base(p))
		}
	}
	for _, p := range kept {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s: removed (%v); only stale temporary files of this save may be", filepath.Base(p), err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1+len(kept) {
		t.Errorf("%d entries after the save, want the worksheet and the %d kept", len(entries), len(kept))
	}
}
