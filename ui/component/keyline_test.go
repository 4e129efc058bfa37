package component

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

func TestKeyLineDropsWholeItemsAndKeepsHelpLast(t *testing.T) {
	st := NewStyles(DefaultTheme())
	keys := []key.Binding{
		Bind([]string{"down"}, "↓/j", "next activity"),
		Bind([]string{"up"}, "↑/k", "previous activity"),
		Bind([]string{"enter"}, "enter", "open the activity"),
		NewGlobalKeys().Help,
		Bind([]string{"esc"}, "esc/q", "back"),
	}
	for _, tc := range []struct {
		w    int
		want string
	}{
		{200, "↓/j next activity · ↑/k previous activity · enter open the activity · esc/q back · ? help: all keys of this screen"},
		// One column short of the whole line: the help's key goes short
		// and every other key stays (it dropped esc/q back where 24
		// columns were free).
		{113, "↓/j next activity · ↑/k previous activity · enter open the activity · esc/q back · ? help"},
		{89, "↓/j next activity · ↑/k previous activity · enter open the activity · esc/q back · ? help"},
		// Where that does not fit either, esc/q back goes whole, not "esc/q bac…",
		// and "…" says so before the help's item.
		{88, "↓/j next activity · ↑/k previous activity · enter open the activity · … · ? help"},
		{80, "↓/j next activity · ↑/k previous activity · enter open the activity · … · ? help"},
		{60, "↓/j next activity · ↑/k previous activity · … · ? help"},
		// Where the sign does not fit even alone, the help stands alone.
		{10, "… · ? help"},
		{8, "? help"},
		{4, "? h…"},
	} {
		got := ansi.Strip(KeyLine(keys, tc.w, st))
		if got != tc.want {
			t.Errorf("width %d:\n got %q\nwant %q", tc.w, got, tc.want)
		}
		if ansi.StringWidth(got) > tc.w {
			t.Errorf("width %d: %d columns", tc.w, ansi.StringWidth(got))
		}
		if tc.w >= 10 && strings.Contains(strings.ReplaceAll(got, "… · ", ""), "…") {
			t.Errorf("width %d: an item is cut: %q", tc.w, got)
		}
	}
}

// A line without the help's key, as a dialog's, signs what gives way with
// "…": the export dialog's line at 80 columns dropped "j JSON · esc cancel"
// with no sign.
func TestKeyLineWithoutHelpSignsWhatGivesWay(t *testing.T) {
	st := NewStyles(DefaultTheme())
	keys := []key.Binding{
		Bind([]string{"m"}, "m/enter", "markdown briefing"),
		Bind([]string{"h"}, "h", "HTML briefing"),
		Bind([]string{"j"}, "j", "JSON"),
		Bind([]string{"esc"}, "esc", "cancel"),
	}
	for _, tc := range []struct {
		w    int
		want string
	}{
		{80, "m/enter markdown briefing · h HTML briefing · j JSON · esc cancel"},
		{60, "m/enter markdown briefing · h HTML briefing · j JSON · …"},
		{50, "m/enter markdown briefing · h HTML briefing · …"},
		{30, "m/enter markdown briefing · …"},
		{3, "…"},
	} {
		got := ansi.Strip(KeyLine(keys, tc.w, st))
		if got != tc.want {
			t.Errorf("width %d:\n got %q\nwant %q", tc.w, got, tc.want)
		}
		if ansi.StringWidth(got) > tc.w {
			t.Errorf("width %d: %d columns", tc.w, ansi.StringWidth(got))
		}
	}
}
