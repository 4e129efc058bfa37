package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"math/rand/v2"
	"path"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

var docxMeta = Meta{Author: "A. Planner", Organisation: "DPO/OMA <Africa>", Date: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)}

// docxOf renders sheets as a DOCX and opens its zip.
func docxOf(t *testing.T, sheets ...Sheet) map[string][]byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMeta(&buf, classify.Default(), DOCX, sheets, docxMeta); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	if z.File[0].Name != "[Content_Types].xml" {
		t.Errorf("the first part is %s, not [Content_Types].xml", z.File[0].Name)
	}
	parts := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name], err = io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
	}
	return parts
}

// xmlElements parses an XML part whole and returns its start elements, or
// fails the test when the part is not well-formed.
func xmlElements(t *testing.T, name string, data []byte) []xml.StartElement {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []xml.StartElement
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			out = append(out, se.Copy())
		}
	}
}

func xattr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// Every part is well-formed; the content types name every part and only
// parts that exist; every relationship points at a part; every picture and
// footer the body uses is related, and every picture is a PNG with its
// words as alternative text.
func TestDOCXPackageIsConsistent(t *testing.T) {
	parts := docxOf(t, importedSheet(t))
	for name, data := range parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			xmlElements(t, name, data)
		}
	}
	typed := map[string]bool{}
	defaults := map[string]bool{}
	for _, se := range xmlElements(t, "[Content_Types].xml", parts["[Content_Types].xml"]) {
		switch se.Name.Local {
		case "Override":
			name := strings.TrimPrefix(xattr(se, "PartName"), "/")
			if parts[name] == nil {
				t.Errorf("content type for %s, which is not in the package", name)
			}
			typed[name] = true
		case "Default":
			defaults[xattr(se, "Extension")] = true
		}
	}
	for name := range parts {
		if ext := path.Ext(name); name != "[Content_Types].xml" && !typed[name] && !defaults[strings.TrimPrefix(ext, ".")] {
			t.Errorf("%s has no content type", name)
		}
	}
	for _, want := range []string{"word/document.xml", "word/styles.xml", "docProps/core.xml"} {
		if !typed[want] {
			t.Errorf("%s has no content type of its own", want)
		}
	}

	related := map[string]string{} // id → target, of the document
	for _, rels := range []struct{ name, base string }{{"_rels/.rels", ""}, {"word/_rels/document.xml.rels", "word/"}} {
		for _, se := range xmlElements(t, rels.name, parts[rels.name]) {
			if se.Name.Local != "Relationship" {
				continue
			}
			target := rels.base + xattr(se, "Target")
			if parts[target] == nil {
				t.Errorf("%s: %s points at %s, which is not in the package", rels.name, xattr(se, "Id"), target)
			}
			if rels.base != "" {
				related[xattr(se, "Id")] = target
			}
		}
	}
	pictures, alts := 0, 0
	for _, se := range xmlElements(t, "word/document.xml", parts["word/document.xml"]) {
		if id := xattr(se, "embed") + xattr(se, "id"); (se.Name.Local == "blip" || se.Name.Local == "footerReference") && related[id] == "" {
			t.Errorf("the body uses %s, which no relationship declares", id)
		}
		if se.Name.Local == "blip" {
			pictures++
			img, err := png.Decode(bytes.NewReader(parts[related[xattr(se, "embed")]]))
			if err != nil {
				t.Errorf("picture %s is not a PNG: %v", related[xattr(se, "embed")], err)
			} else if img.Bounds().Dx() < 900 {
				t.Errorf("picture %s is only %d pixels wide", related[xattr(se, "embed")], img.Bounds().Dx())
			}
		}
		if se.Name.Local == "docPr" && strings.Contains(xattr(se, "descr"), "12(c)*") {
			alts++
		}
	}
	if pictures != 2 || alts != 2 {
		t.Errorf("%d pictures, %d with the activities' marks as alternative text; want 2 and 2", pictures, alts)
	}
}

// docxParagraph is one paragraph of the body: its style and its text, with
// the character style of each piece.
type docxParagraph struct {
	style  string
	text   string
	styles []string
}

