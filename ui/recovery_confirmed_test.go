package ui

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Answers of a draft the planner confirmed come back confirmed with the
// work an autosave restores: the worksheet's file has no place for them,
// the autosave has. Restored, they showed as suggested (~) again, though
// the session that confirmed them had ended without saving and nothing
// else changed (a restore continues that session's work).
func TestRestoredWorkKeepsTheDraftsConfirmedAnswers(t *testing.T) {
	isolateState(t)
	rec, _, _ := startTestRecovery(t, "")
	m := NewModel(classify.Default(), model.New(""), false, rec, nil)
	m.Update(resize(120, 40))
	importFile(t, m, resolution)
	d := m.draftReview().Draft()
	place := -1
	for i, a := range m.sh.sheet.Worksheet().Activities {
		if a == d {
			place = i
		}
	}
	press(t, m, "e")
	requirePending(t, m, model.Implementer, model.Kinds)
	press(t, m, "enter") // the implementer confirmed, the kinds left suggested
	press(t, m, "esc")
	if !m.sh.sheet.Confirmed(d, model.Implementer) || d.Status != model.StatusDraft {
		t.Fatalf("the implementer is not confirmed on the draft (status %q)", d.Status)
	}
	if !press(t, m, "ctrl+c") {
		t.Fatal("ctrl+c did not quit")
	}
	rec.end()

	rec, found, _ := startTestRecovery(t, "")
	if len(found) != 1 {
		t.Fatalf("the next start finds %d autosaves", len(found))
	}
	again := NewModel(classify.Default(), model.New(""), false, rec, found)
	again.Update(resize(120, 40))
	press(t, again, "r")
	acts := again.sh.sheet.Worksheet().Activities
	if place < 0 || place >= len(acts) {
		t.Fatalf("the draft's place %d is not in the restored worksheet of %d", place, len(acts))
	}
	restored := acts[place]
	if restored.ID != d.ID || restored.Status != model.StatusDraft {
		t.Fatalf("restored %q (%s) in the draft's place", restored.ID, restored.Status)
	}
	if !again.sh.sheet.Confirmed(restored, model.Implementer) {
		t.Error("the confirmed implementer came back as a suggestion")
	}
	if again.sh.sheet.Confirmed(restored, model.Kinds) {
		t.Error("the kinds, never confirmed, came back confirmed")
	}
}
