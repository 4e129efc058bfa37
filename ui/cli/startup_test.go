package cli_test

import (
	"bufio"
	"bytes"
	"debug/buildinfo"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// initCost is what GODEBUG=inittrace=1 says one package's initialisation
// allocated.
type initCost struct {
	pkg           string
	bytes, allocs int
}

// initTrace runs the built binary with args under GODEBUG=inittrace=1, in a
// small fixed environment (the environment is copied at start-up, and its
// size would change the figures), and returns every package's line.
func initTrace(t *testing.T, args ...string) []initCost {
	t.Helper()
	cmd := exec.Command(pocssr(t), args...)
	cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + t.TempDir(), "TERM=xterm", "GODEBUG=inittrace=1"}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, stderr.String())
	}
	trace := stderr.String()
	var out []initCost
	sc := bufio.NewScanner(strings.NewReader(trace))
	for sc.Scan() {
		// init PKG @0.5 ms, 0.01 ms clock, 1144 bytes, 8 allocs
		f := strings.Fields(sc.Text())
		if len(f) != 11 || f[0] != "init" || f[8] != "bytes," || f[10] != "allocs" {
			continue
		}
		b, err1 := strconv.Atoi(f[7])
		a, err2 := strconv.Atoi(f[9])
		if err1 != nil || err2 != nil {
			t.Fatalf("unread inittrace line %q", sc.Text())
		}
		out = append(out, initCost{f[1], b, a})
	}
	if len(out) == 0 {
		t.Fatalf("no inittrace lines in %q", trace)
	}
	return out
}

// Every start of pocssr, --version included, initialises every package the
// binary holds. The module's own packages build nothing at start that a
// command may never use (regular expressions, the Word styles, escapers,
// tables of names): those are made when first used. Measured: 6.6 KB in
// 93 allocations over all of them, the largest 1.8 KB (model); before, 9.4
// KB in 102 (model 3.4 KB: the JSON reader's table of keys), and before
// that 32.9 KB in 255, model 11.4 KB and classify/report 12.9 KB.
//
// A map built at start grows by its randomised hash now and then (one run
// in ten measured 7,192 or 7,208 bytes where the others measured 6,984): the
// least of three starts is what the code asks for, each package's and the
// sum's.
func TestOwnPackagesBuildLittleAtStart(t *testing.T) {
	least := map[string]initCost{}
	for range 3 {
		for _, c := range initTrace(t, "--version") {
			if !strings.HasPrefix(c.pkg, "github.com/pocssr/pocssr") {
				continue
			}
			if l, ok := least[c.pkg]; !ok || c.bytes < l.bytes {
				least[c.pkg] = c
			}
		}
	}
	var bytes, allocs int
	for _, c := range least {
		bytes += c.bytes
		allocs += c.allocs
		if c.bytes > 4<<10 {
			t.Errorf("%s allocates %d bytes as it is initialised", c.pkg, c.bytes)
		}
	}
	if bytes > 7<<10 || allocs > 100 {
		t.Errorf("the module's packages allocate %d bytes in %d allocations as they are initialised", bytes, allocs)
	}
}

// The manual pages are written by pocssr itself: the markdown converter
// cobra/doc would bring (blackfriday, go-md2man), whose tables were built at
// every start, is not in the binary.
func TestNoMarkdownConverterInTheBinary(t *testing.T) {
	info, err := buildinfo.ReadFile(pocssr(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range info.Deps {
		if strings.Contains(d.Path, "blackfriday") || strings.Contains(d.Path, "go-md2man") {
			t.Errorf("the binary holds %s %s", d.Path, d.Version)
		}
	}
	if len(info.Deps) == 0 {
		t.Error("the binary lists no modules")
	}
}
