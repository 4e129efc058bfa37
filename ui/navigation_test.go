package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Every screen id has one entry in the registry, with a title and a name
// for the help screen, and is made as the screen that id names.
func TestEveryScreenIsRegisteredOnce(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	seen := map[screenID]bool{}
	for _, k := range screenKinds {
		if seen[k.id] {
			t.Errorf("screen %d is registered twice", k.id)
		}
		seen[k.id] = true
		s := m.nav.screens[k.id]
		if s == nil || s.Title() == "" || k.about == "" {
			t.Errorf("screen %d: made %v, title %q, about %q", k.id, s, s.Title(), k.about)
		}
	}
	for id := worksheetScreen; id < numScreens; id++ {
		if !seen[id] {
			t.Errorf("screen %d has no entry in screenKinds", id)
		}
	}
}

// The stack of screens: opening a screen already open closes those above
// it, replace takes the front one's place, back never closes the worksheet.
func TestNavigatorStack(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	n := &m.nav
	n.open(portfolioScreen)
	n.open(detailScreen)
	n.open(helpScreen)
	if want := []screenID{worksheetScreen, portfolioScreen, detailScreen, helpScreen}; !slices.Equal(n.stack, want) {
		t.Fatalf("stack %v, want %v", n.stack, want)
	}
	n.open(portfolioScreen)
	if want := []screenID{worksheetScreen, portfolioScreen}; !slices.Equal(n.stack, want) {
		t.Fatalf("opening an open screen: stack %v, want %v", n.stack, want)
	}
	n.back()
	n.back()
	n.back()
	if want := []screenID{worksheetScreen}; !slices.Equal(n.stack, want) {
		t.Fatalf("back past the worksheet: stack %v", n.stack)
	}
}

// A screen's result goes to the screen below it: leaving the questionnaire
// opened from the worksheet puts the worksheet's cursor on the activity.
func TestBackHandsTheResultBelow(t *testing.T) {
	a := activity(t, "First", "implementer", "mission")
	b := activity(t, "Second", "implementer", "mission")
	m := newTestModel(t, sheetOf(a, b), 120, 40)
	press(t, m, "down", "e") // edit the second
	m.worksheet.Select(a)    // the cursor moves while the questionnaire is open
	press(t, m, "esc")
	if m.front != worksheetScreen || m.quest != nil {
		t.Fatalf("esc: screen %d", m.front)
	}
	if m.worksheet.Selected() != b {
		t.Fatalf("the worksheet did not follow the activity edited: %q", m.worksheet.Selected().Title)
	}
	// A screen with nothing to show is not opened, and says why.
	run(m, m.open(reviewScreen, nil, false))
	if m.front != worksheetScreen || m.nav.isOpen(reviewScreen) {
		t.Fatalf("the review opened with no draft: screen %d", m.front)
	}
	m.Update(nil) // the status line is handled with the next message
	requireScreen(t, m, "No drafts to review.")
}

// TestRootReachesScreensOnlyByMethods keeps the root's files (navigation,
// files, tasks, the autosave) from reading or setting a screen's fields:
// what they ask of a screen they ask by a method, as they would of a screen
// in a package of its own (the worksheet's sync, which settles it after
// every Update, is one).
func TestRootReachesScreensOnlyByMethods(t *testing.T) {
	rootFiles := []string{"root.go", "navigation.go", "files.go", "mandate.go", "import_again.go",
		"recovery.go", "saving.go", "task.go", "sync.go", "context.go", "run.go"}
	screens := map[string]bool{"worksheet": true, "quest": true}
	fset := token.NewFileSet()
	for _, name := range rootFiles {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		called := map[*ast.SelectorExpr]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if sel, ok := c.Fun.(*ast.SelectorExpr); ok {
					called[sel] = true
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			inner, ok := sel.X.(*ast.SelectorExpr)
			if !ok || !screens[inner.Sel.Name] {
				return true
			}
			if id, ok := inner.X.(*ast.Ident); !ok || id.Name != "m" {
				return true
			}
			if !called[sel] {
				t.Errorf("%s: m.%s.%s reaches into a screen's fields", fset.Position(sel.Pos()), inner.Sel.Name, sel.Sel.Name)
			}
			return true
		})
	}
}

// stillInUI names, by how the help screen calls them, the screens that are
// still written in this package rather than in one of their own. The
// compiler keeps the root model out of the fields of a screen in its own
// package; of these it cannot. The list may only shrink: a new screen is a
// package of its own (docs/architecture.md, "Where to change things").
var stillInUI = []string{"worksheet", "questionnaire", "activity"}

// TestNoNewScreenInTheRootPackage fails when a screen written in this
// package is not on stillInUI, and when one on it has moved out (so the
// list is struck through as screens leave).
func TestNoNewScreenInTheRootPackage(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	self := reflect.TypeFor[Model]().PkgPath()
	var inside []string
	for _, k := range screenKinds {
		typ := reflect.TypeOf(m.nav.screens[k.id])
		if typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		if typ.PkgPath() == self {
			inside = append(inside, k.about)
			if !slices.Contains(stillInUI, k.about) {
				t.Errorf("the %s screen (%s) is written in package ui: give it a package of its own", k.about, typ.Name())
			}
			continue
		}
		// A screen of its own package shows the root nothing to set: no
		// exported field, so everything reaches it through Open or a message.
		for i := range typ.NumField() {
			if f := typ.Field(i); f.IsExported() {
				t.Errorf("the %s screen (%s.%s) exports its field %s", k.about, typ.PkgPath(), typ.Name(), f.Name)
			}
		}
	}
	for _, name := range stillInUI {
		if !slices.Contains(inside, name) {
			t.Errorf("the %s screen has left package ui: strike it from stillInUI", name)
		}
	}
}
