package classify

import (
	"math/rand/v2"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// BenchmarkClassify measures one activity's full classification (tier, agenda,
// reasons, risks with their why, open questions, would change) with the
// built-in rulebook, over a varied set of activities.
func BenchmarkClassify(b *testing.B) {
	rb := Default()
	rng := rand.New(rand.NewPCG(5, 6))
	set := make([]model.Facts, 1024)
	for i := range set {
		set[i] = randomFacts(rng, rb)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rb.ClassifyFacts(&set[i&1023])
	}
}

// BenchmarkClassifyCases classifies the case library, activity by activity.
func BenchmarkClassifyCases(b *testing.B) {
	rb := Default()
	ws, err := Cases(rb)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rb.Classify(ws.Activities[i%len(ws.Activities)])
	}
}
