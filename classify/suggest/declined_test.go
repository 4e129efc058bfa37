package suggest

import "testing"

// The reason a kind named as a purpose is not suggested says each word
// once: the scope is named only where the reason does not say it already
// (a first use read "named as a purpose (purpose)").
func TestPurposeDeclinedSaysTheScopeOnce(t *testing.T) {
	for scope, want := range map[string]string{
		"purpose": "named as a purpose, not as what the activity does",
		"framing": "named as a purpose (framing), not as what the activity does",
	} {
		if got := purposeDeclined(scope); got != want {
			t.Errorf("scope %q: %q, want %q", scope, got, want)
		}
	}
}
