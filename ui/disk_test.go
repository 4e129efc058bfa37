package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// blockDisk replaces the screens' file system with one where every call
// says that it was made, on called, and then never returns, as a hung
// network share would.
func blockDisk(t *testing.T) (called chan string) {
	t.Helper()
	called = make(chan string, 64)
	never := make(chan struct{})
	hang := func(name string) {
		called <- name
		<-never
	}
	saved := disk
	t.Cleanup(func() { disk = saved })
	disk = diskAccess{
		stat:      func(string) (os.FileInfo, error) { hang("stat"); return nil, nil },
		readDir:   func(string) ([]os.DirEntry, error) { hang("readDir"); return nil, nil },
		open:      func(string) (*os.File, error) { hang("open"); return nil, nil },
		load:      func(string, *model.Vocabulary) (*model.Worksheet, error) { hang("load"); return nil, nil },
		save:      func(*model.Worksheet, string, model.SaveOptions) error { hang("save"); return nil },
		writeFile: func(string, []byte, os.FileMode) error { hang("writeFile"); return nil },
		checkSave: func(string, session.Base, bool, bool) error { hang("checkSave"); return nil },
		readBase:  func(string) (session.Base, error) { hang("readBase"); return session.Base{}, nil },
		remove:    func(string) error { hang("remove"); return nil },

		writeAutosave:  func(*session.Autosave, uint64, []byte) error { hang("writeAutosave"); return nil },
		removeAutosave: func(*session.Autosave, uint64) error { hang("removeAutosave"); return nil },
		renameAutosave: func(*session.Autosave, string) error { hang("renameAutosave"); return nil },
	}
	return called
}

// updateOffDisk sends one message and fails the test if Update reaches the
// file system. Commands are not run: with the disk hung, the tasks they
// start would never end, and the program must go on without them.
func updateOffDisk(t *testing.T, m tea.Model, msg tea.Msg, called chan string, trail []string) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		m.Update(msg)
		close(done)
	}()
	select {
	case <-done:
	case name := <-called:
		t.Fatalf("Update called disk.%s after %v", name, trail)
	case <-time.After(commandGuard):
		t.Fatalf("Update did not return after %v", trail)
	}
}

