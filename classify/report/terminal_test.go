package report

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

func renderTerminal(t *testing.T, width int, sheets ...Sheet) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteBriefingTerminal(&buf, classify.Default(), sheets, width); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func termSheets(t *testing.T) map[string]Sheet {
	lib, err := classify.Cases(classify.Default())
	if err != nil {
		t.Fatal(err)
	}
	return map[string]Sheet{"imported resolution": importedSheet(t), "case library": {Worksheet: lib}}
}

// The terminal briefing of an imported resolution at 80 and 120 columns; the
// goldens are reviewed by hand when they change.
func TestGoldenTerminalBriefing(t *testing.T) {
	for _, w := range []int{80, 120} {
		golden(t, fmt.Sprintf("s-res-1925-2010.term%d.txt", w), []byte(renderTerminal(t, w, importedSheet(t))))
	}
}

// At any width no line is wider than the terminal, nothing is cut (every
// ellipsis is one the briefing wrote, as its markdown shows), every table's
// headers stand whole, and the headings the markdown writes are all there,
// level-1 and level-2 ones ruled.
func TestTerminalBriefingFitsTheWidth(t *testing.T) {
	for name, sh := range termSheets(t) {
		md := render(t, Markdown, sh)
		for _, width := range []int{40, 60, 80, 120, 200} {
			out := renderTerminal(t, width, sh)
			lines := strings.Split(out, "\n")
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("%s at %d: a line of %d columns: %q", name, width, w, l)
					break
				}
			}
			if got, wrote := strings.Count(out, "…"), strings.Count(md, "…"); got != wrote {
				t.Errorf("%s at %d: %d ellipses, the briefing wrote %d: something was cut", name, width, got, wrote)
			}
			if width < 80 {
				continue
			}
			for _, tb := range mdTables(md) {
				for i, header := range tb.header {
					if i < 2 && len(tb.header) > 2 && strings.Contains(out, "  "+tb.header[2]+": ") {
						continue // rows laid out as blocks: the first two cells lead each, unnamed
					}
					if !strings.Contains(out, header) {
						t.Errorf("%s at %d: the header %q is not whole", name, width, header)
					}
				}
			}
			for _, l := range strings.Split(md, "\n") {
				level := len(l) - len(strings.TrimLeft(l, "#"))
				if level == 0 || level > 2 || !strings.HasPrefix(l[level:], " ") {
					continue
				}
				heading := l[level+1:]
				i := strings.Index(out, heading+"\n")
				if i < 0 || width < cells(heading) {
					t.Errorf("%s at %d: the heading %q is not on a line of its own", name, width, heading)
					continue
				}
				mark, _ := termRule(level)
				rule := strings.Repeat(mark, cells(heading))
				if !strings.HasPrefix(out[i+len(heading)+1:], rule+"\n") {
					t.Errorf("%s at %d: the heading %q is not ruled with %q", name, width, heading, mark)
				}
			}
		}
	}
}

// Every table cell's text appears whole at 80 columns: each word of every
// cell of every table of the document is on a line of the rendering, never
// broken or cut, since no word of the briefing is wider than its column.
func TestTerminalBriefingKeepsCellsWhole(t *testing.T) {
	for name, sh := range termSheets(t) {
		out := renderTerminal(t, 80, sh)
		doc := mustBrief(t, classify.Default(), sh).document()
		n := 0
		for _, bl := range doc.blocks {
			if bl.kind != blockTable {
				continue
			}
			tb := bl.table
			if tb.compact != nil {
				tb = tb.compact
			}
			for row := range tb.each() {
				for _, c := range row {
					for _, word := range strings.Fields(termLine(c, mdCell)) {
						n++
						if !strings.Contains(out, word) {
							t.Errorf("%s: the cell word %q is not whole in the rendering", name, word)
						}
					}
				}
			}
		}
		if n == 0 {
			t.Fatalf("%s: the briefing has no table cells", name)
		}
	}
}

