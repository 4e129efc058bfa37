package suggest

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// labelled is one item of a labelled set: what a careful reader would say.
type labelled struct {
	Text        string `yaml:"text"`
	Ref         string `yaml:"ref"`
	Kind        string `yaml:"kind"`
	Implementer string `yaml:"implementer"`
	Tier        int    `yaml:"tier"`
	Agenda      string `yaml:"agenda"`
	Holdout     bool   `yaml:"holdout"`
	Batch       int    `yaml:"batch"`
	// Facts labels other facts: a value, a list, or "unknown" (the reading
	// must leave the fact unknown).
	Facts map[string]any `yaml:"facts"`
}

func loadLabelled(t testing.TB, path string) []labelled {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Items []labelled `yaml:"items"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc.Items
}

// The fields measured, in report order.
var measuredFields = []string{"kind", "implementer", "tier", "agenda"}

// score counts the items read right, per field.
type score struct {
	n     int
	right map[string]int
}

func (s *score) rate(field string) float64 {
	if s.n == 0 {
		return 0
	}
	return float64(s.right[field]) / float64(s.n)
}

func (s *score) String() string {
	parts := []string{fmt.Sprintf("n=%3d", s.n)}
	for _, f := range measuredFields {
		parts = append(parts, fmt.Sprintf("%s %5.1f%%", f, 100*s.rate(f)))
	}
	return strings.Join(parts, "  ")
}

// reading is what the reader made of one labelled item.
type labelledReading struct {
	kind, implementer, agenda string
	tier                      int
}

func readLabelled(rb *classify.Rulebook, s *Suggestion) labelledReading {
	res := rb.ClassifyFacts(&s.Facts)
	impl, _ := s.Facts.One(model.Implementer)
	return labelledReading{kind: s.Facts.Primary(), implementer: impl, agenda: string(res.Agenda), tier: int(res.Tier)}
}

func (l *labelled) misses(got labelledReading) []string {
	var out []string
	if got.kind != l.Kind {
		out = append(out, fmt.Sprintf("kind %q want %q", got.kind, l.Kind))
	}
	if got.implementer != l.Implementer {
		out = append(out, fmt.Sprintf("implementer %q want %q", got.implementer, l.Implementer))
	}
	if got.tier != l.Tier {
		out = append(out, fmt.Sprintf("tier %d want %d", got.tier, l.Tier))
	}
	if got.agenda != l.Agenda {
		out = append(out, fmt.Sprintf("agenda %s want %s", got.agenda, l.Agenda))
	}
	return out
}

func (s *score) add(l *labelled, got labelledReading) {
	if s.right == nil {
		s.right = map[string]int{}
	}
	s.n++
	ok := map[string]bool{"kind": got.kind == l.Kind, "implementer": got.implementer == l.Implementer,
		"tier": got.tier == l.Tier, "agenda": got.agenda == l.Agenda}
	for f, b := range ok {
		if b {
			s.right[f]++
		}
	}
}

// Floors, just under the figures measured on 2026-12-06 (the whole set:
// kind 92.0%, implementer 96.3%, tier 94.3%, agenda 92.3%; the held-out
// items: 82.1%, 91.9%, 87.0%, 82.1%; batch 3: 77.5%, 91.5%, 81.7%, 76.1%),
// so that a regression fails. The first floors, fixed before the results they
// bound were first seen, were lower; the rounds since raised the figures
// without tuning on the held-out sentences.
var (
	floorsAll     = map[string]float64{"kind": 0.925, "implementer": 0.96, "tier": 0.95, "agenda": 0.93}
	floorsHoldout = map[string]float64{"kind": 0.815, "implementer": 0.915, "tier": 0.865, "agenda": 0.815}
	floorsBatch3  = map[string]float64{"kind": 0.785, "implementer": 0.91, "tier": 0.825, "agenda": 0.77}
	// floorsBatch5 were first set when its totals were first read (kind
	// 60.9%, implementer 78.3%, tier 73.9%, agenda 60.9%), before any round
	// tuned the lexicon after it was written, and raised to the figures
	// after that round, then to those of 2026-12-06 (73.9%, 82.6%, 87.0%,
	// 78.3%). Its author wrote the rounds' rules too and knew its sentences:
	// it bounds a regression, it no longer measures unseen phrasing (the
	// sealed corpus does).
	floorsBatch5 = map[string]float64{"kind": 0.735, "implementer": 0.82, "tier": 0.865, "agenda": 0.78}
)

// batchOf is the batch an item was written in: 0 for the items written with
// the lexicon, 1 for the first held-out items (which name no batch), else the
// batch it names.
func batchOf(l *labelled) int {
	switch {
	case l.Batch > 0:
		return l.Batch
	case l.Holdout:
		return 1
	}
	return 0
}

// batchNames name the batches in the report.
var batchNames = []string{
	1: "batch 1, held out, written before the lexicon",
	2: "batch 2, written after the lexicon was frozen, tuned on",
	3: "batch 3, held out, written before the fourth round",
	4: "batch 4, mandate phrasings of protection, tuned on",
	5: "batch 5, held out, written before the sixth round",
}

// TestAccuracy measures the reading on the labelled descriptions and prints
// the accuracy per field for the whole set, the tuning part, the held-out part
// and each batch (go test -v -run TestAccuracy). Misses of the items tuned on
// are listed with POCSSR_SHOW_MISSES=1; those of the held-out items only with
// POCSSR_SHOW_HOLDOUT=1, so that tuning the lexicon does not look at them.
func TestAccuracy(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	items := loadLabelled(t, "testdata/descriptions.yaml")
	var all, tuning, holdout, earlier score
	batches := make([]score, len(batchNames))
	for i := range items {
		l := &items[i]
		s := r.Suggest(l.Text)
		checkEvidence(t, s)
		got := readLabelled(rb, s)
		all.add(l, got)
		b := batchOf(l)
		if b >= len(batches) {
			t.Fatalf("%q: unknown batch %d", l.Text, b)
		}
		if b > 0 {
			batches[b].add(l, got)
		}
		if l.Holdout {
			holdout.add(l, got)
			if b < 3 {
				earlier.add(l, got)
			}
		} else {
			tuning.add(l, got)
		}
		show := os.Getenv("POCSSR_SHOW_MISSES") != "" && !l.Holdout || os.Getenv("POCSSR_SHOW_HOLDOUT") != "" && l.Holdout
		if m := l.misses(got); show && len(m) > 0 {
			t.Logf("miss: %q: %s", l.Text, strings.Join(m, "; "))
		}
	}
	t.Logf("all      %s", &all)
	t.Logf("tuning   %s", &tuning)
	t.Logf("held-out %s", &holdout)
	for b := 1; b < len(batches); b++ {
		t.Logf("  %-52s %s", batchNames[b], &batches[b])
	}
	if holdout.n*5 < all.n {
		t.Errorf("only %d of %d items are held out; at least 20%% must be", holdout.n, all.n)
	}
	for _, f := range measuredFields {
		if got := all.rate(f); got < floorsAll[f] {
			t.Errorf("%s accuracy %.1f%% on the whole set, below the floor of %.0f%%", f, 100*got, 100*floorsAll[f])
		}
		if got := earlier.rate(f); got < floorsHoldout[f] {
			t.Errorf("%s accuracy %.1f%% on the held-out items of batches 1 and 2, below the floor of %.0f%%", f, 100*got, 100*floorsHoldout[f])
		}
		if got := batches[3].rate(f); got < floorsBatch3[f] {
			t.Errorf("%s accuracy %.1f%% on batch 3, below the floor of %.0f%%", f, 100*got, 100*floorsBatch3[f])
		}
		if got := batches[5].rate(f); got < floorsBatch5[f] {
			t.Errorf("%s accuracy %.1f%% on batch 5, below the floor of %.0f%%", f, 100*got, 100*floorsBatch5[f])
		}
	}
}

// checkEvidence asserts the contract of FRAMEWORK §7 for a text read without
// context: every suggested value has evidence, all evidence is for a suggested
// value, and its offsets point at its phrase in the text.
func checkEvidence(t *testing.T, s *Suggestion) {
	t.Helper()
	for f := model.Fact(0); f < model.NumFacts; f++ {
		if !s.Facts.Known(f) {
			if len(s.EvidenceFor(f)) > 0 {
				t.Errorf("%q: evidence for %s, which is not suggested", s.Text, f.Key())
			}
			continue
		}
		for _, v := range suggestedValues(&s.Facts, f) {
			found := false
			for _, e := range s.EvidenceFor(f) {
				found = found || e.Value == v
			}
			if !found {
				t.Errorf("%q: %s %s is suggested without evidence", s.Text, f.Key(), v)
			}
		}
		for _, e := range s.EvidenceFor(f) {
			if !slices.Contains(suggestedValues(&s.Facts, f), e.Value) {
				t.Errorf("%q: evidence for %s %s, which is not suggested", s.Text, f.Key(), e.Value)
			}
		}
	}
	for _, e := range s.Evidence {
		if e.Start < 0 || e.End > len(s.Text) || e.Start >= e.End || s.Text[e.Start:e.End] != e.Phrase {
			t.Errorf("%q: evidence %q at %d..%d does not match the text", s.Text, e.Phrase, e.Start, e.End)
		}
	}
}

// suggestedValues lists the values of fact f as evidence names them.
func suggestedValues(fs *model.Facts, f model.Fact) []string {
	v := fs[f]
	switch f.Type() {
	case model.SetOf:
		if len(v.Set) == 0 {
			return []string{"none"}
		}
		return v.Set
	case model.YesNo:
		if v.Yes {
			return []string{"true"}
		}
		return []string{"false"}
	}
	return []string{v.One}
}

// TestCaseLibraryReading reads the descriptions of the built-in case library,
// written by others for another purpose, and compares what the reader makes of
// them with the facts the library records. It was unseen until the fourth
// round of tuning used it: its misses are listed with POCSSR_SHOW_MISSES=1.
func TestCaseLibraryReading(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	var sc score
	for _, a := range ws.Activities {
		if a.Description == "" {
			continue
		}
		want := rb.Classify(a)
		impl, _ := a.Facts.One(model.Implementer)
		l := &labelled{Text: a.Title + ". " + a.Description, Kind: a.Facts.Primary(), Implementer: impl, Tier: int(want.Tier), Agenda: string(want.Agenda)}
		s := r.Suggest(l.Text)
		checkEvidence(t, s)
		got := readLabelled(rb, s)
		sc.add(l, got)
		if m := l.misses(got); os.Getenv("POCSSR_SHOW_MISSES") != "" && len(m) > 0 {
			t.Logf("miss: %s: %s", a.ID, strings.Join(m, "; "))
		}
	}
	t.Logf("case library %s", &sc)
	if sc.n < 10 {
		t.Errorf("only %d cases read", sc.n)
	}
	floors := loadFloors(t).CaseLibrary
	for _, f := range measuredFields {
		floor, ok := floors[f]
		if !ok {
			t.Errorf("%s: no case_library floor for %s", readingFloors, f)
			continue
		}
		if got := sc.rate(f); got < floor {
			t.Errorf("case library: %s %.1f%%, below the floor of %.1f%%", f, 100*got, 100*floor)
		}
	}
}
