package cli

import (
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"

	"github.com/charmbracelet/x/term"
	"github.com/pocssr/pocssr/classify/report"
)

// isTerminal says whether w is a terminal; tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// refuseBinaryToTerminal refuses a binary format (a Word document) bound for
// standard output when that is a terminal: its bytes would garble the screen
// and help nobody. A file, a pipe or a redirection is fine.
func refuseBinaryToTerminal(f report.Format, out string, stdout io.Writer) error {
	if !f.Binary() || (out != "" && out != "-") || !isTerminal(stdout) {
		return nil
	}
	return invalid(fmt.Errorf("pocssr: --format %s writes a binary file, not text for the terminal; give -o FILE.%s, or redirect standard output to a file", f, f))
}

// userName is the name of the user running the program, as a document's
// author: the full name when the system knows it, else the login name.
func userName() string {
	u, err := user.Current()
	if err != nil {
		return ""
	}
	if u.Name != "" {
		return u.Name
	}
	return u.Username
}

// refuseOutputOverInput refuses an -o file that is one of the inputs (the
// rulebook of --rules is one too), however
// it is spelled (another path, a symbolic link, a hard link): writing it would
// replace what is being read with the result. "-" is standard input or output
// and never a file.
func refuseOutputOverInput(out string, inputs []string) error {
	if out == "" || out == "-" {
		return nil
	}
	outInfo, outErr := os.Stat(out)
	for _, in := range inputs {
		if in == "-" || in == "" {
			continue
		}
		same := samePath(in, out)
		if !same && outErr == nil {
			if inInfo, err := os.Stat(in); err == nil {
				same = os.SameFile(inInfo, outInfo)
			}
		}
		if same {
			return invalid(fmt.Errorf("pocssr: -o %s is the input %s: writing the output there would replace it; give -o another file name", out, in))
		}
	}
	return nil
}

func samePath(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}
