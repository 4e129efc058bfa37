package compare

import (
	"reflect"
	"strings"
	"testing"
)

// A verdict that moved names the facts that moved it, both values in words,
// and the other way round the same facts with their values swapped; a pair
// whose verdict stayed names none.
func TestShiftNamesTheFactsThatMovedIt(t *testing.T) {
	rb := rulebook()
	want := map[string]string{
		"3(b) → 2(b)": "training_format: one-off sessions → academy curriculum",
		"6 → 6(b)":    "kinds: justice and rule of law and vetting → vetting",
	}
	for _, back := range []bool{false, true} {
		old, new := example(t), renewed(t)
		if back {
			old, new = new, old
		}
		c := Compare(rb, "a.yaml", old, "b.yaml", new, Options{})
		got := map[string]string{}
		for _, p := range c.Pairs {
			if p.OldActivity == nil || p.NewActivity == nil {
				continue
			}
			key := Ref(p.OldActivity) + " → " + Ref(p.NewActivity)
			var parts []string
			for _, fc := range p.Shift.Because {
				parts = append(parts, fc.Fact.Key()+": "+fc.Old+" → "+fc.New)
			}
			if back {
				key = Ref(p.NewActivity) + " → " + Ref(p.OldActivity)
				parts = parts[:0]
				for _, fc := range p.Shift.Because {
					parts = append(parts, fc.Fact.Key()+": "+fc.New+" → "+fc.Old)
				}
			}
			if len(parts) > 0 != (p.Shift.Tier || p.Shift.Agenda) && want[key] != "" {
				t.Errorf("%s: because %v with tier %v agenda %v", key, parts, p.Shift.Tier, p.Shift.Agenda)
			}
			if len(parts) > 0 {
				got[key] = strings.Join(parts, "; ")
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("back %v: because %q\nwant %q", back, got, want)
		}
	}
}
