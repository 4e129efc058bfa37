package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The plain mode names a paragraph of a worksheet of two mandates by the
// mandate that numbers it, in words a screen reader reads as they are
// meant ("paragraph 14 of 2070"), in the list, the registers, the review
// and the account's words: both mandates number a paragraph 14, and both
// read "paragraph 14".
func TestAccessibleTwoMandatesSayWhichNumbersAParagraph(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := model.New(path).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := []string{"", "import " + mandate1881, "import " + mandate2070, "i", "list", "register", "review", "", "quit"}
	out, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{" paragraph 14 of 1881: ", " paragraph 14 of 2070: ", "activity 1 in list, paragraph 2 of 1881",
		"the source paragraph 2 of 1881"} {
		if !strings.Contains(out+stderr, want) {
			t.Errorf("the plain mode never says %q:\n%s", want, out)
		}
	}
	if strings.Contains(out+stderr, " paragraph 14: ") {
		t.Errorf("a paragraph 14 is named without its mandate:\n%s", out)
	}
}

// A worksheet of one mandate names its paragraphs as it did.
func TestAccessibleOneMandateKeepsItsParagraphs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := model.New(path).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runPocssr(t, "\nimport "+mandate1881+"\nlist\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(out, " paragraph 14: ") || strings.Contains(out+stderr, " of 1881") {
		t.Errorf("the list of one mandate changed:\n%s", out)
	}
}
