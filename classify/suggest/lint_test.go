package suggest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// phraseName names a phrase of the lexicon for the dead-phrase list: what it
// is for and its source.
func phraseName(lx *lexicon, p *phrase) string {
	switch p.role {
	case roleCue:
		return fmt.Sprintf("%s %s: %s", p.cue.Fact.Key(), p.cue.CueValue, p.src)
	case roleNotAfter, roleNotBefore:
		return fmt.Sprintf("%s not_after/before: %s", p.fact.Key(), p.src)
	}
	return fmt.Sprintf("role %d: %s", p.role, p.src)
}

// labelledTexts are the texts the reading is measured on: the labelled
// descriptions, the tasks and lead-ins of the two fixtures, and every
// operative paragraph of the corpus resolutions outside the sealed part
// (labelled by their PEMA codes).
func labelledTexts(t *testing.T, r *Reader) []string {
	var texts []string
	for _, l := range loadLabelled(t, "testdata/descriptions.yaml") {
		texts = append(texts, l.Text)
	}
	files := []string{"testdata/S-RES-1542-2004.txt", "testdata/S-RES-1925-2010.txt"}
	corpus, err := filepath.Glob(filepath.Join(corpusDir, "resolutions", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sealed := loadSealed(t)
	for _, f := range append(files, corpus...) {
		if sealed[filepath.Base(f)] {
			continue // what fires on sealed text must not steer the lexicon
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ReadMandate(r, string(data))
		if err != nil {
			continue // a layout the reader cannot split yet: its text is not read either
		}
		for _, p := range m.Parts {
			texts = append(texts, p.Text)
		}
	}
	return texts
}

// TestNoDeadPhrases lists the lexicon's phrases that occur in no labelled
// text: a phrase that never fires is untested, and often misspelt. Each one
// must be in testdata/dead-phrases.txt, reviewed, with the reason it is kept;
// an entry there that fires, or names no phrase, must go.
func TestNoDeadPhrases(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	lx := r.lx
	fired := make([]bool, len(lx.phrases))
	for _, text := range labelledTexts(t, r) {
		for _, m := range lx.scan(splitWords(text, nil), nil) {
			fired[m.phrase] = true
		}
	}
	dead := map[string]bool{}
	for i := range lx.phrases {
		if !fired[i] {
			dead[phraseName(lx, &lx.phrases[i])] = true
		}
	}
	allowed := loadDeadAllowlist(t)
	var fresh []string
	for name := range dead {
		if !allowed[name] {
			fresh = append(fresh, name)
		}
	}
	sort.Strings(fresh)
	for _, name := range fresh {
		t.Errorf("dead phrase (fires on no labelled text): %s", name)
	}
	for name := range allowed {
		if !dead[name] {
			t.Errorf("testdata/dead-phrases.txt: %q fires now, or names no phrase: remove it", name)
		}
	}
	t.Logf("%d phrases, %d dead, all listed", len(lx.phrases), len(dead))
}

// loadDeadAllowlist reads testdata/dead-phrases.txt: one phrase name a line,
// "name  # reason"; blank lines and lines starting with # are comments.
func loadDeadAllowlist(t *testing.T) map[string]bool {
	data, err := os.ReadFile("testdata/dead-phrases.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for i, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, ok := strings.Cut(line, "  # ")
		if !ok || strings.TrimSpace(reason) == "" {
			t.Errorf("testdata/dead-phrases.txt:%d: no reason (write \"phrase  # why it is kept\")", i+1)
		}
		out[strings.TrimSpace(name)] = true
	}
	return out
}
