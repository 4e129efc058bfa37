package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func caseSheets(t testing.TB) []Sheet {
	t.Helper()
	ws, err := classify.Cases(classify.Default())
	if err != nil {
		t.Fatal(err)
	}
	return []Sheet{{File: "cases.yaml", Worksheet: ws}}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./classify/report -update and review the diff", name)
	}
}

// TestGoldenFormats renders the case library in every format. The goldens are
// reviewed by hand when they change.
func TestGoldenFormats(t *testing.T) {
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, classify.Default(), f, caseSheets(t)); err != nil {
				t.Fatal(err)
			}
			golden(t, "cases."+f.Ext(), buf.Bytes())
		})
	}
	var buf bytes.Buffer
	if err := WriteRules(&buf, classify.Default(), Markdown); err != nil {
		t.Fatal(err)
	}
	golden(t, "rules.md", buf.Bytes())
	buf.Reset()
	WriteRules(&buf, classify.Default(), Text)
	golden(t, "rules.txt", buf.Bytes())
}

// The JSON output follows docs/json-output.md key by key, and agrees with the engine.
func TestJSONFollowsFramework(t *testing.T) {
	rb := classify.Default()
	sheets := caseSheets(t)
	var buf bytes.Buffer
	if err := Write(&buf, rb, JSON, sheets); err != nil {
		t.Fatal(err)
	}
	checkJSONDocument(t, buf.Bytes(), rb, sheets[0].Worksheet)
}

func checkJSONDocument(t *testing.T, data []byte, rb *classify.Rulebook, ws *model.Worksheet) {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	keys := func(m map[string]any, want ...string) {
		t.Helper()
		for _, k := range want {
			if _, ok := m[k]; !ok {
				t.Errorf("key %q missing in %v", k, m)
			}
		}
	}
	keys(doc, "schema", "mission", "activities", "summary")
	if doc["schema"] != "pocssr/v1" {
		t.Errorf("schema %v", doc["schema"])
	}
	acts, _ := doc["activities"].([]any)
	if len(acts) != len(ws.Activities) {
		t.Fatalf("%d activities in the output, %d in the worksheet", len(acts), len(ws.Activities))
	}
	agendas := map[string]int{}
	tiers := map[string]int{}
	severities := map[string]int{}
	for i, x := range acts {
		a := x.(map[string]any)
		keys(a, "id", "title", "tier", "also_tiers", "agenda", "overlap_basis", "reasons", "risks", "open_questions", "would_change")
		r := rb.Classify(ws.Activities[i])
		if a["id"] != r.ID || a["agenda"] != string(r.Agenda) || a["overlap_basis"] != string(r.Basis) {
			t.Errorf("activity %d: %v / %v / %v, engine says %s / %s / %q", i, a["id"], a["agenda"], a["overlap_basis"], r.ID, r.Agenda, r.Basis)
		}
		switch tier := a["tier"].(type) {
		case nil:
			if r.Tier != 0 || a["agenda"] != "undetermined" {
				t.Errorf("%v: null tier for tier %d", a["id"], r.Tier)
			}
		case float64:
			if int(tier) != int(r.Tier) {
				t.Errorf("%v: tier %v, engine %d", a["id"], tier, r.Tier)
			}
			tiers[strconv.Itoa(int(tier))]++
		default:
			t.Errorf("%v: tier %T", a["id"], tier)
		}
		agendas[a["agenda"].(string)]++
		for _, list := range []string{"also_tiers", "reasons", "risks", "open_questions", "would_change"} {
			if _, ok := a[list].([]any); !ok {
				t.Errorf("%v: %s is %T, want a list (never null)", a["id"], list, a[list])
			}
		}
		prev := 5
		for _, rk := range a["risks"].([]any) {
			risk := rk.(map[string]any)
			keys(risk, "id", "severity", "title", "why", "mitigation", "section")
			sev := classify.Severity(risk["severity"].(string))
			if sev.Rank() == 0 || sev.Rank() > prev {
				t.Errorf("%v: risks not ordered by severity", a["id"])
			}
			prev = sev.Rank()
			severities[string(sev)]++
		}
		for _, q := range a["open_questions"].([]any) {
			keys(q.(map[string]any), "fact", "question")
		}
		for _, c := range a["would_change"].([]any) {
			keys(c.(map[string]any), "agenda", "if")
		}
	}
	sum := doc["summary"].(map[string]any)
	keys(sum, "activities", "by_tier", "by_agenda", "by_severity")
	if int(sum["activities"].(float64)) != len(acts) {
		t.Errorf("summary counts %v activities", sum["activities"])
	}
	for k, v := range agendas {
		if int(sum["by_agenda"].(map[string]any)[k].(float64)) != v {
			t.Errorf("by_agenda[%s] = %v, counted %d", k, sum["by_agenda"].(map[string]any)[k], v)
		}
	}
	for k, v := range severities {
		if int(sum["by_severity"].(map[string]any)[k].(float64)) != v {
			t.Errorf("by_severity[%s] = %v, counted %d", k, sum["by_severity"].(map[string]any)[k], v)
		}
	}
	byTier := sum["by_tier"].(map[string]any)
	for _, k := range []string{"1", "2", "3"} {
		if int(byTier[k].(float64)) != tiers[k] {
			t.Errorf("by_tier[%s] = %v, counted %d", k, byTier[k], tiers[k])
		}
	}
}

