package suggest

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// pageBytes is about how much text a page of a resolution holds.
const pageBytes = 2800

// fortyPages builds a resolution of about 40 pages from the operative
// paragraphs of a fixture, renumbered, with page numbers and running headers.
func fortyPages(tb testing.TB) string {
	text := readFixture(tb, "S-RES-1925-2010.txt")
	start := strings.Index(text, "\n1. ")
	var paras []string
	for _, line := range strings.Split(text[start+1:], "\n") {
		line = strings.TrimSpace(strings.ReplaceAll(line, "\f", ""))
		if line == "" || regexp.MustCompile(`^\d{1,4}$`).MatchString(line) || strings.Contains(line, "remain actively seized") {
			continue
		}
		paras = append(paras, line)
	}
	number := regexp.MustCompile(`^\d+\. `)
	var b strings.Builder
	b.WriteString(text[:start+1])
	n, page, onPage := 0, strings.Count(text[:start], "\f")+1, 0
	for page < 40 {
		for _, p := range paras {
			if page == 40 {
				break
			}
			if number.MatchString(p) {
				n++
				p = number.ReplaceAllString(p, fmt.Sprintf("%d. ", n))
			}
			b.WriteString(p)
			b.WriteByte('\n')
			onPage += len(p)
			if onPage > pageBytes {
				page++
				fmt.Fprintf(&b, "%d\n\f\nS/RES/1925 (2010)\n", page)
				onPage = 0
			}
		}
	}
	fmt.Fprintf(&b, "%d. Decides to remain actively seized of the matter.\n", n+1)
	return b.String()
}

func TestFortyPagesImport(t *testing.T) {
	text := fortyPages(t)
	r := NewReader(classify.Default())
	ws, m, err := Import(r, "forty.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if pages := strings.Count(text, "\f") + 1; pages != 40 {
		t.Errorf("%d pages", pages)
	}
	if len(ws.Activities) < 200 || m.LeftOutParagraphs != len(m.LeftOut()) || m.LeftOutParagraphs == 0 {
		t.Errorf("%d activities, %d left out", len(ws.Activities), m.LeftOutParagraphs)
	}
}

// BenchmarkImport40Pages imports a 40-page resolution: split, read every task,
// build the worksheet. The goal is under 50 ms.
func BenchmarkImport40Pages(b *testing.B) {
	text := fortyPages(b)
	r := NewReader(classify.Default())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Import(r, "forty.txt", text, ImportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSuggestParagraph reads one long mandate paragraph. The goal is
// under 200 µs.
func BenchmarkSuggestParagraph(b *testing.B) {
	text := "(m) In line with the relevant legislation on the reform of the FARDC and the Army Reform Plan presented in January 2010, " +
		"assist the Government, along with international and bilateral partners, in strengthening its military capacity, including " +
		"military justice and military police, in particular by harmonizing efforts and facilitating exchanges of information and " +
		"lessons learned and, as the Government requests it, assist in the training of FARDC and military police battalions, support " +
		"military justice institutions and mobilize donors to provide equipment and other required resources;"
	r := NewReader(classify.Default())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.Suggest(text)
	}
}

// BenchmarkImportLargestResolution imports the largest resolution of the
// corpus (S/RES/2241 (2015), 12 pages, page furniture and all). The goal for
// 40 pages is under 50 ms.
func BenchmarkImportLargestResolution(b *testing.B) {
	text := readFixture(b, "corpus/resolutions/S-RES-2241-2015.txt")
	r := NewReader(classify.Default())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Import(r, "S-RES-2241-2015.txt", text, ImportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadMandate40Pages reads the structure of a 40-page resolution
// and leaves out what asks for no activity, without reading the tasks.
func BenchmarkReadMandate40Pages(b *testing.B) {
	text := fortyPages(b)
	r := NewReader(classify.Default())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadMandate(r, text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSuggestHugeParagraph reads a 16 MiB paragraph, the largest text
// an import accepts: the reading is bounded (MaxReading), so it costs what
// its first 64 KiB cost.
func BenchmarkSuggestHugeParagraph(b *testing.B) {
	text := strings.Repeat("support the police and train the army and protect civilians and not ", (16<<20)/69)
	r := NewReader(classify.Default())
	b.ReportAllocs()
	for b.Loop() {
		r.Suggest(text)
	}
}
