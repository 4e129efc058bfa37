package report

import (
	"io"

	"github.com/pocssr/pocssr/classify"
	"go.yaml.in/yaml/v3"
)

func writeYAML(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	for _, sh := range sheets {
		if err := enc.Encode(buildSheet(rb, sh)); err != nil {
			return err
		}
	}
	return enc.Close()
}
