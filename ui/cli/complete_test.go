package cli

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// Every --format flag completes its values, not file names.
func TestFormatFlagsComplete(t *testing.T) {
	cases := map[string][]string{
		"rules":    {"markdown", "html", "text"},
		"cases":    {"yaml", "json"},
		"classify": {"text", "json"},
		"suggest":  {"text", "json"},
		"import":   {"yaml", "json"},
	}
	for cmd, want := range cases {
		for _, flag := range []string{"-f", "--format"} {
			out, _, code := run(t, "", "__complete", cmd, flag, "")
			if code != 0 {
				t.Fatalf("%s %s: exit %d", cmd, flag, code)
			}
			for _, w := range want {
				if !strings.Contains(out, w+"\n") {
					t.Errorf("%s %s completes %q; want %s among them", cmd, flag, out, w)
				}
			}
			if !strings.Contains(out, ":4") {
				t.Errorf("%s %s: completion lets files be completed too: %q", cmd, flag, out)
			}
		}
	}
}

// Without a version set at build time, the module's version and revision
// stand in for "dev".
func TestVersionFromBuildInfo(t *testing.T) {
	cases := []struct {
		main     string
		settings []debug.BuildSetting
		want     string
	}{
		{"v1.2.0", nil, "v1.2.0"},
		{"(devel)", []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}}, "dev (revision 0123456789ab)"},
		{"(devel)", []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef"}, {Key: "vcs.modified", Value: "true"}}, "dev (revision 0123456789ab, modified)"},
		{"v0.0.0-20261201-0123456789ab", []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef"}}, "v0.0.0-20261201-0123456789ab"},
		{"", nil, "dev"},
	}
	for _, c := range cases {
		info := &debug.BuildInfo{Main: debug.Module{Version: c.main}, Settings: c.settings}
		if got := versionOf(info); got != c.want {
			t.Errorf("version of %q %v = %q; want %q", c.main, c.settings, got, c.want)
		}
	}
	if got := Version("v9.9.9"); got != "v9.9.9" {
		t.Errorf("a version set at build time is replaced: %q", got)
	}
	if got := Version(""); got == "" {
		t.Error("no version at all")
	}
}

// A mandate's text given to `pocssr` alone is no worksheet: say so, and how
// to import it, before anything tries to read it as YAML.
func TestPlainTextIsNoWorksheet(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "S-RES-2098.txt")
	os.WriteFile(txt, []byte("United Nations S/RES/2098 (2013)\n\nSecurity Council\n\n1. Decides that MONUSCO shall ...\n"), 0o644)
	_, errOut, code := run(t, "", txt)
	if code != 2 || !strings.Contains(errOut, "pocssr import "+txt) || strings.Contains(errOut, "yaml:") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	sheet := filepath.Join(dir, "sheet.txt")
	os.WriteFile(sheet, []byte("schema: 1\nmission: X\nactivities: []\n"), 0o644)
	if err := notAWorksheet(sheet); err != nil {
		t.Errorf("a worksheet saved as .txt is refused: %v", err)
	}
}
