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

// BenchmarkPortfolioAdd measures what one activity adds to a batch run for the
// portfolio findings: its mark and the tally, against BenchmarkClassify.
func BenchmarkPortfolioAdd(b *testing.B) {
	rb := Default()
	rng := rand.New(rand.NewPCG(5, 6))
	set := make([]model.Activity, 1024)
	for i := range set {
		set[i] = model.Activity{ID: "a", Facts: randomFacts(rng, rb)}
	}
	b.ReportAllocs()
	b.ResetTimer()
	p := rb.NewPortfolio()
	for i := 0; i < b.N; i++ {
		if i&1023 == 0 {
			p = rb.NewPortfolio()
		}
		p.Add(&set[i&1023])
	}
}
