package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"golang.org/x/net/html"
)

func TestHandoutGoldens(t *testing.T) {
	rb := classify.Default()
	for _, f := range []Format{Markdown, HTML} {
		var buf bytes.Buffer
		if err := WriteHandout(&buf, rb, f); err != nil {
			t.Fatal(err)
		}
		golden(t, "handout."+f.Ext(), buf.Bytes())
	}
}

func TestHandoutHasDrawingsCasesAndPlainConditions(t *testing.T) {
	rb := classify.Default()
	var buf bytes.Buffer
	if err := WriteHandout(&buf, rb, Markdown); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	for _, want := range []string{"```text", "SSR, inside Tier 3", "POC only: 1 2 12 14", "Cases that raise it:",
		"The five recommendations", "Existing UN frameworks linking POC and SSR", "1. Joint offensive"} {
		if !strings.Contains(s, want) {
			t.Errorf("the markdown handout lacks %q", want)
		}
	}
	for _, r := range rb.Risks {
		if strings.Contains(s, r.When.Describe()) {
			t.Errorf("the handout writes the condition of %s in identifiers", r.ID)
		}
		if !strings.Contains(s, sentence(r.When.Words(rb))) {
			t.Errorf("the handout lacks the condition of %s in words", r.ID)
		}
	}
}

// htmlHandout parses the HTML handout of rb as HTML5.
func htmlHandout(t *testing.T, rb *classify.Rulebook) (*html.Node, string) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHandout(&buf, rb, HTML); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return doc, buf.String()
}

func walk(n *html.Node, visit func(*html.Node)) {
	visit(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

func TestHTMLHandoutStandsAlone(t *testing.T) {
	doc, src := htmlHandout(t, classify.Default())
	if !strings.HasPrefix(src, "<!DOCTYPE html>") {
		t.Error("no HTML5 doctype")
	}
	counts := map[string]int{}
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		counts[n.Data]++
		for _, a := range n.Attr {
			if a.Key == "href" || a.Key == "src" || strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s %s=%q>: the handout must load and run nothing", n.Data, a.Key, a.Val)
			}
		}
	})
	if counts["script"] != 0 || counts["link"] != 0 || counts["img"] != 0 || counts["iframe"] != 0 {
		t.Errorf("elements that load or run things: %v", counts)
	}
	if counts["svg"] != 2 || counts["style"] != 1 {
		t.Errorf("want two SVG drawings and one inline style, found %d and %d", counts["svg"], counts["style"])
	}
	// The only URL is the SVG namespace, which is a name, never fetched.
	rest := strings.ReplaceAll(src, `xmlns="http://www.w3.org/2000/svg"`, "")
	for _, u := range []string{"http:", "https:", "url(", "@import", "//"} {
		if strings.Contains(rest, u) {
			t.Errorf("the handout holds %q", u)
		}
	}
	if !strings.Contains(src, "@page { size: A4") || !strings.Contains(src, "@media print") {
		t.Error("no A4 print style")
	}
}

func TestHandoutKeepsHostileTextInert(t *testing.T) {
	src := string(classify.Default().Source())
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	src = strings.Replace(src, "title: Capacity built with no accountability to check its use", "title: \""+evil+" *bold* [x](javascript:alert(3))\"", 1)
	src = strings.Replace(src, "title: Protection through dialogue and engagement", "title: \"```\\n<script>alert(4)</script>\"", 1)
	rb, err := classify.Parse("hostile.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := htmlHandout(t, rb)
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "img") {
			t.Errorf("hostile text became a <%s> element", n.Data)
		}
	})
	var buf bytes.Buffer
	if err := WriteHandout(&buf, rb, Markdown); err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(buf.String(), "```") // inside the drawings' code block text is shown as it is
	outside := parts[0] + parts[len(parts)-1]
	if strings.Contains(outside, "<script>") || regexp.MustCompile(`[^\\]\]\(javascript:`).MatchString(outside) {
		t.Error("hostile text reaches the markdown handout unescaped")
	}
	if n := strings.Count(buf.String(), "```"); n != 2 {
		t.Errorf("the markdown handout has %d code fences, want the two of the drawings", n)
	}
}

// The handout is typeset for a room: a dash is a dash, never the two
// hyphens a plain-text editor leaves, in any text the rulebook or the case
// library gives it.
func TestHandoutPrintsDashesNotDoubleHyphens(t *testing.T) {
	rb := classify.Default()
	for _, f := range []Format{Markdown, HTML} {
		var buf bytes.Buffer
		if err := WriteHandout(&buf, rb, f); err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(buf.String(), "\n") {
			if strings.Contains(line, " -- ") {
				t.Errorf("%v handout line %d prints a double hyphen for a dash: %.120q", f, i+1, line)
			}
		}
	}
}
