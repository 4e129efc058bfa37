package session

import "testing"

// The first change is written at once; what follows within the delay is
// gathered into one write when the timer goes off; a quiet delay ends it.
func TestDebounceWritesTheFirstChangeAtOnce(t *testing.T) {
	type step struct {
		event        string // "change" or "timer"
		write, timer bool
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{"one change", []step{{"change", true, true}, {"timer", false, false}}},
		{"a burst", []step{{"change", true, true}, {"change", false, false}, {"change", false, false},
			{"timer", true, true}, {"timer", false, false}}},
		{"a change after quiet", []step{{"change", true, true}, {"timer", false, false}, {"change", true, true}}},
		{"changes across delays", []step{{"change", true, true}, {"change", false, false}, {"timer", true, true},
			{"change", false, false}, {"timer", true, true}, {"timer", false, false}}},
	}
	for _, c := range cases {
		var d Debounce
		for i, s := range c.steps {
			var w, tm bool
			if s.event == "change" {
				w, tm = d.Changed()
			} else {
				w, tm = d.Elapsed()
			}
			if w != s.write || tm != s.timer {
				t.Errorf("%s, step %d (%s): write %v timer %v, want %v %v", c.name, i, s.event, w, tm, s.write, s.timer)
			}
		}
	}
}
