package cli

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// coreXML opens a DOCX and returns its document properties.
func coreXML(t *testing.T, data []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a DOCX: %v", err)
	}
	for _, f := range z.File {
		if f.Name == "docProps/core.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatal("the DOCX has no docProps/core.xml")
	return ""
}

// classify -f docx -o FILE writes a Word document naming the author given.
func TestClassifyWritesDOCX(t *testing.T) {
	p := filepath.Join(t.TempDir(), "brief.docx")
	out, errOut, code := run(t, "", "classify", "testdata/good.yaml", "-f", "docx", "--author", "J. Planner", "--today", "2026-03-31", "-o", p)
	data, err := os.ReadFile(p)
	if code != 0 || out != "" || errOut != "" || err != nil {
		t.Fatalf("exit %d, stdout %q, stderr %q, %v", code, out, errOut, err)
	}
	core := coreXML(t, data)
	for _, want := range []string{"<dc:creator>J. Planner</dc:creator>", ">2026-03-31T00:00:00Z</dcterms:created>"} {
		if !strings.Contains(core, want) {
			t.Errorf("the properties lack %s:\n%s", want, core)
		}
	}
	// The same command writes the same file.
	again := filepath.Join(t.TempDir(), "again.docx")
	run(t, "", "classify", "testdata/good.yaml", "-f", "docx", "--author", "J. Planner", "--today", "2026-03-31", "-o", again)
	if data2, err := os.ReadFile(again); err != nil || !bytes.Equal(data, data2) {
		t.Errorf("the same command wrote another file (%v)", err)
	}
}

// -f docx to standard output is refused when that is a terminal, with a hint
// to give -o, and goes through when it is a pipe or a file.
func TestDOCXNeverGoesToATerminal(t *testing.T) {
	defer func(f func(io.Writer) bool) { isTerminal = f }(isTerminal)
	for _, terminal := range []bool{true, false} {
		isTerminal = func(io.Writer) bool { return terminal }
		for _, args := range [][]string{{}, {"-o", "-"}} {
			out, errOut, code := run(t, "", append([]string{"classify", "testdata/good.yaml", "-f", "docx"}, args...)...)
			switch {
			case terminal && (code != 2 || out != "" || !strings.Contains(errOut, "-o FILE.docx")):
				t.Errorf("to a terminal %v: exit %d, stdout %.20q, stderr %q", args, code, out, errOut)
			case !terminal && (code != 0 || !strings.HasPrefix(out, "PK")):
				t.Errorf("to a pipe %v: exit %d, stdout %.20q, stderr %q", args, code, out, errOut)
			}
		}
	}
	isTerminal = func(io.Writer) bool { return true }
	if out, errOut, code := run(t, "", "classify", "testdata/good.yaml", "-f", "markdown"); code != 0 || out == "" {
		t.Errorf("markdown to a terminal: exit %d, stderr %q", code, errOut)
	}
}
