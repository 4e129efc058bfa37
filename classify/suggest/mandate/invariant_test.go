package mandate

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// corpusFiles lists the resolutions of the development corpus and the two
// fixtures.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/corpus/resolutions/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	return append(files, "../testdata/S-RES-1542-2004.txt", "../testdata/S-RES-1925-2010.txt")
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// The test's own idea of furniture, written apart from the reader's.
var testFurniture = regexp.MustCompile("^(?:(?:\\d{1,3}(?:/\\d{1,3})? )?\\d{2}-\\d{5}\\*?(?: ?\\([A-Z]\\))?(?: \\*\\d+\\*| `+| \\d{6})?|\\*\\d+\\*|\\d{1,3}|\\d{1,3}/\\d{1,3}|S/RES/\\d+ ?\\(\\d{4}\\)\\)?\\*?(?: English)?(?: Page \\d+)?|Page \\d+|S/\\d{4}/\\d+ Page \\d+|-+|`+|\\*+|/\\.\\.\\.|\\* Reissued for technical reasons.*|United Nations|UNITED NATIONS|Security Council|S|Distr\\.:? (?:General|GENERAL).*|Resolution \\d+ \\(\\d{4}\\)|RESOLUTION \\d+ \\(\\d{4}\\))$")

var furnitureInside = regexp.MustCompile(`\b\d{2}-\d{5}\b|\*\d{6,8}\*|S/RES/\d+ ?\(\d{4}\) Page|\d{1,3}/\d{1,3} \d{2}-|/\.\.\.`)

// structureProblems checks one text: the nodes hold the operative part
// exactly, what normalisation dropped is furniture, no furniture is left,
// the refs are contiguous and every line-initial marker became a node.
func structureProblems(text string) []string {
	tr, err := Read(text)
	if err != nil {
		return []string{err.Error()}
	}
	var probs []string
	var all strings.Builder
	for _, n := range tr.Nodes {
		all.WriteString(n.Text)
		if furnitureInside.MatchString(n.Text) {
			probs = append(probs, "furniture inside "+n.Ref+": "+furnitureInside.FindString(n.Text))
		}
	}
	if got, want := noSpace(all.String()), noSpace(tr.Operative); got != want {
		probs = append(probs, "the nodes do not hold the operative part exactly")
	}
	for _, d := range tr.Page.Dropped {
		if !testFurniture.MatchString(strings.Join(strings.Fields(d.Text), " ")) {
			probs = append(probs, "dropped as furniture: "+strconv.Quote(d.Text))
		}
	}
	last := 0
	seen := map[string]bool{}
	for _, n := range tr.Nodes {
		if n.Kind == Heading {
			continue
		}
		seen[n.Ref] = true
		if n.Parent < 0 {
			k, err := strconv.Atoi(n.Ref)
			if err == nil {
				if k != last+1 && last != 0 {
					probs = append(probs, "paragraph "+n.Ref+" after "+strconv.Itoa(last))
				}
				last = k
			}
		}
	}
	para := regexp.MustCompile(`(?m)^(\d{1,3})\. +[A-Z]`)
	for _, sm := range para.FindAllStringSubmatch(tr.Operative, -1) {
		if !seen[sm[1]] {
			probs = append(probs, "line-initial paragraph "+sm[1]+" is no paragraph")
		}
	}
	return probs
}

func TestCorpusStructure(t *testing.T) {
	held := 0
	files := corpusFiles(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		probs := structureProblems(string(data))
		if len(probs) == 0 {
			held++
			continue
		}
		if len(probs) > 3 {
			probs = probs[:3]
		}
		t.Logf("%s: %s", filepath.Base(f), strings.Join(probs, "; "))
	}
	t.Logf("structure holds on %d of %d texts", held, len(files))
}

func readText(t testing.TB, f string) string {
	t.Helper()
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
