package suggest

import (
	"os"
	"strings"
	"testing"
)

// corpusSealed lists the sealed part of the corpus: resolutions the reading
// is never tuned on. Tests report only totals over them; nothing prints their
// per-paragraph results, and no switch turns that on.
const corpusSealed = "testdata/sealed.txt"

// loadSealed reads the names of the sealed resolutions.
func loadSealed(t testing.TB) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(corpusSealed)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}

// The seal holds one modern mission whole and a tenth of the rest; a list
// that shrank would quietly turn sealed text into tuning text.
func TestSealedPartIsWhole(t *testing.T) {
	sealed := loadSealed(t)
	if len(sealed) != 34 {
		t.Fatalf("%d sealed resolutions, want 34", len(sealed))
	}
	for name := range sealed {
		if _, err := os.Stat("testdata/corpus/resolutions/" + name); err != nil {
			t.Errorf("sealed %s: %v", name, err)
		}
	}
}

// eachTunedResolution calls read with the name and text of every resolution
// of the corpus that the seal does not hold.
func eachTunedResolution(t testing.TB, read func(name, text string)) {
	t.Helper()
	sealed := loadSealed(t)
	const dir = "testdata/corpus/resolutions/"
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if sealed[e.Name()] {
			continue
		}
		data, err := os.ReadFile(dir + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		read(e.Name(), string(data))
	}
}
