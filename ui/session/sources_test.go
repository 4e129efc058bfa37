package session

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The sheet names its source documents again only when one comes or goes:
// an edit of an activity, at any size of worksheet, reads no other activity
// for the references the screens show.
func TestSourcesAreGatheredOnlyWhenADocumentComesOrGoes(t *testing.T) {
	ws := model.New("")
	for _, ref := range []string{"1", "2", "3"} {
		ws.Activities = append(ws.Activities, &model.Activity{ID: "a" + ref, Title: "Task " + ref,
			Source: model.Source{Document: "S/RES/1881 (2009)", Ref: ref}})
	}
	s := NewSheet(classify.Default(), ws, nil)
	if got := s.Ref(s.At(0)); got != "1" {
		t.Fatalf("one document: ref %q, want 1", got)
	}
	at := s.sourcesAt
	a := s.At(1)
	a.Title = "Patrol the camps"
	s.Touch(a)
	s.Delete(2)
	if s.Sources(); s.sourcesAt != at {
		t.Errorf("an edit and a deletion that keep the documents gathered the sources again")
	}
	s.Add(s.Len(), &model.Activity{ID: "b1", Title: "Train the police", Source: model.Source{Document: "S/RES/2070 (2012)", Ref: "1"}})
	if got := s.Ref(s.At(0)); got != "1881·1" {
		t.Errorf("a second document came: ref %q, want 1881·1", got)
	}
	s.Delete(s.Len() - 1)
	if got := s.Ref(s.At(0)); got != "1" {
		t.Errorf("the second document went: ref %q, want 1", got)
	}
}
