package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
)

// A risk resting on suggested answers whose sentence already marks the
// value only suggested ("~ operational training is reform work…") is
// marked once: the text account of S/RES/1756 (2007) ¶2(o) read
// "Why: ~ ~ operational training".
func TestRiskWhyMarkedOnce(t *testing.T) {
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
	if !strings.Contains(flat, "Why: "+IfSuggestedLead+"~ operational training is reform work") {
		t.Fatalf("the account lacks the short-term risk's sentence marked:\n%s", text.String())
	}
	if strings.Contains(flat, "~ ~") {
		t.Errorf("the account marks a sentence twice:\n%s", text.String())
	}
}
