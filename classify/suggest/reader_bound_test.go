package suggest

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A text longer than MaxReading is read up to a sentence end before the
// bound: what is suggested is what its readable head says, the evidence lies
// in that head, and Unread says how much was left.
func TestSuggestReadsABoundedHead(t *testing.T) {
	r := NewReader(classify.Default())
	sentence := "Requests the mission to train the national police. "
	text := strings.Repeat(sentence, 3*MaxReading/len(sentence)) + "Protect civilians under imminent threat of physical violence."
	s := r.Suggest(text)
	head := readable(text)
	if s.Unread != len(text)-len(head) || s.Unread == 0 {
		t.Fatalf("unread %d, want %d", s.Unread, len(text)-len(head))
	}
	if !strings.HasSuffix(head, ". ") && !strings.HasSuffix(head, ".") {
		t.Errorf("the head ends mid-sentence: %q", head[len(head)-20:])
	}
	for _, e := range s.Evidence {
		if e.End > len(head) {
			t.Errorf("evidence %q at %d past the head (%d)", e.Phrase, e.End, len(head))
		}
	}
	kinds, _ := s.Facts.Set(model.Kinds)
	if slices.Contains(kinds, "interposition") {
		t.Errorf("the unread tail was read: kinds %v", kinds)
	}
	if want := r.Suggest(head); !slices.Equal(kinds, func() []string { k, _ := want.Facts.Set(model.Kinds); return k }()) {
		t.Errorf("kinds %v, the head alone reads otherwise", kinds)
	}
	if s := r.Suggest(sentence); s.Unread != 0 {
		t.Errorf("a short text left %d bytes unread", s.Unread)
	}
}

// The head is cut at a space, else at a character boundary, never inside a
// character.
func TestReadableCut(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("word ", MaxReading),
		strings.Repeat("é", MaxReading),
		strings.Repeat("x", MaxReading) + "é" + strings.Repeat("x", 10),
		"x" + strings.Repeat("é", MaxReading),
	} {
		head := readable(text)
		if len(head) > MaxReading || len(head) < MaxReading/2 || !utf8.ValidString(head) || !strings.HasPrefix(text, head) {
			t.Errorf("head of %d bytes from %q...: valid %v", len(head), text[:8], utf8.ValidString(head))
		}
	}
}
