// Package sample draws varied activities from a rulebook's vocabulary, for tests
// and benchmarks that need many realistic worksheets.
package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

var titleWords = strings.Fields("support the national police army reform training human rights joint operations vetting " +
	"monitoring dialogue community protection civilians equipment logistics academy curriculum oversight")

// Facts draws facts from rb's vocabulary. Each fact is unknown with probability
// unknown (0 to 1); lists hold up to maxSet values (kinds at least one).
func Facts(rng *rand.Rand, rb *classify.Rulebook, unknown float64, maxSet int) model.Facts {
	var fs model.Facts
	v := rb.Vocabulary()
	for f := model.Fact(0); f < model.NumFacts; f++ {
		if rng.Float64() < unknown {
			continue
		}
		switch f.Type() {
		case model.OneOf:
			vals := v.Values(f)
			fs.SetOne(f, vals[rng.IntN(len(vals))])
		case model.YesNo:
			fs.SetYes(f, rng.IntN(2) == 0)
		case model.SetOf:
			vals := v.Values(f)
			rng.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
			n := rng.IntN(maxSet + 1)
			if f == model.Kinds && n == 0 {
				n = 1
			}
			fs.SetSet(f, vals[:min(n, len(vals))])
		}
	}
	return fs
}

// Worksheet generates n activities with ids a000000, a000001, ..., titles of a
// few words and facts drawn as by Facts; the same n and seed give the same
// worksheet.
func Worksheet(rb *classify.Rulebook, n int, seed uint64) *model.Worksheet {
	rng := rand.New(rand.NewPCG(seed, uint64(n)))
	ws := &model.Worksheet{Mission: "Generated mission", Mandate: "S/RES/0000 (2026)"}
	ws.Activities = make([]*model.Activity, n)
	for i := range ws.Activities {
		words := make([]string, 5+rng.IntN(5))
		for j := range words {
			words[j] = titleWords[rng.IntN(len(titleWords))]
		}
		ws.Activities[i] = &model.Activity{ID: fmt.Sprintf("a%06d", i), Title: strings.Join(words, " "),
			Facts: Facts(rng, rb, 0.45, 2)}
	}
	return ws
}
