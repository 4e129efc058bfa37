package ui

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
)

// The help of the questionnaire, the presentation and the framework lists
// every key that works there, and its closing lines read whole at 80
// columns: wrapped, never cut. Only the questionnaire's, a screen with text
// fields, says what text fields do with the keys (the presentation's said it
// with no text field to type in).
func TestHelpScreensListEveryKey(t *testing.T) {
	cases := []struct {
		name string
		keys []string
		want []string
	}{
		{"questionnaire", []string{"j", "e", "?"}, []string{"Keys of the questionnaire screen",
			"owner: who puts the measures in place (on a risk's step", "due date (on a risk's step", "note (on a risk's step",
			"1–9", "choose the answer of that number", "ctrl+z", "suspend", "u there undoes this edit whole"}},
		{"present", []string{"p", "?"}, []string{"Keys of the presentation's board", "ctrl+z", "walk through"}},
		{"framework", []string{"f", "?"}, []string{"Keys of the framework screen", "1–4", "a section by its number",
			"next case (in 3 Risks)", "previous case (in 3 Risks)", "open the case chosen with ] or [", "ctrl+z"}},
	}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s_%dx%d", c.name, size[0], size[1]), func(t *testing.T) {
				m := demoModel(t, size[0], size[1])
				press(t, m, c.keys...)
				seen := screenText(m)
				press(t, m, "end") // the foot of the help
				seen += screenText(m)
				for _, w := range append(c.want, "ctrl+c quits from", "anywhere.") {
					if !strings.Contains(seen, w) {
						t.Fatalf("the help lacks %q:\n%s", w, seen)
					}
				}
				// What text fields do is said where there is one: the
				// presentation and the framework have none.
				if said := strings.Contains(seen, "Text fields take"); said != (c.name == "questionnaire") {
					t.Errorf("the help of the %s says what text fields do: %v\n%s", c.name, said, seen)
				}
				// One line per key: esc is listed once, with what u does
				// after it (a first use found "esc done" and "esc, u undo").
				if n := strings.Count(screenText(m), "\n  esc "); c.name == "questionnaire" && (n != 1 || strings.Contains(seen, "esc, u")) {
					t.Errorf("esc is listed %d times:\n%s", n, screenText(m))
				}
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitText(t, tm, "next start.")
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}

// The worksheet's help says what OLD means where it names C: it showed
// "(this worksheet is OLD)" and nowhere said that OLD is the earlier side
// of the comparison, the file chosen the NEW one.
func TestWorksheetHelpSaysWhatOLDIs(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "?")
			seen := screenText(m)
			for range 6 {
				press(t, m, "pgdown")
				seen += screenText(m)
			}
			if !containsFlat(seen, "compare with another mandate (this worksheet is OLD, the earlier side; the file is NEW)") {
				t.Fatalf("the help names OLD without saying what it is:\n%s", seen)
			}
		})
	}
}

// The help over the presentation's account lists the account's keys, from
// the key map it scrolls with: ↑/↓ scroll its text, where the help listed
// the board's "↑/k previous, ↓/j next".
func TestPresentAccountHelpListsTheAccountsKeys(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "p", "enter", "?")
	seen := screenText(m)
	press(t, m, "end")
	seen += screenText(m)
	for _, w := range []string{"Keys of the presentation's account", "↑/k", "scroll up", "↓/j", "scroll down", "pgdn", "walk through", "esc"} {
		if !strings.Contains(seen, w) {
			t.Errorf("the account's help lacks %q:\n%s", w, seen)
		}
	}
	for _, w := range []string{"previous", "↓/j next", "enter  account", "tick a choice"} {
		if strings.Contains(seen, w) {
			t.Errorf("the account's help lists %q, which the account does not do:\n%s", w, seen)
		}
	}
	press(t, m, "esc", "j")
	if !strings.Contains(screenText(m), "above") {
		t.Fatalf("j does not scroll the account, as its help says:\n%s", screenText(m))
	}
	press(t, m, "k", "?")
	golden(t, m, 80, 24, "scroll down")
}

