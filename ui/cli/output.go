package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/charmbracelet/x/term"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/exit"
)

// isTerminal says whether w is a terminal, seen through the check Main puts
// on standard output; tests replace it.
var isTerminal = func(w io.Writer) bool {
	if c, ok := w.(*checkedOutput); ok {
		w = c.w
	}
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
			return invalid(fmt.Errorf("pocssr: -o %s is the input %s: writing the output there would replace it; give -o another file name", model.QuoteName(out), model.QuoteName(in)))
		}
	}
	return nil
}

func samePath(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// formatOfOutput settles the format of an -o file: a file name ending in a
// format's extension takes that format when --format was not given, and is
// refused when --format names another, so that x.json never holds YAML.
// exts maps an extension (".json") to its format's name; given is the
// --format value, set whether the flag was on the command line.
func formatOfOutput(out, given string, set bool, exts map[string]string) (string, error) {
	if out == "" || out == "-" {
		return given, nil
	}
	ext := strings.ToLower(filepath.Ext(out))
	want, ok := exts[ext]
	switch {
	case !ok:
		return given, nil
	case !set:
		return want, nil
	case given != want && !(given == "md" && want == "markdown"):
		return "", invalid(fmt.Errorf("pocssr: -o %s ends in %s but --format is %s; give -f %s, or a file name that ends in the format's extension", model.QuoteName(out), model.QuoteName(ext), given, want))
	}
	return given, nil
}

// checkedOutput is standard output as the batch commands write it: it keeps
// the first write error (a full disk, a closed pipe, a closed standard
// output), so that a command whose output was lost never ends as if it had
// been written. After an error every write fails at once.
type checkedOutput struct {
	w   io.Writer
	err error
	// closed reports whether the stream is a standard output the shell
	// closed (the Go runtime puts /dev/null in its place); asked once, at
	// the first write, so that a command that writes nothing there is fine.
	closed func() bool
	asked  bool
}

func (c *checkedOutput) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if !c.asked {
		c.asked = true
		if c.closed != nil && c.closed() {
			c.err = errStdoutClosed
			return 0, c.err
		}
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// escapedMessages writes messages with their control characters escaped
// (model.EscapeControls), newlines and tabs kept.
type escapedMessages struct{ w io.Writer }

func (e escapedMessages) Write(p []byte) (int, error) {
	if _, err := io.WriteString(e.w, model.EscapeControls(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

var errStdoutClosed = errors.New("standard output is closed")

// Main runs pocssr with the arguments set on root's command line, reports
// what went wrong on env.Stderr and returns the exit status. Output that
// could not be written to standard output is an error (exit 2) whatever the
// command; the interactive program keeps the terminal as it is.
func Main(env *Env, version string, args []string) int {
	out := &checkedOutput{w: env.Stdout}
	if f, ok := env.Stdout.(*os.File); ok && f == os.Stdout {
		out.closed = stdoutClosed
	}
	env.terminal, env.terminalErr = env.Stdout, env.Stderr
	env.Stdout = out
	// Messages name files, and a file's name may hold an escape sequence:
	// the names are quoted where the messages are made, and whatever
	// reaches standard error has its control characters written out.
	env.Stderr = escapedMessages{env.Stderr}
	t := newCommandTree(env, version)
	t.buildFor(args)
	err := t.execute(args)
	if out.err == nil {
		return Report(env.Stderr, err)
	}
	var ee *exit.Error
	if err != nil && !(errors.As(err, &ee) && ee.Err == nil) && !errors.Is(err, out.err) {
		Report(env.Stderr, err)
	}
	fmt.Fprintf(env.Stderr, "pocssr: %s\n", writeProblem(out.err))
	return ExitInvalid
}

// writeProblem says in words why standard output could not be written.
func writeProblem(err error) string {
	switch {
	case errors.Is(err, errStdoutClosed), errors.Is(err, syscall.EBADF):
		return "standard output is closed: nothing could be written (send it to a file with > FILE, or use -o FILE)"
	case errors.Is(err, syscall.EPIPE):
		return "standard output was closed by the program reading it: the output is incomplete"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf("writing standard output failed: %v; the output is incomplete", err)
}
