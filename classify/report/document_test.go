package report

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
	"golang.org/x/net/html"
)

// pieces are a line's texts between its marks (severities, DRAFT), which
// each format draws its own way.
func (l line) pieces() []string {
	var out []string
	cur := ""
	for _, r := range l {
		switch r.kind {
		case runSeverity, runDraft, runDraftWord:
			out = append(out, strings.TrimSpace(cur))
			cur = ""
		default:
			cur += r.text
		}
	}
	return append(out, strings.TrimSpace(cur))
}

// blockTexts are the pieces of every line of the document's blocks, in
// order; for markdown, the readings' part is left out and tables are in
// their compact form.
func blockTexts(d *document, markdown bool) []string {
	pictures := !markdown
	var out []string
	add := func(l line) {
		for _, p := range l.pieces() {
			if p != "" {
				out = append(out, strings.Join(strings.Fields(p), " "))
			}
		}
	}
	skip := false
	for _, bl := range d.blocks {
		if (bl.style == styleReadings || bl.style == styleReadingsKey) && !pictures {
			skip = bl.kind == blockOpen
		}
		if skip {
			continue
		}
		add(bl.text)
		add(bl.context)
		for _, it := range bl.items {
			add(line{}.text(it.term))
			add(it.text)
		}
		if t := bl.table; t != nil {
			legend := line{}
			if markdown && t.compact != nil {
				t, legend = t.compact, t.legend
			}
			for _, c := range t.cols {
				add(line{}.text(c.head))
			}
			for row := range t.each() {
				for _, c := range row {
					add(c)
				}
			}
			add(legend)
		}
		for _, f := range bl.figures {
			out = append(out, f.caption)
		}
	}
	return out
}

// mdPlain is markdown as read: emphasis marks dropped, escapes undone.
func mdPlain(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		case s[i] == '*':
		default:
			b.WriteByte(s[i])
		}
	}
	r := strings.NewReplacer("&lt;", "<", "&gt;", ">", "<small>", "", "</small>", "", "\n>", "\n")
	return strings.Join(strings.Fields(r.Replace(b.String())), " ")
}

// htmlPlain is the text of an HTML page as a browser shows it.
func htmlPlain(t *testing.T, s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	walk(doc, func(n *html.Node) {
		if n.Type == html.TextNode && (n.Parent == nil || n.Parent.Data != "style" && n.Parent.Data != "title") {
			b.WriteString(n.Data)
		}
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

// One briefing, three renderings: every text of the document is in the
// markdown and the HTML briefing, in the document's order (the markdown
// leaves the pictures out and draws the compact form of a table), so no
// format says more or less than another.
// The DOCX is held to the same in TestDOCXCarriesEverySection.
func TestOneDocumentRenderedAsMarkdownAndHTML(t *testing.T) {
	ws, err := model.Load(filepath.Join("testdata", "register-input.yaml"), classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range []Sheet{importedSheet(t), {File: "register-input.yaml", Worksheet: ws, Today: "2026-05-01"}} {
		d := mustBrief(t, classify.Default(), sh).document()
		for name, c := range map[string]struct {
			text     string
			markdown bool
		}{
			"markdown": {mdPlain(render(t, Markdown, sh)), true},
			"html":     {htmlPlain(t, render(t, HTML, sh)), false},
		} {
			at := 0
			for _, want := range blockTexts(d, c.markdown) {
				i := strings.Index(c.text[at:], want)
				if i < 0 {
					t.Fatalf("%s of %s lacks %q, or has it out of order", name, sh.File, want)
				}
				at += i
			}
		}
	}
}

// A row of cells made from one list of runs has the lines a row made of
// lines has, an empty text and the DRAFT mark kept; and a cell's line
// grown later (as a renderer may) leaves the next cell as it is.
func TestRowRunsAreTheRowsLines(t *testing.T) {
	for _, draft := range []bool{false, true} {
		want := []line{line{}.text("6(a)"), line{}.text("Patrol the camps").draft(draft), line{}.text(""),
			line{}.severity(classify.High).raw(" ").text("No community input")}
		got := rowRuns(nil).cell(textRun("6(a)")).draftCell(textRun("Patrol the camps"), draft).cell(textRun("")).
			cell(severityRun(classify.High), rawRun(" "), textRun("No community input")).lines()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("draft %v: %+v, want %+v", draft, got, want)
		}
		_ = append(got[0], run{kind: runRaw, text: "!"})
		if !reflect.DeepEqual(got[1], want[1]) {
			t.Fatalf("draft %v: growing a cell changed the next: %+v", draft, got[1])
		}
	}
}

// A briefing writes the rulebook's text it has written before from a memo:
// every block of the document, markdown and HTML, is written byte for byte
// as without one, whether its runs were escaped for it or for a block
// before it; and the memo holds none of an activity's own text (its title,
// task, description, notes, register entries), only the rulebook's
// sentences, which many activities share.
func TestEscMemoWritesBlocksAsWritten(t *testing.T) {
	rb := classify.Default()
	ws, err := model.Load(filepath.Join("testdata", "register-input.yaml"), rb.Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	big := &model.Worksheet{Activities: sample.Worksheet(rb, 300, 3).Activities}
	for _, sh := range []Sheet{importedSheet(t), {Worksheet: ws, Today: "2026-05-01"}, {Worksheet: big}} {
		d := mustBrief(t, rb, sh).document()
		md, html := escMemo{}, escMemo{}
		for i := range d.blocks {
			var with, without strings.Builder
			mdBlock(&with, &d.blocks[i], md)
			mdBlock(&without, &d.blocks[i], nil)
			if with.String() != without.String() {
				t.Fatalf("markdown with the memo\n%s\nwithout\n%s", with.String(), without.String())
			}
			with.Reset()
			without.Reset()
			htmlBlock(&with, &d.blocks[i], html)
			htmlBlock(&without, &d.blocks[i], nil)
			if with.String() != without.String() {
				t.Fatalf("HTML with the memo\n%s\nwithout\n%s", with.String(), without.String())
			}
		}
		if len(md) == 0 || len(md) != len(html) {
			t.Errorf("the memos hold %d and %d runs", len(md), len(html))
		}
		for a := range sh.stream().All() {
			own := []string{accountTitle(a), a.Description, a.Source.Text, a.Notes}
			for _, e := range a.Register {
				own = append(own, e.Note, e.Owner)
			}
			for _, text := range own {
				if text = OneLine(text); len(text) < 8 {
					continue
				}
				for key := range md {
					if strings.Contains(key, text) {
						t.Fatalf("the memo holds %q, which has the activity's own %q", key, text)
					}
				}
			}
		}
	}
}

// A verdict made once for a long report is the result's own: over 3,000
// activities of every shape, one memo gives each result its VerdictLine.
func TestVerdictMadeOnceIsTheResults(t *testing.T) {
	rb := classify.Default()
	w := newRuleWords()
	for _, a := range sample.Worksheet(rb, 3000, 5).Activities {
		r := rb.Classify(a)
		if got, want := w.verdict(&r), VerdictLine(&r); got != want {
			t.Fatalf("%s: %q, want %q", a.ID, got, want)
		}
	}
	if len(w.verdicts) > 1000 {
		t.Errorf("%d verdicts kept for 3,000 activities", len(w.verdicts))
	}
}
