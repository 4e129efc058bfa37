package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

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
		br, err := newBrief(rb, sh)
		if err != nil {
			return err
		}
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
		{"word/styles.xml", ctStyles, []byte(xmlHead + docxStyles())},
		{"word/numbering.xml", ctNumber, []byte(xmlHead + docxNumbering)},
		{"word/settings.xml", ctSettings, []byte(xmlHead + docxSettings)},
		{"word/footer1.xml", ctFooter, []byte(xmlHead + docxFooter)},
		{"docProps/core.xml", ctCore, coreProps(rb, title, subject, drafts, meta)},
		{"docProps/app.xml", ctApp, appProps(meta)},
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
// spaces kept: characters XML cannot hold become U+FFFD. It writes what
// encoding/xml's EscapeText writes; that package is not linked, since its
// initialisation (a table of HTML entities) ran at every start of pocssr.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range Safe(s) {
		switch r {
		case '\n', '\t':
			b.WriteByte(' ')
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\r':
			b.WriteString("&#xD;")
		default:
			if !xmlChar(r) {
				r = utf8.RuneError
			}
			b.WriteRune(r) // a byte that is not UTF-8 comes as U+FFFD too
		}
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 may hold r (its Char production).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// appProps are the application's properties: pocssr wrote it, and for the
// organisation when one is named.
func appProps(meta Meta) []byte {
	s := xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>pocssr</Application>`
	if o := OneLine(meta.Organisation); o != "" {
		s += "<Company>" + xmlText(o) + "</Company>"
	}
	return []byte(s + `</Properties>`)
}

// The Word briefing's styles, numbering, settings and footer. The styles
// bear Word's own names (Title, Heading 1–3, Quote, List Bullet, Caption,
// Strong, Emphasis), so that the navigation pane, a table of contents and a
// house template all work on the document; the rest (Note, Entry, Table
// Text, Draft Mark, Severity …) say what the briefing needs beside them.
// The colours are the HTML briefing's.

// docxStyles is built when a Word briefing is first written, not at every
// start of the program.
var docxStyles = sync.OnceValue(func() string {
	return `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>` +
		`<w:sz w:val="19"/><w:szCs w:val="19"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="1F2328"/></w:rPr></w:style>` +
		`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:spacing w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="34"/><w:szCs w:val="34"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:color w:val="444C56"/></w:rPr></w:style>` +
		heading(1, 26, 240, true) + heading(2, 21, 180, false) + heading(3, 19, 120, false) +
		`<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="AFB8C1"/></w:pBdr><w:spacing w:before="40" w:after="60"/><w:ind w:left="170"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Context"><w:name w:val="Context"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
		`<w:pPr><w:keepNext/><w:ind w:left="170"/></w:pPr><w:rPr><w:color w:val="57606A"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="57606A"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/><w:ind w:left="284" w:hanging="284"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="ListNote"><w:name w:val="List Note"/><w:basedOn w:val="ListBullet"/><w:rPr><w:color w:val="57606A"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Entry"><w:name w:val="Entry"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/><w:ind w:left="284" w:hanging="284"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>` +
		`<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="TableEnd"><w:name w:val="Table End"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/><w:next w:val="Caption"/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:spacing w:before="60"/></w:pPr><w:rPr><w:color w:val="444C56"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>` +
		`<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
		`<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>` +
		`<w:style w:type="character" w:styleId="DraftMark"><w:name w:val="Draft Mark"/><w:basedOn w:val="DefaultParagraphFont"/>` +
		`<w:rPr><w:b/><w:color w:val="7D4E00"/><w:spacing w:val="8"/><w:bdr w:val="single" w:sz="4" w:space="0" w:color="7D4E00"/></w:rPr></w:style>` +
		severity("Critical", "A40E26") + severity("High", "BC4C00") + severity("Medium", "7D4E00") + severity("Low", "57606A") +
		`<w:style w:type="table" w:styleId="BriefingTable"><w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/>` +
		`<w:tblPr><w:tblBorders>` + tableBorders + `</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>` +
		`<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
		`<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F6F8FA"/></w:tcPr></w:tblStylePr></w:style>` +
		`</w:styles>`
})

const tableBorders = `<w:top w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/><w:left w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/>` +
	`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/><w:right w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/>` +
	`<w:insideH w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="D0D7DE"/>`

// heading is Word's Heading n style: kept with what follows, in the
// outline at its level; the first level is ruled under.
func heading(n, size, before int, rule bool) string {
	border := ""
	if rule {
		border = `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="AFB8C1"/></w:pBdr>`
	}
	return `<w:style w:type="paragraph" w:styleId="Heading` + strconv.Itoa(n) + `"><w:name w:val="heading ` + strconv.Itoa(n) + `"/><w:basedOn w:val="Normal"/>` +
		`<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>` + border +
		`<w:spacing w:before="` + strconv.Itoa(before) + `" w:after="80"/><w:outlineLvl w:val="` + strconv.Itoa(n-1) + `"/></w:pPr>` +
		`<w:rPr><w:b/><w:bCs/><w:sz w:val="` + strconv.Itoa(size) + `"/><w:szCs w:val="` + strconv.Itoa(size) + `"/></w:rPr></w:style>`
}

// severity is the character style of a severity: its word in white on its
// colour.
func severity(name, fill string) string {
	return `<w:style w:type="character" w:styleId="Severity` + name + `"><w:name w:val="Severity ` + name + `"/><w:basedOn w:val="DefaultParagraphFont"/>` +
		`<w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="15"/><w:szCs w:val="15"/><w:shd w:val="clear" w:color="auto" w:fill="` + fill + `"/></w:rPr></w:style>`
}

const docxNumbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
	`<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

const docxSettings = `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

// The footer numbers the pages.
const docxFooter = `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
	`<w:r><w:rPr><w:color w:val="57606A"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>` +
	`<w:r><w:rPr><w:color w:val="57606A"/><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
	`<w:r><w:rPr><w:color w:val="57606A"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>` +
	`<w:r><w:rPr><w:color w:val="57606A"/><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r>` +
	`<w:r><w:rPr><w:color w:val="57606A"/><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`
