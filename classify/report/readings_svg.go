package report

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// The two readings drawn as SVG for the HTML pages (the handout and the
// briefing): the 2015 policy's tiers with SSR inside Tier 3, and the narrow
// reading's two overlapping agendas, each with labels (case numbers, or
// activity references) placed where the engine put them.

// readings holds the labels of each region of both drawings.
type readings struct {
	rb       *classify.Rulebook
	by2015   map[string][]string
	byAgenda map[classify.Agenda][]string
}

func newReadings(rb *classify.Rulebook) *readings {
	return &readings{rb: rb, by2015: map[string][]string{}, byAgenda: map[classify.Agenda][]string{}}
}

// place puts label where result r stands on each reading.
func (d *readings) place(r *classify.Result, label string) {
	reg := region2015Of(r)
	d.by2015[reg] = append(d.by2015[reg], label)
	d.byAgenda[r.Agenda] = append(d.byAgenda[r.Agenda], label)
}

func (d *readings) tierTitle(t classify.Tier) string {
	if info := d.rb.Tier(t); info != nil {
		return info.Title
	}
	return ""
}

// labelSizes are the font sizes tried, largest first, until the labels fit.
var labelSizes = []float64{13, 11, 9.5, 8, 7}

// svgLabels writes labels in lines centred at x, from y down, within a box w
// wide and h high: in the largest font size at which they fit; at the
// smallest, the lines that do not fit are summed up as "+n more".
func svgLabels(b *strings.Builder, labels []string, x, y, w, h float64) {
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
		lines = packLabels(labels, w, size)
		if float64(len(lines))*size*1.25 <= h+size*0.3 {
			break
		}
	}
	maxLines := max(1, int((h+size*0.3)/(size*1.25)))
	if len(lines) > maxLines {
		rest := 0
		for _, l := range lines[maxLines-1:] {
			rest += len(l)
		}
		lines = append(lines[:maxLines-1], []string{fmt.Sprintf("+%d more", rest)})
	}
	for i, l := range lines {
		fmt.Fprintf(b, `<text x="%.0f" y="%.1f" text-anchor="middle" font-size="%g" font-weight="bold">%s</text>`,
			x, y+float64(i)*size*1.25, size, esc(strings.Join(l, " ")))
	}
}

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
// character taken as 0.62 of the size wide (a bold sans-serif's digits).
func packLabels(labels []string, w, size float64) [][]string {
	var lines [][]string
	var line []string
	used := 0.0
	for _, l := range labels {
		lw := float64(len([]rune(l))+1) * size * 0.62
		if len(line) > 0 && used+lw > w {
			lines = append(lines, line)
			line, used = nil, 0
		}
		line = append(line, l)
		used += lw
	}
	return append(lines, line)
}

func (d *readings) svg2015(b *strings.Builder) {
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 370" role="img" aria-label="The 2015 policy: SSR inside Tier 3">`)
	b.WriteString(`<rect x="2" y="2" width="316" height="366" rx="4" fill="#f6f8fa" stroke="#57606a" stroke-width="1.5"/>`)
	band := func(y, hgt float64, tier classify.Tier, region string) {
		fmt.Fprintf(b, `<rect x="10" y="%.0f" width="300" height="%.0f" fill="#ffffff" stroke="#57606a"/>`, y, hgt)
		fmt.Fprintf(b, `<text x="18" y="%.0f" font-size="9" font-weight="bold">Tier %d · %s</text>`, y+15, tier, esc(d.tierTitle(tier)))
		if region != "" {
			svgLabels(b, d.by2015[region], 160, y+34, 284, hgt-36)
		}
	}
	band(10, 64, 1, region2015Tier1)
	band(80, 64, 2, region2015Tier2)
	band(150, 160, 3, "")
	b.WriteString(`<rect x="22" y="172" width="200" height="128" rx="10" fill="#f3eefc" stroke="#8250df" stroke-width="1.5" stroke-dasharray="5 3"/>`)
	b.WriteString(`<text x="32" y="188" font-size="11" font-weight="bold" fill="#5a32a3">SSR, inside Tier 3</text>`)
	svgLabels(b, d.by2015[region2015SSR], 122, 210, 186, 84)
	b.WriteString(`<text x="266" y="188" font-size="10" text-anchor="middle">outside SSR</text>`)
	svgLabels(b, d.by2015[region2015Tier3], 266, 210, 80, 92)
	if ls := d.by2015[region2015None]; len(ls) > 0 {
		b.WriteString(`<text x="12" y="326" font-size="9.5" fill="#57606a">No tier yet:</text>`)
		svgLabels(b, ls, 160, 342, 296, 24)
	}
	b.WriteString("</svg>")
}

func (d *readings) svgNarrow(b *strings.Builder) {
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 370" role="img" aria-label="The narrow reading: two overlapping agendas">`)
	b.WriteString(`<rect x="2" y="2" width="316" height="366" rx="4" fill="#f6f8fa" stroke="#57606a" stroke-width="1.5"/>`)
	b.WriteString(`<text x="12" y="20" font-size="11" font-weight="bold">Outside both agendas</text>`)
	b.WriteString(`<text x="12" y="34" font-size="9.5" fill="#57606a">(still Tier 3 POC under the 2015 policy)</text>`)
	svgLabels(b, d.byAgenda[classify.Outside], 250, 18, 130, 30)
	b.WriteString(`<ellipse cx="115" cy="155" rx="95" ry="95" fill="#1a7f37" fill-opacity="0.12" stroke="#1a7f37" stroke-width="2"/>`)
	b.WriteString(`<ellipse cx="205" cy="155" rx="95" ry="95" fill="#8250df" fill-opacity="0.12" stroke="#8250df" stroke-width="2" stroke-dasharray="6 3"/>`)
	b.WriteString(`<text x="70" y="90" font-size="12" font-weight="bold" text-anchor="middle" fill="#116329">POC only</text>`)
	b.WriteString(`<text x="250" y="90" font-size="12" font-weight="bold" text-anchor="middle" fill="#5a32a3">SSR only</text>`)
	b.WriteString(`<text x="160" y="90" font-size="12" font-weight="bold" text-anchor="middle" fill="#0550ae">overlap</text>`)
	svgLabels(b, d.byAgenda[classify.POCOnly], 66, 112, 88, 120)
	svgLabels(b, d.byAgenda[classify.Overlap], 160, 112, 50, 120)
	svgLabels(b, d.byAgenda[classify.SSROnly], 254, 112, 88, 120)
	if ls := d.byAgenda[classify.Undetermined]; len(ls) > 0 {
		b.WriteString(`<text x="12" y="272" font-size="9.5" fill="#57606a">No agenda yet:</text>`)
		svgLabels(b, ls, 160, 288, 296, 74)
	}
	b.WriteString("</svg>")
}
