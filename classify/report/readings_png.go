package report

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"strconv"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// A drawing rasterised for the Word briefing: word processors show a PNG
// everywhere, while SVG inside a DOCX needs Word 2016 or later and a PNG
// fallback all the same. The shapes are filled and stroked with
// anti-aliasing, the words set in the Go fonts (embedded in the program, so
// the picture looks the same on every machine), at pngScale pixels a unit:
// 320 units drawn 8 cm wide come out at about 300 dpi.

const pngScale = 3

// png returns the drawing as a PNG image.
func (g *drawing) png() ([]byte, error) {
	w, h := int(math.Ceil(g.w*pngScale)), int(math.Ceil(g.h*pngScale))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	for _, s := range g.shapes {
		if s.kind == shapeText {
			if err := drawText(img, &s); err != nil {
				return nil, err
			}
			continue
		}
		outline := s.outline()
		if s.fill != "" {
			fill(img, [][]point{outline}, rgb(s.fill, s.opacity))
		}
		if s.stroke != "" {
			width := s.strokeWidth
			if width == 0 {
				width = 1
			}
			// Piece by piece: a stroke round the whole picture
			// covers little of it.
			for _, piece := range strokePath(outline, width*pngScale, s.dash) {
				fill(img, [][]point{piece}, rgb(s.stroke, 0))
			}
		}
	}
	var buf bytes.Buffer
	err := png.Encode(&buf, img)
	return buf.Bytes(), err
}

type point struct{ x, y float64 }

// outline is a rectangle's or an ellipse's border as a closed polyline, in
// pixels.
func (s *shape) outline() []point {
	var pts []point
	arc := func(cx, cy, rx, ry, from float64, n int) {
		for i := 0; i <= n; i++ {
			a := from + float64(i)/float64(n)*math.Pi/2
			pts = append(pts, point{(cx + rx*math.Cos(a)) * pngScale, (cy + ry*math.Sin(a)) * pngScale})
		}
	}
	if s.kind == shapeEllipse {
		for q := range 4 {
			arc(s.x, s.y, s.w, s.h, float64(q)*math.Pi/2, 24)
		}
		return pts
	}
	r := math.Min(s.r, math.Min(s.w, s.h)/2)
	arc(s.x+s.w-r, s.y+s.h-r, r, r, 0, 6)
	arc(s.x+r, s.y+s.h-r, r, r, math.Pi/2, 6)
	arc(s.x+r, s.y+r, r, r, math.Pi, 6)
	arc(s.x+s.w-r, s.y+r, r, r, 3*math.Pi/2, 6)
	return pts
}

// fill paints the polygons in colour c, rasterising only the rectangle
// they cover.
func fill(img *image.RGBA, polygons [][]point, c color.Color) {
	box := image.Rectangle{}
	for _, pts := range polygons {
		for _, p := range pts {
			box = box.Union(image.Rect(int(math.Floor(p.x)), int(math.Floor(p.y)), int(math.Ceil(p.x))+1, int(math.Ceil(p.y))+1))
		}
	}
	box = box.Intersect(img.Bounds())
	if box.Empty() {
		return
	}
	z := vector.NewRasterizer(box.Dx(), box.Dy())
	dx, dy := float64(box.Min.X), float64(box.Min.Y)
	for _, pts := range polygons {
		z.MoveTo(float32(pts[0].x-dx), float32(pts[0].y-dy))
		for _, p := range pts[1:] {
			z.LineTo(float32(p.x-dx), float32(p.y-dy))
		}
		z.ClosePath()
	}
	z.Draw(img, box, image.NewUniform(c), image.Point{})
}

// strokePath returns the stroke of the closed polyline pts, width pixels
// wide, in dashes of dash[0] on and dash[1] off (in units) when dash is set:
// each piece is a quadrilateral, a little longer than its segment so that
// the corners close.
func strokePath(pts []point, width float64, dash [2]float64) [][]point {
	var out [][]point
	on, off := dash[0]*pngScale, dash[1]*pngScale
	pos := 0.0 // along the dash pattern
	closed := append(pts, pts[0])
	for i := 0; i+1 < len(closed); i++ {
		a, b := closed[i], closed[i+1]
		length := math.Hypot(b.x-a.x, b.y-a.y)
		if length == 0 {
			continue
		}
		if on == 0 {
			out = append(out, quad(a, b, length, 0, length, width))
			continue
		}
		for t := 0.0; t < length; {
			phase := math.Mod(pos, on+off)
			step := math.Min(length-t, map[bool]float64{true: on - phase, false: on + off - phase}[phase < on])
			if phase < on {
				out = append(out, quad(a, b, length, t, t+step, width))
			}
			t += step
			pos += step
		}
	}
	return out
}

// quad is the part of segment a–b from t0 to t1 (of its length), width
// wide, lengthened by half the width at both ends.
func quad(a, b point, length, t0, t1, width float64) []point {
	ux, uy := (b.x-a.x)/length, (b.y-a.y)/length
	nx, ny := -uy*width/2, ux*width/2
	t0, t1 = t0-width/2, t1+width/2
	p0 := point{a.x + ux*t0, a.y + uy*t0}
	p1 := point{a.x + ux*t1, a.y + uy*t1}
	return []point{{p0.x + nx, p0.y + ny}, {p1.x + nx, p1.y + ny}, {p1.x - nx, p1.y - ny}, {p0.x - nx, p0.y - ny}}
}

// rgb reads "#rrggbb" with a fill opacity (0 is opaque); black when unset.
func rgb(hex string, opacity float64) color.Color {
	c := color.NRGBA{A: 255}
	if len(hex) == 7 && hex[0] == '#' {
		if v, err := strconv.ParseUint(hex[1:], 16, 32); err == nil {
			c.R, c.G, c.B = uint8(v>>16), uint8(v>>8), uint8(v)
		}
	}
	if opacity > 0 {
		c.A = uint8(math.Round(opacity * 255))
	}
	return c
}

var (
	fontsOnce             sync.Once
	fontRegular, fontBold *opentype.Font
	fontErr               error
)

// faceAt returns the Go font at size pixels, bold or regular.
func faceAt(size float64, bold bool) (font.Face, error) {
	fontsOnce.Do(func() {
		fontRegular, fontErr = opentype.Parse(goregular.TTF)
		if fontErr == nil {
			fontBold, fontErr = opentype.Parse(gobold.TTF)
		}
	})
	if fontErr != nil {
		return nil, fontErr
	}
	f := fontRegular
	if bold {
		f = fontBold
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
}

// drawText sets a text shape on its baseline, centred when it says so.
func drawText(img *image.RGBA, s *shape) error {
	face, err := faceAt(s.size*pngScale, s.bold)
	if err != nil {
		return err
	}
	defer face.Close()
	d := &font.Drawer{Dst: img, Src: image.NewUniform(rgb(s.fill, 0)), Face: face}
	x := s.x * pngScale
	if s.middle {
		x -= float64(d.MeasureString(s.text)) / 64 / 2
	}
	d.Dot = fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(s.y * pngScale * 64)}
	d.DrawString(s.text)
	return nil
}
