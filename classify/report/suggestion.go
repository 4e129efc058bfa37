package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The output of `pocssr suggest`: what the reader made of a text, in JSON
// (FRAMEWORK §7) and as a readable account. The reader (classify/suggest)
// reads; this file only renders its Suggestion.

// suggestionResult classifies the suggested facts, as one activity titled
// after the text.
func suggestionResult(rb *classify.Rulebook, s *suggest.Suggestion) classify.Result {
	r := rb.ClassifyFacts(&s.Facts)
	r.Title = suggest.TaskTitle(s.Text)
	r.ID = model.Slug(r.Title)
	return r
}

// SuggestionEvidence is one entry of "evidence" in the JSON of FRAMEWORK §7.
type SuggestionEvidence struct {
	Fact   string `json:"fact"`
	Value  string `json:"value"`
	Phrase string `json:"phrase"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// SuggestionDeclined is a reading that was not suggested, with the reason.
type SuggestionDeclined struct {
	SuggestionEvidence
	Reason string `json:"reason"`
}

// SuggestionOutput is the JSON document of `pocssr suggest` (FRAMEWORK §7). Beyond the
// contract it lists, under "declined", what was read but not suggested.
type SuggestionOutput struct {
	Text     string               `json:"text"`
	Facts    orderedFacts         `json:"facts"`
	Evidence []SuggestionEvidence `json:"evidence"`
	Declined []SuggestionDeclined `json:"declined"`
	Result   OutputActivity       `json:"result"`
	// Unread is how many bytes at the end of an over-long text were not
	// read (Suggestion.Unread); absent when the text was read whole.
	Unread int `json:"unread,omitempty"`
}

// NewSuggestionOutput builds the JSON document of a suggestion.
func NewSuggestionOutput(rb *classify.Rulebook, s *suggest.Suggestion) SuggestionOutput {
	r := suggestionResult(rb, s)
	o := SuggestionOutput{Text: s.Text, Facts: orderedFacts{&s.Facts}, Evidence: []SuggestionEvidence{}, Declined: []SuggestionDeclined{},
		Result: NewOutputActivity(&r), Unread: s.Unread}
	for _, e := range s.Evidence {
		o.Evidence = append(o.Evidence, outputEvidence(e))
	}
	for _, d := range s.Declined {
		o.Declined = append(o.Declined, SuggestionDeclined{SuggestionEvidence: outputEvidence(d.Evidence), Reason: d.Reason})
	}
	return o
}

func outputEvidence(e suggest.Evidence) SuggestionEvidence {
	return SuggestionEvidence{Fact: e.Fact.Key(), Value: e.Value, Phrase: e.Phrase, Start: e.Start, End: e.End}
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

// WriteSuggestionJSON writes the JSON document of a suggestion.
func WriteSuggestionJSON(w io.Writer, rb *classify.Rulebook, s *suggest.Suggestion) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(NewSuggestionOutput(rb, s)); err != nil {
		return err
	}
	_, err := w.Write(EscapeControls(buf.Bytes()))
	return err
}

// WriteSuggestionText writes a readable account: each suggested value with
// the words behind it, what was read but not suggested, and the
// classification, at the text account's width.
func WriteSuggestionText(w io.Writer, rb *classify.Rulebook, s *suggest.Suggestion) error {
	var b strings.Builder
	if len(s.Evidence) == 0 {
		b.WriteString("Nothing suggested: no words of the text match the cue lexicon.\n")
	} else {
		b.WriteString("Suggested facts (drafts: confirm each):\n")
		for f := model.Fact(0); f < model.NumFacts; f++ {
			if !s.Facts.Known(f) {
				continue
			}
			fmt.Fprintf(&b, "  %s: %s\n", f.Key(), OneLine(rb.ValueText(&s.Facts, f)))
			for _, e := range s.EvidenceFor(f) {
				fmt.Fprintf(&b, "      %s  %q [%d:%d]\n", e.Value, OneLine(e.Phrase), e.Start, e.End)
			}
		}
	}
	if len(s.Declined) > 0 {
		b.WriteString("Read but not suggested:\n")
		for _, d := range s.Declined {
			fmt.Fprintf(&b, "  %s %s  %q [%d:%d]: %s\n", d.Fact.Key(), d.Value, OneLine(d.Phrase), d.Start, d.End, d.Reason)
		}
	}
	b.WriteString("\n")
	r := suggestionResult(rb, s)
	WriteResultText(&b, rb, &r, textWidth)
	_, err := io.WriteString(w, b.String())
	return err
}
