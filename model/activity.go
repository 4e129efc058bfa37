package model

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

// Schema is the worksheet format this version reads and writes.
const Schema = "pocssr/v1"

// SchemaURL is where the JSON Schema of the worksheet format under the
// built-in rulebook is published (docs/worksheet.schema.json of the
// repository, which `pocssr schema` writes). A new YAML worksheet names it in
// its first line, "# yaml-language-server: $schema=<SchemaURL>", so that an
// editor with the YAML language server completes and checks it. A worksheet
// for a modified rulebook names a schema written by `pocssr schema --rules`
// instead.
const SchemaURL = "https://raw.githubusercontent.com/pocssr/pocssr/main/docs/worksheet.schema.json"

// SchemaComment is the first line of a new YAML worksheet, without its "# ".
const SchemaComment = "yaml-language-server: $schema=" + SchemaURL

// Status says whether a person has reviewed an activity.
type Status string

// The statuses of an activity. Imported or suggested activities start as drafts.
const (
	StatusUnset    Status = ""
	StatusDraft    Status = "draft"
	StatusReviewed Status = "reviewed"
)

// Source says where an activity came from, e.g. a mandate paragraph.
type Source struct {
	Document string
	Ref      string
	Text     string
}

// IsZero reports whether nothing is known of the source.
func (s Source) IsZero() bool { return s == Source{} }

// Activity is one mission activity described in a worksheet.
type Activity struct {
	ID          string
	Title       string
	Description string
	Facts       Facts
	Notes       string
	Source      Source
	Status      Status
	// Register records what is being done about each risk (FRAMEWORK §9);
	// HRDDPReview is the next review of the HRDDP risk assessment ("" if none).
	Register    Register
	HRDDPReview Date
	// Confirmed are the answers of a draft the planner confirmed, in the
	// order of FRAMEWORK §1; a YAML file keeps them as a comment above
	// the status (confirmed.go). None for a reviewed activity, all of
	// whose answers are the planner's.
	Confirmed []Fact

	// node is the mapping this activity was read from, so that a save keeps the
	// comments and layout a person gave it.
	node *yaml.Node
}

// Clone returns a deep copy that shares nothing with a. The copy forgets where a
// was read from, so saving it writes a fresh entry.
func (a *Activity) Clone() *Activity {
	c := *a
	c.Facts = a.Facts.Clone()
	c.Register = a.Register.Clone()
	c.Confirmed = slices.Clone(a.Confirmed)
	c.node = nil
	return &c
}

// Same reports whether b says all that a does: the same id, title,
// description, facts, notes, source, status, register, HRDDP review and
// confirmed answers.
// Where each was read from, and its layout, do not count.
func (a *Activity) Same(b *Activity) bool {
	return a.ID == b.ID && a.Title == b.Title && a.Description == b.Description && a.Facts.Equal(&b.Facts) &&
		a.Notes == b.Notes && a.Source == b.Source && a.Status == b.Status && a.Register.Equal(b.Register) &&
		a.HRDDPReview == b.HRDDPReview && slices.Equal(a.Confirmed, b.Confirmed)
}

// Worksheet is a mission's list of activities.
type Worksheet struct {
	Mission    string
	Mandate    string
	Activities []*Activity

	// doc is the document read from the file, kept so that a save preserves the
	// comments of a hand-edited worksheet; nil for a new worksheet.
	doc    *yaml.Node
	origin origin
}