// The help over the walk-through lists the walk-through's keys: home and
// end go to its start and its end, and the board's ↑/k previous, ↓/j next
// and enter to the account are not listed, as they do nothing of the kind
// there (enter is listed for what it does there: it leaves "what if").
func TestPresentWalkHelpListsTheWalksKeys(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "p", "t", "?")
	seen := screenText(m)
	press(t, m, "end")
	seen += screenText(m)
	for _, w := range []string{"Keys of the presentation's walk-through", "next answer", "take it back", "back to step 0", "every answer revealed", "what if"} {
		if !strings.Contains(seen, w) {
			t.Errorf("the walk-through's help lacks %q:\n%s", w, seen)
		}
	}
	for _, w := range []string{"\n  ↑/k ", "previous", "account"} { // a key of the list, not the help's own footer
		if strings.Contains(seen, w) {
			t.Errorf("the walk-through's help lists %q, which the walk-through does not do:\n%s", w, seen)
		}
	}
}

// The help over the presentation's board lists the board's keys under the
// board's title: a first use found "Keys of the presentation screen" over
// the walk-through's space, backspace, w and c, which do nothing there.
func TestPresentBoardHelpListsTheBoardsKeys(t *testing.T) {
	for _, size := range sizes {
		m := demoModel(t, size[0], size[1])
		press(t, m, "p", "?")
		seen := screenText(m)
		press(t, m, "end")
		seen += screenText(m)
		for _, w := range []string{"Keys of the presentation's board", "↑/k", "previous", "enter", "account", "walk through", "ctrl+z"} {
			if !strings.Contains(seen, w) {
				t.Errorf("%v: the board's help lacks %q:\n%s", size, w, seen)
			}
		}
		for _, w := range []string{"next answer", "take it back", "what if", "what changed", "tick a choice", "presentation screen"} {
			if strings.Contains(seen, w) {
				t.Errorf("%v: the board's help lists %q, which is not the board's:\n%s", size, w, seen)
			}
		}
	}
}

// docs/ui.md names the keys the help of the presentation's account lists,
// and v only where it works: on a case from the framework's catalogue that
// the worksheet holds edited. The docs named v on every account, where it
// did nothing, and not q, ?, ctrl+c or ctrl+z, which the help lists.
func TestDocsNameTheAccountsKeysAsItsHelpLists(t *testing.T) {
	data, err := os.ReadFile("../docs/ui.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Join(strings.Fields(string(data)), " ")
	const lead = "Keys of the presentation's account`: "
	i := strings.Index(doc, lead)
	if i < 0 {
		t.Fatalf("docs/ui.md does not list the keys of the presentation's account")
	}
	doc = doc[i+len(lead):]
	doc = doc[:strings.Index(doc, ")")]
	always, only, _ := strings.Cut(doc, ";")
	ticked := regexp.MustCompile("`([^`]+)`")
	listed := func(help, k string) bool {
		return regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(k) + ` `).MatchString(help)
	}
	m := demoModel(t, 80, 24)
	press(t, m, "p", "enter", "?")
	help := screenText(m)
	press(t, m, "end")
	help += screenText(m)
	for _, k := range ticked.FindAllStringSubmatch(always, -1) {
		if !listed(help, k[1]) {
			t.Errorf("docs/ui.md names %q on every account, which its help does not list:\n%s", k[1], help)
		}
	}
	if listed(help, "v") || !strings.Contains(only, "`v` only on a case opened from the framework") {
		t.Errorf("v is listed on an account where it does nothing, or the docs do not say where it works (%q):\n%s", only, help)
	}
	m = demoModel(t, 80, 24)
	press(t, m, "e", "1", "enter", "esc", "f", "3", "]", "enter", "?")
	if help := screenText(m); !listed(help, "v") {
		t.Errorf("the help of a case the worksheet holds edited does not list v:\n%s", help)
	}
}
