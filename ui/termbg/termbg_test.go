package termbg

import (
	"io"
	"os"
	"testing"
	"time"
)

func TestParseOSC11(t *testing.T) {
	cases := []struct {
		in   string
		dark bool
		ok   bool
	}{
		{"\x1b]11;rgb:0000/0000/0000\x07\x1b[12;1R", true, true},
		{"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[3;4R", false, true},
		{"\x1b]11;rgb:fd/f6/e3\x07", false, true},      // two digits per channel
		{"\x1b]11;rgb:1e1e/1e1e/2e2e\x07", true, true}, // a dark grey
		{"\x1b[12;1R", false, false},                   // only the cursor report
		{"\x1b]11;rgb:zz/00/00\x07", false, false},
		{"\x1b]11;rgb:00/00\x07", false, false},
	}
	for _, c := range cases {
		r, g, b, ok := parseOSC11([]byte(c.in))
		if ok != c.ok {
			t.Errorf("%q: ok %v", c.in, ok)
			continue
		}
		if ok && (luminance(r, g, b) < 0.5) != c.dark {
			t.Errorf("%q: dark %v", c.in, !c.dark)
		}
	}
}

func TestCursorReportEndsTheAnswer(t *testing.T) {
	for in, want := range map[string]bool{
		"\x1b[12;40R":                    true,
		"\x1b]11;rgb:0/0/0\x07\x1b[1;1R": true,
		"\x1b[12;40":                     false,
		"\x1b[A":                         false,
		"\x1b]11;rgb:0/0/0\x07":          false,
		"\x1b[A\x1b[5;5R":                true,
	} {
		if got := cursorReport([]byte(in)); got != want {
			t.Errorf("%q: %v", in, got)
		}
	}
}

func TestColorFGBG(t *testing.T) {
	if n, ok := colorFGBG("15;0"); !ok || n != 0 {
		t.Errorf("15;0 → %d %v", n, ok)
	}
	if n, ok := colorFGBG("0;default;15"); !ok || n != 15 {
		t.Errorf("→ %d %v", n, ok)
	}
	if _, ok := colorFGBG(""); ok {
		t.Error("empty COLORFGBG")
	}
}

// Without a terminal, Query sends no question and waits for no answer: with a
// timeout of an hour it still returns, and nothing was written to the pipe.
func TestQueryWithoutATerminalAnswersAtOnce(t *testing.T) {
	t.Setenv("COLORFGBG", "")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	type answer struct {
		dark bool
		err  error
	}
	done := make(chan answer, 1)
	go func() {
		dark, err := Query(r, w, time.Hour)
		done <- answer{dark, err}
	}()
	var got answer
	select {
	case got = <-done:
	case <-time.After(time.Minute): // a guard against a hang, far beyond any answer
		t.Fatal("Query waited for a terminal that is not there")
	}
	if got.err == nil || !got.dark {
		t.Errorf("pipes: dark %v err %v", got.dark, got.err)
	}
	w.Close()
	if sent, _ := io.ReadAll(r); len(sent) > 0 {
		t.Errorf("asked a pipe for its colour: %q", sent)
	}
}

func TestRestorePutsTERMBack(t *testing.T) {
	// The package's init hid TERM; package ui restores it, but this test binary
	// does not import ui.
	Restore()
	t.Setenv("TERM", "xterm-256color")
	savedTerm, hadTerm, hidden = "xterm-256color", true, true
	os.Setenv("TERM", "dumb")
	Restore()
	Restore()
	if os.Getenv("TERM") != "xterm-256color" {
		t.Errorf("TERM %q", os.Getenv("TERM"))
	}
}

// A terminal that does not answer may still have said its colours in
// COLORFGBG; without it the background is taken to be dark.
func TestFromEnvironment(t *testing.T) {
	for v, want := range map[string]struct {
		dark     bool
		answered bool
	}{
		"15;0": {true, true}, "0;15": {false, true}, "0;default;7": {false, true},
		"": {true, false}, "white": {true, false},
	} {
		t.Setenv("COLORFGBG", v)
		dark, err := fromEnvironment()
		if dark != want.dark || (err == nil) != want.answered {
			t.Errorf("COLORFGBG=%q: dark %v, %v", v, dark, err)
		}
	}
}