// TestUpdateNeverWaitsOnTheDisk runs key sequences that save, save as,
// export, import, complete file names, reload and quit, the sequences that
// open every screen (screenScripts, at both sizes), then the whole random
// key-sequence suite of TestNoKeySequencePanics, with a file system that
// blocks on every call, and random keys on a comparison: the event loop
// never waits on it. Every registered screen is in front at some point, so
// none escapes it.
func TestUpdateNeverWaitsOnTheDisk(t *testing.T) {
	drafts := importedSheet(t, resolution) // read before the disk blocks
	// The worksheets every screen's sequence starts from, read before too.
	sizes := [][2]int{{80, 24}, {120, 40}}
	starts := make([]*model.Worksheet, 0, len(sizes)*len(screenScripts))
	for range sizes {
		for _, s := range screenScripts {
			starts = append(starts, s.ws(t))
		}
	}
	// The comparison opens on a task's result, which reads both files: the
	// result is made here, and handed to the program once the disk blocks.
	compared := comparedMsg{c: compare.Compare(classify.Default(), "before.yaml", caseLibrary(t), "after.yaml", registerLibrary(t), compare.Options{})}
	onCompare := caseLibrary(t)
	isolateState(t)
	// A program with its autosave, as Run starts it (its writes are
	// commands), opened before the disk blocks.
	rec, _, _ := startRecovery("", false, session.Base{}, nil, classify.Default().Vocabulary())
	t.Cleanup(rec.end)
	path := filepath.Join(t.TempDir(), "plan.yaml")
	named := func() *model.Worksheet {
		ws := model.New(path)
		ws.Activities = []*model.Activity{activity(t, "Patrols", "kinds", "deterrence")}
		return ws
	}
	called := blockDisk(t)
	scripts := [][]string{
		{"ctrl+s"},
		{"S", "enter"},
		{"x", "m", "enter"},
		{"x", "h", "tab", "enter", "o"},
		{"i", "t", "tab", "tab", "enter"},
		{"i", "m", "a", "n", "d", "a", "t", "e", ".", "t", "x", "t", "enter", "esc", "i", "x", "enter"},
		{"d", "ctrl+s", "q", "s"},
	}
	for _, keys := range scripts {
		m := newTestModel(t, named(), 120, 40)
		for i, k := range keys {
			updateOffDisk(t, m, keyMsg(k), called, keys[:i+1])
		}
	}
	// With the autosave: a change, its autosave, a save, quitting with
	// nothing unsaved, and discarding the changes on quitting.
	for _, keys := range [][]string{
		{"n", "x", "esc", "q", "d"},
		{"n", "x", "esc", "u", "q"},
		{"n", "x", "esc", "S", "enter", "q", "s"},
	} {
		m := NewModel(classify.Default(), named(), false, rec, nil)
		updateOffDisk(t, m, resize(120, 40), called, nil)
		for i, k := range keys {
			updateOffDisk(t, m, keyMsg(k), called, keys[:i+1])
		}
	}
	seen := map[screenID]bool{}
	for i, size := range sizes {
		for j, s := range screenScripts {
			m := NewModel(classify.Default(), starts[i*len(screenScripts)+j], true, nil, nil)
			updateOffDisk(t, m, resize(size[0], size[1]), called, nil)
			for k, key := range s.keys {
				updateOffDisk(t, m, keyMsg(key), called, s.keys[:k+1])
				seen[m.front] = true
			}
		}
	}
	for seed := uint64(1); seed <= monkeySeeds; seed++ {
		rng := rand.New(rand.NewPCG(seed, 99))
		m, w, h := monkeyModel(t, seed, drafts)
		var trail []string
		for step := 0; step < monkeySteps(); step++ {
			msg := monkeyMsg(rng, &w, &h)
			trail = append(trail, describeMsg(msg))
			if len(trail) > 30 {
				trail = trail[1:]
			}
			updateOffDisk(t, m, msg, called, trail)
			seen[m.front] = true
		}
	}
	// The comparison's own keys, the disk blocked.
	m := newTestModel(t, onCompare, 120, 40)
	updateOffDisk(t, m, compared, called, nil)
	seen[m.front] = true
	rng := rand.New(rand.NewPCG(1, 7))
	var trail []string
	for step := 0; step < monkeySteps()/4; step++ {
		k := monkeyKeys[rng.IntN(len(monkeyKeys))]
		trail = append(trail, k)
		if len(trail) > 30 {
			trail = trail[1:]
		}
		updateOffDisk(t, m, keyMsg(k), called, trail)
		seen[m.front] = true
	}
	for _, k := range screenKinds {
		if !seen[k.id] {
			t.Errorf("no key sequence brought the %s screen to the front with the disk blocked", k.about)
		}
	}
}

// TestOnlyDiskReachesTheFileSystem keeps the screens' files, here and in
// the screens' own packages, from calling the file system other than through
// disk (the one declaration in task.go). The start-up (run.go) and the plain prompts
// (accessible.go) run before or instead of the event loop and may; so do
// the packages below the screens (cli, session, termbg, exit).
func TestOnlyDiskReachesTheFileSystem(t *testing.T) {
	allowed := map[string]bool{"run.go": true, "accessible.go": true}
	forbidden := map[string]bool{
		"os.Open": true, "os.OpenFile": true, "os.Stat": true, "os.Lstat": true, "os.ReadFile": true,
		"os.ReadDir": true, "os.WriteFile": true, "os.Remove": true, "os.Create": true, "os.Rename": true,
		"model.Load": true, "model.WriteFileAtomic": true, "session.CheckSave": true, "session.ReadBase": true,
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	nested, err := filepath.Glob("*/*.go")
	if err != nil {
		t.Fatal(err)
	}
	below := map[string]bool{"cli": true, "session": true, "termbg": true, "exit": true, "testdata": true}
	for _, f := range nested {
		if !below[filepath.Dir(f)] {
			files = append(files, f)
		}
	}
	if !slices.Contains(files, "keyhelp/keyhelp.go") {
		t.Fatalf("the screens' packages were not found: %v", files)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || allowed[filepath.Base(name)] && !strings.Contains(name, "/") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if v, ok := n.(*ast.ValueSpec); ok && len(v.Names) == 1 && v.Names[0].Name == "disk" {
				return false // the door itself
			}
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); ok && forbidden[id.Name+"."+sel.Sel.Name] {
				t.Errorf("%s: %s.%s reaches the file system other than through disk", fset.Position(sel.Pos()), id.Name, sel.Sel.Name)
			}
			return true
		})
	}
}
