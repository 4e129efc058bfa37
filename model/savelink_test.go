package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Saving a worksheet opened through a symbolic link writes the link's target and
// keeps the link; the target keeps its mode and nothing is left beside it.
func TestSaveThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "shared")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	target := writeFile(t, real, "w.yaml", handEdited, 0o640)
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(filepath.Join("shared", "w.yaml"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	w, err := Load(link, testVocab)
	if err != nil {
		t.Fatal(err)
	}
	w.Activities[0].Title = "Changed through the link"
	if err := w.Save("", SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Lstat(link)
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a regular file (%v)", err)
	}
	data, _ := os.ReadFile(target)
	if !strings.Contains(string(data), "Changed through the link") || !strings.Contains(string(data), "# the mission") {
		t.Errorf("the target did not get the new content:\n%s", data)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o640 {
		t.Errorf("the target's mode became %v", st.Mode().Perm())
	}
	for _, d := range []string{dir, real} {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".tmp") {
				t.Errorf("a temporary file is left in %s: %s", d, e.Name())
			}
		}
	}
	// A second save through the link does not see its own write as a change on disk.
	w.Activities[0].Title = "Again"
	if err := w.Save("", SaveOptions{}); err != nil {
		t.Fatalf("second save: %v", err)
	}
}

// A read-only worksheet is never replaced, not even when a person chose to
// overwrite a file changed on disk; the error names the file.
func TestSaveRefusesReadOnly(t *testing.T) {
	for _, opts := range []SaveOptions{{}, {Overwrite: true}} {
		p := writeFile(t, t.TempDir(), "w.yaml", handEdited, 0o644)
		w, err := Load(p, testVocab)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, 0o444); err != nil {
			t.Fatal(err)
		}
		w.Activities[0].Title = "Changed"
		err = w.Save("", opts)
		if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), p) {
			t.Fatalf("save of a 0444 file: %v, want ErrReadOnly naming %s", err, p)
		}
		if data, _ := os.ReadFile(p); string(data) != handEdited {
			t.Errorf("the read-only file changed")
		}
		// Through a link to it as well.
		link := filepath.Join(filepath.Dir(p), "link.yaml")
		if os.Symlink(p, link) == nil {
			if err := w.Save(link, SaveOptions{Overwrite: true}); !errors.Is(err, ErrReadOnly) {
				t.Errorf("save through a link to a read-only file: %v", err)
			}
		}
	}
}
