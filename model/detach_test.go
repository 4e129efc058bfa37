package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A detached copy saves what the worksheet held when it was detached, with the
// comments of the file, while the original changes; the original then adopts
// the save and saves again without being told the file changed on disk.
func TestDetachedCopySavesApart(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	if err := os.WriteFile(path, []byte("mission: M # the mission\nactivities:\n  - title: A # first\n    kinds: [vetting]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := Load(path, testVocab)
	if err != nil {
		t.Fatal(err)
	}
	c := w.Detach()
	w.Activities[0].Title = "Changed after"
	w.Activities[0].Facts = Facts{}
	w.Activities = append(w.Activities, &Activity{Title: "Added after"})
	if err := c.Save("", SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	saved, err := Load(path, testVocab)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Activities) != 1 || saved.Activities[0].Title != "A" || saved.Activities[0].Facts.Primary() != "vetting" {
		t.Fatalf("the copy saved %+v", saved.Activities)
	}
	data, _ := os.ReadFile(path)
	if string(data) == "" || !strings.Contains(string(data), "# first") {
		t.Errorf("comments lost:\n%s", data)
	}
	if err := w.Save("", SaveOptions{}); err == nil {
		t.Fatal("the original saved over a file it does not know as written")
	}
	w.Adopt(c)
	if err := w.Save("", SaveOptions{}); err != nil {
		t.Fatalf("after Adopt: %v", err)
	}
}
