package cli_test

import (
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/pocssr/pocssr"

// root is the module's folder, seen from this package's.
const root = "../.."

// layers orders the packages from the top, one package per layer: main →
// ui/cli → ui → ui/session → … → classify → model. A package may import only
// packages below it, and only those its entry in imports names.
var layers = []string{
	"",
	"ui/cli",
	"ui",
	"ui/worksheet",
	"ui/questionnaire",
	"ui/activity",
	"ui/briefview",
	"ui/compareview",
	"ui/framework",
	"ui/keyhelp",
	"ui/portfolio",
	"ui/present",
	"ui/register",
	"ui/review",
	"ui/panel",
	"ui/words",
	"ui/component",
	"ui/flow",
	"ui/session",
	"ui/exit",
	"ui/termbg",
	"classify/report",
	"classify/sample",
	"classify/compare",
	"classify/suggest",
	"classify/suggest/mandate",
	"classify",
	"model",
}

// imports is every edge between the module's packages (tests left out): what
// each package imports, exactly. A new edge, or a new package, is added here
// on purpose, where a review sees it.
var imports = map[string][]string{
	"":                         {"ui/cli"},
	"ui/cli":                   {"ui", "ui/exit", "classify/report", "classify/compare", "classify/suggest", "classify", "model"},
	"ui":                       {"ui/worksheet", "ui/questionnaire", "ui/activity", "ui/briefview", "ui/compareview", "ui/framework", "ui/keyhelp", "ui/portfolio", "ui/present", "ui/register", "ui/review", "ui/words", "ui/component", "ui/flow", "ui/session", "ui/exit", "ui/termbg", "classify/report", "classify/compare", "classify/suggest", "classify", "model"},
	"ui/worksheet":             {"ui/briefview", "ui/component", "ui/panel", "ui/session", "classify/report", "classify/suggest", "classify", "model"},
	"ui/questionnaire":         {"ui/component", "ui/flow", "ui/panel", "ui/register", "ui/session", "ui/words", "classify/report", "classify/suggest", "classify", "model"},
	"ui/activity":              {"ui/component", "ui/register", "classify/report", "classify/suggest", "classify", "model"},
	"ui/briefview":             {"ui/component", "classify/report", "classify", "model"},
	"ui/compareview":           {"ui/component", "classify/report", "classify/compare", "classify", "model"},
	"ui/framework":             {"ui/component", "classify/report", "classify", "model"},
	"ui/keyhelp":               {"ui/component"},
	"ui/portfolio":             {"ui/component", "classify/report", "classify", "model"},
	"ui/present":               {"ui/component", "ui/flow", "classify/report", "classify/suggest", "classify", "model"},
	"ui/register":              {"ui/component", "ui/session", "classify/report", "classify", "model"},
	"ui/review":                {"ui/component", "ui/session", "classify/report", "classify/suggest", "model"},
	"ui/panel":                 {"ui/component", "ui/session", "classify/report", "classify", "model"},
	"ui/words":                 {"ui/component", "classify/report", "classify/suggest", "classify", "model"},
	"ui/component":             {"ui/session", "classify/report", "classify", "model"},
	"ui/flow":                  {"classify", "model"},
	"ui/session":               {"classify", "model"},
	"ui/exit":                  {"model"},
	"ui/termbg":                {},
	"classify/report":          {"classify/compare", "classify/suggest", "classify", "model"},
	"classify/compare":         {"classify/suggest", "classify", "model"},
	"classify/sample":          {"classify", "model"},
	"classify/suggest":         {"classify/suggest/mandate", "classify", "model"},
	"classify/suggest/mandate": {},
	"classify":                 {"model"},
	"model":                    {},
}

// layerOf is each package's place in layers.
func layerOf(t *testing.T) map[string]int {
	t.Helper()
	at := make(map[string]int, len(layers))
	for i, p := range layers {
		if _, twice := at[p]; twice {
			t.Fatalf("%q has two layers", p)
		}
		at[p] = i
	}
	return at
}

// TestEdgesAreDeclaredAndPointDown checks the declared edges against the
// layers (each points down, so there is no cycle), then every package's
// imports against its declared edges, both ways: an import not declared
// fails, and so does a declared edge no longer used.
func TestEdgesAreDeclaredAndPointDown(t *testing.T) {
	at := layerOf(t)
	for from, tos := range imports {
		if _, ok := at[from]; !ok {
			t.Errorf("%q has edges but no layer", from)
		}
		for _, to := range tos {
			if l, ok := at[to]; !ok || l <= at[from] {
				t.Errorf("declared edge %q → %q does not point down the layers", from, to)
			}
		}
	}
	for _, rel := range layers {
		pkg, err := build.ImportDir(filepath.Join(root, rel), 0)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		used := map[string]bool{}
		for _, imp := range pkg.Imports {
			if imp != module && !strings.HasPrefix(imp, module+"/") {
				continue
			}
			to := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
			used[to] = true
			if !slices.Contains(imports[rel], to) {
				t.Errorf("%q imports %q: not a declared edge (imports in layers_test.go)", rel, to)
			}
		}
		for _, to := range imports[rel] {
			if !used[to] {
				t.Errorf("declared edge %q → %q is not used: take it out", rel, to)
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
			if !slices.Contains(layers, rel) {
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
