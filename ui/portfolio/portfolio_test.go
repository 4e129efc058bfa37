package portfolio

import (
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// detailID stands for the root's id of the activity screen.
const detailID component.ID = 42

// trained is an activity of the mission that trains a force, which no
// activity monitors: the portfolio's capacity finding fires for it.
func trained(title, force string) *model.Activity {
	a := &model.Activity{Title: title, ID: model.Slug(title)}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"capacity-training"})
	a.Facts.SetSet(model.Forces, []string{force})
	return a
}

// opened is the screen over a worksheet of acts, opened at w×h.
func opened(t *testing.T, acts ...*model.Activity) (*Screen, *component.Context) {
	t.Helper()
	rb := classify.Default()
	ws := &model.Worksheet{Activities: acts}
	ctx := &component.Context{Sheet: session.NewSheet(rb, ws, func(a *model.Activity) string { return a.Title }),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	s := New(ctx, detailID)
	s.SetSize(100, 30)
	if _, ok := s.Open(nil); !ok {
		t.Fatal("the findings did not open")
	}
	return s, ctx
}

func TestEnterOpensTheActivityOnTheScreenTheRootNames(t *testing.T) {
	army := trained("Training army battalions", "army")
	s, ctx := opened(t, army)
	if !strings.Contains(ansi.Strip(s.View()), "  > #1  Training army battalions") {
		t.Fatalf("the cursor is not on the activity that raises the finding:\n%s", ansi.Strip(s.View()))
	}
	s.Update(tea.KeyMsg{Type: tea.KeyEnter})
	msg, _ := ctx.Next()
	if open, ok := msg.(component.Open); !ok || open.To != detailID || open.Arg != army {
		t.Fatalf("enter sent %#v, not an open of the activity on screen %d", msg, detailID)
	}
}

func TestFindingsFollowTheWorksheet(t *testing.T) {
	s, ctx := opened(t, trained("Training army battalions", "army"))
	army := len(s.findings)
	if army == 0 {
		t.Fatal("no finding for a force trained and never watched")
	}
	ctx.Sheet.Add(1, trained("Training police units", "police"))
	s.Update(tea.KeyMsg{Type: tea.KeyDown})
	if n := len(s.findings); n != 2*army {
		t.Fatalf("%d findings after a second force is trained, want %d", n, 2*army)
	}
	if text := ansi.Strip(strings.Join(s.lines, "\n")); !strings.Contains(text, "findings across the worksheet's 2 activities") {
		t.Fatalf("the heading does not count the change:\n%s", text)
	}
}

// Whatever the height and wherever the cursor, the lines out of sight are
// said: a sign names how many lie below (and above), and none shows when
// every line is in sight (a first use found the second finding below the
// screen with no sign at 80×24).
func TestFindingsOutOfSightAreSaid(t *testing.T) {
	acts := []*model.Activity{trained("Training army battalions", "army"), trained("Training police officers", "police"),
		trained("Training the gendarmerie", "gendarmerie")}
	for _, h := range []int{6, 10, 16, 22, 40, 200} {
		s, _ := opened(t, acts...)
		s.SetSize(80, h)
		for step := 0; step <= len(s.rows); step++ {
			screen := ansi.Strip(s.View())
			below := len(s.lines) - s.offset - s.body()
			if hasSign := strings.Contains(screen, "↓ more: "); hasSign != (below > 0) {
				t.Errorf("height %d, row %d: %d lines below, sign shown: %v:\n%s", h, s.cursor, below, hasSign, screen)
			}
			if hasSign := strings.Contains(screen, "above (pgup)"); hasSign != (s.offset > 0) {
				t.Errorf("height %d, row %d: %d lines above, sign shown: %v:\n%s", h, s.cursor, s.offset, hasSign, screen)
			}
			if n := strings.Count(screen, "\n") + 1; n > h {
				t.Errorf("height %d: the view takes %d lines", h, n)
			}
			// It opens at the top, the heading in sight, the first row
			// maybe below the fold; ↓ goes to it.
			if step == 0 && !strings.HasPrefix(screen, "Portfolio findings · ") {
				t.Errorf("height %d: the view opens without its heading:\n%s", h, screen)
			}
			if !s.atTop && !strings.Contains(screen, "  > ") {
				t.Errorf("height %d, row %d: the cursor's row is out of sight:\n%s", h, s.cursor, screen)
			}
			s.Update(tea.KeyMsg{Type: tea.KeyDown})
		}
	}
}

// Every key of the portfolio that space works is named with space in its
// help: space paged the list and moved the selection, and the help said
// only pgdn.
func TestHelpNamesSpaceWhereItWorks(t *testing.T) {
	s, _ := opened(t, trained("Train the army", "army"), trained("Train the police", "police"))
	named := false
	for _, col := range s.FullHelp() {
		for _, b := range col {
			if slices.Contains(b.Keys(), " ") {
				if !strings.Contains(b.Help().Key, "space") {
					t.Errorf("space %s, and its help names only %q", b.Help().Desc, b.Help().Key)
				}
				named = true
			}
		}
	}
	if !named {
		t.Error("the help lists no key that space works")
	}
}

// Enter never opens an activity out of sight: where home has scrolled the
// text to its top and the row under the cursor is below the screen, enter
// first brings that row into sight and says so; a second enter opens it.
func TestEnterShowsTheSelectedActivityBeforeOpeningIt(t *testing.T) {
	acts := []*model.Activity{trained("Training army battalions", "army"), trained("Training police officers", "police"),
		trained("Training the gendarmerie", "gendarmerie")}
	s, ctx := opened(t, acts...)
	s.SetSize(80, 6)
	s.Update(tea.KeyMsg{Type: tea.KeyPgDown})
	s.Update(tea.KeyMsg{Type: tea.KeyEnd})
	s.Update(tea.KeyMsg{Type: tea.KeyHome})
	for _, ok := ctx.Next(); ok; _, ok = ctx.Next() {
	}
	if screen := ansi.Strip(s.View()); strings.Contains(screen, "  > ") {
		t.Fatalf("after home the cursor's row is in sight; the case this test is for does not arise:\n%s", screen)
	}
	s.Update(tea.KeyMsg{Type: tea.KeyEnter})
	msg, _ := ctx.Next()
	if _, opened := msg.(component.Open); opened {
		t.Fatalf("enter opened an activity out of sight: %#v", msg)
	}
	if screen := ansi.Strip(s.View()); !strings.Contains(screen, "  > #1") {
		t.Errorf("enter did not bring the selected activity into sight:\n%s", screen)
	}
	s.Update(tea.KeyMsg{Type: tea.KeyEnter})
	if msg, _ := ctx.Next(); msg.(component.Open).Arg != acts[0] {
		t.Errorf("the second enter sent %#v, not an open of the activity now in sight", msg)
	}
}

// With findings, the screen says under its heading that they count each
// force across the worksheet's two mandates, once.
func TestFindingsOfTwoMandatesSayTheyCountAcrossThem(t *testing.T) {
	army := trained("Training army battalions", "army")
	army.Source = model.Source{Document: "S/RES/2012 (2011)", Ref: "3"}
	police := trained("Training police officers", "police")
	police.Source = model.Source{Document: "S/RES/2156 (2014)", Ref: "5"}
	s, _ := opened(t, army, police)
	lines := strings.Split(ansi.Strip(s.View()), "\n")
	if !strings.HasPrefix(lines[0], "Portfolio findings · 4 findings") || !strings.HasPrefix(lines[2], "Findings count each force across the tasks of 2012 and 2156 together;") {
		t.Fatalf("the heading is not followed by the note on the two mandates:\n%s", strings.Join(lines, "\n"))
	}
	if n := strings.Count(ansi.Strip(s.View()), "one worksheet per mission"); n != 1 {
		t.Errorf("the note is there %d times", n)
	}
}
