package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/pocssr/pocssr/classify"
)

// readerWidth is what a markdown renderer at 80 columns leaves a table:
// glamour (glow's renderer) keeps two columns of margin on each side.
const readerWidth = 76

// mdTable is a markdown table of a briefing: its header and rows of cells.
type mdTable struct {
	header []string
	rows   [][]string
}

// mdTables finds the tables of a markdown document.
func mdTables(doc string) []mdTable {
	var tables []mdTable
	var cur *mdTable
	for _, line := range strings.Split(doc, "\n") {
		if !strings.HasPrefix(line, "|") {
			cur = nil
			continue
		}
		cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "| "), " |"), " | ")
		switch {
		case cur == nil:
			tables = append(tables, mdTable{header: cells})
			cur = &tables[len(tables)-1]
		case strings.HasPrefix(line, "|---"):
		default:
			cur.rows = append(cur.rows, cells)
		}
	}
	return tables
}

// Every table of a briefing keeps its headers whole at 80 columns. A
// renderer at that width draws a table that fits as it is; one that does not
// fit it narrows column by column, starting with the column whose width is
// furthest above its median cell (lipgloss's table, which glamour v1 uses),
// and cuts that column's header. So a table either fits, or no header is
// wider than the median of its column's cells: in a reader such as glow the
// summary's headers read "POC only overlap SSR only", not "PO… ov… SS…".
// The program's own b screen lays the same document out itself
// (TestTerminalBriefingFitsTheWidth).
func TestBriefingTablesReadAt80Columns(t *testing.T) {
	sheets := map[string]Sheet{"imported resolution": importedSheet(t)}
	lib, err := classify.Cases(classify.Default())
	if err != nil {
		t.Fatal(err)
	}
	sheets["case library"] = Sheet{Worksheet: lib}
	for name, sh := range sheets {
		tables := mdTables(render(t, Markdown, sh))
		if len(tables) < 2 {
			t.Fatalf("%s: %d tables", name, len(tables))
		}
		for _, tb := range tables {
			natural := 1
			for c := range tb.header {
				w := lipgloss.Width(tb.header[c])
				for _, r := range tb.rows {
					w = max(w, lipgloss.Width(r[c]))
				}
				natural += w + 3
			}
			if natural <= readerWidth {
				continue
			}
			for c, h := range tb.header {
				widths := make([]int, len(tb.rows))
				for i, r := range tb.rows {
					widths[i] = lipgloss.Width(r[c])
				}
				slices.Sort(widths)
				if median := widths[len(widths)/2]; lipgloss.Width(h) > median {
					t.Errorf("%s: the table %q is %d columns wide, and its header %q is wider than its column's median cell (%d): cut at 80 columns",
						name, strings.Join(tb.header, " | "), natural, h, median)
				}
			}
		}
	}
}

// The summary's table is narrow enough to be drawn whole at 80 columns.
func TestSummaryTableFitsIn80Columns(t *testing.T) {
	out := render(t, Markdown, importedSheet(t))
	tb := mdTables(out)[0]
	if tb.header[0] != "Agenda" || len(tb.rows) != len(classify.Agendas) {
		t.Fatalf("the first table is %q", tb.header)
	}
	natural := 1
	for c := range tb.header {
		w := lipgloss.Width(tb.header[c])
		for _, r := range tb.rows {
			w = max(w, lipgloss.Width(r[c]))
		}
		natural += w + 3
	}
	if natural > readerWidth {
		t.Errorf("the summary table is %d columns wide; a renderer at 80 columns has %d", natural, readerWidth)
	}
}

// writeMD writes what md makes, on random texts of what markdown escapes,
// what opens a block at a line's start, spaces, breaks and controls, with
// plain runs long and short enough to put a special byte at every place of
// the eight bytes writeSafeEscaped reads at once.
func TestWriteMDWritesMD(t *testing.T) {
	pieces := []string{"a", "word", " ", "  ", "\t", "\n", "\u2028", "\x01", "#", "-", "+", "=", "~", "1", "23", ".", ")",
		"\\", "|", "&", "<", ">", "`", "*", "_", "[", "]", "—", "é", "\u200b", "\x7f", "\xff", "\u202e", "\u0085",
		"abcdefghijkl", "the mission protects civilians", "seven77", "&amp;", "lt;", "#38;", "#x2F;"}
	rnd := uint32(9)
	next := func(n int) int { rnd = rnd*1664525 + 1013904223; return int(rnd>>8) % n }
	for i := 0; i < 50000; i++ {
		var in strings.Builder
		for k := next(16); k > 0; k-- {
			in.WriteString(pieces[next(len(pieces))])
		}
		var got strings.Builder
		writeMD(&got, in.String())
		if want := md(in.String()); got.String() != want {
			t.Fatalf("writeMD(%q) = %q, md gives %q", in.String(), got.String(), want)
		}
	}
}

// writeEsc writes what esc makes, on random texts of what HTML escapes and
// of what Safe changes, with plain runs of many lengths between them.
func TestWriteEscWritesEsc(t *testing.T) {
	pieces := []string{"a", "word", " ", "\n", "\t", "&", "'", "<", ">", `"`, "&amp;", "\x01", "\x7f", "\u0085", "\u202e",
		"\u200b", "\u2028", "\xff", "—", "é", "abcdefghijkl", "the mission protects civilians", "seven77"}
	rnd := uint32(13)
	next := func(n int) int { rnd = rnd*1664525 + 1013904223; return int(rnd>>8) % n }
	for i := 0; i < 20000; i++ {
		var in strings.Builder
		for k := next(16); k > 0; k-- {
			in.WriteString(pieces[next(len(pieces))])
		}
		var got strings.Builder
		writeEsc(&got, in.String())
		if want := esc(in.String()); got.String() != want {
			t.Fatalf("writeEsc(%q) = %q, esc gives %q", in.String(), got.String(), want)
		}
	}
}
