package classify

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The built-in vocabulary is exactly FRAMEWORK §1's, in its order.
func TestVocabularyMatchesFramework(t *testing.T) {
	want := map[model.Fact]string{
		model.Implementer:    "mission mission-support host-state partner",
		model.Forces:         "army police gendarmerie intelligence other-security",
		model.Accountability: "internal-controls discipline code-of-conduct external-oversight public-scrutiny reporting-procedure command-support whistleblower-protection performance-link",
		model.TrainingFormat: "one-off recurring training-of-trainers curriculum",
		model.RightsRecord:   "no-concerns minor-abuses grave-allegations grave-ongoing",
		model.HRDDP:          "not-done done done-with-mitigation",
		model.CommunityTrust: "high mixed low",
		model.Horizon:        "immediate medium long",
		model.PoliticalWill:  "strong weak absent",
	}
	var kinds []string
	for _, k := range kindTable {
		kinds = append(kinds, k.id)
	}
	want[model.Kinds] = strings.Join(kinds, " ")
	v := Default().Vocabulary()
	for f := model.Fact(0); f < model.NumFacts; f++ {
		got := strings.Join(v.Values(f), " ")
		if got != want[f] {
			t.Errorf("%s: values %q, want %q", f.Key(), got, want[f])
		}
		for _, c := range v.Choices(f) {
			if c.Label == "" {
				t.Errorf("%s=%s has no label", f.Key(), c.Value)
			}
		}
	}
	for _, q := range Default().Questions {
		if q.Fact.Type() == model.YesNo && (q.Yes == "" || q.No == "") {
			t.Errorf("%s: yes/no explanations missing", q.Fact.Key())
		}
		for _, o := range q.Options {
			if o.Explain == "" {
				t.Errorf("%s=%s: no explanation", q.Fact.Key(), o.Value)
			}
		}
		if q.Help == "" {
			t.Errorf("%s: no help", q.Fact.Key())
		}
	}
}

func TestRecommendationsLinked(t *testing.T) {
	rb := Default()
	if len(rb.Recommendations) != 5 {
		t.Fatalf("%d recommendations, want the chapter's five", len(rb.Recommendations))
	}
	linked := map[string]bool{}
	for _, r := range rb.Risks {
		for _, id := range r.Recommendations {
			linked[id] = true
		}
	}
	for _, rec := range rb.Recommendations {
		if !linked[rec.ID] {
			t.Errorf("no risk points to recommendation %s", rec.ID)
		}
	}
}
