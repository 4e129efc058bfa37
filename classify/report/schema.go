package report

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// schemaNode is one JSON Schema (draft 2020-12) of a worksheet's part. Its
// fields are the keywords the worksheet's schema uses, nothing more.
type schemaNode struct {
	Schema               string                 `json:"$schema,omitempty"`
	ID                   string                 `json:"$id,omitempty"`
	Title                string                 `json:"title,omitempty"`
	Description          string                 `json:"description,omitempty"`
	Type                 any                    `json:"type,omitempty"`
	Enum                 []any                  `json:"enum,omitempty"`
	Pattern              string                 `json:"pattern,omitempty"`
	Properties           map[string]*schemaNode `json:"properties,omitempty"`
	Required             []string               `json:"required,omitempty"`
	AdditionalProperties any                    `json:"additionalProperties,omitempty"`
	PropertyNames        *schemaNode            `json:"propertyNames,omitempty"`
	Items                *schemaNode            `json:"items,omitempty"`
	UniqueItems          bool                   `json:"uniqueItems,omitempty"`
}

// text is what the reader takes as text: any single value (a reference such
// as 6 is a number in YAML), or null, which is the same as absent.
var text = []string{"string", "number", "boolean", "null"}

// WriteSchema writes the JSON Schema of a worksheet file under rulebook rb:
// every key the reader takes, the allowed values of each fact from the
// rulebook's vocabulary, and the rulebook's question (with its help and the
// labels of the values) as each fact's description. Editors that read JSON
// Schema (the YAML language server among them) complete and check a
// hand-edited worksheet with it. It is as strict as the reader about keys and
// values; what it cannot say (an id used twice) the reader still reports.
func WriteSchema(w io.Writer, rb *classify.Rulebook) error {
	closed := false
	vocab := rb.Vocabulary()
	activity := &schemaNode{
		Type: "object", Description: "A mission activity: what it is, and what is known about it. An absent fact is unknown.",
		Required: []string{"title"}, AdditionalProperties: &closed,
		Properties: map[string]*schemaNode{
			"id":          {Type: []string{"string", "null"}, Pattern: `^[A-Za-z0-9][A-Za-z0-9._-]*$`, Description: "A short identifier, unique in the worksheet: letters, digits, '-', '_' and '.', starting with a letter or digit."},
			"title":       {Type: text, Pattern: `\S`, Description: "What the activity is called (required, not empty)."},
			"description": {Type: text, Description: "The activity in plain words."},
			"notes":       {Type: text, Description: "The planner's notes."},
			"status":      {Type: []string{"string", "null"}, Enum: []any{string(model.StatusDraft), string(model.StatusReviewed), nil}, Description: "draft: suggested from a text and not yet reviewed; reviewed: checked by a person."},
			"source": {Type: []string{"object", "null"}, AdditionalProperties: &closed, Description: "Where the activity comes from: a mandate's paragraph.",
				Properties: map[string]*schemaNode{
					"document": {Type: text, Description: "The document, e.g. a resolution's symbol."},
					"ref":      {Type: text, Description: "The paragraph, e.g. 6(ii)."},
					"text":     {Type: text, Description: "The paragraph's words."},
				}},
		},
	}
	for f := model.Fact(0); f < model.NumFacts; f++ {
		activity.Properties[f.Key()] = factSchema(rb, vocab, f)
	}
	activity.Properties["register"], activity.Properties["hrddp_review"] = registerSchema(vocab)
	doc := &schemaNode{
		Schema: "https://json-schema.org/draft/2020-12/schema", ID: model.SchemaURL,
		Title:       "pocssr worksheet (" + model.Schema + ")",
		Description: "A worksheet of mission activities, classified by pocssr under " + rb.Title + ".",
		Type:        "object", AdditionalProperties: &closed,
		Properties: map[string]*schemaNode{
			"schema":     {Enum: []any{model.Schema, nil}, Description: "The worksheet format: " + model.Schema + "."},
			"mission":    {Type: text, Description: "The mission the activities belong to."},
			"mandate":    {Type: text, Description: "The mandate they carry out, e.g. a resolution."},
			"activities": {Type: []string{"array", "null"}, Items: activity, Description: "The activities, in the order the worksheet lists them."},
		},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// factSchema is a fact's schema: its type, its values from the vocabulary,
// and the rulebook's question as its description.
func factSchema(rb *classify.Rulebook, vocab *model.Vocabulary, f model.Fact) *schemaNode {
	var desc []string
	q := rb.QuestionFor(f)
	if q != nil {
		desc = append(desc, q.Question)
		if q.Help != "" {
			desc = append(desc, OneLine(q.Help))
		}
	}
	switch f.Type() {
	case model.YesNo:
		if q != nil && q.Yes != "" {
			desc = append(desc, "true: "+OneLine(q.Yes))
		}
		if q != nil && q.No != "" {
			desc = append(desc, "false: "+OneLine(q.No))
		}
		return &schemaNode{Type: []string{"boolean", "null"}, Description: strings.Join(desc, "\n")}
	}
	values := vocab.Values(f)
	for _, v := range values {
		if l := vocab.Label(f, v); l != "" && l != v {
			desc = append(desc, v+": "+l)
		}
	}
	enum := make([]any, len(values))
	for i, v := range values {
		enum[i] = v
	}
	if f.Type() == model.SetOf {
		return &schemaNode{Type: []string{"array", "null"}, UniqueItems: true, Items: &schemaNode{Type: "string", Enum: enum},
			Description: strings.Join(append(desc, "A list; [] means none."), "\n")}
	}
	return &schemaNode{Type: []string{"string", "null"}, Enum: append(enum, nil), Description: strings.Join(desc, "\n")}
}

// date is an ISO date as the register writes it; YAML may read an unquoted
// one as a time, which keeps the same start.
const date = `^[0-9]{4}-[0-9]{2}-[0-9]{2}`

// registerSchema is the schema of the risk register (FRAMEWORK §9): entries
// keyed by the rulebook's risk ids, and the next HRDDP review.
func registerSchema(vocab *model.Vocabulary) (register, review *schemaNode) {
	closed := false
	ids := make([]any, 0, len(vocab.Risks()))
	for _, id := range vocab.Risks() {
		ids = append(ids, id)
	}
	statuses := []any{}
	for _, s := range model.MitigationStatuses {
		statuses = append(statuses, string(s))
	}
	entry := &schemaNode{
		Type: "object", Required: []string{"status"}, AdditionalProperties: &closed,
		Description: "Where the mitigation of this risk stands.",
		Properties: map[string]*schemaNode{
			"status": {Enum: statuses, Description: "not-started, planned, in-place, or not-needed (which needs a note saying why)."},
			"owner":  {Type: text, Description: "Who is responsible for the mitigation."},
			"due":    {Type: "string", Pattern: date, Description: "The date by which it must be in place (YYYY-MM-DD)."},
			"note":   {Type: text, Description: "What is done, or why nothing is needed."},
		},
	}
	register = &schemaNode{
		Type: []string{"object", "null"}, PropertyNames: &schemaNode{Enum: ids}, AdditionalProperties: entry,
		Description: "The risk register: for each risk of the rulebook, what is done about it, by whom and by when.",
	}
	review = &schemaNode{Type: []string{"string", "null"}, Pattern: date, Description: "The next review of the HRDDP risk assessment (YYYY-MM-DD)."}
	return register, review
}
