package cli

import (
	"fmt"
	"os"
	"path/filepath"
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
