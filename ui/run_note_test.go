package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A file named on the command line that does not exist yet opens a new
// worksheet, and the status line says where the first save writes it.
func TestNewFileNote(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "plan.yaml")
	if note := newFileNote(Options{Path: missing}, model.New(missing)); !strings.Contains(note, "creates "+missing) {
		t.Errorf("missing file: %q", note)
	}
	existing := filepath.Join(dir, "old.yaml")
	os.WriteFile(existing, []byte("activities: []\n"), 0o644)
	if note := newFileNote(Options{Path: existing}, model.New(existing)); note != "" {
		t.Errorf("existing file: %q", note)
	}
	if note := newFileNote(Options{Demo: true}, model.New("")); note != "" {
		t.Errorf("case library: %q", note)
	}
}
