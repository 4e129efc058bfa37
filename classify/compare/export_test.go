package compare

import "github.com/pocssr/pocssr/model"

// MissedByIndex counts the pairs at or above the threshold that comparing
// every task with every other finds and the inverted index does not, how
// many such pairs there are, and how many pairs the index measured.
func MissedByIndex(old, new []*model.Activity, threshold float64) (missed, pairs, candidates int) {
	ix := newIndex(old, new)
	found := map[[2]int]bool{}
	edges := ix.indexedEdges()
	candidates = len(edges)
	for _, e := range edges {
		found[[2]int{e.old, e.new}] = true
	}
	for _, e := range ix.allEdges() {
		if e.sim >= threshold {
			pairs++
			if !found[[2]int{e.old, e.new}] {
				missed++
			}
		}
	}
	return missed, pairs, candidates
}
