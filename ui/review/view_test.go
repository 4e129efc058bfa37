package review

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// resolution is a mandate with drafts of the mission's own, drafts asked of
// others, and parts the import leaves out.
const resolution = "../testdata/S-RES-1925-2010.txt"

// imported is the review of resolution's drafts at w×h, opened as an
// import opens it: at the first draft, with the parts it left out.
func imported(t *testing.T, w, h int) (*Screen, *component.Context) {
	t.Helper()
	rb := classify.Default()
	data, err := os.ReadFile(resolution)
	if err != nil {
		t.Fatal(err)
	}
	rd := suggest.NewReader(rb)
	ws, mandate, err := suggest.Import(rd, resolution, string(data), suggest.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := &component.Context{Sheet: session.NewSheet(rb, ws, func(a *model.Activity) string { return a.Title }),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	edit := func(a *model.Activity) component.Open { return component.Open{To: questionnaireID, Arg: a} }
	r := New(ctx, titleWords{rd}, "Asked of others", edit)
	r.SetSize(w, h)
	if _, ok := r.Open(Imported{At: ws.Activities[0], Document: ws.Mandate, LeftOut: mandate.LeftOut()}); !ok {
		t.Fatal("the review did not open")
	}
	return r, ctx
}

// The review's heading keeps its shape at every width down to 80 columns
// and after each kind of step: one line, the title first, and "N asked of
// others, last" beside what is left (at 80 it dropped the title, then
// wrapped to two lines after a discard); the other counts give way from
// the end, with "…".
func TestReviewHeadingKeepsTheDraftsOfOthers(t *testing.T) {
	for _, w := range []int{80, 90, 200} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			r, ctx := imported(t, w, 28)
			for _, k := range []string{"", "s", "a", "x"} {
				if k != "" {
					press(r, k)
				}
				sent(ctx)
				if r.Draft() == nil {
					t.Fatalf("the review ended after %q", k)
				}
				n := r.tally().Others
				if n == 0 {
					t.Fatal("no draft asked of others: the test shows nothing")
				}
				head := headingOf(r)
				if strings.Contains(head, "\n") || !strings.HasPrefix(head, reviewTitle+" · ") {
					t.Fatalf("after %q the heading is not one line under its title:\n%s", k, head)
				}
				if want, short := fmt.Sprintf("%d by national authorities alone or a partner, reviewed after the rest", n), fmt.Sprintf("%d by others, reviewed last", n); !strings.Contains(head, want) && !strings.Contains(head, short) {
					t.Fatalf("after %q the heading lacks %q:\n%s", k, want, head)
				}
			}
		})
	}
}

// At 80 columns the review's key line keeps every key, and the draft that
// goes on below says so with the shared sign of a scrolled view on the row
// above it, not a sign of its own in the key line.
func TestReviewKeysSayMoreBelowAt80(t *testing.T) {
	r, ctx := imported(t, 80, 21)
	for i := 0; i < 36 && r.Draft() != nil && r.view.AtBottom(); i++ {
		press(r, "s")
		sent(ctx)
	}
	if r.Draft() == nil || r.view.AtBottom() || len(r.leftOut) == 0 {
		t.Fatal("the review does not open on a long draft with parts left out: the test shows nothing")
	}
	lines := strings.Split(ansi.Strip(r.View()), "\n")
	keys, sign := lines[len(lines)-1], lines[len(lines)-2]
	for _, want := range []string{"[a] accept", "[x] discard", "[esc] stop", fmt.Sprintf("[l] left out (%d)", len(r.leftOut))} {
		if !strings.Contains(keys, want) {
			t.Fatalf("the key line lacks %q: %q", want, keys)
		}
	}
	if strings.Contains(keys, "more") {
		t.Fatalf("the key line keeps a sign of its own: %q", keys)
	}
	below := r.view.TotalLineCount() - r.view.YOffset - r.view.Height
	if want := fmt.Sprintf("↓ more: %d lines below (↓/j, pgdn)", below); strings.TrimSpace(sign) != want {
		t.Fatalf("the row above the keys is %q, want the shared sign %q", sign, want)
	}
}

