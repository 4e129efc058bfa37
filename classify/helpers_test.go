package classify

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// facts reads one activity's facts from YAML lines such as
// "implementer: mission; kinds: [equipment]" (";" separates lines).
func facts(t testing.TB, spec string) model.Facts {
	t.Helper()
	src := "activities:\n  - title: t\n"
	for _, line := range strings.Split(spec, ";") {
		if line = strings.TrimSpace(line); line != "" {
			src += "    " + line + "\n"
		}
	}
	ws, err := model.Parse("spec", []byte(src), Default().Vocabulary())
	if err != nil {
		t.Fatalf("bad spec %q: %v", spec, err)
	}
	return ws.Activities[0].Facts
}

func riskIDs(r Result) []string {
	ids := make([]string, len(r.Risks))
	for i, k := range r.Risks {
		ids[i] = k.Rule.ID
	}
	return ids
}

func hasRisk(r Result, id string) (Risk, bool) {
	for _, k := range r.Risks {
		if k.Rule.ID == id {
			return k, true
		}
	}
	return Risk{}, false
}
