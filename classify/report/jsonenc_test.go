package report

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// The hand-written encoder writes exactly what encoding/json writes for the
// same activity, on the case library and on random activities with hostile text.
func TestActivityEncoderMatchesEncodingJSON(t *testing.T) {
	rb := classify.Default()
	enc := newActivityEncoder(rb)
	check := func(a *model.Activity) {
		t.Helper()
		r := rb.Classify(a)
		var want bytes.Buffer
		je := json.NewEncoder(&want)
		je.SetEscapeHTML(false)
		je.Encode(NewOutputActivity(&r))
		got := enc.append(nil, &r)
		if !bytes.Equal(got, bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Fatalf("encoders differ\n got %s\nwant %s", got, want.Bytes())
		}
	}
	ws, _ := classify.Cases(rb)
	for _, a := range ws.Activities {
		check(a)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	texts := []string{"plain", "quote \" back \\ slash", "ctrl \x01\x1f\b\f\n\r\t", "<html> & 'x'", "line\u2028sep\u2029",
		"bad \xff utf8", "ünï 😀", ""}
	for i := 0; i < 2000; i++ {
		a := &model.Activity{ID: texts[rng.IntN(len(texts))], Title: texts[rng.IntN(len(texts))],
			Facts: sample.Facts(rng, rb, 0.33, 3)}
		check(a)
	}
}
