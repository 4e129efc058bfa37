package session

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Importing a document again can replace its earlier activities in place; one
// undo brings them, and the counts, back.
func TestReplaceDocumentIsOneUndo(t *testing.T) {
	rb, s := caseSheet(t)
	n := s.Len()
	draft := func(ref string) *model.Activity {
		return &model.Activity{ID: "d" + ref, Title: "Task " + ref, Status: model.StatusDraft,
			Source: model.Source{Document: "S/RES/1 (2000)", Ref: ref}}
	}
	s.AddDrafts([]*model.Activity{draft("1"), draft("2")}, "", "")
	if got := s.AlreadyImported("S/RES/1 (2000)"); got != 2 {
		t.Fatalf("%d activities of the document, want 2", got)
	}
	if got := s.AlreadyImported(""); got != 0 {
		t.Fatalf("an empty document name matched %d activities", got)
	}
	s.ReplaceDocument("S/RES/1 (2000)", []*model.Activity{draft("1a"), draft("2a"), draft("3a")}, "MISSION", "S/RES/1 (2000)")
	if s.Len() != n+3 || s.At(n).ID != "d1a" || s.AlreadyImported("S/RES/1 (2000)") != 3 || s.Drafts() != 3 {
		t.Fatalf("after replace: %d activities, %d drafts", s.Len(), s.Drafts())
	}
	checkTally(t, rb, s)
	if what := s.Undo(); what == "" {
		t.Fatal("nothing to undo")
	}
	if s.Len() != n+2 || s.At(n).ID != "d1" || s.Drafts() != 2 {
		t.Fatalf("after undo: %d activities, %d drafts", s.Len(), s.Drafts())
	}
	checkTally(t, rb, s)
}
