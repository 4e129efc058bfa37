package report

import (
	"strings"
	"testing"
)

// The markdown briefing writes an owner's "&" as it stands, in the register
// table and in the activity's section: the raw file read "Reform &amp;
// Restructuring Unit", which markdown does not need. What would read as a
// character reference is still escaped, and reads as typed.
func TestMarkdownWritesAPlainAmpersand(t *testing.T) {
	sh := registerSheets(t)[0]
	for _, a := range sh.Worksheet.Activities {
		for i := range a.Register {
			if a.Register[i].Owner == "UNPOL" {
				a.Register[i].Owner = "Reform & Restructuring Unit"
				a.Register[i].Note = "R&D first; &lt;b&gt; as typed"
			}
		}
	}
	out := render(t, Markdown, sh)
	for _, want := range []string{"| open — not started · owner: Reform & Restructuring Unit · due 2026-09-30 · R&D first; &amp;lt;b&amp;gt; as typed · HRDDP review 2026-06-30 |",
		"owner: Reform & Restructuring Unit"} {
		if !strings.Contains(out, want) {
			t.Errorf("the markdown lacks %q", want)
		}
	}
	if strings.Contains(out, "Reform &amp;") || strings.Contains(out, "R&amp;D") {
		t.Errorf("the markdown escapes a plain &:\n%s", out)
	}
}

// md escapes an "&" only where it begins what markdown reads as a character
// reference; writeMD does as md.
func TestMarkdownEscapesOnlyAReferencesAmpersand(t *testing.T) {
	for in, want := range map[string]string{
		"Reform & Restructuring Unit": "Reform & Restructuring Unit",
		"R&D, A&B;":                   "R&D, A&amp;B;",
		"&copy; &#38; &#x26; &#X26;":  "&amp;copy; &amp;#38; &amp;#x26; &amp;#X26;",
		"&#; &#x; &; &1; & amp;":      "&#; &#x; &; &1; & amp;",
		"&#12345678;":                 "&#12345678;",
		"&\u200blt;":                  "&amp;lt;", // shown as "&lt;": Safe drops the zero-width space
		"&<b>":                        "&&lt;b&gt;",
		"a&":                          "a&",
	} {
		if got := md(in); got != want {
			t.Errorf("md(%q) = %q, want %q", in, got, want)
		}
		var b strings.Builder
		writeMD(&b, in)
		if b.String() != want {
			t.Errorf("writeMD(%q) = %q, want %q", in, b.String(), want)
		}
	}
}
