package component

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/model"
)

// Messages sent through the context come out in the order sent, once each,
// and a sent message returns no command (it is not run beside the program).
func TestContextQueuesMessagesInOrder(t *testing.T) {
	c := &Context{}
	if _, ok := c.Next(); ok {
		t.Fatal("an empty queue gave a message")
	}
	sent := []tea.Msg{Open{To: 3, Arg: "x"}, Status{Text: "saved"}, Back{}, Status{Text: "no", Err: true}}
	if cmd := c.Send(sent[0]); cmd != nil {
		t.Fatal("Send returned a command")
	}
	c.Status("saved")
	c.Send(Back{})
	c.StatusError("no")
	for i, want := range sent {
		got, ok := c.Next()
		if !ok || got != want {
			t.Fatalf("message %d: %#v, want %#v", i, got, want)
		}
	}
	if _, ok := c.Next(); ok {
		t.Fatal("a message came out twice")
	}
}

// Block always makes exactly h lines of exactly w cells, whatever it is given.
func TestBlockKeepsItsArea(t *testing.T) {
	for _, tc := range []struct {
		s    string
		w, h int
	}{{"", 5, 2}, {"a very long line that is cut\nb\nc\nd", 8, 2}, {"日本語の文", 5, 1}} {
		lines := Block(tc.s, tc.w, tc.h)
		n := 1
		for _, r := range lines {
			if r == '\n' {
				n++
			}
		}
		if n != tc.h {
			t.Errorf("%q at %dx%d: %d lines", tc.s, tc.w, tc.h, n)
		}
		for _, l := range splitLines(lines) {
			if got := len([]rune(Fit(l, tc.w))); Fit(l, tc.w) != l || got == 0 && tc.w > 0 {
				t.Errorf("%q at %dx%d: line %q is not %d cells", tc.s, tc.w, tc.h, l, tc.w)
			}
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// A cut never leaves a full stop right before its ellipsis (".…" reads as
// two marks): at every width the stop goes, and the cut stays in the width.
func TestCutDropsTheStopBeforeTheEllipsis(t *testing.T) {
	for _, s := range []string{"Support to the HNP. Training of police officers", "Rule of law... and the courts", "A. B. C. D. E."} {
		for w := 1; w < ansi.StringWidth(s); w++ {
			got := Cut(s, w)
			if strings.Contains(got, ".…") || ansi.StringWidth(got) > w || !strings.HasSuffix(got, "…") {
				t.Errorf("Cut(%q, %d) = %q", s, w, got)
			}
		}
		if got := Cut(s, ansi.StringWidth(s)); got != s {
			t.Errorf("Cut(%q) at its width = %q", s, got)
		}
	}
	if got := Cut("Support to the HNP. Training", 20); got != "Support to the HNP…" {
		t.Errorf("cut after the stop: %q", got)
	}
}

// WrapItems breaks between items, keeps an item that fits a line whole, and
// word-wraps only an item longer than a line.
func TestWrapItemsPartsNoItemThatFits(t *testing.T) {
	for _, c := range []struct {
		items []string
		w     int
		want  []string
	}{
		{[]string{"id: a", "status: draft", "source: S/RES/2180 (2014) 3"}, 80, []string{"id: a · status: draft · source: S/RES/2180 (2014) 3"}},
		{[]string{"id: abcdefghij", "status: draft", "source: S/RES/2180 (2014) 3"}, 40, []string{"id: abcdefghij · status: draft", "source: S/RES/2180 (2014) 3"}},
		{[]string{"id: x", "source: one two three four"}, 12, []string{"id: x", "source: one", "two three", "four"}},
		{nil, 10, nil},
	} {
		got := WrapItems(c.items, " · ", c.w)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("WrapItems(%q, %d) = %q, want %q", c.items, c.w, got, c.want)
		}
		for _, l := range got {
			if ansi.StringWidth(l) > c.w {
				t.Errorf("WrapItems(%q, %d): %q is wider than the line", c.items, c.w, l)
			}
		}
	}
}

// A note that names a draft between “ and ” cuts the title only where the
// status line has no room for the whole note, to no fewer than 20 cells;
// a note without a title, or before the line is measured, keeps its words.
func TestFitTitleCutsTheTitleToTheLine(t *testing.T) {
	const title = "Mediation: continue to support this process" // 43 cells
	cases := []struct {
		note  string
		width int
		want  string
	}{
		{"Undid the discard of “" + title + "”.", 200, "Undid the discard of “" + title + "”."},
		{"Undid the discard of “" + title + "”.", 60, "Undid the discard of “Mediation: continue to support this…”."},
		{"Undid the discard of “" + title + "”.", 30, "Undid the discard of “Mediation: continue…”."},
		{"Undid the discard of “" + title + "”.", 0, "Undid the discard of “Mediation: continue…”."},
		{"Undid the last acceptance of a draft; ctrl+r redoes it.", 30, "Undid the last acceptance of a draft; ctrl+r redoes it."},
		{"Redid the discard of “" + title + "”; u undoes it again.", 80, "Redid the discard of “Mediation: continue to support this …”; u undoes it again."},
	}
	for _, c := range cases {
		ctx := &Context{StatusWidth: c.width}
		got := ctx.FitTitle(c.note)
		if got != c.want {
			t.Errorf("FitTitle(%q) on a line of %d = %q, want %q", c.note, c.width, got, c.want)
		}
		if c.width >= 60 && ansi.StringWidth(got) > c.width {
			t.Errorf("FitTitle(%q) is %d wide on a line of %d", c.note, ansi.StringWidth(got), c.width)
		}
	}
}

// The note of ticks saved on a suggested list gives the counts where they
// fit, and names ? with the whole kept for the help where they do not.
func TestKeptNoteFitsItsLine(t *testing.T) {
	read := model.Value{Known: true, Set: []string{"deterrence", "rights-training", "abuse-monitoring"}}
	now := model.Value{Known: true, Set: []string{"rights-training", "vetting"}}
	whole := "Kinds: your answer now (1 of 3 suggested values kept, 1 added)."
	if st := KeptNote(model.Kinds, read, now, 80); st.Text != whole || st.Full != whole {
		t.Errorf("at 80: %q, whole %q", st.Text, st.Full)
	}
	for w, want := range map[int]string{50: "Kinds: yours now (1 of 3 suggested kept) (?)", 30: "Kinds: your answer now (?)"} {
		if st := KeptNote(model.Kinds, read, now, w); st.Text != want || st.Full != whole {
			t.Errorf("at %d: %q, whole %q", w, st.Text, st.Full)
		}
	}
}
