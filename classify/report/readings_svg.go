package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// The two readings drawn for the HTML pages (the handout and the briefing,
// as SVG) and for the Word briefing (as PNG, readings_png.go): the 2015
// policy's tiers with SSR inside Tier 3, and the narrow reading's two
// overlapping agendas, each with labels (case numbers, or activity
// references) placed where the engine put them. Each drawing is described
// once, as shapes, and written in both forms.

// readings holds the labels of each region of both drawings.
type readings struct {
	rb       *classify.Rulebook
	by2015   map[string][]string
	byAgenda map[classify.Agenda][]string
	// named2015 and namedAgenda are the same marks with their activities'
	// titles, for the key (readings_key.go); empty where no key is written.
	named2015   map[string][]string
	namedAgenda map[classify.Agenda][]string
}

func newReadings(rb *classify.Rulebook) *readings {
	return &readings{rb: rb, by2015: map[string][]string{}, byAgenda: map[classify.Agenda][]string{},
		named2015: map[string][]string{}, namedAgenda: map[classify.Agenda][]string{}}
}

// place puts label where result r stands on each reading.
func (d *readings) place(r *classify.Result, label string) {
	d.placeAt(region2015Of(r), r.Agenda, label)
}

// placeAt puts label in region reg of the 2015 reading and on agenda.
func (d *readings) placeAt(reg string, agenda classify.Agenda, label string) {
	d.by2015[reg] = append(d.by2015[reg], label)
	d.byAgenda[agenda] = append(d.byAgenda[agenda], label)
}

func (d *readings) tierTitle(t classify.Tier) string {
	if info := d.rb.Tier(t); info != nil {
		return info.Title
	}
	return ""
}

// figures are both drawings with their captions.
func (d *readings) figures() []figure {
	return []figure{
		{draw: d.draw2015(), caption: "The 2015 policy: three tiers of POC, with all support to SSR inside Tier 3."},
		{draw: d.drawNarrow(), caption: "The narrow reading: POC and SSR as two agendas that overlap only in part."},
	}
}

type shapeKind uint8

const (
	shapeRect    shapeKind = iota // x, y, w, h, with corners rounded by r
	shapeEllipse                  // centred at x, y, with radii w, h
	shapeText                     // at x, y (the baseline), centred when middle
)

// shape is one element of a drawing, in the drawing's units.
type shape struct {
	kind        shapeKind
	x, y, w, h  float64
	r           float64
	fill        string  // "#rrggbb", or "" for none
	opacity     float64 // of the fill; 0 is opaque
	stroke      string
	strokeWidth float64 // 0 is 1
	dash        [2]float64
	text        string
	size        float64
	bold        bool
	middle      bool
}

// drawing is a picture of w × h units with what it shows in words.
type drawing struct {
	w, h   float64
	label  string
	shapes []shape
}

func (g *drawing) add(s shape) { g.shapes = append(g.shapes, s) }

func (g *drawing) text(x, y, size float64, bold bool, fill, text string) {
	g.add(shape{kind: shapeText, x: x, y: y, size: size, bold: bold, fill: fill, text: text})
}

func (g *drawing) centred(x, y, size float64, bold bool, fill, text string) {
	g.add(shape{kind: shapeText, x: x, y: y, size: size, bold: bold, fill: fill, text: text, middle: true})
}

// words are the drawing's texts in the order drawn: what it says to one who
// cannot see it.
func (g *drawing) words() string {
	var out []string
	for _, s := range g.shapes {
		if s.kind == shapeText {
			out = append(out, s.text)
		}
	}
	return strings.Join(out, "; ")
}

