package suggest

import (
	"runtime"
	"sync"
)

// partsPerRun is the fewest parts a run of its own is worth starting for: a
// short mandate is read in one go.
const partsPerRun = 16

// runsFor is how many runs n parts are read in: one to a processor, each of
// partsPerRun parts at least.
func runsFor(n int) int { return min(runtime.GOMAXPROCS(0), n/partsPerRun) }

// inRuns calls read(run, k) for every k below n, in the given number of runs
// at once, each a stretch of consecutive k read in order. read must touch
// nothing another k's read does but what is safe to share; the run's number
// lets it keep what is its own (a reader, with the last context it read).
func inRuns(n, runs int, read func(run, k int)) {
	if runs < 2 {
		for k := range n {
			read(0, k)
		}
		return
	}
	var wg sync.WaitGroup
	for run := range runs {
		from, to := run*n/runs, (run+1)*n/runs
		wg.Go(func() {
			for k := from; k < to; k++ {
				read(run, k)
			}
		})
	}
	wg.Wait()
}

// suggestParts reads the given parts of m, out[k] of parts[k]. A part's
// reading depends on its own text and context only, so the parts are read in
// runs (inRuns): each run is a stretch of consecutive parts, which share
// their contexts, and has its own reader, which keeps the last context it
// read. The readings are the same whatever the number of runs.
func (r *Reader) suggestParts(m *Mandate, parts []int) []*Suggestion {
	return r.suggestPartsIn(m, parts, runsFor(len(parts)))
}

// suggestPartsIn is suggestParts in the given number of runs.
func (r *Reader) suggestPartsIn(m *Mandate, parts []int, runs int) []*Suggestion {
	out := make([]*Suggestion, len(parts))
	readers := make([]*Reader, max(runs, 1))
	for run := range readers {
		readers[run] = &Reader{lx: r.lx}
	}
	inRuns(len(parts), runs, func(run, k int) {
		out[k] = readers[run].suggestPart(&m.Parts[parts[k]])
	})
	return out
}
