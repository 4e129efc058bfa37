package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestQuoteName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plan.yaml", "plan.yaml"},
		{"dossier/été 2026.yaml", "dossier/été 2026.yaml"},
		{"x\x1b]2;PWNED\a.yaml", `"x\033]2;PWNED\a.yaml"`},
		{"x\x1b]52;c;aGk=\x1b\\.yaml", `"x\033]52;c;aGk=\033\\.yaml"`},
		{"a\nb\tc\rd", `"a\nb\tc\rd"`},
		{"say \"hi\".yaml", `"say \"hi\".yaml"`},
		{"\u202eevil.yaml", `"\342\200\256evil.yaml"`},
		{"c1\u009b31m.yaml", `"c1\302\23331m.yaml"`},
		{"bad\xffbyte", `"bad\377byte"`},
	} {
		if got := QuoteName(c.in); got != c.want {
			t.Errorf("QuoteName(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// FuzzQuoteName: whatever a file is named, its quoted name holds no control
// character, no bidirectional control and only UTF-8, and a safe name is
// left alone.
func FuzzQuoteName(f *testing.F) {
	for _, s := range []string{"plan.yaml", "x\x1b]2;T\a.yaml", "\u202e", "\xff", "\"\\", "\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for _, got := range []string{QuoteName(name), EscapeControls(name)} {
			if !utf8.ValidString(got) {
				t.Fatalf("%q: not UTF-8: %q", name, got)
			}
			for _, r := range got {
				if r != '\n' && r != '\t' && unsafeRune(r) || r == '\n' && got == QuoteName(name) {
					t.Fatalf("%q: %q keeps %U", name, got, r)
				}
			}
		}
		if !needsQuote(name) && QuoteName(name) != name {
			t.Fatalf("%q changed though safe", name)
		}
		if strings.ContainsAny(name, "\x1b\a") && !strings.HasPrefix(QuoteName(name), `"`) {
			t.Fatalf("%q not quoted", name)
		}
	})
}
