package cli_test

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/pocssr/pocssr"

// root is the module's folder, seen from this package's.
const root = "../.."

// layers orders the packages from the top: a package may import only packages
// of its own layer or below, so dependencies point one way: main → ui/cli →
// ui → ui/session → classify → model. A new package must be placed here.
var layers = map[string]int{
	"":                         0,
	"ui/cli":                   1,
	"ui":                       2,
	"ui/session":               3,
	"ui/exit":                  3,
	"ui/termbg":                3,
	"classify":                 4,
	"classify/compare":         4,
	"classify/report":          4,
	"classify/sample":          4,
	"classify/suggest":         4,
	"classify/suggest/mandate": 5,
	"model":                    5,
}

// TestDependenciesPointDown reads every package's imports (tests left out)
// and fails on one that points up, sideways into the command line, or to a
// package without a layer.
func TestDependenciesPointDown(t *testing.T) {
	for rel, layer := range layers {
		dir := filepath.Join(root, rel)
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, imp := range pkg.Imports {
			if imp != module && !strings.HasPrefix(imp, module+"/") {
				continue
			}
			to := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
			l, ok := layers[to]
			switch {
			case !ok:
				t.Errorf("%s imports %s, which has no layer", dir, to)
			case l < layer:
				t.Errorf("%s (layer %d) imports %s (layer %d): dependencies must point down", dir, layer, to, l)
			case to == "ui/cli" && rel != "":
				t.Errorf("%s imports ui/cli: only main may", dir)
			}
		}
	}
}

// TestEveryPackageHasALayer keeps the table above complete.
func TestEveryPackageHasALayer(t *testing.T) {
	var walk func(dir string)
	walk = func(rel string) {
		dir := filepath.Join(root, rel)
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := build.ImportDir(dir, 0); err == nil {
			if _, ok := layers[rel]; !ok {
				t.Errorf("package %s has no layer in layers_test.go", rel)
			}
		}
		for _, e := range entries {
			n := e.Name()
			if !e.IsDir() || n == "testdata" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
				continue
			}
			if rel == "" {
				walk(n)
			} else {
				walk(rel + "/" + n)
			}
		}
	}
	walk("")
}