// Neither the id nor the source is cut: where the line has not the room
// for both, the source goes below the id, and what is longer than a line
// wraps. The id was cut first ("4-e-iii-assist-the-parties-to-deve…"), then
// left out, with no key that gave it whole.
func TestIDAndSourceAreGivenWhole(t *testing.T) {
	const id, src = "4-e-iii-assist-the-parties-to-develop-a", "S/RES/2241 (2015) 4(e)(iii)"
	for _, tc := range []struct {
		w    int
		want []string
	}{
		{200, []string{"id: " + id + " · source: " + src}},
		{77, []string{"id: " + id, "source: " + src}},
		{45, []string{"id: " + id, "source: " + src}},
		{30, []string{"id:", "4-e-iii-assist-the-parties-to-", "develop-a", "source: S/RES/2241 (2015)", "4(e)(iii)"}},
	} {
		got := idAndSource(id, src, tc.w)
		for _, l := range got {
			if ansi.StringWidth(l) > tc.w {
				t.Errorf("width %d: %q is wider", tc.w, l)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("width %d:\n got %q\nwant %q", tc.w, got, tc.want)
		}
	}
}

// headingOf is the review's heading as the screen shows it: the lines
// above the draft.
func headingOf(r *Screen) string {
	lines := strings.Split(ansi.Strip(r.View()), "\n")
	return strings.Join(lines[:len(r.heading(r.width))], "\n")
}

// largeReview is the review of a worksheet the size of a large import,
// 2,241 drafts of the mission's own and 400 asked of others, after 1,100
// acceptances, 600 skips and 300 discards.
func largeReview(t *testing.T) *Screen {
	t.Helper()
	var acts []*model.Activity
	for i := range 2641 {
		a := draft(fmt.Sprintf("Task %d", i), true)
		if i >= 2241 {
			a.Facts.SetOne(model.Implementer, "host-state")
		}
		acts = append(acts, a)
	}
	r, ctx := opened(t, acts...)
	for _, step := range []struct {
		key string
		n   int
	}{{"a", 1100}, {"s", 600}, {"x", 300}} {
		for range step.n {
			press(r, step.key)
		}
	}
	sent(ctx)
	return r
}

// However large the counts, the review's heading is one line, at 80
// columns as at 200: the title first, the counts in their fixed order,
// whole counts giving way from the end and "… (?)" saying so, with the key
// that shows them (it wrapped to two lines, and dropped the title, at 80);
// the help has every count whole.
func TestReviewHeadingShowsEveryCountOfALargeReview(t *testing.T) {
	r := largeReview(t)
	// The review goes through the mission's own drafts first: 2,000 of
	// 2,241 decided leave 241 of them and the 400 of others.
	want := []string{"641 left", "400 by national authorities alone or a partner, reviewed after the rest", "1100 reviewed", "600 skipped", "300 discarded", "1241 DRAFT"}
	whole := r.Terms()[0].Word
	if got := strings.Join(want, " · "); !strings.Contains(whole, got) {
		t.Errorf("the help's whole heading %q lacks %q", whole, got)
	}
	for _, w := range []int{80, 100, 120, 160, 200} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			r.SetSize(w, 24)
			head := strings.TrimRight(headingOf(r), " ")
			if strings.Contains(head, "\n") || ansi.StringWidth(head) > w || !strings.HasPrefix(head, "Review of drafts · 641 left · 400 by ") {
				t.Fatalf("the heading at %d columns: %q", w, head)
			}
			shown := strings.Split(strings.TrimPrefix(head, "Review of drafts · "), " · ")
			if last := shown[len(shown)-1]; last == givenWay {
				shown = shown[:len(shown)-1]
			} else if len(shown) != len(want) {
				t.Fatalf("the heading leaves counts out without a sign: %q", head)
			}
			for i, c := range shown {
				if c != want[i] && !(want[i] == "1241 DRAFT" && c == "1241 DRAFT in a briefing") && !(i == 1 && c == "400 by others, reviewed last") {
					t.Errorf("count %d of the heading is %q, want %q", i, c, want[i])
				}
			}
			if w == 200 && len(shown) != len(want) {
				t.Errorf("at 200 columns the heading gives way: %q", head)
			}
		})
	}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			r.SetSize(size[0], size[1])
			screen := ansi.Strip(r.View())
			if n := strings.Count(screen, "\n") + 1; n != size[1] {
				t.Fatalf("the screen has %d lines, want %d", n, size[1])
			}
			teatest.RequireEqualOutput(t, []byte(screen))
		})
	}
}

