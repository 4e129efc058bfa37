package classify

import (
	_ "embed"

	"github.com/pocssr/pocssr/model"
)

//go:embed cases.yaml
var builtinCases []byte

// Cases returns the built-in case library: activities drawn from the chapter's
// examples, read with rb's vocabulary.
func Cases(rb *Rulebook) (*model.Worksheet, error) {
	return model.Parse("cases.yaml", builtinCases, rb.Vocabulary())
}
