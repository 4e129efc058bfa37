package compare

import (
	"path/filepath"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

func rulebook() *classify.Rulebook { return classify.Default() }

// The invented renewal of the report's goldens: a reviewed worksheet and its
// renewal.
func loadExample(t testing.TB, name string) *model.Worksheet {
	t.Helper()
	ws, err := model.Load(filepath.Join("..", "report", "testdata", name), rulebook().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func example(t testing.TB) *model.Worksheet { return loadExample(t, "compare-old.yaml") }
func renewed(t testing.TB) *model.Worksheet { return loadExample(t, "compare-new.yaml") }
