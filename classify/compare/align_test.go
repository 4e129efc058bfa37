package compare

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

func rulebook() *classify.Rulebook { return classify.Default() }

// The invented renewal of the report's goldens: a reviewed worksheet and its
// renewal.
func loadExample(t testing.TB, name string) *model.Worksheet {
	t.Helper()
	ws, err := model.Load(filepath.Join("..", "report", "testdata", name), rulebook().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func example(t testing.TB) *model.Worksheet { return loadExample(t, "compare-old.yaml") }
func renewed(t testing.TB) *model.Worksheet { return loadExample(t, "compare-new.yaml") }

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

func taskOf(ref, text string) *model.Activity {
	return &model.Activity{ID: model.Slug(ref + " " + text), Title: text, Source: model.Source{Ref: ref, Text: text}}
}

func TestBodyDropsParagraphMarkers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"12. Requests the mission to patrol;", "Requests the mission to patrol;"},
		{"(a) Patrol the camps", "Patrol the camps"},
		{"3. (b) (iii) Patrol", "Patrol"},
		{"(Abyei) is a place", "(Abyei) is a place"}, // a word in brackets longer than a marker stays
		{"2015 elections", "2015 elections"},         // a number without a point is text
		{"Protect civilians", "Protect civilians"},
	} {
		if got := Body(tc.in); got != tc.want {
			t.Errorf("Body(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDiffMarksAddedAndRemovedWords(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     []Span
	}{
		{"patrol the camps", "patrol the camps", []Span{{Op: WordsSame, Text: "patrol the camps"}}},
		{"patrol the camps", "patrol the northern camps", []Span{{Op: WordsSame, Text: "patrol the"}, {Op: WordsAdded, Text: "northern"}, {Op: WordsSame, Text: "camps"}}},
		{"train the police in one-off sessions", "train the police through a curriculum",
			[]Span{{Op: WordsSame, Text: "train the police"}, {Op: WordsRemoved, Text: "in one-off sessions"}, {Op: WordsAdded, Text: "through a curriculum"}}},
		{"a b c", "", []Span{{Op: WordsRemoved, Text: "a b c"}}},
		{"", "a b", []Span{{Op: WordsAdded, Text: "a b"}}},
		{"", "", nil},
	} {
		if got := Diff(tc.old, tc.new); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Diff(%q, %q) = %v, want %v", tc.old, tc.new, got, tc.want)
		}
	}
}

// Every word of each text is in the diff once, in order: the same and
// removed words spell the old text, the same and added ones the new.
func TestDiffSpellsBothTexts(t *testing.T) {
	texts := []string{"", "a", "a b c d", "b c d e", "a a a b", "d c b a", "x a y b z c"}
	for _, old := range texts {
		for _, new := range texts {
			var o, n []string
			for _, s := range Diff(old, new) {
				if s.Op != WordsAdded {
					o = append(o, oldSpelling(s))
				}
				if s.Op != WordsRemoved {
					n = append(n, s.Text)
				}
			}
			if got := Body(join(o)); got != old {
				t.Errorf("%q → %q: old spelt %q", old, new, got)
			}
			if got := join(n); got != new {
				t.Errorf("%q → %q: new spelt %q", old, new, got)
			}
		}
	}
}

// oldSpelling is a stretch as the old text spells it.
func oldSpelling(s Span) string {
	if s.Old != "" {
		return s.Old
	}
	return s.Text
}

// A word the conversion of a PDF cut in two, or a lost hyphen, is no change
// in the diff either: the stretch is in both texts, kept as the new one
// spells it and the old spelling beside it.
func TestDiffIgnoresWordsCutInTwo(t *testing.T) {
	got := Diff("for the Temporary Arrangemen ts of Abyei and the Secretary-General's report",
		"for the Temporar y Arrangements of Abyei and the SecretaryGeneral's new report")
	want := []Span{{Op: WordsSame, Text: "for the"}, {Op: WordsSame, Text: "Temporar y Arrangements", Old: "Temporary Arrangemen ts"},
		{Op: WordsSame, Text: "of Abyei and the"}, {Op: WordsSame, Text: "SecretaryGeneral's", Old: "Secretary-General's"},
		{Op: WordsAdded, Text: "new"}, {Op: WordsSame, Text: "report"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Diff = %q\nwant  %q", got, want)
	}
	if added, removed := DiffWords(got); added != 1 || removed != 0 {
		t.Errorf("%d added, %d removed; want 1 and 0", added, removed)
	}
}

func join(parts []string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += " "
		}
		s += p
	}
	return s
}