func docxParagraphs(t *testing.T, data []byte) []docxParagraph {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []docxParagraph
	var p *docxParagraph
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "p":
				out = append(out, docxParagraph{})
				p = &out[len(out)-1]
			case "pStyle":
				p.style = xattr(tok, "val")
			case "rStyle":
				p.styles = append(p.styles, xattr(tok, "val"))
			case "t":
				inText = true
			}
		case xml.EndElement:
			inText = inText && tok.Name.Local != "t"
		case xml.CharData:
			if inText {
				p.text += string(tok)
			}
		}
	}
}

// The DOCX holds the text of every block of the briefing, in order: the
// executive summary first, the register, one heading per activity (DRAFT
// marked where the activity is a draft), the recommendations; headings are
// in Word's heading styles.
func TestDOCXCarriesEverySection(t *testing.T) {
	sh := importedSheet(t)
	paras := docxParagraphs(t, docxOf(t, sh)["word/document.xml"])
	var body strings.Builder
	for _, p := range paras {
		body.WriteString(strings.ReplaceAll(p.text, "\u00a0", "") + "\n")
	}
	text := body.String()
	br := mustBrief(t, classify.Default(), sh)
	d := br.document()
	at := 0
	for _, bl := range d.blocks {
		var want []string
		switch bl.kind {
		case blockHeading, blockMinor, blockPara, blockQuote:
			want = []string{bl.text.plain(), bl.context.plain()}
		case blockList, blockDefs:
			for _, it := range bl.items {
				want = append(want, it.text.plain())
			}
		case blockTable:
			for row := range bl.table.each() {
				for _, c := range row {
					want = append(want, c.plain())
				}
			}
		case blockDrawings:
			for _, f := range bl.figures {
				want = append(want, f.caption)
			}
		}
		for _, w := range want {
			i := strings.Index(text[at:], w)
			if i < 0 {
				t.Fatalf("the DOCX lacks %q, or has it out of order", w)
			}
			at += i
		}
	}

	styleOf := map[string]string{}
	drafts := map[string]bool{}
	for _, p := range paras {
		styleOf[p.text] = p.style
		drafts[strings.TrimSuffix(p.text, " DRAFT")] = slices.Contains(p.styles, "DraftMark")
	}
	for text, style := range map[string]string{"POC/SSR briefing: MONUSCO": "Title", "Executive summary": "Heading1",
		"Risk register": "Heading1", "Activities": "Heading1", "Recommendations": "Heading1", "Critical and high risks still open": "Heading3"} {
		if styleOf[text] != style {
			t.Errorf("%q is in style %q, want %q", text, styleOf[text], style)
		}
	}
	for i, a := range sh.Worksheet.Activities {
		name := br.items[i].name()
		marked, ok := drafts[name]
		if !ok {
			t.Errorf("no heading %q", name)
		}
		if marked != (a.Status == model.StatusDraft) {
			t.Errorf("%q: DRAFT mark %v, status %s", name, marked, a.Status)
		}
	}
}

// The properties say the title, the mandate, the author, the date, the
// rulebook, and DRAFT while any activity is a draft.
func TestDOCXProperties(t *testing.T) {
	props := func(sh Sheet) map[string]string {
		m := map[string]string{}
		d := xml.NewDecoder(bytes.NewReader(docxOf(t, sh)["docProps/core.xml"]))
		var name string
		for {
			tok, err := d.Token()
			if err == io.EOF {
				return m
			}
			if err != nil {
				t.Fatal(err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				name = tok.Name.Local
			case xml.CharData:
				m[name] += string(tok)
			}
		}
	}
	sh := importedSheet(t)
	got := props(sh)
	want := map[string]string{"title": "POC/SSR briefing: MONUSCO", "subject": "S/RES/1925 (2010)", "creator": "A. Planner",
		"created": "2026-03-14T09:30:00Z", "modified": "2026-03-14T09:30:00Z",
		"description": "Rulebook: The POC/SSR activity framework (pocssr/v1)", "contentStatus": "DRAFT"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s is %q, want %q", k, got[k], v)
		}
	}
	reviewed := &model.Worksheet{Mission: sh.Worksheet.Mission, Mandate: sh.Worksheet.Mandate}
	for _, a := range sh.Worksheet.Activities {
		c := a.Clone()
		c.Status = model.StatusReviewed
		reviewed.Activities = append(reviewed.Activities, c)
	}
	if s := props(Sheet{File: sh.File, Worksheet: reviewed})["contentStatus"]; s != "" {
		t.Errorf("a briefing without drafts has status %q", s)
	}
	// The organisation is the Company of the application's properties,
	// escaped like any text.
	if app := string(docxOf(t, sh)["docProps/app.xml"]); !strings.Contains(app, "<Company>DPO/OMA &lt;Africa&gt;</Company>") {
		t.Errorf("the organisation is not the Company: %s", app)
	}
	var buf bytes.Buffer
	if err := WriteMeta(&buf, classify.Default(), DOCX, []Sheet{sh}, Meta{Author: "A", Date: docxMeta.Date}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("Company")) {
		t.Error("a briefing without an organisation names a Company")
	}
}

