package suggest

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"go.yaml.in/yaml/v3"
)

// mustStayUnknown is the label of a fact the words do not support.
const mustStayUnknown = "unknown"

// factTally counts, for one fact, how the reading did against the labels.
type factTally struct {
	right    int // a value suggested, and the one labelled
	wrong    int // a value suggested, and another labelled
	spurious int // a value suggested where the label says unknown
	missed   int // nothing suggested where a value is labelled
	quiet    int // nothing suggested, as labelled
}

// precision: of the values suggested, the share that are right.
func (f *factTally) precision() float64 {
	if n := f.right + f.wrong + f.spurious; n > 0 {
		return float64(f.right) / float64(n)
	}
	return 1
}

// recall: of the values labelled, the share suggested right.
func (f *factTally) recall() float64 {
	if n := f.right + f.wrong + f.missed; n > 0 {
		return float64(f.right) / float64(n)
	}
	return 1
}

func (f *factTally) String() string {
	return fmt.Sprintf("P %5.1f%%  R %5.1f%%  (right %d, wrong %d, suggested where unknown %d, missed %d, left unknown as labelled %d)",
		100*f.precision(), 100*f.recall(), f.right, f.wrong, f.spurious, f.missed, f.quiet)
}

// labelText writes a label value as the reading's values are written: a list
// sorted and joined by commas, "none" for an empty list.
func labelText(v any) string {
	switch v := v.(type) {
	case []any:
		if len(v) == 0 {
			return "none"
		}
		var parts []string
		for _, x := range v {
			parts = append(parts, fmt.Sprint(x))
		}
		sort.Strings(parts)
		return strings.Join(parts, ",")
	case nil:
		return mustStayUnknown
	}
	return fmt.Sprint(v)
}

// readValue is what the reading says of fact f, in the form of labelText, or
// "" when it leaves f unknown. For kinds it is the primary kind.
func readValue(fs *model.Facts, f model.Fact) string {
	if !fs.Known(f) {
		return ""
	}
	if f == model.Kinds {
		return fs.Primary()
	}
	vs := suggestedValues(fs, f)
	vs = append([]string(nil), vs...)
	sort.Strings(vs)
	return strings.Join(vs, ",")
}

// factLabels are an item's labels, by fact: its kind and implementer ("" =
// must stay unknown) and whatever its facts map names.
func factLabels(t *testing.T, l *labelled) map[model.Fact]string {
	out := map[model.Fact]string{model.Kinds: l.Kind, model.Implementer: l.Implementer}
	for k, v := range out {
		if v == "" {
			out[k] = mustStayUnknown
		}
	}
	for key, v := range l.Facts {
		f, ok := model.FactByKey(key)
		if !ok {
			t.Fatalf("%q: unknown fact %q in its labels", l.Text, key)
		}
		out[f] = labelText(v)
	}
	return out
}

func (f *factTally) add(label, got string) {
	switch {
	case label == mustStayUnknown && got == "":
		f.quiet++
	case label == mustStayUnknown:
		f.spurious++
	case got == "":
		f.missed++
	case got == label:
		f.right++
	default:
		f.wrong++
	}
}

// showMisses reports whether misses of the items tuned on are to be listed.
func showMisses() bool { return os.Getenv("POCSSR_SHOW_MISSES") != "" }

// loadResolutionLabels reads the hand labels of the fixtures' tasks.
func loadResolutionLabels(t *testing.T) (labels struct {
	Documents []struct {
		File  string     `yaml:"file"`
		Tasks []labelled `yaml:"tasks"`
	} `yaml:"documents"`
}) {
	t.Helper()
	data, err := os.ReadFile("testdata/resolutions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &labels); err != nil {
		t.Fatalf("testdata/resolutions.yaml: %v", err)
	}
	return labels
}

// TestFactPrecisionRecall measures the reading fact by fact on the labelled
// descriptions and resolution tasks (go test -v -run FactPrecision): precision
// counts a value suggested where the label says the fact must stay unknown as
// wrong, recall a fact left unknown where a value is labelled as missed.
// Floors in testdata/floors.yaml. Misses of items not held out are listed with
// POCSSR_SHOW_MISSES=1.
func TestFactPrecisionRecall(t *testing.T) {
	rb := classify.Default()
	r := NewReader(rb)
	tallies := map[model.Fact]*factTally{}
	var misses []string
	measure := func(l *labelled, s *Suggestion) {
		for f, label := range factLabels(t, l) {
			if tallies[f] == nil {
				tallies[f] = &factTally{}
			}
			got := readValue(&s.Facts, f)
			tallies[f].add(label, got)
			if label != got && !(label == mustStayUnknown && got == "") && !l.Holdout {
				misses = append(misses, fmt.Sprintf("%s %q want %q: %.120q", f.Key(), got, label, l.Text))
			}
		}
	}
	items := loadLabelled(t, "testdata/descriptions.yaml")
	for i := range items {
		measure(&items[i], r.Suggest(items[i].Text))
	}
	for _, d := range loadResolutionLabels(t).Documents {
		m, err := ReadMandate(r, readFixture(t, d.File))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range m.Tasks() {
			i := slices.IndexFunc(d.Tasks, func(l labelled) bool { return l.Ref == p.Ref })
			if i < 0 {
				continue
			}
			l := d.Tasks[i]
			l.Text = d.File + " " + p.Ref
			measure(&l, r.SuggestIn(p.Text, strings.Join(p.Context, "\n\n")))
		}
	}
	if showMisses() {
		sort.Strings(misses)
		for _, m := range misses {
			t.Log("miss: " + m)
		}
	}
	floors := loadFloors(t).Facts
	for f := model.Fact(0); f < model.NumFacts; f++ {
		ft := tallies[f]
		if ft == nil {
			continue
		}
		t.Logf("%-16s %s", f.Key(), ft)
		fl, ok := floors[f.Key()]
		if !ok {
			t.Errorf("%s: no floor in %s", f.Key(), readingFloors)
			continue
		}
		if got := ft.precision(); got < fl["precision"] {
			t.Errorf("%s: precision %.1f%%, below the floor of %.1f%%", f.Key(), 100*got, 100*fl["precision"])
		}
		if got := ft.recall(); got < fl["recall"] {
			t.Errorf("%s: recall %.1f%%, below the floor of %.1f%%", f.Key(), 100*got, 100*fl["recall"])
		}
	}
	for key := range floors {
		if f, ok := model.FactByKey(key); !ok || tallies[f] == nil {
			t.Errorf("%s: a floor for %q, which no label measures", readingFloors, key)
		}
	}
}

// A label may say a fact must stay unknown: a value read there counts
// against precision, and leaving it unknown counts as right for neither.
func TestFactTally(t *testing.T) {
	var ft factTally
	for _, c := range [][2]string{{"army", "army"}, {"army", "police"}, {"army", ""}, {mustStayUnknown, "police"}, {mustStayUnknown, ""}} {
		ft.add(c[0], c[1])
	}
	if ft.right != 1 || ft.wrong != 1 || ft.missed != 1 || ft.spurious != 1 || ft.quiet != 1 {
		t.Fatalf("%+v", ft)
	}
	if p, r := ft.precision(), ft.recall(); p != 1.0/3 || r != 1.0/3 {
		t.Errorf("precision %v recall %v", p, r)
	}
	if got := labelText([]any{"police", "army"}); got != "army,police" {
		t.Errorf("labelText %q", got)
	}
	if got := labelText([]any{}); got != "none" {
		t.Errorf("labelText of [] %q", got)
	}
}
