package cli

import (
	"bytes"
	"strings"
	"testing"
)

// `pocssr review --help` printed the root's help and exit 0, as if review
// were a command: a word that names no command is refused with --help, -h
// and `help WORD` as without them, named, with the nearest command offered.
func TestHelpOfAnUnknownCommandRefusesIt(t *testing.T) {
	for args, near := range map[string]string{
		"review --help": "rules",
		"risks --help":  "rules",
		"brief --help":  "classify",
		"help review":   "rules",
		"-h brief":      "classify",
		"review":        "rules",
	} {
		var out, errOut bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut}
		code := Main(env, "test", strings.Fields(args))
		word := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(args, "help "), "-h "))[0]
		if code != ExitInvalid || !strings.Contains(errOut.String(), `unknown command "`+word+`"; did you mean `+near+"?") {
			t.Errorf("pocssr %s: exit %d, stderr %q", args, code, errOut.String())
		}
		if out.Len() > 0 {
			t.Errorf("pocssr %s printed %q", args, out.String())
		}
	}
	// The help of a command, of the root, and of a worksheet the root would
	// open, is given as before.
	for _, args := range []string{"--help", "help", "help check", "check --help", "-h classify", "-q --help", "new.yaml --help", "completion --help"} {
		var out, errOut bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut}
		if code := Main(env, "test", strings.Fields(args)); code != ExitOK || !strings.Contains(out.String(), "Usage:") {
			t.Errorf("pocssr %s: exit %d, stdout %q, stderr %q", args, code, out.String(), errOut.String())
		}
	}
}