func TestYAMLHasTheJSONShape(t *testing.T) {
	rb := classify.Default()
	var jb, yb bytes.Buffer
	Write(&jb, rb, JSON, caseSheets(t))
	Write(&yb, rb, YAML, caseSheets(t))
	var fromJSON, fromYAML any
	if err := json.Unmarshal(jb.Bytes(), &fromJSON); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(yb.Bytes(), &fromYAML); err != nil {
		t.Fatal(err)
	}
	// Round the YAML value through JSON so both use the same Go types.
	again, _ := json.Marshal(fromYAML)
	var norm any
	json.Unmarshal(again, &norm)
	a, _ := json.Marshal(fromJSON)
	b, _ := json.Marshal(norm)
	if !bytes.Equal(a, b) {
		t.Error("the YAML output does not hold the same document as the JSON output")
	}
}

// What Excel needs to keep a file's accents and typography: the three bytes
// of UTF-8's byte order mark first, then every character in UTF-8 as written.
func TestCSVOpensInExcelWithItsCharactersIntact(t *testing.T) {
	ws := &model.Worksheet{Activities: []*model.Activity{{ID: "a", Title: "Côte d’Ivoire — appui…"}}}
	var buf bytes.Buffer
	if err := Write(&buf, classify.Default(), CSV, []Sheet{{Worksheet: ws}}); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if !bytes.HasPrefix(out, []byte{0xEF, 0xBB, 0xBF, 'r', 'e', 'f', ','}) {
		t.Errorf("the file starts % x, want the byte order mark EF BB BF then the header", out[:min(len(out), 8)])
	}
	if bytes.Count(out, []byte{0xEF, 0xBB, 0xBF}) != 1 {
		t.Error("the byte order mark is written more than once")
	}
	for _, want := range [][]byte{
		{'C', 0xC3, 0xB4, 't', 'e'}, // ô
		{0xE2, 0x80, 0x99},          // ’
		{0xE2, 0x80, 0x94},          // —
		{0xE2, 0x80, 0xA6},          // …
	} {
		if !bytes.Contains(out, want) {
			t.Errorf("% x is not in the file as UTF-8", want)
		}
	}
}