// The changes a renewal makes, each found for what it is.
func TestAlignFindsEachChange(t *testing.T) {
	old := []*model.Activity{
		taskOf("1", "1. Protect civilians under imminent threat of physical violence through patrols in the camps of displaced people;"),
		taskOf("2", "2. Provide human rights training to the national police in one-off sessions in every province;"),
		taskOf("3", "3. Support the reform of the justice and corrections sectors, and advise on the vetting of police officers and an oversight body;"),
		taskOf("4", "4. Facilitate safe and unhindered humanitarian access to the affected populations;"),
	}
	new := []*model.Activity{
		taskOf("2", "2. Provide human rights training to the national police through a curriculum at the academy in every province;"),
		taskOf("5", "5. Protect civilians under imminent threat of physical violence through patrols in the camps of displaced people;"),
		taskOf("6(a)", "(a) Support the reform of the justice and corrections sectors;"),
		taskOf("6(b)", "(b) Advise on the vetting of police officers and an oversight body;"),
		taskOf("7", "7. Clear mines from the roads to the border with the help of the mine action service;"),
	}
	var got []string
	for _, l := range Align(old, new, Options{}) {
		got = append(got, fmt.Sprintf("%s %d→%d", l.Change, l.Old, l.New))
	}
	want := []string{"reworded 1→0", "unchanged 0→1", "split 2→2", "reworded 2→3", "dropped 3→-1", "added -1→4"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links:\n got %v\nwant %v", got, want)
	}
}

// Spacing, punctuation, case and a word cut in two by a PDF's conversion
// are no rewording; another word is.
func TestUnchangedIsTheSameLetters(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     Change
	}{
		{"5. Protect the oil infrastructure;", "7. protect the oil infrastr ucture", Unchanged},
		{"Welcomes the Secretary-General's report", "Welcomes the SecretaryGeneral's report", Unchanged},
		{"Protect the oil infrastructure", "Protect the oil infrastructures", Reworded},
	} {
		links := Align([]*model.Activity{taskOf("1", tc.old)}, []*model.Activity{taskOf("1", tc.new)}, Options{})
		if len(links) != 1 || links[0].Change != tc.want {
			t.Errorf("%q → %q: %+v, want %s", tc.old, tc.new, links, tc.want)
		}
	}
}

// Compare A A: every task is unchanged, in place, and no verdict moves.
func TestCompareWithItselfIsAllUnchanged(t *testing.T) {
	rb := rulebook()
	for _, ws := range []*model.Worksheet{example(t), duplicated()} {
		c := Compare(rb, "a", ws, "a", ws.Detach(), Options{})
		if len(c.Pairs) != len(ws.Activities) {
			t.Fatalf("%d pairs for %d tasks", len(c.Pairs), len(ws.Activities))
		}
		for i, p := range c.Pairs {
			if p.Change != Unchanged || p.Link.Old != i || p.Link.New != i || p.Moved() || p.Shift.Changed() ||
				len(p.Shift.QuestionsOpened)+len(p.Shift.QuestionsClosed) > 0 {
				t.Errorf("pair %d: %+v", i, p.Link)
			}
		}
		if len(c.Portfolio.Appeared)+len(c.Portfolio.Cleared) > 0 {
			t.Errorf("findings appear or clear: %+v", c.Portfolio)
		}
	}
}

// A long mandate whose tasks are one text said again (no word of it is rare
// enough for the index) still pairs each task with itself, in place.
func TestCompareLongRepeatedMandateWithItself(t *testing.T) {
	var acts []*model.Activity
	for i := range 3000 {
		text := "Patrol the camps of displaced people;"
		if i%100 == 0 {
			text = fmt.Sprintf("Train police unit %d in the law of armed conflict;", i)
		}
		acts = append(acts, taskOf(fmt.Sprint(i+1), text))
	}
	links := Align(acts, acts, Options{})
	if len(links) != len(acts) {
		t.Fatalf("%d links for %d tasks", len(links), len(acts))
	}
	for i, l := range links {
		if l.Change != Unchanged || l.Old != i || l.New != i {
			t.Fatalf("link %d: %+v", i, l)
		}
	}
}

// duplicated is a mandate whose tasks repeat word for word: each must still
// pair with its own place.
func duplicated() *model.Worksheet {
	ws := &model.Worksheet{}
	for i := range 6 {
		ws.Activities = append(ws.Activities, taskOf(fmt.Sprint(i+1), "Patrol the camps of displaced people;"))
	}
	return ws
}

// mirror is the change seen from the other side.
var mirror = map[Change]Change{Unchanged: Unchanged, Reworded: Reworded, Split: Merged, Merged: Split, Added: Dropped, Dropped: Added}

