package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/model"
)

// The index of both mandates' tasks: their weighted features, the
// similarity of two tasks, and the candidate pairs worth measuring.

// task is one task's text ready for comparison.
type task struct {
	words   []string // the words, lower-cased, paragraph number left out
	feature []feature
	norm    float64
	mass    float64 // sum of the idf of its distinct features, for containment
}

// feature is a word or a pair of adjacent words, hashed, with how often
// the task holds it, how many tasks of both mandates hold it, and its
// weights.
type feature struct {
	id     uint64
	count  int32
	df     int32
	idf    float64
	weight float64 // tf·idf in the task
}

// index prepares both mandates' tasks: words, features weighted by tf·idf
// over the tasks of both (so that the formulas every paragraph repeats,
// "requests UNISFA to", weigh little).
type index struct {
	old, new []task
}

// FNV-1a, over strings without converting them.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// features lists a task's words and pairs of adjacent words, hashed, each
// once with its count, sorted by hash: the hash, not an order of first
// sight, so that a dot product sums in one order whichever side is old and
// compare A B mirrors compare B A to the last bit.
func features(words []string) []feature {
	ids := make([]uint64, 0, 2*len(words))
	prev := uint64(0)
	for i, w := range words {
		h := hashString(fnvOffset, w)
		ids = append(ids, h)
		if i > 0 {
			// The pair hashes on from the previous word's hash.
			ids = append(ids, hashString(hashString(prev, "\x00"), w))
		}
		prev = h
	}
	slices.Sort(ids)
	out := make([]feature, 0, len(ids))
	for _, id := range ids {
		if n := len(out); n > 0 && out[n-1].id == id {
			out[n-1].count++
			continue
		}
		out = append(out, feature{id: id, count: 1})
	}
	return out
}

func newIndex(old, new []*model.Activity) *index {
	ix := &index{old: make([]task, len(old)), new: make([]task, len(new))}
	all := make([]*task, 0, len(old)+len(new))
	for i, a := range old {
		all = append(all, &ix.old[i])
		ix.old[i].words = Words(TaskText(a))
	}
	for i, a := range new {
		all = append(all, &ix.new[i])
		ix.new[i].words = Words(TaskText(a))
	}
	size := 0
	for _, t := range all {
		t.feature = features(t.words)
		size += len(t.feature)
	}
	// Sized for every feature at once: most are held by one or two tasks,
	// and a map grown step by step rehashed them all several times over.
	df := make(map[uint64]int32, size/2)
	for _, t := range all {
		for _, f := range t.feature {
			df[f.id]++
		}
	}
	n := float64(len(all))
	for _, t := range all {
		for k := range t.feature {
			f := &t.feature[k]
			f.df = df[f.id]
			f.idf = math.Log(1 + n/float64(f.df))
			f.weight = (1 + math.Log(float64(f.count))) * f.idf
			t.norm += f.weight * f.weight
			t.mass += f.idf
		}
		t.norm = math.Sqrt(t.norm)
	}
	return ix
}

// cosine is the similarity of two tasks' weighted features.
func cosine(a, b *task) float64 {
	if a.norm == 0 && b.norm == 0 {
		return 1 // two tasks without a word say the same
	}
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot, _ := shared(a, b)
	return dot / (a.norm * b.norm)
}

// within is the share of a's idf mass whose features b holds too.
func within(a, b *task) float64 {
	if a.mass == 0 {
		return 0
	}
	_, mass := shared(a, b)
	return mass / a.mass
}

// shared walks the features two tasks hold both (each list sorted by id)
// once, and sums their weights' products and a's idf over them.
func shared(a, b *task) (dot, mass float64) {
	for i, j := 0, 0; i < len(a.feature) && j < len(b.feature); {
		switch {
		case a.feature[i].id < b.feature[j].id:
			i++
		case a.feature[i].id > b.feature[j].id:
			j++
		default:
			dot += a.feature[i].weight * b.feature[j].weight
			mass += a.feature[i].idf
			i++
			j++
		}
	}
	return dot, mass
}

// edge is a candidate pair with its similarity.
type edge struct {
	old, new int
	sim      float64
}

// commonShare is the share of all tasks above which a feature is too common
// to find candidates by: words like "the" or "requests" would pair every
// task with every other, and the index would be quadratic.
const commonShare = 0.2

// allPairs is the number of pairs up to which every pair is a candidate:
// below it the index would save nothing worth its cost.
const allPairs = 4096

// candidates lists the pairs of tasks that share at least one feature that
// is not common, with their similarity. Through the inverted index each task
// meets only the tasks it shares a rarer word with, so the work grows with
// the number of tasks times the length of a rare feature's list, not with
// the square of the number of tasks.
func (ix *index) candidates() []edge {
	if len(ix.old)*len(ix.new) <= allPairs {
		return ix.allEdges()
	}
	return append(ix.indexedEdges(), ix.sameTextEdges()...)
}

