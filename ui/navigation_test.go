package ui

import (
	"reflect"
	"slices"
	"strings"
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

// TestNoNewScreenInTheRootPackage fails when a registered screen is written
// in package ui, or when a screen's package exports a field. Every screen is
// a package of its own (docs/architecture.md, "Where to change things"), so
// the compiler keeps the root out of its unexported fields, and with no
// exported field the root can only call its methods: what a screen is opened
// with comes through Open, what it hands back as a message.
func TestNoNewScreenInTheRootPackage(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	self := reflect.TypeFor[Model]().PkgPath()
	if len(screenKinds) == 0 {
		t.Fatal("no screen is registered")
	}
	for _, k := range screenKinds {
		typ := reflect.TypeOf(m.nav.screens[k.id])
		if typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		if typ.PkgPath() == self || !strings.HasPrefix(typ.PkgPath(), self+"/") {
			t.Errorf("the %s screen (%s.%s) is not in a package of its own under ui: give it one", k.about, typ.PkgPath(), typ.Name())
			continue
		}
		for i := range typ.NumField() {
			if f := typ.Field(i); f.IsExported() {
				t.Errorf("the %s screen (%s.%s) exports its field %s", k.about, typ.PkgPath(), typ.Name(), f.Name)
			}
		}
	}
}
