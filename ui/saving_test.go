package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// namedSample is a generated worksheet of n activities that saves to path.
func namedSample(n int, path string) *model.Worksheet {
	gen := sample.Worksheet(classify.Default(), n, 7)
	ws := model.New(path)
	ws.Mission, ws.Activities = gen.Mission, gen.Activities
	return ws
}

// Saving 10,000 activities does not write inside Update: Update returns the
// command that writes, the status line says "Saving…", keys typed meanwhile
// are handled, and what they changed stays unsaved after the save.
func TestSaveRunsAsACommand(t *testing.T) {
	isolateState(t)
	path := filepath.Join(t.TempDir(), "big.yaml")
	m := newTestModel(t, namedSample(10000, path), 120, 40)
	press(t, m, "n")
	typeText(t, m, "First change")
	press(t, m, "esc")
	_, cmd := m.Update(keyMsg("ctrl+s"))
	if cmd == nil {
		t.Fatal("ctrl+s returned no command")
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("the file was written inside Update")
	}
	if !strings.Contains(screenText(m), "Saving…") {
		t.Errorf("no saving state on the status line:\n%s", screenText(m))
	}
	// Keys typed while the save runs beside them (go test -race watches the
	// two): the list moves and an activity is deleted.
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	before := m.sh.sheet.Len()
	press(t, m, "up", "d")
	if got := m.sh.sheet.Len(); got != before-1 {
		t.Fatalf("the key typed during the save was not handled: %d activities, want %d", got, before-1)
	}
	if !strings.Contains(screenText(m), "Saving…") {
		t.Errorf("the saving state went with the next key:\n%s", screenText(m))
	}
	_, next := m.Update(<-done)
	run(m, next)
	saved, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Activities) != before {
		t.Errorf("saved %d activities, want the %d there when saving began", len(saved.Activities), before)
	}
	if !m.sh.sheet.Dirty() || m.task != nil {
		t.Errorf("after the save: dirty %v (the delete is unsaved), saving %v", m.sh.sheet.Dirty(), m.task != nil)
	}
	if !strings.Contains(m.status, "not saved yet") {
		t.Errorf("status %q", m.status)
	}
	press(t, m, "ctrl+s")
	if m.sh.sheet.Dirty() {
		t.Error("the second save left the worksheet modified")
	}
	if saved, _ := model.Load(path, classify.Default().Vocabulary()); len(saved.Activities) != before-1 {
		t.Errorf("second save: %d activities", len(saved.Activities))
	}
}

// BenchmarkSaveUpdate10k is the Update of ctrl+s on 10,000 activities, the
// command that writes the file left unrun: what a keystroke waits for.
func BenchmarkSaveUpdate10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.yaml")
	m := newTestModel(b, namedSample(10000, path), 120, 40)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, cmd := m.Update(keyMsg("ctrl+s"))
		if cmd == nil {
			b.Fatal("no command")
		}
		m.task = nil
	}
}
