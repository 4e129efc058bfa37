package report

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// The body of the Word briefing: each block of the document becomes
// paragraphs in Word's styles (docx_styles.go), each run a run whose
// character style says what it is.

// A4 with 2 cm margins, in twentieths of a point; pictures in EMU.
const (
	pageWidth     = 11906
	pageHeight    = 16838
	pageMargin    = 1134
	docxTextWidth = pageWidth - 2*pageMargin
	emuPerTwip    = 635
	pictureWidth  = 2880000 // 8 cm
)

// docxBody collects the body's XML and the pictures it shows.
type docxBody struct {
	b           strings.Builder
	images      [][]byte
	breakBefore bool // the next heading starts a page
}

func (x *docxBody) xml() []byte {
	return []byte(xmlHead + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"` +
		` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"` +
		` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
		` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"` +
		` xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>` + x.b.String() +
		fmt.Sprintf(`<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="%d" w:h="%d"/>`+
			`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`,
			pageWidth, pageHeight, pageMargin, pageMargin, pageMargin, pageMargin) + `</w:body></w:document>`)
}

// headingStyle is Word's style for a heading of the document: its title is
// the Title, a part's heading Heading 1, and so on.
var headingStyle = map[int]string{1: "Title", 2: "Heading1", 3: "Heading2"}

// paraStyle is Word's style for a paragraph of a style.
var paraStyle = map[string]string{"": "", styleLead: "Subtitle", styleMuted: "Note", styleContext: "Context"}

func (x *docxBody) document(d *document) error {
	for _, bl := range d.blocks {
		switch bl.kind {
		case blockOpen:
			if bl.style == stylePart {
				x.breakBefore = true
			}
		case blockHeading:
			x.para(headingStyle[bl.level], "", bl.text)
		case blockMinor:
			x.para("Heading3", "", bl.text)
		case blockPara:
			x.para(paraStyle[bl.style], "", bl.text)
		case blockList:
			for _, it := range bl.items {
				style := "ListBullet"
				if it.style == styleMuted {
					style = "ListNote"
				}
				x.para(style, "", it.text)
			}
		case blockDefs:
			for _, it := range bl.items {
				x.para("Entry", "", line{}.strong(it.term+":").raw(" ").join([]line{it.text}, ""))
			}
		case blockQuote:
			x.para("Quote", "", bl.text)
			if len(bl.context) > 0 {
				x.para("Context", "", bl.context)
			}
		case blockTable:
			x.table(bl.table)
		case blockDrawings:
			if err := x.drawings(bl.figures); err != nil {
				return err
			}
		}
	}
	return nil
}

// para writes a paragraph; props are more paragraph properties.
func (x *docxBody) para(style, props string, l line) {
	x.b.WriteString("<w:p><w:pPr>")
	if style != "" {
		fmt.Fprintf(&x.b, `<w:pStyle w:val="%s"/>`, style)
	}
	if x.breakBefore {
		x.b.WriteString("<w:pageBreakBefore/>")
		x.breakBefore = false
	}
	x.b.WriteString(props + "</w:pPr>")
	x.runs(l)
	x.b.WriteString("</w:p>")
}

// runStyle is the character style of a run of a kind.
var runStyle = map[runKind]string{runStrong: "Strong", runValue: "Strong", runEm: "Emphasis", runDraft: "DraftMark", runDraftWord: "DraftMark"}

func (x *docxBody) runs(l line) {
	for _, r := range l {
		style, text := runStyle[r.kind], r.text
		switch r.kind {
		case runSeverity:
			style, text = "Severity"+strings.ToUpper(string(r.sev[:1]))+string(r.sev[1:]), "\u00a0"+text+"\u00a0"
		case runDraft:
			x.run("", " ")
		}
		x.run(style, text)
	}
}

func (x *docxBody) run(style, text string) {
	x.b.WriteString("<w:r>")
	if style != "" {
		fmt.Fprintf(&x.b, `<w:rPr><w:rStyle w:val="%s"/></w:rPr>`, style)
	}
	fmt.Fprintf(&x.b, `<w:t xml:space="preserve">%s</w:t></w:r>`, xmlText(text))
}

