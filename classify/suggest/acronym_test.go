package suggest

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The hand scan finds the words of capitals the pattern it replaces finds,
// no more and no fewer: on crafted edges and on unsealed corpus texts.
func TestAcronymsAsThePatternFindsThem(t *testing.T) {
	pattern := regexp.MustCompile(`\b[A-Z][A-Z]{2,9}\b`)
	texts := []string{"", "UN", "UNMISS", "MONUSCO's", "(UNISFA)", "ABCDEFGHIJ ABCDEFGHIJK", "xUNMIL UNMILx UNMIL_ UNMIL1 1UNMIL",
		"ÉMINUSMA MINUSMAé «MINUSTAH»", "FARDC,DDRRR;UNCT.", "A AB ABC", "MINUSCA\nMINUSMA\tUNAMID"}
	files, _ := filepath.Glob("testdata/corpus/resolutions/S-RES-2*-201*.txt")
	sealed, err := os.ReadFile("testdata/sealed.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.Contains(string(sealed), filepath.Base(f)) || len(texts) > 30 {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	if len(texts) < 20 {
		t.Fatalf("only %d texts", len(texts))
	}
	for _, text := range texts {
		var got [][]int
		acronyms(text, func(start, end int) bool { got = append(got, []int{start, end}); return true })
		if want := pattern.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("%.60q: found %v, the pattern %v", text, got, want)
		}
	}
}
