package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// No text field of a dialog is cut with a stray "…": the field and its
// cursor fit the dialog.
func TestDialogFieldsAreNotCut(t *testing.T) {
	for _, w := range []int{80, 100, 120} {
		m := newTestModel(t, sheetOf(activity(t, "Joint patrols")), w, 30)
		press(t, m, "m") // mission and mandate: two fields
		if m.prompt == nil {
			t.Fatal("no dialog")
		}
		for _, l := range strings.Split(screenText(m), "\n") {
			if strings.Contains(l, "Mission:") || strings.Contains(l, "Mandate:") {
				if strings.Contains(l, "…") {
					t.Errorf("%d columns: field line cut: %q", w, l)
				}
			}
		}
	}
}

func TestExpandHome(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	for in, want := range map[string]string{
		"~":           home,
		"~/":          home,
		"~/a/b.yaml":  filepath.Join(home, "a/b.yaml"),
		"~other/x":    "~other/x",
		"plain.yaml":  "plain.yaml",
		"/abs/~/file": "/abs/~/file",
	} {
		if got := expandHome(in); got != want {
			t.Errorf("expandHome(%q) = %q; want %q", in, got, want)
		}
	}
}

// Tab extends a path as far as the files agree, lists the rest, then cycles
// through them; "~/" completes in the home folder and is kept as typed.
func TestPathCompletion(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	for _, f := range []string{"res-1925.txt", "res-2098.txt", "report.md", ".hidden"} {
		os.WriteFile(filepath.Join(home, f), nil, 0o644)
	}
	os.Mkdir(filepath.Join(home, "mandates"), 0o755)

	v, c := completePath("~/m", nil)
	if v != "~/mandates/" || c != nil {
		t.Errorf("one match: %q %v", v, c)
	}
	v, c = completePath("~/r", nil)
	if v != "~/re" || c == nil || len(c.matches) != 3 {
		t.Fatalf("common prefix: %q %+v", v, c)
	}
	v, c = completePath("~/res-", nil)
	if v != "~/res-1925.txt" || c == nil {
		t.Fatalf("first of several: %q", v)
	}
	v, c = completePath(v, c)
	if v != "~/res-2098.txt" {
		t.Errorf("cycling: %q", v)
	}
	v, _ = completePath(v, c)
	if v != "~/res-1925.txt" {
		t.Errorf("cycling round: %q", v)
	}
	if v, _ := completePath("~/.h", nil); v != "~/.hidden" {
		t.Errorf("a dot file asked for: %q", v)
	}
	if v, c := completePath("~/zzz", nil); v != "~/zzz" || c != nil {
		t.Errorf("no match: %q", v)
	}
}

// In the import dialog tab completes and enter reads "~/" as the home folder.
func TestImportPromptCompletesAndExpandsHome(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	data, err := os.ReadFile("testdata/S-RES-1925-2010.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(home, "S-RES-1925-2010.txt"), data, 0o644)
	m := newTestModel(t, model.New(""), 120, 40)
	press(t, m, "i")
	typeText(t, m, "~/S-R")
	press(t, m, "tab")
	if got := m.prompt.fields[0].input.Value(); got != "~/S-RES-1925-2010.txt" {
		t.Fatalf("tab completed to %q", got)
	}
	press(t, m, "enter")
	if m.sh.sheet.Len() == 0 {
		t.Fatalf("nothing imported from ~/:\n%s", screenText(m))
	}
}

// The changed-on-disk dialog can overwrite, but only after a second key.
func TestChangedOnDiskCanBeOverwrittenAfterConfirming(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.yaml")
	os.WriteFile(path, []byte("activities:\n  - title: One\n  - title: Two\n"), 0o644)
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, ws, 100, 30)
	press(t, m, "d")
	theirs := []byte("activities:\n  - title: Someone else's\n")
	os.WriteFile(path, theirs, 0o644)
	press(t, m, "ctrl+s")
	requireScreen(t, m, "The file changed on disk", "[o] overwrite it")
	press(t, m, "o")
	requireScreen(t, m, "Overwrite the changes made on disk?")
	if got, _ := os.ReadFile(path); string(got) != string(theirs) {
		t.Fatal("one key overwrote the changed file")
	}
	press(t, m, "o")
	got, _ := os.ReadFile(path)
	if strings.Contains(string(got), "Someone else") || !strings.Contains(string(got), "Two") {
		t.Fatalf("not overwritten: %s", got)
	}
}

// A suggested file name is replaced by the first letter typed and cleared by
// backspace, as a selected default is: typing a name over it never makes
// "unmiss.yamlunmiss.yaml". A key that moves in it first keeps it, to edit.
func TestSuggestedFileNameIsReplacedByTyping(t *testing.T) {
	for _, c := range []struct {
		name  string
		keys  []string
		typed string
		want  string
	}{
		{"typed over", nil, "plan.yaml", "plan.yaml"},
		{"cleared, then typed", []string{"backspace"}, "plan.yaml", "plan.yaml"},
		{"kept and edited", []string{"left", "left", "left", "left", "left"}, "-2", "unmiss-2.yaml"},
		{"taken as it is", nil, "", "unmiss.yaml"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := newPathPrompt(promptSaveAs, "Save as", nil, "File", "unmiss.yaml")
			for _, k := range c.keys {
				p.Update(keyMsg(k))
			}
			for _, r := range c.typed {
				p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			}
			if got := p.fields[0].input.Value(); got != c.want {
				t.Errorf("field holds %q, want %q", got, c.want)
			}
		})
	}
}
