package ui

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
)

// copySheet holds an activity whose verdict the framework settles: combined
// operations by the mission are tier 2, POC only.
func copySheet(t *testing.T) *Model {
	t.Helper()
	a := activity(t, "Joint offensive with the army", "implementer", "mission", "kinds", "combined-operations")
	a.Source.Ref = "12(a)"
	b := activity(t, "Vetting of police", "kinds", "vetting")
	b.Source.Ref = "Existing UN frameworks linking POC and SSR" // a case's section, no paragraph
	return newTestModel(t, sheetOf(b, a), 100, 30)
}

// y writes, through the program's output, the OSC 52 sequence that puts the
// activity's reference, title and verdict on the clipboard, and says so; an
// activity without a paragraph reference (a case of the library, whose
// source names a section of the chapter) is known by its place, #n, as the
// worksheet and the presentation know it.
func TestYCopiesRefTitleAndVerdictWithOSC52(t *testing.T) {
	m := copySheet(t)
	var out bytes.Buffer
	m.clip = clipboard{out: &out}
	press(t, m, "j", "y")
	want := "12(a) — Joint offensive with the army — T2 · POC only"
	if got := out.String(); got != "\x1b]52;c;"+base64.StdEncoding.EncodeToString([]byte(want))+"\a" {
		t.Fatalf("y wrote %q, want the OSC 52 sequence of %q", got, want)
	}
	requireScreen(t, m, "Copied “"+want+"”")

	out.Reset()
	press(t, m, "k", "y")
	if got, _ := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(out.String(), "\x1b]52;c;"), "\a")); !strings.HasPrefix(string(got), "#1 — Vetting of police — T") {
		t.Fatalf("the activity without a reference was copied as %q", got)
	}
}

// Under GNU screen the sequence is wrapped, or screen would swallow it; with
// no terminal nothing is written and the status line says why.
func TestCopyUnderScreenAndWithoutATerminal(t *testing.T) {
	m := copySheet(t)
	var out bytes.Buffer
	m.clip = clipboard{out: &out, screen: true}
	press(t, m, "y")
	if got := out.String(); !strings.HasPrefix(got, "\x1bP\x1b]52;c;") || !strings.HasSuffix(got, "\a\x1b\\") {
		t.Fatalf("under screen y wrote %q", got)
	}
	m = copySheet(t)
	press(t, m, "y")
	requireScreen(t, m, "Nothing can be copied")
}

// The program's own stream carries the sequence between its frames, and
// the footer's help names the key.
func TestCopyInTheProgram(t *testing.T) {
	m := copySheet(t)
	var out bytes.Buffer
	m.clip = clipboard{out: &out}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 60))
	waitText(t, tm, "Vetting of police")
	sendKeys(tm, "j", "y")
	waitText(t, tm, "Copied “12(a) — Joint offensive")
	sendKeys(tm, "?")
	waitText(t, tm, "copy the activity's ref, title and verdict")
	finalScreen(t, tm)
}

// In a real terminal: tmux, told to take the clipboard from programs, holds
// the line y copied in its paste buffer.
func TestEndToEndYCopiesToTheTerminal(t *testing.T) {
	s := newTmux(t)
	s.start("copy", 100, 30, "--dark", "demo")
	s.tmux("set-option", "-g", "set-clipboard", "on")
	s.waitFor("copy", "Joint offensive")
	s.keys("copy", "y")
	screen := s.waitFor("copy", "Copied “")
	// The case library's first case, by its place, as the screens name it.
	want := "#1 — Joint offensive with the Congolese army against the FDLR (2015) — T2 · POC only"
	if buf := s.tmux("show-buffer"); buf != want {
		t.Fatalf("tmux holds %q after y, want %q; the screen says:\n%s", buf, want, screen)
	}
	s.keys("copy", "q")
	s.waitFor("copy", "EXITED 0")
}
