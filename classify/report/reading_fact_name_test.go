package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
)

// The text account names each fact read in a draft's words as the screens
// and the open questions do ("training format"), never by the file's key
// ("training_format"), as S/RES/1756 (2007) ¶2(o) showed it.
func TestReadingNamesTheFactInWords(t *testing.T) {
	rb := classify.Default()
	rd := suggest.NewReader(rb)
	const mandate = "S/RES/9002 (2031)\n\n1. Requests the mission to provide in the short term basic training to the army;\n"
	ws, _, err := suggest.Import(rd, "mandate.txt", mandate, suggest.ImportOptions{TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	if err := Write(&text, rb, Text, []Sheet{{File: "mandate.yaml", Worksheet: ws, Readings: rd.ReadDraft}}); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(text.String()), " ")
	if !strings.Contains(flat, "training format: one-off sessions ← “") {
		t.Errorf("the account lacks the training format read in words:\n%s", text.String())
	}
	if strings.Contains(flat, "training_format") {
		t.Errorf("the account names a fact by its key:\n%s", text.String())
	}
}
