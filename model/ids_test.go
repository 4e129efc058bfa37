package model

import (
	"fmt"
	"testing"
)

// Ids derived from repeated titles stay unique, skip the ids the file gives,
// and come out as UniqueID would give them one by one.
func TestAssignIDsRepeatedTitles(t *testing.T) {
	w := &Worksheet{}
	for _, title := range []string{"t", "t", "x", "t", "t 2", "t"} {
		w.Activities = append(w.Activities, &Activity{Title: title})
	}
	w.Activities = append(w.Activities, &Activity{Title: "given", ID: "t-3"})
	AssignIDs(w)
	var got []string
	for _, a := range w.Activities {
		got = append(got, a.ID)
	}
	want := "[t t-2 x t-4 t-2-2 t-5 t-3]"
	if fmt.Sprint(got) != want {
		t.Errorf("ids %v, want %s", got, want)
	}
}

func TestIDSetAgreesWithUniqueID(t *testing.T) {
	taken := map[string]bool{"a-2": true, "a-5": true}
	s := NewIDSet(0)
	for id := range taken {
		s.Take(id)
	}
	for i := 0; i < 10; i++ {
		base := []string{"a", "a-2", "b"}[i%3]
		want := UniqueID(base, taken)
		taken[want] = true
		if got := s.Derive(base); got != want {
			t.Fatalf("step %d: Derive(%q) = %q, UniqueID gives %q", i, base, got, want)
		}
	}
}

// BenchmarkAssignIDs derives ids for n activities of one title: the time per
// activity must not grow with n.
func BenchmarkAssignIDs(b *testing.B) {
	for _, n := range []int{1000, 5000, 20000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			acts := make([]*Activity, n)
			for i := 0; i < b.N; i++ {
				for j := range acts {
					acts[j] = &Activity{Title: "t"}
				}
				AssignIDs(&Worksheet{Activities: acts})
			}
		})
	}
}