func TestCSV(t *testing.T) {
	ws := &model.Worksheet{Activities: []*model.Activity{
		{ID: "a", Title: "=HYPERLINK(\"x\")"},
		{ID: "b", Title: "plain, with comma\nand newline"},
	}}
	ws.Activities[1].Facts.SetOne(model.Implementer, "mission")
	ws.Activities[1].Facts.SetSet(model.Kinds, []string{"equipment"})
	ws.Activities[1].Facts.SetSet(model.Accountability, nil)
	var buf bytes.Buffer
	if err := Write(&buf, classify.Default(), CSV, []Sheet{{Worksheet: ws}, {Worksheet: ws}}); err != nil {
		t.Fatal(err)
	}
	body, hasBOM := bytes.CutPrefix(buf.Bytes(), []byte{0xEF, 0xBB, 0xBF})
	if !hasBOM {
		t.Fatalf("no UTF-8 byte order mark: Excel would read the file in the system's code page: % x", buf.Bytes()[:8])
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("rows %q", rows)
	}
	col := map[string]int{}
	for i, h := range CSVHeader {
		col[h] = i
	}
	get := func(row int, name string) string { return rows[row][col[name]] }
	if get(1, "title") != "'=HYPERLINK(\"x\")" {
		t.Errorf("formula not neutralised: %q", get(1, "title"))
	}
	want := map[string]string{"ref": "#2", "id": "b", "title": "plain, with comma and newline", "status": "",
		"implementer": "the mission itself", "implementer_id": "mission", "kinds": "Equipment and logistics",
		"kind_ids": "equipment", "tier": "3", "agenda": "SSR only", "agenda_id": "ssr-only", "highest_severity": "high",
		"risk_ids": "capacity-without-accountability"}
	if got := get(1, "open_question_facts"); got != "implementer; kinds" {
		t.Errorf("list of ids %q, want its items separated by \"; \"", got)
	}
	if qs := strings.Split(get(1, "open_questions"), "; "); len(qs) != 2 || !strings.HasSuffix(qs[0], "?") {
		t.Errorf("questions %q, want two separated by \"; \"", qs)
	}
	for name, v := range want {
		if got := get(2, name); got != v {
			t.Errorf("%s = %q, want %q", name, got, v)
		}
	}
	if !strings.Contains(get(2, "risks"), "Capacity built with no accountability") || !strings.Contains(get(2, "open_question_facts"), "forces") ||
		!strings.Contains(get(2, "open_questions"), "?") {
		t.Errorf("row %q", rows[2])
	}
	if get(1, "tier") != "" || get(1, "agenda_id") != "undetermined" || get(1, "ref") != "#1" {
		t.Errorf("undetermined row %q", rows[1])
	}
}

