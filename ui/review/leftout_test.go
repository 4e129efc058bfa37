package review

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// The note of a restore keeps the paragraph, and the key that takes it out
// again, whole at every width the program runs at: how the draft was made
// gives way first, whole, and the line ends "in full (?)" for the help to
// show the note whole, never "+1 more", which counted a second message the
// help did not have. (At 80 columns "… u takes it out agai…" was cut
// mid-word.)
func TestRestoredNoteDropsWholeParts(t *testing.T) {
	for _, c := range []struct {
		ref       string
		discarded bool
		w         int
		cut       bool
	}{
		{"2", false, 80, false},
		{"15", false, 80, true},
		{"15", false, 200, false},
		{"12 (a)", false, 80, true},
		{"23", true, 80, false},
		{"12 (b)", true, 80, true},
		{"12 (b)", true, 100, false},
	} {
		t.Run(fmt.Sprintf("%s/%v/%d", c.ref, c.discarded, c.w), func(t *testing.T) {
			text, whole := restoredNote(c.ref, Spare{discarded: c.discarded}, c.w)
			if ansi.StringWidth(text) > c.w || strings.Contains(text, "…") {
				t.Fatalf("%q: wider than %d or cut", text, c.w)
			}
			if !strings.HasPrefix(text, "Paragraph "+c.ref+" ") && !strings.HasPrefix(text, "Paragraph "+c.ref+",") {
				t.Fatalf("%q does not name paragraph %s", text, c.ref)
			}
			if !strings.Contains(text, "; u takes it out again.") {
				t.Fatalf("%q does not say whole how to take it out again", text)
			}
			if !c.cut {
				if whole != "" || strings.Contains(text, "(?)") {
					t.Fatalf("%q (whole %q): the note fits %d cells and is shortened", text, whole, c.w)
				}
				return
			}
			if !strings.HasSuffix(text, " · in full (?)") || strings.Contains(text, "more") {
				t.Fatalf("%q does not say the help has the note in full", text)
			}
			if !strings.Contains(whole, "; u takes it out again.") || ansi.StringWidth(whole) <= c.w {
				t.Fatalf("the whole note %q is not what the line could not hold", whole)
			}
		})
	}
}

// withDiscard is the review of the resolution's drafts at w×h, opened as a
// replace opens it: the draft of one paragraph discarded earlier is listed
// by l with the paragraphs the import left out.
func withDiscard(t *testing.T, w, h int) *Screen {
	t.Helper()
	rb := classify.Default()
	data, err := os.ReadFile(resolution)
	if err != nil {
		t.Fatal(err)
	}
	rd := suggest.NewReader(rb)
	ws, spares, mandate, err := suggest.ImportWithSpares(rd, resolution, string(data), suggest.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	gone := ws.Activities[1]
	ws.Activities = append(ws.Activities[:1:1], ws.Activities[2:]...)
	ctx := &component.Context{Sheet: session.NewSheet(rb, ws, func(a *model.Activity) string { return a.Title }),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	r := New(ctx, titleWords{rd}, "Asked of others", func(a *model.Activity) component.Open { return component.Open{To: questionnaireID, Arg: a} })
	r.SetSize(w, h)
	in := Imported{At: ws.Activities[0], Document: ws.Mandate, LeftOut: mandate.LeftOut(), Spare: Spares(mandate, spares), Discarded: Discards(mandate, []*model.Activity{gone})}
	if _, ok := r.Open(in); !ok {
		t.Fatal("the review did not open")
	}
	return r
}

// Where some of the paragraphs l lists were discarded earlier, the key line
// says what "+1" counts as far as its room goes: in full, then "(10+1
// discarded)", and "(10+1)" only where that does not fit; the help says
// under l what the two numbers count.
func TestLeftOutKeySaysWhatItCounts(t *testing.T) {
	for _, c := range []struct {
		w, h int
		want string
	}{
		{80, 16, "[l] left out (10+1)"},                   // under "↓ more": no room
		{92, 40, "[l] left out (10+1 discarded earlier)"}, // room for it, not for the whole
		{130, 40, "[l] left out (10) and discarded earlier (1)"},
	} {
		t.Run(fmt.Sprintf("%dx%d", c.w, c.h), func(t *testing.T) {
			r := withDiscard(t, c.w, c.h)
			lines := strings.Split(ansi.Strip(r.View()), "\n")
			keys := strings.TrimRight(lines[len(lines)-1], " ")
			if !strings.HasSuffix(strings.TrimSuffix(keys, " · ↓ more"), c.want) || ansi.StringWidth(keys) > c.w {
				t.Fatalf("the key line %q does not end with %q", keys, c.want)
			}
			// Where the short form is drawn, the middle one would not fit.
			if c.want == "[l] left out (10+1)" {
				if longer := strings.Replace(keys, "(10+1)", "(10+1 discarded earlier)", 1); ansi.StringWidth(longer) <= c.w {
					t.Fatalf("%q has room for %q", keys, longer)
				}
			}
		})
	}
	r := withDiscard(t, 80, 16)
	var help string
	for _, g := range r.FullHelp() {
		for _, b := range g {
			if b.Help().Key == "l" {
				help = b.Help().Desc
			}
		}
	}
	if !strings.Contains(help, "counts them: 10 paragraphs the import left out, +1 discarded in an earlier review") || strings.Contains(help, "(10+1)") {
		t.Fatalf("the help of l does not say what the key line counts: %q", help)
	}
}
