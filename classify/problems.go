package classify

import (
	"sort"

	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// problems adds node positions to model.Problems.
type problems struct{ model.Problems }

func (ps *problems) at(n *yaml.Node, format string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	ps.Add(line, col, format, args...)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
