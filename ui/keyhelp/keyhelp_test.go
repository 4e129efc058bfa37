package keyhelp

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/component"
)

// screen is a screen under the help: keys, a text it cut, and text fields
// where typing is set.
type screen struct{ head, text string }

func (s screen) ShortHelp() []key.Binding  { return nil }
func (s screen) FullHelp() [][]key.Binding { return nil }
func (s screen) WholeText() (string, string) {
	return s.head, s.text
}

type typingScreen struct{ screen }

func (typingScreen) TextFocused() bool { return false }

func open(t *testing.T, keys any, w int) string {
	t.Helper()
	h := New(&component.Context{Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()})
	h.SetSize(w, 200)
	of := Of{About: "questionnaire"}
	of.Keys = keys.(interface {
		ShortHelp() []key.Binding
		FullHelp() [][]key.Binding
	})
	if _, ok := h.Open(of); !ok {
		t.Fatal("the help did not open")
	}
	return ansi.Strip(h.View())
}

// The heading of what the screen below cut is wrapped, not cut: at 80×24
// "The title; the question's help; the suggested answers and the open
// questions, w…" was cut on the one screen that shows things whole.
func TestTheHeadingOfWhatWasCutIsWhole(t *testing.T) {
	head := "The title; the question's help; the suggested answers and the open questions, whole"
	s := open(t, screen{head, "The text."}, 80)
	if strings.Contains(s, "…") || !strings.Contains(strings.Join(strings.Fields(s), " "), head) {
		t.Fatalf("the heading is not whole at 80 columns:\n%s", s)
	}
}

// Only over a screen with text fields does the help say what they do with
// the keys: the presentation's help said it, with no text field to type in.
func TestTextFieldsAreNamedWhereThereAreSome(t *testing.T) {
	for _, c := range []struct {
		keys any
		want bool
	}{{screen{}, false}, {typingScreen{}, true}} {
		s := open(t, c.keys, 80)
		if got := strings.Contains(s, "Text fields take every key you type"); got != c.want {
			t.Errorf("%T: the help says what text fields do: %v, want %v\n%s", c.keys, got, c.want, s)
		}
		if !strings.Contains(strings.Join(strings.Fields(s), " "), "ctrl+c quits from anywhere.") {
			t.Errorf("%T: the help does not say how to quit:\n%s", c.keys, s)
		}
	}
}
