package report

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// For random tables at random widths (a fixed seed: the same tables every
// run), the layout keeps every line within the width and loses nothing:
// read column by column, each column holds exactly the characters of its
// header and cells, in order, whether its words fit or had to be broken.
func TestTerminalTableKeepsEveryCharacter(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "POC", "overlap", "12(c)", "Démocratique", "—", "安全部门改革", "accountability", "Antidisestablishmentarianism-of-the-security-sector", "7"}
	text := func() string {
		n := rnd.IntN(12)
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[rnd.IntN(len(words))]
		}
		return strings.Join(ws, " ")
	}
	for range 300 {
		ncols := 1 + rnd.IntN(5)
		tb := &table{}
		for range ncols {
			tb.cols = append(tb.cols, column{head: text(), numeric: rnd.IntN(3) == 0})
		}
		for range rnd.IntN(5) {
			row := make([]line, ncols)
			for i := range row {
				row[i] = line{}.text(text())
			}
			tb.rows = append(tb.rows, row)
		}
		width := minTermWidth + rnd.IntN(120)
		rows := termCells(tb)
		widths := termWidths(rows, width-termSepWidth*(ncols-1))
		var b strings.Builder
		termWriteTable(&b, tb, rows, width)
		rule := make([]string, ncols)
		for i, w := range widths {
			rule[i] = strings.Repeat("─", w)
		}
		got := make([]string, ncols)
		for _, l := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			if w := ansi.StringWidth(l); w > width {
				t.Fatalf("%d columns at %d: a line of %d: %q", ncols, width, w, l)
			}
			if l == strings.Join(rule, termRuleSep) {
				continue
			}
			at := 0
			for i, w := range widths {
				got[i] += ansi.Cut(l, at, at+w)
				at += w + termSepWidth
			}
		}
		for i := range ncols {
			want := ""
			for _, row := range rows {
				want += row[i]
			}
			if strip(got[i]) != strip(want) {
				t.Fatalf("%d columns at %d: column %d reads %q, its cells %q\n%s", ncols, width, i, strip(got[i]), strip(want), b.String())
			}
		}
	}
}

func strip(s string) string { return strings.Join(strings.Fields(s), "") }

// A table too wide for the terminal wraps its cells in their columns: every
// row keeps all its words in order, numbers stand right-aligned, and a word
// wider than its column is broken across lines, never cut.
func TestTerminalTableWrapsCells(t *testing.T) {
	long := "Protection through dialogue and engagement with the parties to the conflict"
	tb := &table{cols: []column{{head: "Tier"}, {head: "Count", numeric: true}, {head: "Note"}},
		rows: [][]line{
			{line{}.text(long), line{}.raw("7"), line{}.text("short")},
			{line{}.text("Antidisestablishmentarianism-and-more"), line{}.raw("12"), line{}.text(long)},
		}}
	var b strings.Builder
	termWriteTable(&b, tb, termCells(tb), 40)
	out := b.String()
	cols := make([]string, 3)
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if ansi.StringWidth(l) > 40 {
			t.Errorf("a line of %d columns: %q", ansi.StringWidth(l), l)
		}
		if strings.Contains(l, "┼") {
			continue
		}
		parts := strings.Split(l, termSep)
		for i := range parts {
			cols[i] += " " + strings.TrimSpace(parts[i])
		}
	}
	if got := strings.Join(strings.Fields(cols[0]), " "); !strings.Contains(got, long) || !strings.Contains(strings.ReplaceAll(got, " ", ""), "Antidisestablishmentarianism-and-more") {
		t.Errorf("the first column does not keep its cells: %q\n%s", got, out)
	}
	if got := strings.Join(strings.Fields(cols[2]), " "); !strings.Contains(got, "short") || !strings.Contains(got, long) {
		t.Errorf("the third column does not keep its cells: %q\n%s", got, out)
	}
	if !strings.Contains(out, " 7 │") || !strings.Contains(out, "   12 │") {
		t.Errorf("the counts are not right-aligned:\n%s", out)
	}
	if strings.Contains(out, "…") {
		t.Errorf("a cell was cut:\n%s", out)
	}
}
