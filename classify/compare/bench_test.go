package compare_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// operative matches the number that opens an operative paragraph.
var operative = regexp.MustCompile(`(?m)^(\d{1,3})\. `)

// longMandate builds one mandate of about 40 pages from corpus resolutions
// of one mission (none sealed): the first one's heading and preamble, then
// the operative paragraphs of each in turn, numbered on from the last.
func longMandate(t testing.TB, files ...string) string {
	t.Helper()
	var b strings.Builder
	next := 1
	for i, file := range files {
		data, err := os.ReadFile(filepath.Join(corpusDir, file))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		start := operative.FindStringIndex(text)
		if start == nil {
			t.Fatalf("%s: no operative paragraph", file)
		}
		if i == 0 {
			b.WriteString(text[:start[0]])
		}
		last := next
		b.WriteString(operative.ReplaceAllStringFunc(text[start[0]:], func(m string) string {
			n, _ := strconv.Atoi(strings.TrimSuffix(m, ". "))
			last = next + n - 1
			return fmt.Sprintf("%d. ", last)
		}))
		b.WriteString("\n")
		next = last + 1
	}
	return b.String()
}

// Two renewals of about 40 pages each (the operative paragraphs of twelve
// resolutions, 120 to 130 kB of text, 200 tasks and more), from the
// MINUSTAH and UNISFA mandates of the corpus; the second drops the oldest
// and adds the newest.
var (
	oldLong = res(1608, 2005, 1658, 2006, 1702, 2006, 1780, 2007, 1840, 2008, 1892, 2009, 1927, 2010, 2012, 2011, 2070, 2012, 2119, 2013, 2180, 2014, 2205, 2015)
	newLong = res(1658, 2006, 1702, 2006, 1780, 2007, 1840, 2008, 1892, 2009, 1927, 2010, 2012, 2011, 2070, 2012, 2119, 2013, 2180, 2014, 2243, 2015, 2230, 2015)
)

// res names corpus files by number and year.
func res(numberYear ...int) []string {
	var out []string
	for i := 0; i < len(numberYear); i += 2 {
		out = append(out, fmt.Sprintf("S-RES-%d-%d.txt", numberYear[i], numberYear[i+1]))
	}
	return out
}

