package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pocssr/pocssr/model"
)

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