// Text from a file cannot break the XML nor add markup to it.
func TestDOCXKeepsHostileTextInert(t *testing.T) {
	hostile := "</w:t></w:r><w:r><w:t>injected & \x1b]0;t\x07 \u202e \ufffe"
	a := &model.Activity{ID: "a", Title: hostile, Description: hostile, Notes: hostile, Status: model.StatusDraft,
		Source: model.Source{Ref: "1(a)</w:t>", Text: hostile}}
	a.Facts.SetOne(model.Implementer, "mission")
	ws := &model.Worksheet{Mission: hostile, Mandate: hostile, Activities: []*model.Activity{a}}
	parts := docxOf(t, Sheet{File: "x.yaml", Worksheet: ws})
	for name, data := range parts {
		if strings.HasSuffix(name, ".xml") {
			xmlElements(t, name, data)
			if bytes.Contains(data, []byte("<w:t>injected")) || bytes.ContainsAny(data, "\x1b\x07\u202e") {
				t.Errorf("hostile text is live in %s", name)
			}
		}
	}
}

// Two worksheets make one document: each briefing opens with its Title on a
// new page, and the properties name the briefing, not one of them.
func TestDOCXOfTwoWorksheets(t *testing.T) {
	ws, err := model.Load("testdata/register-input.yaml", classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	parts := docxOf(t, importedSheet(t), Sheet{File: "register-input.yaml", Worksheet: ws})
	var titles []string
	broken := 0
	d := xml.NewDecoder(bytes.NewReader(parts["word/document.xml"]))
	style := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch se.Name.Local {
			case "pStyle":
				style = xattr(se, "val")
			case "pageBreakBefore":
				if style == "Title" {
					broken++
				}
			case "p":
				style = ""
			}
		}
		if cd, ok := tok.(xml.CharData); ok && style == "Title" {
			titles = append(titles, string(cd))
		}
	}
	if len(titles) != 2 || broken != 1 {
		t.Errorf("titles %q, %d of them after a page break; want two, the second on a new page", titles, broken)
	}
	if core := string(parts["docProps/core.xml"]); !strings.Contains(core, "<dc:title>POC/SSR briefing</dc:title>") {
		t.Errorf("the title property of two briefings:\n%s", core)
	}
}

// xmlText writes what encoding/xml's EscapeText writes of the text with its
// line breaks and tabs made spaces: the markup characters escaped, a
// character XML cannot hold and a byte that is not UTF-8 written U+FFFD.
func TestXMLTextAsEncodingXML(t *testing.T) {
	want := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(strings.Map(func(r rune) rune {
			if r == '\n' || r == '\t' {
				return ' '
			}
			return r
		}, Safe(s))))
		return b.String()
	}
	cases := []string{"", `a "b" & 'c' <d> e`, "line\nbreak\ttab\rreturn", "\x00\x01\x1b[31m\x7f", "\xff\xfe bad", "\ufffd\ufffe\uffff",
		"\U0001F600 \u2028 \ud7ff\ue000", "Côte d’Ivoire — S/RES/2100 (2013)"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		cases = append(cases, string(b), strings.ToValidUTF8(string(b), "\u2603"))
	}
	for _, s := range cases {
		if got, w := xmlText(s), want(s); got != w {
			t.Fatalf("xmlText(%q) = %q, encoding/xml writes %q", s, got, w)
		}
	}
}
