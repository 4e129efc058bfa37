package report

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// The body of the Word briefing: each block of the document becomes
// paragraphs in Word's styles (docxStyles, docx.go), each run a run whose
// character style says what it is.

// A4 with 2 cm margins, in twentieths of a point; pictures in EMU.
const (
	pageWidth     = 11906
	pageHeight    = 16838
	pageMargin    = 1134
	docxTextWidth = pageWidth - 2*pageMargin
	wideTextWidth = pageHeight - 2*pageMargin // on a landscape page
	emuPerTwip    = 635
	pictureWidth  = 2880000 // 8 cm
)

// docxBody collects the body's XML and the pictures it shows.
type docxBody struct {
	b           strings.Builder
	images      [][]byte
	breakBefore bool // the next heading starts a page
	landscape   bool // the section being written lies across the page
}

// sectPr describes a section: A4, upright or across, pages numbered.
func sectPr(landscape bool) string {
	w, h, orient := pageWidth, pageHeight, ""
	if landscape {
		w, h, orient = pageHeight, pageWidth, ` w:orient="landscape"`
	}
	return fmt.Sprintf(`<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="%d" w:h="%d"%s/>`+
		`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`,
		w, h, orient, pageMargin, pageMargin, pageMargin, pageMargin)
}

// endSection ends the section being written; the next starts a page.
func (x *docxBody) endSection() {
	x.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="TableEnd"/>` + sectPr(x.landscape) + `</w:pPr></w:p>`)
	x.breakBefore = false
}

// width is the width of the text in the section being written.
func (x *docxBody) width() int {
	if x.landscape {
		return wideTextWidth
	}
	return docxTextWidth
}

// holdsWide says whether the part opening at blocks[0] holds a table that
// asks for the page's full width.
func holdsWide(blocks []block) bool {
	for _, bl := range blocks[1:] {
		switch {
		case bl.kind == blockClose && bl.style == blocks[0].style:
			return false
		case bl.kind == blockTable && bl.table.wide:
			return true
		}
	}
	return false
}

func (x *docxBody) xml() []byte {
	return []byte(xmlHead + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"` +
		` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"` +
		` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
		` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"` +
		` xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>` + x.b.String() +
		sectPr(x.landscape) + `</w:body></w:document>`)
}

// headingStyle is Word's style for a heading of the document: its title is
// the Title, a part's heading Heading 1, and so on. (A switch, as the other
// tables of styles: a map would be built at every start of the program.)
func headingStyle(level int) string {
	switch level {
	case 1:
		return "Title"
	case 2:
		return "Heading1"
	case 3:
		return "Heading2"
	}
	return ""
}

// paraStyle is Word's style for a paragraph of a style.
func paraStyle(style string) string {
	switch style {
	case styleLead:
		return "Subtitle"
	case styleMuted:
		return "Note"
	case styleContext:
		return "Context"
	}
	return ""
}

func (x *docxBody) document(d *document) error {
	for i, bl := range d.blocks {
		switch bl.kind {
		case blockOpen:
			// A part whose table has many columns lies across the page, in
			// a section of its own.
			if bl.style == stylePart && holdsWide(d.blocks[i:]) {
				x.endSection()
				x.landscape = true
			} else if bl.style == stylePart {
				x.breakBefore = true
			}
		case blockClose:
			if x.landscape && bl.style == stylePart {
				x.endSection()
				x.landscape = false
			}
		case blockHeading:
			x.para(headingStyle(bl.level), "", bl.text)
		case blockMinor:
			x.para("Heading3", "", bl.text)
		case blockPara:
			x.para(paraStyle(bl.style), "", bl.text)
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
func runStyle(kind runKind) string {
	switch kind {
	case runStrong, runValue:
		return "Strong"
	case runEm:
		return "Emphasis"
	case runDraft, runDraftWord:
		return "DraftMark"
	}
	return ""
}

func (x *docxBody) runs(l line) {
	for _, r := range l {
		style, text := runStyle(r.kind), r.text
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
	widths := columnWidths(t, x.width())
	fmt.Fprintf(&x.b, `<w:tbl><w:tblPr><w:tblStyle w:val="BriefingTable"/><w:tblW w:w="%d" w:type="dxa"/>`+
		`<w:tblLayout w:type="fixed"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`, x.width())
	for _, w := range widths {
		fmt.Fprintf(&x.b, `<w:gridCol w:w="%d"/>`, w)
	}
	x.b.WriteString("</w:tblGrid>")
	x.b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for i, c := range t.cols {
		x.cell(widths[i], c.numeric, line{}.text(c.head))
	}
	x.b.WriteString("</w:tr>")
	for row := range t.each() {
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
// longest word (up to a limit), and what is left goes to the columns by how
// much text their cells hold on average, none wider than its longest cell:
// a reference stays on one line, a mitigation gets the room.
func columnWidths(t *table, width int) []int {
	// A character of Table Text is about 95 twips wide on average, a bold
	// one (the head) a sixth more; a word is given room for wide letters
	// (115 a character: DejaVu Sans, which LibreOffice puts for Arial where
	// Arial is missing, is wider); a cell's margins take 170.
	const perChar, wordChar, padding, longestWord, bold = 95, 115, 200, 16, 1.2
	n := len(t.cols)
	least, most, text := make([]float64, n), make([]float64, n), make([]float64, n)
	measure := func(i int, s string, scale float64) {
		chars := float64(utf8.RuneCountInString(s)) * scale
		most[i] = math.Max(most[i], chars)
		text[i] += chars
		for _, w := range strings.Fields(s) {
			least[i] = math.Max(least[i], math.Min(float64(utf8.RuneCountInString(w)), longestWord)*scale)
		}
	}
	for i, c := range t.cols {
		measure(i, c.head, bold)
	}
	for row := range t.each() {
		for i, c := range row {
			measure(i, c.plain(), 1)
		}
	}
	out := make([]float64, n)
	left := float64(width)
	for i := range n {
		least[i] = least[i]*wordChar + padding
		most[i] = math.Max(most[i]*perChar+padding, least[i])
		out[i] = least[i]
		left -= least[i]
	}
	if left < 0 { // too many long words: shrink them all alike
		for i := range out {
			out[i] *= float64(width) / (float64(width) - left)
		}
		left = 0
	}
	// Share what is left by text, a few rounds as columns reach their
	// longest cell and drop out.
	for range n {
		weight := 0.0
		for i := range n {
			if out[i] < most[i] {
				weight += text[i]
			}
		}
		if left < 1 || weight == 0 {
			break
		}
		given := 0.0
		for i := range n {
			if out[i] < most[i] {
				add := math.Min(left*text[i]/weight, most[i]-out[i])
				out[i] += add
				given += add
			}
		}
		left -= given
	}
	// What no column could take goes to all alike.
	widths := make([]int, n)
	for i := range n {
		widths[i] = int(out[i] + left/float64(n))
	}
	return widths
}

// drawings sets the figures side by side in a table without borders, each
// picture above its caption, the words it shows as its alternative text.
func (x *docxBody) drawings(figures []figure) error {
	col := x.width() / len(figures)
	fmt.Fprintf(&x.b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`, x.width())
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