// assertMirrors checks that compare B A is compare A B seen from the
// other side: the same pairs, old and new swapped, added for dropped, split
// for merged, risks raised for cleared and questions opened for closed.
func assertMirrors(t *testing.T, ab, ba *Comparison) {
	t.Helper()
	type key struct{ old, new int }
	seen := map[key]Pair{}
	for _, p := range ba.Pairs {
		seen[key{p.Link.New, p.Link.Old}] = p
	}
	if len(seen) != len(ab.Pairs) {
		t.Errorf("%d pairs one way, %d the other", len(ab.Pairs), len(seen))
	}
	for _, p := range ab.Pairs {
		q, ok := seen[key{p.Link.Old, p.Link.New}]
		switch {
		case !ok:
			t.Errorf("%s %d→%d has no mirror", p.Change, p.Link.Old, p.Link.New)
		case q.Change != mirror[p.Change] || q.Similarity != p.Similarity:
			t.Errorf("%s %d→%d (%.3f) mirrored as %s (%.3f)", p.Change, p.Link.Old, p.Link.New, p.Similarity, q.Change, q.Similarity)
		case len(q.Shift.RisksRaised) != len(p.Shift.RisksCleared) || len(q.Shift.QuestionsOpened) != len(p.Shift.QuestionsClosed) ||
			q.Shift.Agenda != p.Shift.Agenda || q.Shift.Tier != p.Shift.Tier:
			t.Errorf("%d→%d: shift %+v mirrored as %+v", p.Link.Old, p.Link.New, p.Shift, q.Shift)
		}
	}
	if len(ab.Portfolio.Appeared) != len(ba.Portfolio.Cleared) || len(ab.Portfolio.Cleared) != len(ba.Portfolio.Appeared) {
		t.Errorf("findings: %+v mirrored as %+v", ab.Portfolio, ba.Portfolio)
	}
}

func TestCompareMirrors(t *testing.T) {
	rb := rulebook()
	a, b := example(t), renewed(t)
	assertMirrors(t, Compare(rb, "a", a, "b", b, Options{}), Compare(rb, "b", b, "a", a, Options{}))
}

// FuzzDiff: whatever the texts, the same and removed words spell the old
// text, and the same and added ones the new.
func FuzzDiff(f *testing.F) {
	f.Add("train the police in one-off sessions", "train the police through a curriculum")
	f.Add("a a b", "b a a")
	f.Fuzz(func(t *testing.T, old, new string) {
		var o, n []string
		for _, s := range Diff(old, new) {
			if s.Op != WordsAdded {
				o = append(o, oldSpelling(s))
			}
			if s.Op != WordsRemoved {
				n = append(n, s.Text)
			}
		}
		if got, want := strings.Join(o, " "), strings.Join(strings.Fields(old), " "); got != want {
			t.Errorf("old spelt %q, want %q", got, want)
		}
		if got, want := strings.Join(n, " "), strings.Join(strings.Fields(new), " "); got != want {
			t.Errorf("new spelt %q, want %q", got, want)
		}
	})
}

// FuzzAlign: whatever the tasks (one a line), every old task stands in
// exactly one link as unchanged, reworded, merged or dropped, every new task
// in exactly one as unchanged, reworded, split or added, and the other side
// sees the same links mirrored.
func FuzzAlign(f *testing.F) {
	f.Add("1. Patrol the camps\n2. Train the police\n3. Train the police", "(a) Train the police and the army\n(b) Patrol the camps")
	f.Fuzz(func(t *testing.T, a, b string) {
		tasks := func(s string) []*model.Activity {
			var out []*model.Activity
			for i, line := range strings.Split(s, "\n") {
				out = append(out, taskOf(fmt.Sprint(i+1), line))
			}
			return out
		}
		old, new := tasks(a), tasks(b)
		links := Align(old, new, Options{})
		oldSeen, newSeen := make([]int, len(old)), make([]int, len(new))
		for _, l := range links {
			switch l.Change {
			case Unchanged, Reworded:
				oldSeen[l.Old]++
				newSeen[l.New]++
			case Merged, Dropped:
				oldSeen[l.Old]++
			case Split, Added:
				newSeen[l.New]++
			}
		}
		for i, n := range oldSeen {
			if n != 1 {
				t.Errorf("old task %d in %d links", i, n)
			}
		}
		for j, n := range newSeen {
			if n != 1 {
				t.Errorf("new task %d in %d links", j, n)
			}
		}
		back := map[[2]int]Change{}
		for _, l := range Align(new, old, Options{}) {
			back[[2]int{l.New, l.Old}] = l.Change
		}
		for _, l := range links {
			if c, ok := back[[2]int{l.Old, l.New}]; !ok || c != mirror[l.Change] {
				t.Errorf("%+v mirrored as %q", l, c)
			}
		}
	})
}

// An added task's risks are raised, but no verdict of it changed: it had
// none; a reworded task whose agenda moved did change.
func TestVerdictChangedNeedsBothSides(t *testing.T) {
	c := Compare(rulebook(), "a", example(t), "b", renewed(t), Options{})
	for _, p := range c.Pairs {
		switch {
		case p.Change == Added && p.NewActivity.ID == "army-vetting":
			if len(p.Shift.RisksRaised) == 0 || p.Shift.Changed() {
				t.Errorf("added 3: raised %d, changed %v", len(p.Shift.RisksRaised), p.Shift.Changed())
			}
		case p.Change == Reworded && p.NewActivity.ID == "police-rights-curriculum":
			if !p.Shift.Agenda || !p.Shift.Changed() {
				t.Errorf("reworded 2(b): %+v", p.Shift)
			}
		}
	}
	if n := c.Count().VerdictsChanged; n != 4 {
		t.Errorf("%d verdicts changed, want 4", n)
	}
}
