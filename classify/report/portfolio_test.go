package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// planSheets is a plan drawn from the chapter that raises portfolio findings
// for the army and none for the police, whom the plan monitors.
func planSheets(t testing.TB) []Sheet {
	t.Helper()
	data, err := os.ReadFile("testdata/plan-input.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ws, err := model.Parse("plan-input.yaml", data, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return []Sheet{{File: "plan-input.yaml", Worksheet: ws}}
}

// TestGoldenPortfolio renders the plan in every format.
func TestGoldenPortfolio(t *testing.T) {
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, classify.Default(), f, planSheets(t)); err != nil {
				t.Fatal(err)
			}
			golden(t, "drc-plan."+f.Ext(), buf.Bytes())
		})
	}
}

// The JSON document has "portfolio" after "activities" and before "summary",
// [] when nothing fires, each finding with the keys of FRAMEWORK §8, and
// summary.portfolio counting them.
func TestPortfolioJSON(t *testing.T) {
	rb := classify.Default()
	for _, tc := range []struct {
		name   string
		sheets []Sheet
		want   []string // id/force, in order
	}{
		{"case library", caseSheets(t), nil},
		{"plan", planSheets(t), []string{"effectiveness-without-accountability/army", "support-without-monitoring/army"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, rb, JSON, tc.sheets); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			a, p, s := strings.Index(out, `"activities":`), strings.Index(out, `],"portfolio":`), strings.LastIndex(out, `,"summary":`)
			if a < 0 || p < a || s < p {
				t.Fatalf("keys out of order: activities %d, portfolio %d, summary %d", a, p, s)
			}
			if tc.want == nil && !strings.Contains(out, `"portfolio":[],"summary"`) {
				t.Errorf("no finding should be written as []")
			}
			var doc struct {
				Portfolio []map[string]any `json:"portfolio"`
				Summary   map[string]any   `json:"summary"`
			}
			if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range doc.Portfolio {
				for _, k := range []string{"id", "severity", "force", "activities", "title", "why", "mitigation", "section", "would_clear"} {
					if _, ok := f[k]; !ok {
						t.Errorf("finding %v has no %q", f["id"], k)
					}
				}
				got = append(got, f["id"].(string)+"/"+f["force"].(string))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
			if n, _ := doc.Summary["portfolio"].(float64); int(n) != len(tc.want) {
				t.Errorf("summary.portfolio = %v, want %d", doc.Summary["portfolio"], len(tc.want))
			}
			// The streamed document is the one Build returns.
			want, _ := json.Marshal(Build(rb, tc.sheets[0].Worksheet))
			if strings.TrimSpace(out) != string(want) {
				t.Errorf("the streamed JSON differs from the document Build returns")
			}
		})
	}
}

// Text has a Portfolio section after the summary, the markdown briefing one
// after the risk register (its findings by title); CSV has none.
func TestPortfolioSections(t *testing.T) {
	rb := classify.Default()
	for _, tc := range []struct {
		f                    Format
		head, before, needle string
	}{
		{Text, "Portfolio:\n", "joint-offensive — ", "support-without-monitoring"},
		{Markdown, "## Portfolio\n", "## Activities", "nothing in the plan monitors"},
	} {
		var buf bytes.Buffer
		Write(&buf, rb, tc.f, planSheets(t))
		out := buf.String()
		i, j := strings.Index(out, tc.head), strings.Index(out, tc.before)
		if i < 0 || j < i || !strings.Contains(out[i:j], tc.needle) {
			t.Errorf("%s: no Portfolio section before %q:\n%s", tc.f, tc.before, out)
		}
	}
	var buf bytes.Buffer
	Write(&buf, rb, CSV, planSheets(t))
	if strings.Contains(buf.String(), "without-monitoring") {
		t.Errorf("CSV stays one row per activity")
	}
}

