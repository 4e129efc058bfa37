package model

import (
	"slices"
	"strings"
)

// A draft's answers are suggestions until the planner reviews it (FRAMEWORK
// §1 gives a draft no other key). Those the planner confirmed on a draft
// are kept in a YAML file as a comment above its status, where a person
// reading the file sees them and a reader that knows nothing of them loses
// nothing:
//
//	# confirmed by the planner: implementer, kinds
//	status: draft
//
// A JSON file has no comments, and keeps none.

// confirmedMark opens the comment line that lists a draft's confirmed
// answers.
const confirmedMark = "confirmed by the planner:"

// confirmedKey holds a draft's confirmed answers in the compact text a
// stream makes of a YAML file (appendActivityJSON), never in a file.
const confirmedKey = "pocssr:confirmed"

// confirmedIn reads the facts a comment above a draft's status names as
// confirmed: in the order of FRAMEWORK §1, each once; names of no fact are
// passed over (a comment is no place for an error).
func confirmedIn(comment string) []Fact {
	var out []Fact
	for _, line := range strings.Split(comment, "\n") {
		rest, ok := strings.CutPrefix(commentText(line), confirmedMark)
		if !ok {
			continue
		}
		for _, name := range strings.Split(rest, ",") {
			if f, ok := FactByKey(strings.TrimSpace(name)); ok && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	slices.Sort(out)
	return out
}

// commentText is the words of one line of a comment, without its "#".
func commentText(line string) string {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "#"))
}

// withConfirmed is the comment above a status with its line of confirmed
// answers set to facts (none: taken out), every other line as it was.
func withConfirmed(comment string, facts []Fact) string {
	var kept []string
	for _, line := range strings.Split(comment, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(commentText(line), confirmedMark) {
			continue
		}
		kept = append(kept, line)
	}
	if len(facts) > 0 {
		names := make([]string, len(facts))
		for i, f := range facts {
			names[i] = f.Key()
		}
		kept = append(kept, "# "+confirmedMark+" "+strings.Join(names, ", "))
	}
	return strings.Join(kept, "\n")
}

// KeepsConfirmations reports whether the worksheet's file keeps the answers
// confirmed on its drafts: a YAML file does, as a comment; a JSON file, which
// has none, does not; nor does a worksheet no file holds yet, until it is
// saved as YAML.
func (w *Worksheet) KeepsConfirmations() bool {
	if w.Path() == "" {
		return false
	}
	return formatOf(w.Path(), nil) == YAML
}
