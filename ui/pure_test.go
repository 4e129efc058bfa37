package ui

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// dumpState writes everything reachable from v, following pointers (each once,
// in a fixed order), so that two dumps differ exactly when some field does.
func dumpState(v reflect.Value) string {
	var b strings.Builder
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value, depth int)
	walk = func(v reflect.Value, depth int) {
		if depth > 200 {
			b.WriteString("…")
			return
		}
		switch v.Kind() {
		case reflect.Invalid:
			b.WriteString("<invalid>")
		case reflect.Pointer:
			if v.IsNil() {
				b.WriteString("nil")
				return
			}
			p := v.Pointer()
			fmt.Fprintf(&b, "&%x", p)
			if seen[p] {
				return
			}
			seen[p] = true
			walk(v.Elem(), depth+1)
		case reflect.Interface:
			if v.IsNil() {
				b.WriteString("nil")
				return
			}
			fmt.Fprintf(&b, "(%s)", v.Elem().Type())
			walk(v.Elem(), depth+1)
		case reflect.Struct:
			b.WriteString("{")
			for i := range v.NumField() {
				if v.Type().String() == "textarea.Model" && v.Type().Field(i).Name == "viewport" {
					continue // the bubbles text area's own drawing cache, filled by its View
				}
				if v.Type() == reflect.TypeFor[classify.Rulebook]() && v.Type().Field(i).Name == "classified" {
					continue // the rulebook's count of what it classified: drawing may classify, never change
				}
				fmt.Fprintf(&b, "%s:", v.Type().Field(i).Name)
				walk(v.Field(i), depth+1)
				b.WriteString(" ")
			}
			b.WriteString("}")
		case reflect.Slice, reflect.Array:
			if v.Kind() == reflect.Slice && v.IsNil() {
				b.WriteString("nil")
				return
			}
			fmt.Fprintf(&b, "[%d:", v.Len())
			for i := range v.Len() {
				walk(v.Index(i), depth+1)
				b.WriteString(",")
			}
			b.WriteString("]")
		case reflect.Map:
			if v.IsNil() {
				b.WriteString("nil")
				return
			}
			keys := v.MapKeys()
			name := func(k reflect.Value) string {
				if k.Kind() == reflect.Pointer {
					return fmt.Sprintf("%x", k.Pointer())
				}
				return fmt.Sprint(k)
			}
			sort.Slice(keys, func(i, j int) bool { return name(keys[i]) < name(keys[j]) })
			fmt.Fprintf(&b, "map[%d:", len(keys))
			for _, k := range keys {
				b.WriteString(name(k) + "=")
				walk(v.MapIndex(k), depth+1)
				b.WriteString(",")
			}
			b.WriteString("]")
		case reflect.Func, reflect.Chan, reflect.UnsafePointer:
			fmt.Fprintf(&b, "%x", v.Pointer())
		case reflect.String:
			fmt.Fprintf(&b, "%q", v.String())
		case reflect.Bool:
			fmt.Fprint(&b, v.Bool())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			fmt.Fprint(&b, v.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			fmt.Fprint(&b, v.Uint())
		case reflect.Float32, reflect.Float64:
			fmt.Fprint(&b, v.Float())
		case reflect.Complex64, reflect.Complex128:
			fmt.Fprint(&b, v.Complex())
		}
	}
	walk(v, 0)
	return b.String()
}

// View only draws, on every screen: two calls with no Update between give the
// same screen and leave every field of the model, and everything it reaches,
// as it was.
func TestViewIsPure(t *testing.T) {
	drafts := func(t testing.TB) *model.Worksheet {
		ws := caseLibrary(t)
		for _, a := range ws.Activities[:3] {
			a.Status = model.StatusDraft
		}
		return ws
	}
	screens := []struct {
		name string
		ws   func(testing.TB) *model.Worksheet
		keys []string
	}{
		{"worksheet", caseLibrary, nil},
		{"worksheet scrolled", caseLibrary, []string{"end", "up", "up"}},
		{"worksheet filtered", caseLibrary, []string{"/", "p", "o"}},
		{"worksheet filter kept", caseLibrary, []string{"/", "p", "o", "enter", "down"}},
		{"questionnaire", caseLibrary, []string{"j", "e"}},
		// The jump list's last row: the third risk's register step.
		{"questionnaire risk step", caseLibrary, []string{"j", "e", "g", "up", "up", "up", "up", "up", "up", "up", "enter", "2"}},
		{"questionnaire risk step typing", caseLibrary, []string{"j", "e", "g", "up", "up", "up", "up", "up", "up", "up", "enter", "w", "x"}},
		{"description", caseLibrary, []string{"n"}},
		{"activity", caseLibrary, []string{"enter"}},
		{"activity scrolled", caseLibrary, []string{"enter", "pgdown"}},
		{"framework", caseLibrary, []string{"f"}},
		{"help", caseLibrary, []string{"?"}},
		{"export prompt", caseLibrary, []string{"x"}},
		{"portfolio", caseLibrary, []string{"P"}},
		{"review", drafts, []string{"R"}},
		{"presentation", caseLibrary, []string{"p"}},
		{"walk-through", caseLibrary, []string{"p", "t"}},
		{"walk-through answered", caseLibrary, []string{"p", "t", "space", "space"}},
		{"presentation account", caseLibrary, []string{"p", "enter"}},
		{"register", registerLibrary, []string{"r", "down"}},
		{"register filtered", registerLibrary, []string{"r", "/", "h", "i"}},
		{"register editing", registerLibrary, []string{"r", "d", "2", "enter"}},
		{"register of an activity", registerLibrary, []string{"j", "enter", "r"}},
		{"activity editing its entry", registerLibrary, []string{"j", "enter", "tab", "w", "x"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s %dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				m := NewModel(classify.Default(), s.ws(t), true, nil, nil)
				m.Update(resize(size[0], size[1]))
				press(t, m, s.keys...)
				if want := map[string]screenID{"questionnaire": questionnaireScreen, "activity": detailScreen, "framework": frameworkScreen,
					"help": helpScreen, "portfolio": portfolioScreen, "review": reviewScreen, "presentation": presentScreen,
					"register": registerScreen}[s.name]; want != 0 && m.front != want {
					t.Fatalf("the keys %v opened screen %d, not %d", s.keys, m.front, want)
				}
				if strings.HasPrefix(s.name, "questionnaire risk") && (m.quest == nil || m.quest.stage != mitigating) {
					t.Fatalf("the keys %v did not reach a risk's register step", s.keys)
				}
				if strings.HasPrefix(s.name, "walk-through") && !strings.Contains(screenText(m), "Walk-through · ") {
					t.Fatalf("the keys %v did not start the walk-through", s.keys)
				}
				before := dumpState(reflect.ValueOf(m))
				first := m.View()
				second := m.View()
				if first != second {
					t.Errorf("two Views differ:\n%s\n---\n%s", first, second)
				}
				if after := dumpState(reflect.ValueOf(m)); after != before {
					t.Errorf("View changed the model's state:\n%s", firstDifference(before, after))
				}
			})
		}
	}
}

// firstDifference shows where two dumps part.
func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-300)
	return fmt.Sprintf("before: …%s…\nafter:  …%s…", a[from:min(len(a), i+200)], b[from:min(len(b), i+200)])
}
