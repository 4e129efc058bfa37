package report

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pocssr/pocssr/classify"
)

// Columns are as wide as their words ask: the page's width is shared out
// whole, no column is narrower than its longest word (up to a limit), and
// the long-text column gets the most.
func TestColumnWidthsFitTheContent(t *testing.T) {
	d := mustBrief(t, classify.Default(), importedSheet(t)).document()
	for _, bl := range d.blocks {
		if bl.kind != blockTable {
			continue
		}
		page := docxTextWidth
		if bl.table.wide {
			page = wideTextWidth
		}
		w := columnWidths(bl.table, page)
		sum := 0
		for _, x := range w {
			sum += x
		}
		if sum > page || sum < page-len(w) {
			t.Errorf("widths %v add up to %d, not the page's %d", w, sum, page)
		}
		if bl.style == styleRegister {
			ref, do := w[0], w[len(w)-1]
			if slices.Max(w) != do || ref < 5*110 || ref > do/2 {
				t.Errorf("register widths %v: the Ref column should fit \"12(m)\", and what to do be the widest", w)
			}
		} else if w[0] < 2*w[1] {
			t.Errorf("grid widths %v: the tier's caption should be the widest", w)
		}
	}
}

// The register, eight columns wide, lies across the page in a section of
// its own between upright ones; its table takes that page's width.
func TestDOCXRegisterLiesAcross(t *testing.T) {
	var orients []string
	var tableWidths []string
	for _, se := range xmlElements(t, "word/document.xml", docxOf(t, importedSheet(t))["word/document.xml"]) {
		switch se.Name.Local {
		case "pgSz":
			orients = append(orients, xattr(se, "orient"))
		case "tblW":
			tableWidths = append(tableWidths, xattr(se, "w"))
		}
	}
	if strings.Join(orients, ",") != ",landscape," {
		t.Errorf("sections %q, want upright, across, upright", orients)
	}
	// The grid, the drawings, the register.
	if len(tableWidths) != 3 || tableWidths[2] != strconv.Itoa(wideTextWidth) || tableWidths[0] != strconv.Itoa(docxTextWidth) {
		t.Errorf("table widths %v", tableWidths)
	}
}

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

// The readings' pictures show what the SVG draws: the frame's grey, the
// two agendas' tinted discs, their outlines in their colours, and dark
// words where the labels are.
func TestReadingsPictureShowsTheShapes(t *testing.T) {
	r := newReadings(classify.Default())
	g := r.drawNarrow()
	data, err := g.png()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != int(g.w*pngScale) || b.Dy() != int(g.h*pngScale) {
		t.Fatalf("picture %v, want %g × %g units at %d pixels a unit", b, g.w, g.h, pngScale)
	}
	at := func(x, y float64) (r, g, b uint8) {
		c := img.At(int(x*pngScale), int(y*pngScale))
		cr, cg, cb, _ := c.RGBA()
		return uint8(cr >> 8), uint8(cg >> 8), uint8(cb >> 8)
	}
	if r, g, b := at(10, 360); r != 0xf6 || g != 0xf8 || b != 0xfa {
		t.Errorf("the frame is #%02x%02x%02x, want #f6f8fa", r, g, b)
	}
	if r, g, b := at(60, 200); !(g > r && g > b) {
		t.Errorf("POC only is #%02x%02x%02x, not tinted green", r, g, b)
	}
	if r, g, b := at(260, 200); !(b > g && r > g) {
		t.Errorf("SSR only is #%02x%02x%02x, not tinted purple", r, g, b)
	}
	if r, g, b := at(20, 155); !(g > 100 && r < 60) { // the POC disc's outline, 1a7f37
		t.Errorf("the POC disc's outline is #%02x%02x%02x, not green", r, g, b)
	}
	dark := 0
	for x := 12.0; x < 140; x += 0.5 {
		if r, _, _ := at(x, 17); r < 80 {
			dark++
		}
	}
	if dark < 20 {
		t.Errorf("\"Outside both agendas\" left %d dark samples on its baseline's row", dark)
	}
}