// At 80 columns the review's key line is never cut into, in any of its
// forms: under a draft, asking before a draft without facts is accepted,
// over the list of left-out paragraphs; with the draft going on below or
// not. Each key it names is whole, and the keys that answer are all there
// (a line once read "[e] answ…" and lost [s]); where the last keys give way,
// "… ? keys" ends the line (asking, [x] discard and [esc] stop went with no
// sign).
func TestReviewKeyLineIsNeverCut(t *testing.T) {
	r, ctx := imported(t, 80, 16) // short: a long draft goes on below
	seen := map[string]bool{}
	check := func(form string, want ...string) {
		t.Helper()
		lines := strings.Split(ansi.Strip(r.View()), "\n")
		keys := lines[len(lines)-1]
		// The one "…" allowed ends the line: keys gave way, the help
		// lists them.
		whole, signed := strings.CutSuffix(strings.TrimRight(keys, " "), " … ? keys")
		if strings.Contains(whole, "…") || ansi.StringWidth(keys) > 80 {
			t.Fatalf("%s: the key line is cut: %q", form, keys)
		}
		for _, w := range want {
			if !strings.Contains(keys, w) {
				t.Fatalf("%s: the key line lacks %q: %q", form, w, keys)
			}
		}
		stop := "[esc] stop"
		if form == "left out" {
			stop = "[q] stop" // esc goes back to the draft there
		}
		if !signed && !strings.Contains(keys, stop) {
			t.Fatalf("%s: %s went from the key line with no sign: %q", form, stop, keys)
		}
		seen[fmt.Sprintf("%s, more below %v", form, !r.view.AtBottom())] = true
	}
	for i := 0; i < 40 && r.Draft() != nil; i++ {
		check("draft", "[a] accept", "[e] edit", "[s] skip", "[x] discard", "[esc] stop", "[l] left out")
		if r.factless() {
			press(r, "a")
			check("asking", "No fact", "[a] accept", "[e] answer", "[s] skip", "[x] discard")
			press(r, "esc")
			sent(ctx)
			break
		}
		press(r, "s")
		sent(ctx)
	}
	r, _ = imported(t, 80, 16)
	press(r, "l")
	check("left out", "[l/esc] back", "[q] stop")
	for _, form := range []string{"draft, more below true", "draft, more below false", "asking", "left out"} {
		shown := false
		for s := range seen {
			shown = shown || strings.HasPrefix(s, form)
		}
		if !shown {
			t.Errorf("the walk never showed the key line of %s: the test does not cover it", form)
		}
	}
}

// Scrolled down, the list of paragraphs left out (and a long draft) says
// that its heading and first paragraphs are above: the shared sign names
// each side that goes on out of sight, and in the list, where ↑/↓ mark a
// paragraph, only the keys that scroll (pgup, pgdn).
func TestReviewKeysSayMoreAboveWhenScrolled(t *testing.T) {
	r, ctx := imported(t, 80, 21)
	if len(r.leftOut) == 0 {
		t.Fatal("the import left nothing out: the test shows nothing")
	}
	press(r, "l")
	sent(ctx)
	keys := func() string {
		lines := strings.Split(ansi.Strip(r.View()), "\n")
		return lines[len(lines)-2]
	}
	if r.view.AtBottom() {
		t.Fatal("the list of paragraphs left out fits the screen: the test shows nothing")
	}
	if k := keys(); strings.Contains(k, "↑") {
		t.Fatalf("at its top the list says there is more above: %q", k)
	}
	for i := 0; i < 60 && r.view.AtTop(); i++ {
		press(r, "down")
		sent(ctx)
	}
	if r.view.AtTop() {
		t.Fatal("the list does not scroll: the test shows nothing")
	}
	k := keys()
	if above := fmt.Sprintf("↑ %d above (pgup)", r.view.YOffset); !strings.Contains(k, above) {
		t.Fatalf("scrolled down, the sign does not say that the heading is above (%q): %q", above, k)
	}
	if marks := r.keys.Restore.Enabled(); marks == strings.Contains(k, "↓/j") {
		t.Fatalf("↓ marks a paragraph: %v, yet the sign names ↓/j as a scroll key: %q", marks, k)
	}
}

// Every key of the review that space works is named with space in its
// help, as on the portfolio: the help said only pgdn.
func TestHelpNamesSpaceWhereItWorks(t *testing.T) {
	r, _ := opened(t, draft("Patrols", true))
	named := false
	for _, col := range r.keys.FullHelp() {
		for _, b := range col {
			if slices.Contains(b.Keys(), " ") {
				if !strings.Contains(b.Help().Key, "space") {
					t.Errorf("space: %s, and its help names only %q", b.Help().Desc, b.Help().Key)
				}
				named = true
			}
		}
	}
	if !named {
		t.Error("the help lists no key that space works")
	}
}
