package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/pocssr/pocssr/classify"
)

// The briefing as a Word document (DOCX): the same document as the markdown
// and HTML briefings, on A4, in Word's own styles (Title, Heading 1–3,
// Quote, List Bullet, Caption, a table style), with the two readings as PNG
// pictures that carry their words as alternative text, and the title,
// author, date and rulebook in the document properties. A DOCX is a zip of
// XML parts; the standard library writes it (archive/zip, encoding/xml for
// escaping). The whole file is built in memory and written at once, so that
// the caller's atomic write never sees half of it.

// The package's parts and their content types.
const (
	ctMain     = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	ctStyles   = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
	ctSettings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
	ctNumber   = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
	ctFooter   = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	ctCore     = "application/vnd.openxmlformats-package.core-properties+xml"
	ctApp      = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
	ctRels     = "application/vnd.openxmlformats-package.relationships+xml"

	relBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// docxPart is one file of the package.
type docxPart struct {
	name, contentType string
	data              []byte
}

// writeDOCX writes the briefing of every sheet as one Word document, each
// sheet's briefing starting a new page.
func writeDOCX(w io.Writer, rb *classify.Rulebook, sheets []Sheet, meta Meta) error {
	x := &docxBody{}
	title, subject, drafts := "POC/SSR briefing", "", false
	for i, sh := range sheets {
		br := newBrief(rb, sh)
		d := br.document()
		if len(sheets) == 1 {
			title, subject = d.title, br.mandate
		}
		drafts = drafts || br.drafts > 0
		x.breakBefore = i > 0
		if err := x.document(d); err != nil {
			return err
		}
	}
	parts := []docxPart{
		{"word/document.xml", ctMain, x.xml()},
		{"word/styles.xml", ctStyles, []byte(xmlHead + docxStyles)},
		{"word/numbering.xml", ctNumber, []byte(xmlHead + docxNumbering)},
		{"word/settings.xml", ctSettings, []byte(xmlHead + docxSettings)},
		{"word/footer1.xml", ctFooter, []byte(xmlHead + docxFooter)},
		{"docProps/core.xml", ctCore, coreProps(rb, title, subject, drafts, meta)},
		{"docProps/app.xml", ctApp, []byte(xmlHead + docxApp)},
	}
	rels := []docxRel{
		{"rIdStyles", "styles", "styles.xml"},
		{"rIdNumbering", "numbering", "numbering.xml"},
		{"rIdSettings", "settings", "settings.xml"},
		{"rIdFooter", "footer", "footer1.xml"},
	}
	for i, img := range x.images {
		name := fmt.Sprintf("media/reading%d.png", i+1)
		parts = append(parts, docxPart{"word/" + name, "", img})
		rels = append(rels, docxRel{imageRel(i), "image", name})
	}
	parts = append(parts,
		docxPart{"_rels/.rels", ctRels, relsXML([]docxRel{
			{"rIdDocument", "officeDocument", "word/document.xml"},
			{"rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"},
			{"rIdApp", "extended-properties", "docProps/app.xml"},
		})},
		docxPart{"word/_rels/document.xml.rels", ctRels, relsXML(rels)})
	return writeZip(w, parts, meta.Date)
}

func imageRel(i int) string { return fmt.Sprintf("rIdReading%d", i+1) }

// writeZip writes the parts, the content types first as the format asks.
func writeZip(w io.Writer, parts []docxPart, date time.Time) error {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	add := func(name string, data []byte) error {
		f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: date.UTC()})
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	}
	if err := add("[Content_Types].xml", contentTypes(parts)); err != nil {
		return err
	}
	for _, p := range parts {
		if err := add(p.name, p.data); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// contentTypes names the type of every part: images by their extension,
// the others one by one.
func contentTypes(parts []docxPart) []byte {
	var b strings.Builder
	b.WriteString(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="` + ctRels + `"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	b.WriteString(`<Default Extension="png" ContentType="image/png"/>`)
	for _, p := range parts {
		if p.contentType != "" && p.contentType != ctRels {
			fmt.Fprintf(&b, `<Override PartName="/%s" ContentType="%s"/>`, p.name, p.contentType)
		}
	}
	b.WriteString(`</Types>`)
	return []byte(b.String())
}

type docxRel struct{ id, kind, target string }

func relsXML(rels []docxRel) []byte {
	var b strings.Builder
	b.WriteString(xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range rels {
		kind := r.kind
		if !strings.Contains(kind, "/") {
			kind = relBase + kind
		}
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s"/>`, r.id, kind, r.target)
	}
	b.WriteString(`</Relationships>`)
	return []byte(b.String())
}

// coreProps are the document's properties: its title, the mandate as its
// subject, the author, when it was written, the rulebook that classified it,
// and DRAFT as its status while any activity is a draft.
func coreProps(rb *classify.Rulebook, title, subject string, drafts bool, meta Meta) []byte {
	var b strings.Builder
	b.WriteString(xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	el := func(name, text string) {
		if text != "" {
			fmt.Fprintf(&b, "<%s>%s</%s>", name, xmlText(OneLine(text)), name)
		}
	}
	el("dc:title", title)
	el("dc:subject", subject)
	el("dc:creator", meta.Author)
	el("cp:keywords", "POC; SSR; briefing")
	el("dc:description", "Rulebook: "+rulebookName(rb))
	el("cp:lastModifiedBy", meta.Author)
	date := meta.Date.UTC().Format(time.RFC3339)
	fmt.Fprintf(&b, `<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>`, date)
	fmt.Fprintf(&b, `<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>`, date)
	if drafts {
		el("cp:contentStatus", "DRAFT")
	}
	b.WriteString(`</cp:coreProperties>`)
	return []byte(b.String())
}

// rulebookName is the rulebook's title with its version.
func rulebookName(rb *classify.Rulebook) string {
	name := OneLine(rb.Title)
	if v := OneLine(rb.Version); v != "" {
		name += " (" + v + ")"
	}
	return name
}

// xmlText escapes text read from a file for XML, on one line but with its
// spaces kept: characters XML cannot hold become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, Safe(s))))
	return b.String()
}

const docxApp = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>pocssr</Application></Properties>`
