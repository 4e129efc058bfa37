package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// largeWorksheet generates a worksheet of n varied activities, as compact JSON
// (about 370 bytes an activity) and as YAML.
func largeWorksheet(n int) (jsonData, yamlData []byte) {
	ws := sample.Worksheet(classify.Default(), n, 11)
	jsonData, _ = ws.MarshalJSON()
	yamlData, _ = ws.EncodeYAML()
	return jsonData, yamlData
}

var largeSizes = []int{1000, 10000, 40000}

// BenchmarkLargeJSON compares `pocssr classify --format json` on a JSON worksheet
// (read, check, classify, write) with a plain decode of the same file into
// generic values with encoding/json.
func BenchmarkLargeJSON(b *testing.B) {
	for _, n := range largeSizes {
		data, _ := largeWorksheet(n)
		b.Run(fmt.Sprintf("n=%d/decode-generic", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var v any
				if err := json.Unmarshal(data, &v); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/classify", n), func(b *testing.B) {
			benchClassify(b, data)
		})
	}
}

// BenchmarkLargeYAML does the same for a YAML worksheet against go.yaml.in/yaml/v3.
func BenchmarkLargeYAML(b *testing.B) {
	for _, n := range largeSizes {
		_, data := largeWorksheet(n)
		b.Run(fmt.Sprintf("n=%d/decode-generic", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var v any
				if err := yaml.Unmarshal(data, &v); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/classify", n), func(b *testing.B) {
			benchClassify(b, data)
		})
	}
}

func benchClassify(b *testing.B, data []byte) {
	rb := classify.Default()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		st, err := model.OpenStream("large", data, rb.Vocabulary())
		if err != nil {
			b.Fatal(err)
		}
		if err := Write(io.Discard, rb, JSON, []Sheet{{Stream: st}}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLargeFilesForMeasurement writes the generated worksheets to
// $POCSSR_LARGE_DIR, for measuring the binary's time and peak memory with
// /usr/bin/time (see docs/benchmarks.md). With $POCSSR_DECODE_FILE set it only
// decodes that file into generic values, as the baseline, and with
// $POCSSR_REENCODE set also encodes them again as JSON, the floor of a report.
func TestLargeFilesForMeasurement(t *testing.T) {
	if f := os.Getenv("POCSSR_DECODE_FILE"); f != "" {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if strings.HasSuffix(f, ".json") {
			err = json.Unmarshal(data, &v)
		} else {
			err = yaml.Unmarshal(data, &v)
		}
		if err != nil {
			t.Fatal(err)
		}
		if os.Getenv("POCSSR_REENCODE") != "" {
			// The floor of a report: the values decoded are written again.
			if err := json.NewEncoder(io.Discard).Encode(v); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	dir := os.Getenv("POCSSR_LARGE_DIR")
	if dir == "" {
		t.Skip("set POCSSR_LARGE_DIR to write the large worksheets")
	}
	for _, n := range largeSizes {
		j, y := largeWorksheet(n)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("large-%d.json", n)), j, 0o644)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("large-%d.yaml", n)), y, 0o644)
		t.Logf("%d activities: JSON %.1f MiB, YAML %.1f MiB", n, float64(len(j))/(1<<20), float64(len(y))/(1<<20))
	}
}

// The generated worksheets are valid and their JSON output well formed.
func TestLargeWorksheetIsValid(t *testing.T) {
	j, y := largeWorksheet(200)
	rb := classify.Default()
	for _, data := range [][]byte{j, y} {
		ws, err := model.Parse("large", data, rb.Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, rb, JSON, []Sheet{{Worksheet: ws}}); err != nil {
			t.Fatal(err)
		}
		checkJSONDocument(t, buf.Bytes(), rb, ws)
	}
}

// BenchmarkBriefing renders the briefing of an imported resolution (37
// activities) in each of its formats; the DOCX's time is mostly its two
// pictures, rasterised and PNG-encoded.
func BenchmarkBriefing(b *testing.B) {
	sh := importedSheet(b)
	for _, f := range []Format{Markdown, HTML, DOCX} {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteMeta(io.Discard, classify.Default(), f, []Sheet{sh}, docxMeta); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
