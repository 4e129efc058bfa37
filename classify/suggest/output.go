package suggest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// Result classifies the suggested facts, as one activity titled after the text.
func (s *Suggestion) Result(rb *classify.Rulebook) classify.Result {
	r := rb.ClassifyFacts(&s.Facts)
	r.Title = TaskTitle(s.Text)
	r.ID = model.Slug(r.Title)
	return r
}

// OutputEvidence is one entry of "evidence" in the JSON of FRAMEWORK §7.
type OutputEvidence struct {
	Fact   string `json:"fact"`
	Value  string `json:"value"`
	Phrase string `json:"phrase"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// OutputDeclined is a reading that was not suggested, with the reason.
type OutputDeclined struct {
	OutputEvidence
	Reason string `json:"reason"`
}

// Output is the JSON document of `pocssr suggest` (FRAMEWORK §7). Beyond the
// contract it lists, under "declined", what was read but not suggested.
type Output struct {
	Text     string                `json:"text"`
	Facts    orderedFacts          `json:"facts"`
	Evidence []OutputEvidence      `json:"evidence"`
	Declined []OutputDeclined      `json:"declined"`
	Result   report.OutputActivity `json:"result"`
	// Unread is how many bytes at the end of an over-long text were not
	// read (Suggestion.Unread); absent when the text was read whole.
	Unread int `json:"unread,omitempty"`
}

// NewOutput builds the JSON document of a suggestion.
func NewOutput(rb *classify.Rulebook, s *Suggestion) Output {
	r := s.Result(rb)
	o := Output{Text: s.Text, Facts: orderedFacts{&s.Facts}, Evidence: []OutputEvidence{}, Declined: []OutputDeclined{},
		Result: report.NewOutputActivity(&r), Unread: s.Unread}
	for _, e := range s.Evidence {
		o.Evidence = append(o.Evidence, outputEvidence(e))
	}
	for _, d := range s.Declined {
		o.Declined = append(o.Declined, OutputDeclined{OutputEvidence: outputEvidence(d.Evidence), Reason: d.Reason})
	}
	return o
}

func outputEvidence(e Evidence) OutputEvidence {
	return OutputEvidence{Fact: e.Fact.Key(), Value: e.Value, Phrase: e.Phrase, Start: e.Start, End: e.End}
}

// orderedFacts writes the known facts as a JSON object in worksheet order.
type orderedFacts struct{ fs *model.Facts }

func (o orderedFacts) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	for f := model.Fact(0); f < model.NumFacts; f++ {
		v := o.fs[f]
		if !v.Known {
			continue
		}
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		key, _ := json.Marshal(f.Key())
		b.Write(key)
		b.WriteByte(':')
		var val any
		switch f.Type() {
		case model.SetOf:
			val = append([]string{}, v.Set...)
		case model.YesNo:
			val = v.Yes
		default:
			val = v.One
		}
		data, err := json.Marshal(val)
		if err != nil {
			return nil, err
		}
		b.Write(data)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// WriteJSON writes the JSON document of a suggestion.
func WriteJSON(w io.Writer, rb *classify.Rulebook, s *Suggestion) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(NewOutput(rb, s)); err != nil {
		return err
	}
	_, err := w.Write(report.EscapeControls(buf.Bytes()))
	return err
}

// textWidth is the width of the readable account.
const textWidth = 80

// WriteText writes a readable account: each suggested value with the words
// behind it, what was read but not suggested, and the classification.
func WriteText(w io.Writer, rb *classify.Rulebook, s *Suggestion) error {
	var b strings.Builder
	if len(s.Evidence) == 0 {
		b.WriteString("Nothing suggested: no words of the text match the cue lexicon.\n")
	} else {
		b.WriteString("Suggested facts (drafts: confirm each):\n")
		for f := model.Fact(0); f < model.NumFacts; f++ {
			if !s.Facts.Known(f) {
				continue
			}
			fmt.Fprintf(&b, "  %s: %s\n", f.Key(), report.OneLine(rb.ValueText(&s.Facts, f)))
			for _, e := range s.EvidenceFor(f) {
				fmt.Fprintf(&b, "      %s  %q [%d:%d]\n", e.Value, report.OneLine(e.Phrase), e.Start, e.End)
			}
		}
	}
	if len(s.Declined) > 0 {
		b.WriteString("Read but not suggested:\n")
		for _, d := range s.Declined {
			fmt.Fprintf(&b, "  %s %s  %q [%d:%d]: %s\n", d.Fact.Key(), d.Value, report.OneLine(d.Phrase), d.Start, d.End, d.Reason)
		}
	}
	b.WriteString("\n")
	r := s.Result(rb)
	report.WriteResultText(&b, rb, &r, textWidth)
	_, err := io.WriteString(w, b.String())
	return err
}
