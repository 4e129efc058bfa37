package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pocssr/pocssr/classify"
)

// A real word processor opens the DOCX briefing of an imported resolution:
// LibreOffice (soffice, headless) converts it to PDF, whose pages are A4
// and whose text (read by pdftotext, when poppler-utils is installed) holds
// every part's heading, an activity's heading, the DRAFT marks and the
// pictures' captions. .ci/run installs both; elsewhere the test is skipped
// when soffice is missing.
func TestDOCXOpensInAWordProcessor(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice is not on PATH: install libreoffice-writer-nogui to convert the DOCX briefing to PDF")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "brief.docx")
	var buf bytes.Buffer
	if err := WriteMeta(&buf, classify.Default(), DOCX, []Sheet{importedSheet(t)}, docxMeta); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// A profile of its own, so that a LibreOffice already running elsewhere
	// does not take the job.
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "brief.pdf"))
	if err != nil {
		t.Fatalf("soffice wrote no PDF: %v", err)
	}
	pages := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1))
	if pages < 5 {
		t.Errorf("the PDF has %d pages; the briefing of 37 activities takes more than 5", pages)
	}
	if !bytes.Contains(pdf, []byte("/MediaBox[0 0 595")) && !bytes.Contains(pdf, []byte("/MediaBox [0 0 595")) {
		t.Error("the PDF's pages are not A4 (595 points wide)")
	}

	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Log("pdftotext is not on PATH (poppler-utils): the PDF's text is not checked")
		return
	}
	out, err := exec.CommandContext(ctx, pdftotext, "-layout", filepath.Join(dir, "brief.pdf"), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"POC/SSR briefing: MONUSCO", "Executive summary", "Critical and high risks still open", "The two readings",
		"Risk register", "Portfolio", "Activities", "4 — Authorizes MONUSCO", "Recommendations", "DRAFT",
		"The 2015 policy: three tiers of POC", "The narrow reading: POC and SSR"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
	if n := strings.Count(text, "DRAFT"); n < 29 {
		t.Errorf("the PDF shows DRAFT %d times, fewer than the 29 drafts", n)
	}
	t.Logf("LibreOffice converted the DOCX to a PDF of %s pages", strconv.Itoa(pages))
}