// BenchmarkCompareLongMandates imports both mandates, as pocssr compare
// does with two texts, and compares them (goal: at most 150 ms); then the
// two parts apart: the imports alone, and the comparison of the imported
// worksheets alone.
func BenchmarkCompareLongMandates(b *testing.B) {
	for _, f := range append(append([]string{}, oldLong...), newLong...) {
		importResolution(b, f) // refuses a sealed file
	}
	oldText, newText := longMandate(b, oldLong...), longMandate(b, newLong...)
	rb := classify.Default()
	r := suggest.NewReader(rb)
	imports := func(b *testing.B) (old, new *model.Worksheet) {
		old, _, err := suggest.Import(r, "old.txt", oldText, suggest.ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		new, _, err = suggest.Import(r, "new.txt", newText, suggest.ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		return old, new
	}
	compared := func(b *testing.B, old, new *model.Worksheet) {
		c := compare.Compare(rb, "old.txt", old, "new.txt", new, compare.Options{})
		if len(c.Pairs) < len(new.Activities) {
			b.Fatalf("%d pairs for %d tasks", len(c.Pairs), len(new.Activities))
		}
	}
	b.Run("imports+compare", func(b *testing.B) {
		b.ReportAllocs()
		cpu := processorTime()
		for b.Loop() {
			old, new := imports(b)
			compared(b, old, new)
		}
		// The processor time too: on a shared machine the wall time
		// measures the others' load as much as this work.
		b.ReportMetric(float64(processorTime()-cpu)/float64(b.N), "cpu-ns/op")
	})
	// As the command reads them: both imports at once (ui/cli
	// loadMandates), then the comparison.
	b.Run("imports-at-once+compare", func(b *testing.B) {
		b.ReportAllocs()
		cpu := processorTime()
		for b.Loop() {
			var old, new *model.Worksheet
			var oldErr, newErr error
			var wg sync.WaitGroup
			wg.Add(2)
			go func() {
				defer wg.Done()
				old, _, oldErr = suggest.Import(suggest.NewReader(rb), "old.txt", oldText, suggest.ImportOptions{})
			}()
			go func() {
				defer wg.Done()
				new, _, newErr = suggest.Import(suggest.NewReader(rb), "new.txt", newText, suggest.ImportOptions{})
			}()
			wg.Wait()
			if oldErr != nil || newErr != nil {
				b.Fatal(oldErr, newErr)
			}
			compared(b, old, new)
		}
		b.ReportMetric(float64(processorTime()-cpu)/float64(b.N), "cpu-ns/op")
	})
	b.Run("imports", func(b *testing.B) {
		cpu := processorTime()
		for b.Loop() {
			imports(b)
		}
		b.ReportMetric(float64(processorTime()-cpu)/float64(b.N), "cpu-ns/op")
	})
	b.Run("compare", func(b *testing.B) {
		old, new := imports(b)
		b.ReportAllocs()
		cpu := processorTime()
		for b.Loop() {
			compared(b, old, new)
		}
		b.ReportMetric(float64(processorTime()-cpu)/float64(b.N), "cpu-ns/op")
	})
}

// The long mandates read as one mandate each, with their tasks renumbered:
// what the benchmark measures is a comparison of 100+ tasks a side.
func TestLongMandatesForTheBenchmark(t *testing.T) {
	rb := classify.Default()
	for _, files := range [][]string{oldLong, newLong} {
		text := longMandate(t, files...)
		ws, _, err := suggest.Import(suggest.NewReader(rb), "long.txt", text, suggest.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d bytes, %d tasks", len(text), len(ws.Activities))
		if len(text) < 100_000 || len(ws.Activities) < 100 {
			t.Errorf("%d bytes, %d tasks: not a long mandate", len(text), len(ws.Activities))
		}
	}
	old, _, _ := suggest.Import(suggest.NewReader(rb), "old.txt", longMandate(t, oldLong...), suggest.ImportOptions{})
	new, _, _ := suggest.Import(suggest.NewReader(rb), "new.txt", longMandate(t, newLong...), suggest.ImportOptions{})
	// Each paragraph is said again in several of the resolutions, so that
	// hundreds of pairs reach the threshold: the index must find them all
	// while measuring an eighth of the pairs or fewer (about a tenth now).
	missed, pairs, measured := compare.MissedByIndex(old.Activities, new.Activities, compare.DefaultThreshold)
	all := len(old.Activities) * len(new.Activities)
	t.Logf("%d and %d tasks: %d pairs of %d measured, %d reach the threshold, %d missed", len(old.Activities), len(new.Activities), measured, all, pairs, missed)
	if missed > 0 || measured > all/8 {
		t.Errorf("the index missed %d of %d pairs, measuring %d of %d", missed, pairs, measured, all)
	}
	// Through the index too, compare B A mirrors compare A B to the last
	// bit of every similarity.
	ba := map[[2]int]compare.Link{}
	for _, l := range compare.Align(new.Activities, old.Activities, compare.Options{}) {
		ba[[2]int{l.New, l.Old}] = l
	}
	ab := compare.Align(old.Activities, new.Activities, compare.Options{})
	if len(ab) != len(ba) {
		t.Errorf("%d links one way, %d the other", len(ab), len(ba))
	}
	for _, l := range ab {
		if m, ok := ba[[2]int{l.Old, l.New}]; !ok || m.Change != mirrored[l.Change] || m.Similarity != l.Similarity {
			t.Errorf("%+v mirrored as %+v", l, m)
		}
	}
}