// Text from a file can never reach the terminal as an escape sequence, nor
// break a markdown table.
func TestHostileTextIsNeutralised(t *testing.T) {
	ws := &model.Worksheet{Mission: "M\x1b]0;pwned\x07", Activities: []*model.Activity{
		{ID: "a", Title: "Title \x1b[31mred\x1b[0m | pipe\r\x9b2J"},
	}}
	for _, f := range []Format{Text, Markdown} {
		var buf bytes.Buffer
		Write(&buf, classify.Default(), f, []Sheet{{Worksheet: ws}})
		out := buf.String()
		if strings.ContainsAny(out, "\x1b\x07\r\u009b") {
			t.Errorf("%s output carries control characters: %q", f, out)
		}
		if f == Markdown && !strings.Contains(out, `red\x1b`) && !strings.Contains(out, `\|`) {
			t.Errorf("markdown does not escape the pipe: %q", out)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("%s: %v %v", f, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil || !strings.Contains(err.Error(), "text, json, yaml, markdown, csv") {
		t.Errorf("unknown format: %v", err)
	}
}

// Text from a file never opens a markdown block, wherever it starts a line:
// headings, quotes, list items, fences, indented code, tables and HTML stay
// text.
func TestMarkdownTextOpensNoBlock(t *testing.T) {
	for in, want := range map[string]string{
		"# Heading":            `\# Heading`,
		"## Heading":           `\## Heading`,
		"> quote":              "&gt; quote",
		"- item":               `\- item`,
		"+ item":               `\+ item`,
		"* item":               `\* item`,
		"1. item":              `1\. item`,
		"12) item":             `12\) item`,
		"```go":                "\\`\\`\\`go",
		"~~~":                  `\~\~\~`,
		"Do ~~not~~ train":     `Do \~\~not\~\~ train`,
		"&lt;b&gt; &amp;":      "&amp;lt;b&amp;gt; &amp;amp;",
		`a\*b\`:                `a\\\*b\\`,
		"    code":             "code",
		"| a | b |":            `\| a \| b \|`,
		"<script>x</script>":   "&lt;script&gt;x&lt;/script&gt;",
		"===":                  `\===`,
		"line\n# second":       "line # second",
		"plain 1. text - here": "plain 1. text - here",
		"2026 plan":            "2026 plan",
	} {
		if got := md(in); got != want {
			t.Errorf("md(%q) = %q, want %q", in, got, want)
		}
	}
}

// Safe shows file text without what could drive a terminal or shift a
// layout: controls and bidirectional overrides become U+FFFD, separators
// newlines, invisible format characters nothing.
func TestSafeNeutralisesForDisplay(t *testing.T) {
	for in, want := range map[string]string{
		"plain ünï 😀 text\n\tx":        "plain ünï 😀 text\n\tx",
		"esc \x1b[2J bell \a del \x7f": "esc \ufffd[2J bell \ufffd del \ufffd",
		"csi \u009b2J nel \u0085":      "csi \ufffd2J nel \ufffd",
		"bidi \u202egnp.exe\u202c":     "bidi \ufffdgnp.exe\ufffd",
		"isolate \u2066x\u2069":        "isolate \ufffdx\ufffd",
		"soft\u00adhy\u00adphen":       "softhyphen",
		"zero\u200bwidth":              "zerowidth",
		"joined\u200c\u200d":           "joined", // a lone joiner is measured as a cell, so none is kept
		"\ufeffbom \u2060joiner":       "bom joiner",
		"marks \u200e\u200f\u061c":     "marks ",
		"line\u2028para\u2029end":      "line\npara\nend",
		"nbsp\u00a0kept":               "nbsp\u00a0kept",
	} {
		if got := Safe(in); got != want {
			t.Errorf("Safe(%q) = %q, want %q", in, got, want)
		}
	}
	if got := OneLine("a\u2028b" + strings.Repeat("\u00ad", 600)); got != "a b" {
		t.Errorf("OneLine: %q", got)
	}
}

// Every format has an extension of its own, and the file name of every
// format's golden ends in it.
func TestFormatExtensions(t *testing.T) {
	seen := map[string]Format{}
	for _, f := range Formats {
		ext := f.Ext()
		if ext == "" || strings.Contains(ext, ".") {
			t.Errorf("%s: extension %q", f, ext)
		}
		if g, twice := seen[ext]; twice {
			t.Errorf("%s and %s share the extension %q", g, f, ext)
		}
		seen[ext] = f
	}
	if Markdown.Ext() != "md" || Text.Ext() != "txt" || HTML.Ext() != "html" {
		t.Errorf("extensions: markdown %q, text %q, html %q", Markdown.Ext(), Text.Ext(), HTML.Ext())
	}
}

// The source line sets a case's chapter section apart from "Case library";
// a mandate's paragraph follows its document as it is cited.
func TestSourceTextSetsTheSectionApart(t *testing.T) {
	for _, c := range []struct {
		doc, ref, want string
	}{
		{"Case library", "Existing UN frameworks linking POC and SSR", "Case library, section “Existing UN frameworks linking POC and SSR”"},
		{"S/RES/1925 (2010)", "5(f)", "S/RES/1925 (2010) 5(f)"},
		{"S/RES/1925 (2010)", "", "S/RES/1925 (2010)"},
		{"", "5(f)", "5(f)"},
	} {
		a := &model.Activity{Source: model.Source{Document: c.doc, Ref: c.ref}}
		if got := SourceText(a); got != c.want {
			t.Errorf("SourceText(%q, %q) = %q, want %q", c.doc, c.ref, got, c.want)
		}
	}
}
