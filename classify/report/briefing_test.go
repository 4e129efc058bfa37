package report

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"golang.org/x/net/html"
)

// importedSheet is a resolution read by pocssr import (S/RES/1925 (2010)),
// with its first eight activities marked reviewed and the rest drafts.
func importedSheet(t testing.TB) Sheet {
	t.Helper()
	path := filepath.Join("testdata", "s-res-1925-2010.yaml")
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return Sheet{File: path, Worksheet: ws}
}

func render(t *testing.T, f Format, sheets ...Sheet) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, classify.Default(), f, sheets); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// The briefing of an imported resolution in every format; the goldens are
// reviewed by hand when they change.
func TestGoldenImportedBriefing(t *testing.T) {
	for _, f := range []Format{Markdown, HTML, CSV, Text} {
		golden(t, "s-res-1925-2010."+f.Ext(), []byte(render(t, f, importedSheet(t))))
	}
}

// The markdown briefing opens with the executive summary, names activities
// by ref and title (never by id), quotes the task rather than the lead-in,
// marks every draft, and names the activities a recommendation answers.
func TestMarkdownBriefingShape(t *testing.T) {
	sh := importedSheet(t)
	out := render(t, Markdown, sh)
	order := []string{"# POC/SSR briefing: MONUSCO", "Mandate: S/RES/1925 (2010)", "8 reviewed, 29 **DRAFT**",
		"## Executive summary", "**Critical and high risks still open**", "| Agenda |", "Tiers of the 2015 policy: 1. Protection through dialogue", "**Portfolio findings**",
		"**Drafts:** 29 of 37", "## Risk register", "| Ref | Activity | Risk | Register | What to do |",
		"## Activities", "### 4 — Authorizes MONUSCO", "## Recommendations"}
	at := 0
	for _, s := range order {
		i := strings.Index(out[at:], s)
		if i < 0 {
			t.Fatalf("%q missing, or out of order", s)
		}
		at += i
	}
	for _, a := range sh.Worksheet.Activities {
		if strings.Contains(out, a.ID) {
			t.Errorf("the briefing names an activity by its id %q", a.ID)
		}
	}
	if !strings.Contains(out, "### 6(ii) — An improved capacity") || !strings.Contains(out, "> (ii) an improved capacity") {
		t.Error("the section of 6(ii) is not named by ref and title, or does not quote its task")
	}
	if !strings.Contains(out, "<small>Context: 6\\. Decides that future reconfigurations") {
		t.Error("the lead-in is not given as context")
	}
	for _, a := range sh.Worksheet.Activities {
		head := "### " + md(a.Source.Ref) + " — "
		i := strings.Index(out, head)
		line := out[i : i+strings.Index(out[i:], "\n")]
		if draft := strings.HasSuffix(line, "· **DRAFT**"); draft != (a.Status == model.StatusDraft) {
			t.Errorf("heading %q: DRAFT mark %v, status %s", line, draft, a.Status)
		}
	}
	if !strings.Contains(out, "| 12(n) | Support the reform of the police led by the Government of the... · **DRAFT** |") {
		t.Error("a draft's register row carries no DRAFT mark")
	}
	if !strings.Contains(out, "Answers: 12(d) — Support national") {
		t.Error("recommendations do not name the activities they answer by ref and title")
	}
	// A line of facts an activity took it from 487 lines to 524.
	if n := strings.Count(out, "\n"); n > 545 {
		t.Errorf("the briefing of 37 activities takes %d lines; it was 524 when measured", n)
	}
}

