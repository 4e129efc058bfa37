package report

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
	"golang.org/x/net/html"
)

// Long words never widen the HTML briefing: a 170-character URL in a title
// and long references wrap where they stand (overflow-wrap), the risk
// register keeps its five columns at fixed widths, the left column of an
// activity's account is a grid cell, not a float that the next heading could
// come up beside, and a label that a drawing cannot hold is cut, with an
// ellipsis, to what the smallest size fits.
func TestHTMLBriefingHoldsLongWords(t *testing.T) {
	url := "https://example.org/" + strings.Repeat("a-very-long-path-segment/", 6)
	longRef := strings.Repeat("12(a)(iv)", 12)
	yml := "schema: pocssr/v1\nmission: M\nactivities:\n" +
		"  - {id: a, title: \"Train the police per " + url + "\", implementer: mission, kinds: [capacity-training], forces: [police], source: {ref: \"" + longRef + "\"}}\n" +
		"  - {id: b, title: Vet the army, implementer: mission, kinds: [combined-operations], forces: [army], rights_record: grave-allegations, hrddp: done, source: {ref: \"" + longRef + "(b)\"}}\n"
	ws, err := model.Parse("long.yaml", []byte(yml), classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	src := render(t, HTML, Sheet{Worksheet: ws})
	css := src[strings.Index(src, "<style>"):strings.Index(src, "</style>")]
	for _, rule := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^[^{]*\btd\b[^{]*\{[^}]*overflow-wrap: anywhere`),
		regexp.MustCompile(`(?m)^[^{]*\bdd\b[^{]*\{[^}]*overflow-wrap: anywhere`),
		regexp.MustCompile(`(?m)^[^{]*\bh3\b[^{]*\{[^}]*overflow-wrap: anywhere`),
		regexp.MustCompile(`table\.register \{[^}]*table-layout: fixed`),
		regexp.MustCompile(`dl \{[^}]*display: grid`),
	} {
		if !rule.MatchString(css) {
			t.Errorf("the briefing's style lacks %s", rule)
		}
	}
	if strings.Contains(css, "float") {
		t.Error("the account's labels float: the next heading can come up beside a wrapped label")
	}
	// Every column of the register but the last ("What to do") has a width
	// of its own, so the last takes what is left and never leaves the page.
	reg := regexp.MustCompile(`(?s)<table class="register">\n<colgroup>(.*?)</colgroup>\n<thead><tr>(.*?)</tr></thead>`).FindStringSubmatch(src)
	if reg == nil {
		t.Fatal("the register's columns have no fixed widths")
	}
	cols, heads := strings.Count(reg[1], "<col"), strings.Count(reg[2], "<th>")
	classed := strings.Count(reg[1], `<col class="`)
	if cols != heads || classed != heads-1 || !strings.HasSuffix(reg[1], "<col>") {
		t.Errorf("the register has %d columns, %d widths set, %d headers: %s", cols, classed, heads, reg[1])
	}
	for _, c := range regexp.MustCompile(`col class="([a-z]+)"`).FindAllStringSubmatch(reg[1], -1) {
		if !strings.Contains(css, "table.register col."+c[1]+" { width:") {
			t.Errorf("the register's column %s has no width in the style", c[1])
		}
	}
	var doc *html.Node
	doc, err = html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	smallest := labelSizes[len(labelSizes)-1]
	widest := labelChars(300, smallest)
	texts := 0
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != "text" || attr(n, "text-anchor") != "middle" || n.FirstChild == nil {
			return
		}
		texts++
		size, _ := strconv.ParseFloat(attr(n, "font-size"), 64)
		label := n.FirstChild.Data
		if strings.Contains(label, longRef) || len([]rune(label)) > widest {
			t.Errorf("a drawing's label of %d characters at size %g runs out of its drawing: %.40q…", len([]rune(label)), size, label)
		}
	})
	if texts == 0 {
		t.Fatal("no labels in the drawings")
	}
}

// A briefing written as it is made (markdown, HTML, the terminal's) makes
// each activity's part in room the part before it used: every block it
// hands out is written byte for byte as the same block of the document kept
// whole (the DOCX's), for activities of every shape, registers and notes
// included.
func TestStreamedPartsAreTheDocumentsParts(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 600, 9)
	for i, a := range ws.Activities {
		if i%3 == 0 {
			for _, k := range rb.Classify(a).Risks {
				a.Register = append(a.Register, model.RegisterEntry{Risk: k.Rule.ID, Status: model.MitigationStatuses[i%4], Owner: "HRD", Due: "2026-03-31", Note: "Screened"})
			}
			a.HRDDPReview = "2026-01-31"
		}
		if i%7 == 0 {
			a.Register = append(a.Register, model.RegisterEntry{Risk: rb.Risks[i%len(rb.Risks)].ID, Status: model.NotNeeded, Note: "Not armed"})
		}
		if i%5 == 0 {
			a.Notes = "Seen <twice> by the *group*"
			a.Source = model.Source{Document: "S/RES/2409 (2018)", Ref: "29(i)", Text: "Requests the Mission to protect civilians"}
			a.Description = "A lead-in of its own"
		}
	}
	br := mustBrief(t, rb, Sheet{Worksheet: ws, Today: "2026-06-01"})
	kept := br.document().blocks
	for _, write := range []func(sink, *block){
		func(b sink, bl *block) { mdBlock(b, bl, nil) },
		func(b sink, bl *block) { htmlBlock(b, bl, nil) },
		func(b sink, bl *block) { termBlock(b, bl, 80) },
	} {
		i := 0
		br.stream(func(bl *block) {
			var streamed, whole strings.Builder
			write(&streamed, bl)
			if i < len(kept) {
				write(&whole, &kept[i])
			}
			if streamed.String() != whole.String() {
				t.Fatalf("block %d written as it is made\n%s\nkept whole\n%s", i, streamed.String(), whole.String())
			}
			i++
		}, true)
		if i != len(kept) {
			t.Errorf("%d blocks written as they are made, %d kept", i, len(kept))
		}
	}
}

// A box of labels lays out only the lines it shows and two more: every
// box, of none to thousands of labels of many lengths, is drawn as when
// every label was laid out first (allLabels), its "+n more" included.
func TestLabelsLaidOutAsWhenAllAre(t *testing.T) {
	rnd := uint32(7)
	next := func(n int) int { rnd = rnd*1664525 + 1013904223; return int(rnd>>8) % n }
	for i := 0; i < 3000; i++ {
		labels := make([]string, next([]int{4, 40, 400, 4000}[next(4)]))
		for j := range labels {
			labels[j] = strings.Repeat("9", 1+next(6)) + []string{"", "*", "(ii)", "é"}[next(4)]
		}
		w, h := float64(20+next(300)), float64(5+next(140))
		var got, want drawing
		got.labels(labels, 160, 40, w, h)
		want.allLabels(labels, 160, 40, w, h)
		if !reflect.DeepEqual(got.shapes, want.shapes) {
			t.Fatalf("%d labels in %gx%g: %+v, laid out whole %+v", len(labels), w, h, got.shapes, want.shapes)
		}
	}
}

// allLabels is labels as it was, every label laid out before the lines
// the box shows are taken.
func (g *drawing) allLabels(labels []string, x, y, w, h float64) {
	if len(labels) == 0 {
		return
	}
	smallest := labelSizes[len(labelSizes)-1]
	labels = cutLabels(labels, w, smallest)
	var lines [][]string
	var size float64
	for _, size = range labelSizes {
		if size > smallest && !labelsFit(labels, w, size) {
			continue
		}
		lines = packLabels(labels, w, size, -1)
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
		g.centred(x, math.Round((y+float64(i)*size*1.25)*10)/10, size, true, "", strings.Join(l, " "))
	}
}