// sameTextEdges pairs the tasks that say the same: the n-th task of the old
// mandate with a text meets the n-th of the new with that text. The index
// cannot see them when every word of a task is common (a text repeated
// throughout the mandate), and compare A A must still pair each task with
// itself.
func (ix *index) sameTextEdges() []edge {
	seen := map[string][]int{}
	for i := range ix.old {
		key := strings.Join(ix.old[i].words, "")
		seen[key] = append(seen[key], i)
	}
	nth := map[string]int{}
	var edges []edge
	for j := range ix.new {
		key := strings.Join(ix.new[j].words, "")
		if list := seen[key]; nth[key] < len(list) {
			i := list[nth[key]]
			edges = append(edges, edge{i, j, cosine(&ix.old[i], &ix.new[j])})
		}
		nth[key]++
	}
	return edges
}

// allEdges compares every task with every other.
func (ix *index) allEdges() []edge {
	edges := make([]edge, 0, len(ix.old)*len(ix.new))
	for i := range ix.old {
		for j := range ix.new {
			if s := cosine(&ix.old[i], &ix.new[j]); s > 0 {
				edges = append(edges, edge{i, j, s})
			}
		}
	}
	return edges
}

// posting is a task of the old mandate that holds a feature, with its
// weight there.
type posting struct {
	task   int
	weight float64
}

// indexedEdges finds, through an inverted index of the features held by no
// more than commonShare of all tasks, the pairs whose similarity may reach
// partFloor, and measures those. The index sums the part of each dot
// product that the rarer features make; the common features can add at
// most the product of the two tasks' norms over them (Cauchy-Schwarz), so a
// pair whose sum and that bound fall short is left out unmeasured. Only a
// pair that shares no rarer feature at all is missed, and such a pair is
// no task said again: the tests measure that none is missed on the
// labelled renewals and the long mandates.
func (ix *index) indexedEdges() []edge {
	limit := max(2, int(commonShare*float64(len(ix.old)+len(ix.new))))
	post := map[uint64][]posting{}
	for i := range ix.old {
		for _, f := range ix.old[i].feature {
			if int(f.df) <= limit {
				post[f.id] = append(post[f.id], posting{i, f.weight})
			}
		}
	}
	oldCommon := make([]float64, len(ix.old))
	oldCommonFeatures := make([]task, len(ix.old))
	for i := range ix.old {
		oldCommon[i] = commonNorm(&ix.old[i], limit)
		oldCommonFeatures[i] = commonPart(&ix.old[i], limit)
	}
	var edges []edge
	sum := make([]float64, len(ix.old))
	var met []int
	for j := range ix.new {
		t := &ix.new[j]
		met = met[:0]
		for _, f := range t.feature {
			for _, p := range post[f.id] {
				if sum[p.task] == 0 {
					met = append(met, p.task)
				}
				sum[p.task] += f.weight * p.weight
			}
		}
		common := commonNorm(t, limit)
		tCommon := commonPart(t, limit)
		for _, i := range met {
			norms := t.norm * ix.old[i].norm
			bound := (sum[i] + common*oldCommon[i]) / norms
			if bound >= partFloor {
				// The rarer features' part of the dot product is summed
				// already; the common ones, few in each task, add theirs.
				dot, _ := shared(&oldCommonFeatures[i], &tCommon)
				edges = append(edges, edge{i, j, (sum[i] + dot) / norms})
			}
			sum[i] = 0
		}
	}
	return edges
}

// commonPart is a task with only its features held by more than limit
// tasks, in their order.
func commonPart(t *task, limit int) task {
	n := 0
	for _, f := range t.feature {
		if int(f.df) > limit {
			n++
		}
	}
	c := task{feature: make([]feature, 0, n)}
	for _, f := range t.feature {
		if int(f.df) > limit {
			c.feature = append(c.feature, f)
		}
	}
	return c
}

// commonNorm is the norm of a task's features held by more than limit tasks.
func commonNorm(t *task, limit int) float64 {
	n := 0.0
	for _, f := range t.feature {
		if int(f.df) > limit {
			n += f.weight * f.weight
		}
	}
	return math.Sqrt(n)
}

// partFloor is the least similarity at which a left-over task is looked at
// as part of another (split or merged); below it two tasks have nothing to
// do with each other.
const partFloor = 0.1

// residualCover measures how much of what a whole holds beyond its own
// counterpart a left-over task holds: of the idf mass of whole's features
// that counterpart lacks (rest, as a share of whole's mass), the share that
// part holds (cover). A paragraph cut in two leaves in the old one the words
// of the new half that was not paired with it; a paragraph that absorbed
// another holds, beyond its counterpart, the other's words.
func residualCover(part, whole, counterpart *task) (rest, cover float64) {
	if whole.mass == 0 {
		return 0, 0
	}
	restMass, coverMass := 0.0, 0.0
	for _, f := range whole.feature {
		if holds(counterpart, f.id) {
			continue
		}
		restMass += f.idf
		if holds(part, f.id) {
			coverMass += f.idf
		}
	}
	if restMass == 0 {
		return 0, 0
	}
	return restMass / whole.mass, coverMass / restMass
}

// holds reports whether a task has a feature (its list is sorted by id).
func holds(t *task, id uint64) bool {
	_, ok := slices.BinarySearchFunc(t.feature, id, func(f feature, id uint64) int {
		switch {
		case f.id < id:
			return -1
		case f.id > id:
			return 1
		}
		return 0
	})
	return ok
}