// The HTML briefing parses as HTML5, loads and runs nothing, draws both
// readings, prints on A4 with a page per part, and writes each severity as a
// word.
func TestHTMLBriefingStandsAlone(t *testing.T) {
	for _, sh := range []Sheet{importedSheet(t), caseSheets(t)[0]} {
		src := render(t, HTML, sh)
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(src, "<!DOCTYPE html>") {
			t.Error("no HTML5 doctype")
		}
		counts := map[string]int{}
		walk(doc, func(n *html.Node) {
			if n.Type != html.ElementNode {
				return
			}
			counts[n.Data]++
			for _, a := range n.Attr {
				if a.Key == "href" || a.Key == "src" || strings.HasPrefix(a.Key, "on") {
					t.Errorf("<%s %s=%q>: the briefing must load and run nothing", n.Data, a.Key, a.Val)
				}
			}
			if n.Data == "span" && attr(n, "class") != "" && strings.HasPrefix(attr(n, "class"), "sev ") {
				if n.FirstChild == nil || strings.TrimSpace(n.FirstChild.Data) == "" {
					t.Error("a severity shown by colour alone")
				}
			}
		})
		if counts["script"] != 0 || counts["link"] != 0 || counts["img"] != 0 || counts["iframe"] != 0 || counts["object"] != 0 {
			t.Errorf("elements that load or run things: %v", counts)
		}
		if counts["svg"] != 2 || counts["style"] != 1 {
			t.Errorf("want two SVG drawings and one inline style, found %d and %d", counts["svg"], counts["style"])
		}
		rest := strings.ReplaceAll(src, `xmlns="http://www.w3.org/2000/svg"`, "")
		for _, u := range []string{"http:", "https:", "url(", "@import", "//", "file:"} {
			if strings.Contains(rest, u) {
				t.Errorf("the briefing holds %q", u)
			}
		}
		if !strings.Contains(src, "@page { size: A4") || !strings.Contains(src, ".part { break-before: page; }") {
			t.Error("no A4 print style with page breaks between parts")
		}
	}
	src := render(t, HTML, importedSheet(t))
	for _, want := range []string{`<span class="sev medium">MEDIUM</span>`, ">5 6(ii) 12(c)* 12(l)*", "6(iii)", `<h3>12(n) — Support the reform of the police led by the Government of the... <span class="draft">DRAFT</span></h3>`} {
		if !strings.Contains(src, want) {
			t.Errorf("the HTML briefing lacks %q", want)
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// Text from a file (control characters, markup, markdown syntax, formula
// prefixes) stays inert in every briefing format.
func TestBriefingKeepsHostileTextInert(t *testing.T) {
	hostile := "=cmd|' /C calc'!A0 <script>alert(1)</script></style><img src=x onerror=alert(2)> **bold** [link](http://x) # head \x1b]0;t\x07 \u202e"
	a := &model.Activity{ID: "a", Title: hostile, Description: hostile, Notes: hostile, Status: model.StatusDraft,
		Source: model.Source{Document: hostile, Ref: "1(a)</td>", Text: hostile}}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"equipment"})
	ws := &model.Worksheet{Mission: hostile, Mandate: hostile, Activities: []*model.Activity{a}}
	sh := Sheet{File: hostile, Worksheet: ws}

	src := render(t, HTML, sh)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "img" || n.Data == "a") {
			t.Errorf("hostile text made a <%s> element", n.Data)
		}
		if n.Type == html.ElementNode && n.Data == "style" && strings.Contains(n.FirstChild.Data, "alert") {
			t.Error("hostile text reached the style")
		}
	})
	if strings.ContainsAny(src, "\x1b\x07\u202e") {
		t.Error("control characters reach the HTML")
	}

	out := render(t, Markdown, sh)
	if strings.ContainsAny(out, "\x1b\x07\u202e") || strings.Contains(out, "<script") || strings.Contains(out, "**bold**") ||
		strings.Contains(out, "[link](") || strings.Contains(out, "\n# head") {
		t.Errorf("hostile text is live in the markdown:\n%s", out)
	}

	rows, err := csv.NewReader(strings.NewReader(render(t, CSV, sh))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range CSVHeader {
		if c := rows[1][i]; c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
			t.Errorf("column %s opens with a formula: %q", h, c)
		}
	}
}

