package suggest

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// englishWord is a word of two or more small letters: the words a reading
// reacts to ("decides", "in line with"), once the syntax of a regular
// expression is taken out of the literal.
var (
	englishWord = regexp.MustCompile(`[a-z]{2,}`)
	regexSyntax = regexp.MustCompile(`\\[pPx]\{[^}]*\}|\\[a-zA-Z]|\[[^\]]*\]|\(\?[a-zA-Z]+[:)]|\{\d+(,\d*)?\}`)
)

// wordLiteral says whether a literal holds English words a reading could
// react to.
func wordLiteral(lit string, regex bool) bool {
	if regex {
		lit = regexSyntax.ReplaceAllString(lit, " ")
	}
	return englishWord.MatchString(lit)
}

// valueSyntax are how worksheets write yes/no and empty values, not words.
var valueSyntax = map[string]bool{"true": true, "false": true, "none": true}

// messageFields are the fields whose text is shown to the reader.
var messageFields = map[string]bool{"Reason": true, "Why": true, "What": true}

// TestNoEnglishInTheReader fails on a Go string literal of English words in
// the reader's code and its mandate splitter's (tests and the rulebook aside)
// where it decides what the text says: a regular expression, an element of a
// map or slice literal, an operand of a comparison, a key looked up, a
// constant or variable of words, or the words given to strings.HasPrefix,
// Contains, slices.Contains and the like. Messages (errors, reasons shown to
// the reader) and named constants of the rulebook's ids are not decisions. testdata/english-in-go.txt
// lists the literals the reader still holds, to be moved into the rulebook;
// the list may only shrink.
func TestNoEnglishInTheReader(t *testing.T) {
	// The reader's code and its mandate splitter's, which finds where the
	// paragraphs of a mandate begin.
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	more, err := filepath.Glob("mandate/*.go")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, more...)
	fset := gotoken.NewFileSet()
	found := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		englishLiterals(file, func(lit string) { found[f+": "+lit] = true })
	}
	allowed := map[string]bool{}
	data, err := os.ReadFile("testdata/english-in-go.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			allowed[line] = true
		}
	}
	var fresh, gone []string
	for k := range found {
		if !allowed[k] {
			fresh = append(fresh, k)
		}
	}
	for k := range allowed {
		if !found[k] {
			gone = append(gone, k)
		}
	}
	sort.Strings(fresh)
	sort.Strings(gone)
	for _, k := range fresh {
		t.Errorf("English words in Go, where the rulebook should hold them: %s", k)
	}
	for _, k := range gone {
		t.Errorf("testdata/english-in-go.txt: %s is gone from the code: remove the line", k)
	}
}

// The lint sees words, not the syntax of a regular expression.
func TestWordLiteral(t *testing.T) {
	for _, c := range []struct {
		lit   string
		regex bool
		want  bool
	}{
		{`^(?:\d{1,7}[.)]|\([a-z]{1,5}\)|[IVX]{1,5}\.)\s*`, true, false},
		{`S/RES/(\d+)\s*\((\d{4})\)`, true, false},
		{`(?i)\b(?:establish\w*|extend\w*)\b`, true, true},
		{`in line with`, false, true},
		{`rule-of-law`, false, true},
		{`, `, false, false},
	} {
		if got := wordLiteral(c.lit, c.regex); got != c.want {
			t.Errorf("%q: %v, want %v", c.lit, got, c.want)
		}
	}
}

// englishLiterals calls found with each string literal of English words in
// file that stands where it decides what a text says.
func englishLiterals(file *ast.File, found func(lit string)) {
	report := func(lit *ast.BasicLit, regex bool) {
		if lit == nil || lit.Kind != gotoken.STRING {
			return
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil || !wordLiteral(s, regex) || valueSyntax[s] {
			return
		}
		found(lit.Value)
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, _ := sel.X.(*ast.Ident)
			switch {
			case pkg != nil && (pkg.Name == "slices" || pkg.Name == "bytes" || pkg.Name == "maps"):
				for _, a := range n.Args {
					lit, _ := a.(*ast.BasicLit)
					report(lit, false)
				}
			case pkg != nil && pkg.Name == "regexp":
				for _, a := range n.Args {
					lit, _ := a.(*ast.BasicLit)
					report(lit, true)
				}
			case pkg != nil && pkg.Name == "strings" && sel.Sel.Name != "Join" && sel.Sel.Name != "Repeat":
				for _, a := range n.Args {
					lit, _ := a.(*ast.BasicLit)
					report(lit, false)
				}
			}
		case *ast.BinaryExpr:
			if n.Op == gotoken.EQL || n.Op == gotoken.NEQ {
				for _, e := range []ast.Expr{n.X, n.Y} {
					lit, _ := e.(*ast.BasicLit)
					report(lit, false)
				}
			}
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					lit, _ := kv.Key.(*ast.BasicLit)
					report(lit, false)
					if id, ok := kv.Key.(*ast.Ident); ok && messageFields[id.Name] {
						continue // a message shown to the reader, not a word read
					}
					e = kv.Value
				}
				lit, _ := e.(*ast.BasicLit)
				report(lit, false)
			}
		case *ast.IndexExpr:
			// a look-up by a word: set["and"]
			lit, _ := n.Index.(*ast.BasicLit)
			report(lit, false)
		case *ast.ValueSpec:
			// A constant or variable of words, compared or looked up
			// elsewhere; a constant of a named type (a rulebook id such
			// as a Reason) is an id, not a word read.
			if n.Type != nil {
				if _, named := n.Type.(*ast.Ident); named && n.Type.(*ast.Ident).Name != "string" {
					return true
				}
			}
			for _, v := range n.Values {
				lit, _ := v.(*ast.BasicLit)
				report(lit, false)
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				lit, _ := e.(*ast.BasicLit)
				report(lit, false)
			}
		}
		return true
	})
}

// The lint sees each place where a word decides: a look-up by a word, a
// constant of words, a word given to slices.Contains or strings.HasPrefix, a
// comparison, a case, an element of a list; not a message, nor a rulebook id
// of a named type.
func TestEnglishLiteralPlaces(t *testing.T) {
	src := `package x
type Reason string
const Extends Reason = "extends-mandate"
const and = "and"
var refs = map[string]bool{"paragraph": true}
func f(w string, set map[string]bool, ws []string) error {
	if set["mission"] || slices.Contains(ws, "council") || strings.HasPrefix(w, "decides") || w == "shall" {
		return nil
	}
	switch w {
	case "demands":
	}
	_ = Problem{Why: "only welcomes", What: "lines"}
	return fmt.Errorf("no paragraph %s", w)
}
`
	file, err := parser.ParseFile(gotoken.NewFileSet(), "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	englishLiterals(file, func(lit string) { got = append(got, lit) })
	sort.Strings(got)
	want := []string{`"and"`, `"council"`, `"decides"`, `"demands"`, `"mission"`, `"paragraph"`, `"shall"`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("found %v, want %v", got, want)
	}
}
