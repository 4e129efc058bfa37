package report

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Wrap fits text to a width in terminal cells: a CJK character or an emoji
// takes two, so a line of them is half as many characters; a word wider than
// the line is broken, never cut; nothing is lost or reordered.
func TestWrapMeasuresCells(t *testing.T) {
	cases := []struct {
		text  string
		width int
	}{
		{"Support to the national police in the capital and the provinces", 20},
		{"平和維持活動は文民の保護と治安部門改革を同時に進める必要がある", 20},
		{"文民の保護 と 治安部門改革 は 重なり合う 二つの 課題 である", 12},
		{"👩‍👩‍👧 family 🇺🇳 flag 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽 done", 10},
		{"Vetting of the 警察 (police) with community-input and rule-of-law support", 16},
		{"averyveryverylongwordthatdoesnotfitatall next", 10},
	}
	for _, c := range cases {
		lines := Wrap(c.text, c.width)
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > c.width {
				t.Errorf("%q at %d: line %q is %d cells", c.text, c.width, l, w)
			}
		}
		got := strings.Join(strings.Fields(strings.Join(lines, " ")), "")
		if want := strings.Join(strings.Fields(c.text), ""); got != want {
			t.Errorf("%q at %d: text changed to %q", c.text, c.width, strings.Join(lines, "|"))
		}
	}
	// Words with hyphens stay whole where they fit: identifiers are not split.
	if lines := Wrap("the kind rule-of-law here", 14); lines[1] != "rule-of-law" {
		t.Errorf("hyphenated word split: %q", lines)
	}
	// A line is filled: a CJK text of 20 characters takes exactly two lines of 20 cells.
	if lines := Wrap(strings.Repeat("保", 20), 20); len(lines) != 2 || ansi.StringWidth(lines[0]) != 20 {
		t.Errorf("CJK: %q", lines)
	}
}

// wrap, which writes a report's lines as it wraps them, writes exactly the
// lines Wrap makes of the text on one line, each after its indent: on words
// of every width, control and format characters, long words broken inside,
// and text that is empty or only spaces. (A word of no width, a lone
// combining mark, is left out here: Wrap keeps it on a line it has not yet
// ended and may put a broken word's pieces before it; wrap keeps the order.)
func TestWrapWritesWrapsLines(t *testing.T) {
	words := []string{"a", "mission", "rule-of-law", "保護", "👍🏽", "\u200b", "x\u0301",
		"averyveryverylongwordthatdoesnotfitonalineatall", "\t", "\n", "\x1b[31m", "", " ", "\u2028"}
	rnd := uint32(7)
	next := func(n int) int { rnd = rnd*1664525 + 1013904223; return int(rnd>>8) % n }
	for i := 0; i < 3000; i++ {
		var parts []string
		for k := next(12); k > 0; k-- {
			parts = append(parts, words[next(len(words))])
		}
		text := strings.Join(parts, []string{" ", "", "  "}[next(3)])
		first, rest, width := "  ", strings.Repeat(" ", 2+next(4)), 8+next(30)
		var want strings.Builder
		for j, l := range Wrap(OneLine(text), width-len(rest)) {
			if j == 0 {
				want.WriteString(first)
			} else {
				want.WriteString(rest)
			}
			want.WriteString(l + "\n")
		}
		var got strings.Builder
		wrap(&got, text, first, rest, width)
		if got.String() != want.String() {
			t.Fatalf("%q at %d:\ngot  %q\nwant %q", text, width, got.String(), want.String())
		}
	}
}

// A word of no width keeps its place before a long word broken after it.
func TestWrapKeepsZeroWidthWordInOrder(t *testing.T) {
	var b strings.Builder
	wrap(&b, "\u0301 averyveryverylongword end", "", "", 10)
	if got := strings.Join(strings.Fields(b.String()), ""); got != "\u0301averyveryverylongwordend" {
		t.Errorf("text changed: %q", b.String())
	}
}