// Select keeps what each selection names, counts positions in the whole
// worksheet, and the briefing says what it shows.
func TestSelect(t *testing.T) {
	rb := classify.Default()
	ws := importedSheet(t).Worksheet
	refs := func(sh Sheet) string {
		var out []string
		for i, a := range sh.Worksheet.Activities {
			out = append(out, sh.ref(a, i))
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		name string
		sel  Selection
		want string
	}{
		{"whole", Selection{}, ""},
		{"reviewed", Selection{Status: model.StatusReviewed}, "4 5 6(i) 6(ii) 6(iii) 7 8 9"},
		{"agenda", Selection{Agendas: []classify.Agenda{classify.Overlap}}, "12(c)"},
		{"agendas", Selection{Agendas: []classify.Agenda{classify.Overlap, classify.SSROnly}}, "5 6(ii) 12(c) 12(l) 12(m) 12(n)"},
		{"severity", Selection{MinSeverity: classify.Medium}, "6(ii)"},
		{"ref", Selection{RefPrefix: "6"}, "6(i) 6(ii) 6(iii)"},
		{"ref boundary", Selection{RefPrefix: "1"}, ""},
		{"all at once", Selection{Status: model.StatusDraft, Agendas: []classify.Agenda{classify.SSROnly}, RefPrefix: "12"}, "12(l) 12(m) 12(n)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sh := Select(rb, ws, tc.sel)
			got := refs(sh)
			if tc.sel.IsZero() {
				if len(sh.Worksheet.Activities) != len(ws.Activities) {
					t.Errorf("the zero selection drops activities")
				}
				return
			}
			if got != tc.want {
				t.Errorf("kept %q, want %q", got, tc.want)
			}
		})
	}
	// Positions count in the whole worksheet, before selecting.
	plain := &model.Worksheet{Activities: []*model.Activity{{ID: "a"}, {ID: "b"}, {ID: "c", Status: model.StatusDraft}}}
	if got := refs(Select(rb, plain, Selection{Status: model.StatusDraft})); got != "#3" {
		t.Errorf("positions counted after selecting: %q", got)
	}
	out := render(t, Markdown, Select(rb, ws, Selection{Status: model.StatusReviewed}))
	if !strings.Contains(out, "8 of 37 activities (reviewed only; 29 left out), none a draft") {
		t.Errorf("the briefing does not say what it shows:\n%.400s", out)
	}
}

func TestParseSelectionValues(t *testing.T) {
	if _, err := ParseStatus("done"); err == nil || !strings.Contains(err.Error(), "reviewed, draft") {
		t.Errorf("status: %v", err)
	}
	if as, err := ParseAgendas([]string{"overlap,poc-only", "overlap"}); err != nil || len(as) != 2 {
		t.Errorf("agendas: %v %v", as, err)
	}
	if _, err := ParseAgendas([]string{"poc"}); err == nil || !strings.Contains(err.Error(), "poc-only, overlap, ssr-only, outside, undetermined") {
		t.Errorf("agenda: %v", err)
	}
	if _, err := ParseSeverity("severe"); err == nil || !strings.Contains(err.Error(), "critical, high, medium, low") {
		t.Errorf("severity: %v", err)
	}
}

// The tasks asked of others than the mission (the Government, member states,
// donors) follow the mission's own under a heading of their own, in the
// markdown and the HTML briefing alike, so that the mission's tasks stand out.
func TestBriefingGroupsTasksAskedOfOthers(t *testing.T) {
	sh := importedSheet(t)
	for _, c := range []struct {
		f               Format
		heading, before string
	}{
		{Markdown, "## Asked of others than the mission", "### 4 — Authorizes MONUSCO"},
		{HTML, "<h2>Asked of others than the mission</h2>", "Authorizes MONUSCO"},
	} {
		out := render(t, c.f, sh)
		h := strings.Index(out, c.heading)
		if h < 0 || strings.Index(out, c.before) > h {
			t.Fatalf("%v: %q missing, or before the mission's own task %q", c.f, c.heading, c.before)
		}
		for _, a := range sh.Worksheet.Activities {
			r := classify.Default().Classify(a)
			at := strings.Index(out, a.Source.Text[:min(len(a.Source.Text), 40)])
			if at < 0 {
				continue
			}
			if r.AskedOfOthers != (at > h) {
				t.Errorf("%v: %s (asked of others %v) stands on the wrong side of the heading", c.f, a.Source.Ref, r.AskedOfOthers)
			}
		}
	}
}

// mustBrief is newBrief of a sheet that reads without a problem.
func mustBrief(t testing.TB, rb *classify.Rulebook, sh Sheet) *brief {
	t.Helper()
	br, err := newBrief(rb, sh)
	if err != nil {
		t.Fatal(err)
	}
	return br
}

// The briefing's sentence on the drafts agrees with their count: "1 of 37
// activities is DRAFT", never "1 of 37 activities are DRAFT".
func TestBriefingCountsOneDraftInTheSingular(t *testing.T) {
	sh := importedSheet(t)
	for i, a := range sh.Worksheet.Activities {
		if i > 0 {
			a.Status = model.StatusReviewed
		} else {
			a.Status = model.StatusDraft
		}
	}
	for _, f := range []Format{Markdown, HTML} {
		out := render(t, f, sh)
		if !strings.Contains(out, "1 of 37 activities is ") || strings.Contains(out, "activities are ") {
			t.Errorf("%s: the drafts are not counted in the singular:\n%s", f.Ext(), out)
		}
	}
	if got := draftsOf(1, 1); got != "1 of 1 activity is " {
		t.Errorf("one draft of one activity reads %q", got)
	}
}
