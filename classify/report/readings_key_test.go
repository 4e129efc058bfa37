package report

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// htmlReadings is what an HTML briefing's two drawings and their keys
// say: the marks each drawing's label lines show, the text of each key
// (the definitions after its heading), and the activities' headings.
type htmlReadings struct {
	marks    [][]string // per drawing, the marks drawn, "+n more" left out
	more     bool       // some box sums marks up as "+n more"
	keys     []string   // per key, its whole text
	headings []string   // the activities' parts, as headed
}

func parseReadings(t *testing.T, page string) htmlReadings {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var r htmlReadings
	text := func(n *html.Node) string {
		var b strings.Builder
		walk(n, func(c *html.Node) {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		})
		return b.String()
	}
	attr := func(n *html.Node, name string) string {
		for _, a := range n.Attr {
			if a.Key == name {
				return a.Val
			}
		}
		return ""
	}
	inKey, inActivity := false, false
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "section":
			inKey = attr(n, "class") == styleReadingsKey
			inActivity = attr(n, "class") == styleActivity
		case "svg":
			if attr(n, "role") != "img" {
				return
			}
			var marks []string
			walk(n, func(c *html.Node) {
				// The labels are bold, centred and of the text's own colour;
				// the drawings' words are not all three.
				if c.Type != html.ElementNode || c.Data != "text" || attr(c, "font-weight") != "bold" || attr(c, "text-anchor") != "middle" || attr(c, "fill") != "" {
					return
				}
				line := text(c)
				if strings.HasPrefix(line, "+") && strings.HasSuffix(line, " more") {
					r.more = true
					return
				}
				marks = append(marks, strings.Fields(line)...)
			})
			r.marks = append(r.marks, marks)
		case "dl":
			if inKey {
				r.keys = append(r.keys, text(n))
			}
		case "h3":
			if inActivity {
				r.headings = append(r.headings, text(n))
			}
		}
	})
	return r
}

// The HTML briefing of the case library marks each activity on both
// drawings by its paragraph reference, else by its place (#n): short, and
// one mark per activity. A library case's source names a chapter section,
// which was drawn as its mark, run together with its neighbours' and cut.
func TestReadingsMarkEachActivityOnce(t *testing.T) {
	for _, sh := range append(caseSheets(t), importedSheet(t)) {
		r := parseReadings(t, render(t, HTML, sh))
		if len(r.marks) != 2 {
			t.Fatalf("%s: %d drawings, want 2", sh.File, len(r.marks))
		}
		for d, marks := range r.marks {
			drawn := map[string]int{}
			for _, m := range marks {
				drawn[strings.TrimSuffix(m, "*")]++
			}
			for i, a := range sh.Worksheet.Activities {
				want := Ref(a, i+1)
				if drawn[want] != 1 {
					t.Errorf("%s, drawing %d: %q (activity %d, ref %q) is drawn %d times; marks: %v", sh.File, d+1, want, i+1, a.Source.Ref, drawn[want], marks)
				}
				if !strings.HasPrefix(want, "#") && ParagraphRef(a.Source.Ref) == "" {
					t.Errorf("%s: activity %d is marked %q, which is no paragraph", sh.File, i+1, want)
				}
			}
			if len(marks) != len(sh.Worksheet.Activities) {
				t.Errorf("%s, drawing %d: %d marks for %d activities: %v", sh.File, d+1, len(marks), len(sh.Worksheet.Activities), marks)
			}
		}
	}
}

// Under the drawings a key names every mark with its activity's title, on
// each drawing: a box that sums marks up as "+n more" hides nothing on
// paper. The activities' parts are headed by the same mark.
func TestReadingsKeyNamesEveryMark(t *testing.T) {
	big := caseSheets(t)[0]
	ws := *big.Worksheet
	for range 3 { // enough cases in the SSR box for it to sum some up
		ws.Activities = append(ws.Activities, big.Worksheet.Activities...)
	}
	for _, sh := range append(caseSheets(t), importedSheet(t), Sheet{File: "cases four times", Worksheet: &ws}) {
		r := parseReadings(t, render(t, HTML, sh))
		if len(r.keys) != 2 {
			t.Fatalf("%s: %d keys, want one under each drawing", sh.File, len(r.keys))
		}
		if sh.File == "cases four times" && !r.more {
			t.Errorf("%s: no box sums marks up; the test shows nothing of the key", sh.File)
		}
		for i, a := range sh.Worksheet.Activities {
			named := Ref(a, i+1)
			if a.Status == "draft" {
				named += "*"
			}
			named += " — " + accountTitle(a)
			for k, key := range r.keys {
				if !strings.Contains(key, named) {
					t.Errorf("%s: key %d does not name %q", sh.File, k+1, named)
				}
			}
		}
		if len(r.headings) != len(sh.Worksheet.Activities) {
			t.Fatalf("%s: %d activity headings for %d activities", sh.File, len(r.headings), len(sh.Worksheet.Activities))
		}
		// The parts are grouped (the mission's own, then those asked of
		// others), each heading one activity.
		headed := "\n" + strings.Join(r.headings, "\n")
		for i, a := range sh.Worksheet.Activities {
			if want := "\n" + Ref(a, i+1) + " — " + accountTitle(a); !strings.Contains(headed, want) {
				t.Errorf("%s: no activity is headed %q:%s", sh.File, want, headed)
			}
		}
	}
}