// svg writes the drawing as an SVG element.
func (g *drawing) svg(b sink) {
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %g %g" role="img" aria-label="%s">`, g.w, g.h, esc(g.label))
	for _, s := range g.shapes {
		switch s.kind {
		case shapeRect:
			fmt.Fprintf(b, `<rect x="%g" y="%g" width="%g" height="%g"`, s.x, s.y, s.w, s.h)
			if s.r > 0 {
				fmt.Fprintf(b, ` rx="%g"`, s.r)
			}
		case shapeEllipse:
			fmt.Fprintf(b, `<ellipse cx="%g" cy="%g" rx="%g" ry="%g"`, s.x, s.y, s.w, s.h)
		case shapeText:
			fmt.Fprintf(b, `<text x="%g" y="%g"`, s.x, s.y)
			if s.middle {
				b.WriteString(` text-anchor="middle"`)
			}
			fmt.Fprintf(b, ` font-size="%g"`, s.size)
			if s.bold {
				b.WriteString(` font-weight="bold"`)
			}
			if s.fill != "" {
				fmt.Fprintf(b, ` fill="%s"`, s.fill)
			}
			fmt.Fprintf(b, ">%s</text>", esc(s.text))
			continue
		}
		fmt.Fprintf(b, ` fill="%s"`, s.fill)
		if s.opacity > 0 {
			fmt.Fprintf(b, ` fill-opacity="%g"`, s.opacity)
		}
		fmt.Fprintf(b, ` stroke="%s"`, s.stroke)
		if s.strokeWidth > 0 {
			fmt.Fprintf(b, ` stroke-width="%g"`, s.strokeWidth)
		}
		if s.dash[0] > 0 {
			fmt.Fprintf(b, ` stroke-dasharray="%g %g"`, s.dash[0], s.dash[1])
		}
		b.WriteString("/>")
	}
	b.WriteString("</svg>")
}

// labelSizes are the font sizes tried, largest first, until the labels fit.
var labelSizes = []float64{13, 11, 9.5, 8, 7}

// labels draws labels in lines centred at x, from y down, within a box w
// wide and h high: in the largest font size at which they fit; at the
// smallest, the lines that do not fit are summed up as "+n more".
func (g *drawing) labels(labels []string, x, y, w, h float64) {
	if len(labels) == 0 {
		return
	}
	// A label wider than the box even in the smallest size (a long
	// reference) is cut there, with an ellipsis: SVG text does not wrap, and
	// would run out of its drawing. A size is tried only if every label fits
	// its width.
	smallest := labelSizes[len(labelSizes)-1]
	labels = cutLabels(labels, w, smallest)
	var lines [][]string
	var size float64
	for _, size = range labelSizes {
		if size > smallest && !labelsFit(labels, w, size) {
			continue
		}
		// Only the lines the box holds are laid out, and two more, enough
		// to tell they do not fit: a box of thousands of labels shows a
		// few lines and sums up the rest.
		lines = packLabels(labels, w, size, boxLines(h, size)+2)
		if float64(len(lines))*size*1.25 <= h+size*0.3 {
			break
		}
	}
	maxLines := boxLines(h, size)
	if len(lines) > maxLines {
		rest := len(labels)
		for _, l := range lines[:maxLines-1] {
			rest -= len(l)
		}
		lines = append(lines[:maxLines-1], []string{fmt.Sprintf("+%d more", rest)})
	}
	for i, l := range lines {
		g.centred(x, math.Round((y+float64(i)*size*1.25)*10)/10, size, true, "", strings.Join(l, " "))
	}
}

// boxLines is how many lines of labels in font size size a box h high
// shows, at least one.
func boxLines(h, size float64) int { return max(1, int((h+size*0.3)/(size*1.25))) }

// labelChars is the most characters of a label a box w wide holds in font
// size size, a space included.
func labelChars(w, size float64) int { return int(w/(size*0.62)) - 1 }

// cutLabels cuts the labels longer than a box w wide holds in font size size.
func cutLabels(labels []string, w, size float64) []string {
	n := max(2, labelChars(w, size))
	out := labels
	for i, l := range labels {
		if r := []rune(l); len(r) > n {
			if &out[0] == &labels[0] {
				out = append([]string(nil), labels...)
			}
			out[i] = string(r[:n-1]) + "…"
		}
	}
	return out
}

// labelsFit reports whether every label fits a box w wide in font size size.
func labelsFit(labels []string, w, size float64) bool {
	n := labelChars(w, size)
	for _, l := range labels {
		if len([]rune(l)) > n {
			return false
		}
	}
	return true
}