// An activity id read from a file reaches a finding's why, and is neutralised
// there like any text from a file.
func TestFindingTextIsNeutralised(t *testing.T) {
	a := &model.Activity{ID: "x\x1b]0;pwned\x07|y", Title: "t"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"equipment"})
	a.Facts.SetSet(model.Forces, []string{"army"})
	ws := &model.Worksheet{Activities: []*model.Activity{a}}
	for _, tc := range []struct {
		f                  Format
		start, end, needle string
	}{{Text, "Portfolio:", "\n\n", "support-without-monitoring"}, {Markdown, "## Portfolio", "## Activities", "nothing in the plan monitors"}} {
		var buf bytes.Buffer
		Write(&buf, classify.Default(), tc.f, []Sheet{{Worksheet: ws}})
		out := buf.String()
		i := strings.Index(out, tc.start)
		j := i + strings.Index(out[i:], tc.end)
		if i < 0 || j < i || !strings.Contains(out[i:j], tc.needle) {
			t.Fatalf("%s: no Portfolio section with the finding:\n%s", tc.f, out)
		}
		if section := out[i:j]; strings.ContainsAny(section, "\x1b\x07") {
			t.Errorf("%s: the Portfolio section carries control characters: %q", tc.f, section)
		}
	}
}

// A selection chooses what is printed, never what is found: for every
// selection of the plan, each format's portfolio findings are those of the
// whole worksheet, and a finding raised by a hidden activity names it by its
// reference as not shown.
func TestSelectionKeepsWholePortfolio(t *testing.T) {
	rb := classify.Default()
	ws := planSheets(t)[0].Worksheet
	whole := rb.FindingsOf(ws.Activities)
	if len(whole) == 0 {
		t.Fatal("the plan should raise findings")
	}
	want := make([]string, len(whole))
	for i, f := range whole {
		want[i] = f.Rule.ID + "/" + f.Force
	}
	sels := []Selection{{MinSeverity: classify.Critical}, {MinSeverity: classify.High}, {Status: model.StatusDraft}, {Status: model.StatusReviewed}}
	for i, a := range ws.Activities {
		sels = append(sels, Selection{RefPrefix: Ref(a, i+1)})
	}
	for _, ag := range classify.Agendas {
		sels = append(sels, Selection{Agendas: []classify.Agenda{ag}})
	}
	for _, sel := range sels {
		sh := Select(rb, ws, sel)
		var buf bytes.Buffer
		if err := Write(&buf, rb, JSON, []Sheet{sh}); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Portfolio []struct{ ID, Force string }
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		got := make([]string, len(doc.Portfolio))
		for i, f := range doc.Portfolio {
			got[i] = f.ID + "/" + f.Force
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: JSON portfolio %v, want the whole worksheet's %v", sel, got, want)
		}
		if o := buildSheet(rb, sh); len(o.Portfolio) != len(whole) {
			t.Errorf("%s: YAML portfolio has %d findings, want %d", sel, len(o.Portfolio), len(whole))
		}
		md := renderString(t, Markdown, sh)
		for _, f := range whole {
			if !strings.Contains(md, f.Rule.Title) {
				t.Errorf("%s: the markdown briefing lacks the finding %q", sel, f.Rule.Title)
			}
			for _, id := range f.Activities {
				kept := false
				for _, a := range sh.Worksheet.Activities {
					kept = kept || a.ID == id
				}
				if !kept && !strings.Contains(md, "(not shown here)") {
					t.Errorf("%s: the briefing does not say that %s, which raises a finding, is not shown", sel, id)
				}
			}
		}
		left := len(ws.Activities) - len(sh.Worksheet.Activities)
		if !strings.Contains(md, fmt.Sprintf("; %d left out)", left)) {
			t.Errorf("%s: the briefing does not say that %d activities are left out", sel, left)
		}
	}
}

func renderString(t *testing.T, f Format, sh Sheet) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, classify.Default(), f, []Sheet{sh}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
