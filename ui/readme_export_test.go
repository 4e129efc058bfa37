package ui

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The README lists the export formats as the export dialog offers them, in
// its order: it listed markdown, HTML, CSV and JSON where the dialog offers
// Word and the text briefing too.
func TestReadmeListsTheExportDialogsFormats(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `ctrl\\+s`, `S`, `x` \\|.*export \\(([^)]*)\\)").FindSubmatch(b)
	if row == nil {
		t.Fatal("the README has no row for x, export (…)")
	}
	var offered []string
	for _, c := range exportChoices() {
		offered = append(offered, strings.Fields(c.label)[0])
	}
	if got, want := string(row[1]), strings.Join(offered, ", "); got != want {
		t.Fatalf("the README lists the export formats as %q, the dialog offers %q", got, want)
	}
}