// Text from a file reaches the terminal briefing inert: no escape, bell or
// bidirectional override of its own (each control shown as U+FFFD, as every
// report shows it), and its markdown or HTML shown as the text it is.
func TestTerminalBriefingKeepsHostileTextInert(t *testing.T) {
	hostile := "Patrols \x1b]0;retitled\x07\x1b[2J \u202egnp.exe\u202c **bold** [link](https://example.org) <script>x</script> # head"
	a := &model.Activity{ID: "a", Title: hostile, Description: hostile, Notes: hostile, Status: model.StatusDraft,
		Source: model.Source{Document: hostile, Ref: "1(a)", Text: hostile}}
	ws := &model.Worksheet{Mission: hostile, Mandate: hostile, Activities: []*model.Activity{a}}
	out := renderTerminal(t, 80, Sheet{File: hostile, Worksheet: ws, PreparedBy: hostile})
	if strings.ContainsAny(out, "\x1b\x07\u202e\u202c") {
		t.Errorf("hostile text is live in the terminal briefing:\n%q", out)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{"\ufffd]0;retitled\ufffd\ufffd[2J", "gnp.exe", "**bold** [link](https://example.org) <script>x</script> # head"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the terminal briefing does not show %q as text:\n%s", want, out)
		}
	}
}

// Every worksheet of the hostile corpus (the attacks the commands are tried
// on) that loads lays out for the terminal inert and within the width: no
// control character but the newline, no bidirectional embedding, override
// or isolate, no line wider than 80 columns.
func TestTerminalBriefingOfTheHostileCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "ui", "cli", "testdata", "hostile", "*", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	loaded := 0
	for _, f := range files {
		if filepath.Base(f) == "case.yaml" {
			continue
		}
		ws, err := model.Load(f, classify.Default().Vocabulary())
		if err != nil {
			continue // bad input: the commands refuse it, nothing is shown
		}
		loaded++
		out := renderTerminal(t, 80, Sheet{File: f, Worksheet: ws})
		for i, r := range out {
			if r < 0x20 && r != '\n' || r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
				t.Errorf("%s: the terminal briefing writes %U at byte %d", f, r, i)
				break
			}
		}
		for _, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > 80 {
				t.Errorf("%s: a line of %d columns: %q", f, w, l)
				break
			}
		}
	}
	t.Logf("%d worksheets of the corpus load", loaded)
	if loaded < 10 {
		t.Fatalf("only %d worksheets of the hostile corpus load: the corpus moved?", loaded)
	}
}

// At 80 and 120 columns the register's rows, too many columns for the
// width, are laid out as blocks: each risk's "What to do" reads on lines
// nearly as wide as the terminal, and a due date never leaves its "due" or
// breaks across lines.
func TestTerminalRegisterRowsReadAsBlocks(t *testing.T) {
	ws, err := model.Load(filepath.Join("testdata", "register-input.yaml"), classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{80, 120} {
		out := renderTerminal(t, width, Sheet{File: "register-input.yaml", Worksheet: ws, Today: "2026-05-01"})
		for _, date := range []string{"2026-03-31", "2026-04-15", "2026-09-30"} {
			if !strings.Contains(out, "due "+date) {
				t.Errorf("at %d the date %s is not whole on a line after its due:\n%s", width, date, out)
			}
		}
		n := 0
		for _, l := range strings.Split(out, "\n") {
			if text, ok := strings.CutPrefix(l, "  What to do: "); ok {
				n++
				if cells(l) < width-20 {
					t.Errorf("at %d what to do begins on a line of %d cells: %q", width, cells(l), text)
				}
			}
		}
		if n == 0 {
			t.Fatalf("at %d no row of the register is a block:\n%s", width, out)
		}
	}
	for _, c := range []struct {
		text  string
		width int
		want  []string
	}{
		{"open · planned · Joint HRDDP task force · due 2026-04-15 OVERDUE", 45, []string{"open · planned · Joint HRDDP task force ·", "due 2026-04-15 OVERDUE"}},
		{"a · due 2026-04-15", 14, []string{"a ·", "due 2026-04-15"}},
		{"due 2026-04-15", 10, []string{"due", "2026-04-15"}}, // no room for both: the date stays whole
	} {
		if got := wrapAt(c.text, c.width); !slices.Equal(got, c.want) {
			t.Errorf("wrapAt(%q, %d) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

// The briefing in the terminal leaves out the part with the two readings,
// as markdown does: it drew no picture, yet its words spoke of the marks.
func TestTerminalBriefingLeavesOutTheDrawings(t *testing.T) {
	for name, sh := range termSheets(t) {
		out := renderTerminal(t, 80, sh)
		for _, gone := range []string{"[Figure", "Each mark is", "The two readings"} {
			if strings.Contains(out, gone) {
				t.Errorf("%s: the terminal briefing says %q", name, gone)
			}
		}
		if !strings.Contains(out, "Risk register") {
			t.Errorf("%s: the part after the drawings is gone too", name)
		}
	}
}
