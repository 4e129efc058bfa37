package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
)

// The suggestion's JSON says how much of an over-long text was not read,
// and says nothing of it when the text was read whole.
func TestSuggestionOutputSaysWhatWasUnread(t *testing.T) {
	rb := classify.Default()
	r := suggest.NewReader(rb)
	for _, tc := range []struct {
		unread int
		want   string
	}{{0, ""}, {1234, `"unread": 1234`}} {
		s := r.Suggest("Train the police in the capital.")
		s.Unread = tc.unread
		if o := NewSuggestionOutput(rb, s); o.Unread != tc.unread {
			t.Errorf("output unread %d, want %d", o.Unread, tc.unread)
		}
		var b bytes.Buffer
		if err := WriteSuggestionJSON(&b, rb, s); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(b.String(), `"unread"`); got != (tc.want != "") || tc.want != "" && !strings.Contains(b.String(), tc.want) {
			t.Errorf("unread %d: JSON %s", tc.unread, b.String())
		}
	}
}
