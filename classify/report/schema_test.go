package report

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// compileSchema compiles the worksheet schema of rb with a JSON Schema
// library, so that the schema is checked by another reading than ours.
func compileSchema(t *testing.T, rb *classify.Rulebook) *jsonschema.Schema {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSchema(&buf, rb); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(model.SchemaURL, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(model.SchemaURL)
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return sch
}

// instance reads a YAML or JSON worksheet as the JSON value a schema checks.
func instance(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// The schema the published address serves is the one `pocssr schema` writes
// for the built-in rulebook.
func TestPublishedSchemaIsTheBuiltInRulebooks(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSchema(&buf, classify.Default()); err != nil {
		t.Fatal(err)
	}
	const path = "../../docs/worksheet.schema.json"
	if *update {
		os.WriteFile(path, buf.Bytes(), 0o644)
	}
	published, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(published, buf.Bytes()) {
		t.Errorf("docs/worksheet.schema.json is not the built-in rulebook's schema; run go test ./classify/report -update (%v)", err)
	}
	if !strings.HasSuffix(model.SchemaURL, "/docs/worksheet.schema.json") {
		t.Errorf("the schema's address %s is not the published file", model.SchemaURL)
	}
}

// Every worksheet in the repository's testdata that the reader accepts is
// valid under the schema, and so is the case library.
func TestEveryWorksheetInTestdataIsValid(t *testing.T) {
	rb := classify.Default()
	sch := compileSchema(t, rb)
	valid, refused := 0, 0
	check := func(path string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := model.Parse(path, data, rb.Vocabulary()); err != nil {
			refused++ // a bad file on purpose: the reader's tests say why
			return
		}
		valid++
		if err := sch.Validate(instance(t, data)); err != nil {
			t.Errorf("%s is read but does not meet the schema: %v", path, err)
		}
	}
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		ext := filepath.Ext(path)
		if !d.IsDir() && strings.Contains(filepath.ToSlash(path), "/testdata/") && (ext == ".yaml" || ext == ".yml" || ext == ".json") {
			check(path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	check("../cases.yaml")
	// Measured: 26 worksheets read; the other 78 files are the hostile corpus,
	// reports, reading corpora and bad files on purpose.
	if valid < 25 {
		t.Errorf("only %d worksheets checked (%d refused by the reader)", valid, refused)
	}
	t.Logf("%d worksheets valid, %d files the reader refuses", valid, refused)
}

// What the reader refuses for a key or a value, the schema refuses too, so
// that an editor marks it before pocssr does.
func TestSchemaRefusesWhatTheReaderRefuses(t *testing.T) {
	rb := classify.Default()
	sch := compileSchema(t, rb)
	for name, w := range map[string]string{
		"unknown key":          "activities:\n  - title: t\n    implementor: mission\n",
		"bad one-of value":     "activities:\n  - title: t\n    implementer: misison\n",
		"bad set value":        "activities:\n  - title: t\n    kinds: [vettin]\n",
		"a set given once":     "activities:\n  - title: t\n    kinds: vetting\n",
		"a value twice":        "activities:\n  - title: t\n    forces: [army, army]\n",
		"yes/no as text":       "activities:\n  - title: t\n    dual_role: maybe\n",
		"no title":             "activities:\n  - id: a\n",
		"empty title":          "activities:\n  - title: \" \"\n",
		"bad id":               "activities:\n  - title: t\n    id: -a\n",
		"bad status":           "activities:\n  - title: t\n    status: done\n",
		"source key":           "activities:\n  - title: t\n    source: {doc: x}\n",
		"top-level key":        "mision: x\nactivities: []\n",
		"other schema":         "schema: pocssr/v2\nactivities: []\n",
		"activities not alist": "activities: {title: t}\n",
	} {
		data := []byte(w)
		if _, err := model.Parse("w.yaml", data, rb.Vocabulary()); err == nil {
			t.Errorf("%s: the reader takes it; the case is wrong", name)
		}
		if err := sch.Validate(instance(t, data)); err == nil {
			t.Errorf("%s: the schema takes what the reader refuses", name)
		}
	}
}

// The schema is made from the rulebook: each fact is described by its
// question, and its values are the rulebook's vocabulary.
func TestSchemaDescribesFactsByTheirQuestions(t *testing.T) {
	rb := classify.Default()
	var buf bytes.Buffer
	if err := WriteSchema(&buf, rb); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Properties struct {
			Activities struct {
				Items struct {
					Properties map[string]struct {
						Description string `json:"description"`
						Enum        []any  `json:"enum"`
						Items       *struct {
							Enum []any `json:"enum"`
						} `json:"items"`
					} `json:"properties"`
				} `json:"items"`
			} `json:"activities"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	props := doc.Properties.Activities.Items.Properties
	for f := model.Fact(0); f < model.NumFacts; f++ {
		p, ok := props[f.Key()]
		if !ok {
			t.Errorf("%s is not in the schema", f.Key())
			continue
		}
		if q := rb.QuestionFor(f); q == nil || !strings.HasPrefix(p.Description, q.Question) {
			t.Errorf("%s: description %q does not start with its question", f.Key(), p.Description)
		}
		enum := p.Enum
		if p.Items != nil {
			enum = p.Items.Enum
		}
		for _, v := range rb.Vocabulary().Values(f) {
			found := false
			for _, e := range enum {
				found = found || e == v
			}
			if !found {
				t.Errorf("%s: the value %s is not in the schema", f.Key(), v)
			}
		}
	}
}

// docs/json-output.md, the JSON output's contract, names every key the
// output has: a key added to the output without a word there fails here.
func TestJSONOutputContractNamesEveryKey(t *testing.T) {
	doc, err := os.ReadFile("../../docs/json-output.md")
	if err != nil {
		t.Fatal(err)
	}
	var walk func(reflect.Type)
	seen := map[reflect.Type]bool{}
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		for i := 0; i < ty.NumField(); i++ {
			f := ty.Field(i)
			key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if key != "" && !bytes.Contains(doc, []byte("`"+key+"`")) {
				t.Errorf("%s.%s: the key %q is not in docs/json-output.md", ty.Name(), f.Name, key)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(Output{}))
	if len(seen) < 6 {
		t.Errorf("only %d parts of the output walked", len(seen))
	}
}