// OneLine's shortcut leaves a text as it is only where folding it would:
// random texts of words, spaces, line breaks, tabs, controls and wide
// characters, with plain runs of many lengths between them (the shortcut
// reads eight bytes at once), against the folding itself.
func TestOneLineShortcutAgreesWithFolding(t *testing.T) {
	pieces := []string{"a", "mission", " ", "  ", "\t", "\n", "\x7f", "\x01", "保護", "\u200b", "é", "rule-of-law", "\u2028",
		"the protection of civilians", "seven77", "\x1f", "\x20", "\x21", "\x7e", "\x80"}
	rnd := uint32(3)
	next := func(n int) int { rnd = rnd*1664525 + 1013904223; return int(rnd>>8) % n }
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for k := next(24); k > 0; k-- {
			b.WriteString(pieces[next(len(pieces))])
		}
		s := b.String()
		if got, want := OneLine(s), strings.Join(strings.Fields(Safe(s)), " "); got != want {
			t.Fatalf("OneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// A due date never leaves its "due" at the end of a line: both go to the
// next one, where they fit; a date is never broken.
func TestWrapKeepsADueDateWithItsDue(t *testing.T) {
	for _, c := range []struct {
		text  string
		width int
		want  []string
	}{
		{"mitigated — in place · owner: Human Rights Division · due 2026-01-15 · Units screened", 58,
			[]string{"mitigated — in place · owner: Human Rights Division ·", "due 2026-01-15 · Units screened"}},
		{"a · due 2026-04-15", 14, []string{"a ·", "due 2026-04-15"}},
		{"due 2026-04-15", 10, []string{"due", "2026-04-15"}}, // no room for both: the date stays whole
		{"overdue 2026-04-15 x", 10, []string{"overdue", "2026-04-15", "x"}},
	} {
		if got := Wrap(c.text, c.width); !slices.Equal(got, c.want) {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

// wrap writes the words of plain text (ASCII and plainRunes) that fill a
// line at once; the lines are those Wrap makes, word by word, whatever
// spaces, tabs and line breaks stand between the words or around them, and
// however long a word.
func TestWrapWritesPlainLinesAsWrap(t *testing.T) {
	words := []string{"a", "to", "mission", "rule-of-law", "2026-03-31", "Division;", "averyveryverylongwordthatdoesnotfit",
		"—", "·", "“quoted”", "in—place…", "‘x’–y", "averyvery—verylongword·thatdoesnotfit"}
	seps := []string{" ", " ", " ", "  ", "\t", "\n", " \n"}
	rnd := uint32(11)
	next := func(n int) int { rnd = rnd*1664525 + 1013904223; return int(rnd>>8) % n }
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		if next(4) == 0 {
			b.WriteString(seps[next(len(seps))])
		}
		for k := next(30); k > 0; k-- {
			b.WriteString(words[next(len(words))])
			if k > 1 || next(4) == 0 {
				b.WriteString(seps[next(len(seps))])
			}
		}
		text := b.String()
		first, rest, width := "- ", strings.Repeat(" ", next(5)), 11+next(70)
		var want strings.Builder
		for j, l := range Wrap(OneLine(text), width-len(rest)) {
			want.WriteString([]string{first, rest}[min(j, 1)] + l + "\n")
		}
		var got strings.Builder
		wrap(&got, text, first, rest, width)
		if got.String() != want.String() {
			t.Fatalf("%q at %d:\ngot  %q\nwant %q", text, width, got.String(), want.String())
		}
	}
}

// Each of plainRunes is what plain text takes it to be: one cell wide, alone
// and between other characters, left as it is by Safe, and not a space.
func TestPlainRunesAreOneCellEach(t *testing.T) {
	for _, r := range plainRunes {
		c := string(r)
		if ansi.StringWidth(c) != 1 || ansi.StringWidth("a"+c+c+"b"+c) != 5 || cells("x"+c) != 2 {
			t.Errorf("%q is not one cell", c)
		}
		if Safe(c) != c || unicode.IsSpace(r) {
			t.Errorf("%q is not plain", c)
		}
		if plain, ascii := plainText("a " + c); !plain || ascii {
			t.Errorf("%q: plainText %v %v", c, plain, ascii)
		}
	}
	for _, s := range []string{"é", "a\u0301", "\u00a0", "\u200b", "保", "\x7f", "\r"} {
		if plain, _ := plainText("a " + s); plain {
			t.Errorf("%q taken for plain", s)
		}
	}
}

// Safe's look at text it leaves as it is, eight bytes at a time, agrees with
// its reading character by character: on printable ASCII of every length,
// control and format characters, the bidirectional controls, separators,
// the program's own punctuation, wide characters and broken UTF-8.
func TestSafeShortcutAgreesWithRunes(t *testing.T) {
	pieces := []string{"a", "mission ", "rule-of-law", "abcdefghijklmno", "\t", "\n", "\x7f", "\x01", "\x1b[31m",
		"\u0085", "\u00ad", "\u200b", "\u202e", "\u2066", "\u2028", "\ufeff", "保護", "é", "—", "“quoted”", "…",
		"\xff", "\xe2\x80", "\ufffd"}
	rnd := uint32(5)
	next := func(n int) int { rnd = rnd*1664525 + 1013904223; return int(rnd>>8) % n }
	for i := 0; i < 30000; i++ {
		var b strings.Builder
		for k := next(10); k > 0; k-- {
			b.WriteString(pieces[next(len(pieces))])
		}
		s := b.String()
		want := safeRunes(s)
		if got := Safe(s); got != want {
			t.Fatalf("Safe(%q) = %q, want %q", s, got, want)
		}
		if safeAlready(s) != (want == s) {
			t.Fatalf("safeAlready(%q) = %v, but Safe gives %q", s, safeAlready(s), want)
		}
	}
}