// table writes a table in the briefing's table style, its head repeated on
// every page, its columns as wide as their content asks.
func (x *docxBody) table(t *table) {
	widths := columnWidths(t, docxTextWidth)
	fmt.Fprintf(&x.b, `<w:tbl><w:tblPr><w:tblStyle w:val="BriefingTable"/><w:tblW w:w="%d" w:type="dxa"/>`+
		`<w:tblLayout w:type="fixed"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`, docxTextWidth)
	for _, w := range widths {
		fmt.Fprintf(&x.b, `<w:gridCol w:w="%d"/>`, w)
	}
	x.b.WriteString("</w:tblGrid>")
	x.b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for i, c := range t.cols {
		x.cell(widths[i], c.numeric, line{}.text(c.head))
	}
	x.b.WriteString("</w:tr>")
	for _, row := range t.rows {
		x.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for i, c := range row {
			x.cell(widths[i], t.cols[i].numeric, c)
		}
		x.b.WriteString("</w:tr>")
	}
	// Word needs a paragraph between a table and what follows.
	x.b.WriteString(`</w:tbl><w:p><w:pPr><w:pStyle w:val="TableEnd"/></w:pPr></w:p>`)
}

func (x *docxBody) cell(width int, numeric bool, l line) {
	fmt.Fprintf(&x.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, width)
	props := ""
	if numeric {
		props = `<w:jc w:val="right"/>`
	}
	x.para("TableText", props, l)
	x.b.WriteString("</w:tc>")
}

// columnWidths shares width among the columns: each gets at least its
// longest word (up to a limit), and what is left goes to the columns whose
// text is longest, so that a reference stays on one line and a mitigation
// gets room.
func columnWidths(t *table, width int) []int {
	const perChar, padding, longestWord, longestCell = 110, 230, 16, 110
	n := len(t.cols)
	least, want := make([]float64, n), make([]float64, n)
	measure := func(i int, s string) {
		want[i] = math.Max(want[i], math.Min(float64(utf8.RuneCountInString(s)), longestCell))
		for _, w := range strings.Fields(s) {
			least[i] = math.Max(least[i], math.Min(float64(utf8.RuneCountInString(w)), longestWord))
		}
	}
	for i, c := range t.cols {
		measure(i, c.head)
	}
	for _, row := range t.rows {
		for i, c := range row {
			measure(i, c.plain())
		}
	}
	sumLeast, sumWant := 0.0, 0.0
	for i := range n {
		least[i] = least[i]*perChar + padding
		want[i] = math.Max(want[i]*perChar+padding, least[i])
		sumLeast += least[i]
		sumWant += want[i]
	}
	out := make([]int, n)
	for i := range n {
		switch {
		case sumWant <= float64(width):
			out[i] = int(want[i] / sumWant * float64(width))
		case sumLeast >= float64(width):
			out[i] = int(least[i] / sumLeast * float64(width))
		default:
			out[i] = int(least[i] + (want[i]-least[i])/(sumWant-sumLeast)*(float64(width)-sumLeast))
		}
	}
	return out
}

// drawings sets the figures side by side in a table without borders, each
// picture above its caption, the words it shows as its alternative text.
func (x *docxBody) drawings(figures []figure) error {
	col := docxTextWidth / len(figures)
	fmt.Fprintf(&x.b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`, docxTextWidth)
	for range figures {
		fmt.Fprintf(&x.b, `<w:gridCol w:w="%d"/>`, col)
	}
	x.b.WriteString(`</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	for _, f := range figures {
		img, err := f.draw.png()
		if err != nil {
			return err
		}
		x.images = append(x.images, img)
		n := len(x.images)
		cx := min(pictureWidth, (col-200)*emuPerTwip)
		cy := int(float64(cx) * f.draw.h / f.draw.w)
		alt := xmlText(f.caption + " " + f.draw.words())
		fmt.Fprintf(&x.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="Figure"/></w:pPr><w:r><w:drawing>`+
			`<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Reading %d" descr="%s" title="%s"/>`+
			`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
			`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>`+
			`<pic:nvPicPr><pic:cNvPr id="%d" name="reading%d.png" descr="%s"/><pic:cNvPicPr/></pic:nvPicPr>`+
			`<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
			`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`+
			`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
			col, cx, cy, n, n, alt, xmlText(f.draw.label), n, n, alt, imageRel(n-1), cx, cy)
		x.para("Caption", "", line{}.text(f.caption))
		x.b.WriteString("</w:tc>")
	}
	x.b.WriteString(`</w:tr></w:tbl>`)
	return nil
}