// packLabels fills lines of width w with labels in font size size, each
// character taken as 0.62 of the size wide (a bold sans-serif's digits),
// and stops at most lines where labels are left over.
func packLabels(labels []string, w, size float64, most int) [][]string {
	var lines [][]string
	var line []string
	used := 0.0
	for _, l := range labels {
		lw := float64(len([]rune(l))+1) * size * 0.62
		if len(line) > 0 && used+lw > w {
			if lines = append(lines, line); len(lines) == most {
				return lines // and labels left over
			}
			line, used = nil, 0
		}
		line = append(line, l)
		used += lw
	}
	return append(lines, line)
}

// frame is the drawing's background.
func (g *drawing) frame() {
	g.add(shape{kind: shapeRect, x: 2, y: 2, w: 316, h: 366, r: 4, fill: "#f6f8fa", stroke: "#57606a", strokeWidth: 1.5})
}

func (d *readings) draw2015() *drawing {
	g := &drawing{w: 320, h: 370, label: "The 2015 policy: SSR inside Tier 3"}
	g.frame()
	band := func(y, hgt float64, tier classify.Tier, region string) {
		g.add(shape{kind: shapeRect, x: 10, y: y, w: 300, h: hgt, fill: "#ffffff", stroke: "#57606a"})
		g.text(18, y+15, 9, true, "", fmt.Sprintf("Tier %d · %s", tier, d.tierTitle(tier)))
		if region != "" {
			g.labels(d.by2015[region], 160, y+34, 284, hgt-36)
		}
	}
	band(10, 64, 1, region2015Tier1)
	band(80, 64, 2, region2015Tier2)
	band(150, 160, 3, "")
	g.add(shape{kind: shapeRect, x: 22, y: 172, w: 200, h: 128, r: 10, fill: "#f3eefc", stroke: "#8250df", strokeWidth: 1.5, dash: [2]float64{5, 3}})
	g.text(32, 188, 11, true, "#5a32a3", "SSR, inside Tier 3")
	g.labels(d.by2015[region2015SSR], 122, 210, 186, 84)
	g.centred(266, 188, 10, false, "", "outside SSR")
	g.labels(d.by2015[region2015Tier3], 266, 210, 80, 92)
	if ls := d.by2015[region2015None]; len(ls) > 0 {
		g.text(12, 326, 9.5, false, "#57606a", NoTierYet+":")
		g.labels(ls, 160, 342, 296, 24)
	}
	return g
}

func (d *readings) drawNarrow() *drawing {
	g := &drawing{w: 320, h: 370, label: "The narrow reading: two overlapping agendas"}
	g.frame()
	g.text(12, 20, 11, true, "", "Outside both agendas")
	g.text(12, 34, 9.5, false, "#57606a", "(still filed under the 2015 policy's tiers)")
	g.labels(d.byAgenda[classify.Outside], 250, 18, 130, 30)
	g.add(shape{kind: shapeEllipse, x: 115, y: 155, w: 95, h: 95, fill: "#1a7f37", opacity: 0.12, stroke: "#1a7f37", strokeWidth: 2})
	g.add(shape{kind: shapeEllipse, x: 205, y: 155, w: 95, h: 95, fill: "#8250df", opacity: 0.12, stroke: "#8250df", strokeWidth: 2, dash: [2]float64{6, 3}})
	g.centred(70, 90, 12, true, "#116329", "POC only")
	g.centred(250, 90, 12, true, "#5a32a3", "SSR only")
	g.centred(160, 90, 12, true, "#0550ae", "overlap")
	g.labels(d.byAgenda[classify.POCOnly], 66, 112, 88, 120)
	g.labels(d.byAgenda[classify.Overlap], 160, 112, 50, 120)
	g.labels(d.byAgenda[classify.SSROnly], 254, 112, 88, 120)
	if ls := d.byAgenda[classify.Undetermined]; len(ls) > 0 {
		g.text(12, 272, 9.5, false, "#57606a", "No agenda yet:")
		g.labels(ls, 160, 288, 296, 74)
	}
	return g
}
