//go:build unix

package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"syscall"
	"testing"
)

// helloWorld is the program pocssr's start is measured against: one line
// printed with fmt.
const helloWorld = `package main

import "fmt"

func main() { fmt.Println("hello, world") }
`

// startupBuilds are the ways a binary is built for the comparison: as `go
// build` does by default (with cgo where a C compiler is found, which links
// pocssr dynamically: pflag imports net, termenv os/user), and as the
// release is built (.goreleaser.yaml: CGO_ENABLED=0, -trimpath, -s -w).
var startupBuilds = []struct {
	name  string
	env   []string
	flags []string
}{
	{"go-build", nil, nil},
	{"release", []string{"CGO_ENABLED=0"}, []string{"-trimpath", "-ldflags=-s -w -X main.version=v0.0.0-bench"}},
}

// buildFor builds the package in dir into out with the environment and flags
// given.
func buildFor(tb testing.TB, dir, out string, env, flags []string) {
	tb.Helper()
	cmd := exec.Command("go", append(append([]string{"build", "-o", out}, flags...), ".")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build in %s: %v\n%s", dir, err, msg)
	}
}

// processorTime runs the command and returns the processor time (user and
// system) the process used, from its resource usage.
func processorTime(tb testing.TB, name string, args ...string) float64 {
	cmd := exec.Command(name, args...)
	if err := cmd.Run(); err != nil {
		tb.Fatalf("%s %v: %v", name, args, err)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return float64(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkStartup runs a one-line Go program and pocssr --version and
// --help in turn, b.N times each, built the same way, and reports the median
// processor time of each process and pocssr's over the one-line program's
// (the goal: at most 2). The figures are the child processes', so the
// benchmark's own time does not count; use -benchtime 200x or more, the
// spread of one process being wide. The processes inherit the environment:
// the clipboard library that bubbles' text fields import looks for its
// helpers in every folder of PATH as it is initialised, so the ratios grow
// with the length of PATH (docs/benchmarks.md, "Start-up", seventh round).
//
//	go test ./ui/cli -run '^$' -bench Startup -benchtime 300x -count 3
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	hello := filepath.Join(dir, "hello")
	if err := os.MkdirAll(hello, 0o755); err != nil {
		b.Fatal(err)
	}
	// The one-line program declares pocssr's Go version: the runtime's
	// defaults (GOMAXPROCS read from the container's limits, for one) follow
	// the go line of go.mod.
	mod, err := os.ReadFile("../../go.mod")
	goLine := regexp.MustCompile(`(?m)^go [0-9.]+$`).Find(mod)
	if err != nil || goLine == nil {
		b.Fatalf("go.mod has no go line (%v)", err)
	}
	for name, text := range map[string]string{"main.go": helloWorld, "go.mod": "module hello\n\n" + string(goLine) + "\n"} {
		if err := os.WriteFile(filepath.Join(hello, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, build := range startupBuilds {
		helloBin, pocssrBin := filepath.Join(dir, "hello-"+build.name), filepath.Join(dir, "pocssr-"+build.name)
		buildFor(b, hello, helloBin, build.env, build.flags)
		buildFor(b, "../..", pocssrBin, build.env, build.flags)
		b.Run(build.name, func(b *testing.B) {
			var base, version, help []float64
			for b.Loop() {
				base = append(base, processorTime(b, helloBin))
				version = append(version, processorTime(b, pocssrBin, "--version"))
				help = append(help, processorTime(b, pocssrBin, "--help"))
			}
			b.ReportMetric(median(base), "hello-cpu-ns")
			b.ReportMetric(median(version), "version-cpu-ns")
			b.ReportMetric(median(help), "help-cpu-ns")
			b.ReportMetric(median(version)/median(base), "version-ratio")
			b.ReportMetric(median(help)/median(base), "help-ratio")
		})
	}
}
