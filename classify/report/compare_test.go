package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/model"
)

// comparedExample sets the two invented mandates of testdata side by side:
// a task moved unchanged, reworded ones (one moving agenda), one split, one
// dropped, two added, and portfolio findings that clear and appear.
func comparedExample(t testing.TB) *compare.Comparison {
	t.Helper()
	rb := classify.Default()
	load := func(name string) *model.Worksheet {
		ws, err := model.Load(filepath.Join("testdata", name), rb.Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		return ws
	}
	return compare.Compare(rb, "compare-old.yaml", load("compare-old.yaml"), "compare-new.yaml", load("compare-new.yaml"), compare.Options{})
}

// TestCompareGoldens renders the comparison in every format it has.
func TestCompareGoldens(t *testing.T) {
	c := comparedExample(t)
	for _, f := range CompareFormats {
		var buf bytes.Buffer
		if err := WriteComparison(&buf, classify.Default(), f, c); err != nil {
			t.Fatal(err)
		}
		golden(t, "compare."+map[Format]string{Text: "txt", Markdown: "md", HTML: "html", JSON: "json"}[f], buf.Bytes())
	}
}

// TestCompareJSONContract reads the JSON back and checks it against the
// comparison it came from: what docs/compare-json.md promises.
func TestCompareJSONContract(t *testing.T) {
	c := comparedExample(t)
	var buf bytes.Buffer
	if err := WriteComparison(&buf, classify.Default(), JSON, c); err != nil {
		t.Fatal(err)
	}
	var out CompareOutput
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.Schema != CompareSchema || out.Old.Mandate != "S/RES/9001 (2013)" || out.New.Activities != 8 {
		t.Fatalf("head: %+v %+v %+v", out.Schema, out.Old, out.New)
	}
	counted := map[string]int{}
	for _, p := range out.Pairs {
		counted[p.Change]++
		switch p.Change {
		case "added":
			if p.Old != nil || p.New == nil {
				t.Errorf("added pair with old side: %+v", p)
			}
		case "dropped":
			if p.New != nil || p.Old == nil {
				t.Errorf("dropped pair with new side: %+v", p)
			}
		default:
			if p.Old == nil || p.New == nil || p.Moved != (p.Old.Ref != p.New.Ref) {
				t.Errorf("%s pair: %+v", p.Change, p)
			}
		}
		if (p.Change == "reworded" || p.Change == "split") != (len(p.Diff) > 0) {
			t.Errorf("%s pair with %d diff spans", p.Change, len(p.Diff))
		}
	}
	for _, ch := range compare.Changes {
		if counted[string(ch)] != out.Summary[string(ch)] {
			t.Errorf("summary says %d %s, the pairs hold %d", out.Summary[string(ch)], ch, counted[string(ch)])
		}
	}
	if got := out.Totals.Difference["3"]["overlap"]; got != 3 {
		t.Errorf("tier 3 overlap moved by %d, want +3 (two reworded into it, one added)", got)
	}
	if len(out.Portfolio.Appeared) != 2 || len(out.Portfolio.Cleared) != 2 || out.Portfolio.Cleared[0].Force != "army" {
		t.Errorf("portfolio: %+v", out.Portfolio)
	}
	if !strings.Contains(buf.String(), `"ref": "3(b)"`) || !strings.Contains(buf.String(), `"ref": "2(b)"`) {
		t.Error("the refs of both mandates are not in the JSON")
	}
}

// TestCompareHTMLDrawsAgendaMoves checks the arrows: one for each pair of
// agendas that a task moved between, labelled with its references.
func TestCompareHTMLDrawsAgendaMoves(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteComparison(&buf, classify.Default(), HTML, comparedExample(t)); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	// poc-only → overlap (3(b) → 2(b)) and outside → overlap (6 → 6(b)).
	if n := strings.Count(page, `marker-end="url(#arrow)"`); n != 2 {
		t.Errorf("%d arrows, want 2", n)
	}
	for _, label := range []string{"3(b) → 2(b)", "6 → 6(b)"} {
		if !strings.Contains(page, ">"+label+"</text>") {
			t.Errorf("no arrow labelled %s", label)
		}
	}
	if n := strings.Count(page, "<svg"); n != 5 {
		t.Errorf("%d drawings, want 5: both readings of both mandates and the arrows", n)
	}
}

// An arrow names three tasks at most and counts the others, so that its
// label stays between the two columns.
func TestArrowLabel(t *testing.T) {
	for _, tc := range []struct {
		refs []string
		want string
	}{
		{[]string{"1 → 2"}, "1 → 2"},
		{[]string{"1 → 2", "3 → 4", "5 → 6"}, "1 → 2, 3 → 4, 5 → 6"},
		{[]string{"1 → 2", "3 → 4", "5 → 6", "7 → 8", "9 → 9"}, "1 → 2, 3 → 4, 5 → 6 +2 more"},
	} {
		if got := arrowLabel(tc.refs); got != tc.want {
			t.Errorf("arrowLabel(%q) = %q, want %q", tc.refs, got, tc.want)
		}
	}
}
