package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

// hostileCase is one attack of testdata/hostile: a folder with the input files
// and a case.yaml saying how the real binary must answer it.
type hostileCase struct {
	Item  int               `yaml:"item"`  // the number of the break in the hostile-input list
	What  string            `yaml:"what"`  // one line: what the attack is
	Args  []string          `yaml:"args"`  // run in a fresh copy of the folder
	Stdin string            `yaml:"stdin"` // standard input, empty by default
	Env   map[string]string `yaml:"env"`   // added to a clean environment
	Exit  int               `yaml:"exit"`  // the exit status wanted
	// Stderr and Stdout list fragments that must appear; NotStderr and NotStdout
	// fragments that must not.
	Stderr    []string `yaml:"stderr"`
	NotStderr []string `yaml:"not_stderr"`
	Stdout    []string `yaml:"stdout"`
	NotStdout []string `yaml:"not_stdout"`
	// StdoutEmpty defaults to true when Exit is 2: bad input prints no result.
	StdoutEmpty *bool `yaml:"stdout_empty"`
	// StdoutTo sends standard output elsewhere than to the test: "full"
	// (/dev/full, where every write fails), "closed" (closed by the shell,
	// as cmd >&- does) or "null" (/dev/null, which is no error).
	StdoutTo string `yaml:"stdout_to"`
	// Changed lists the files the run may change; every other file of the folder
	// must keep its bytes. Absent lists files that must not exist afterwards.
	Changed []string `yaml:"changed"`
	Absent  []string `yaml:"absent"`
	// Generate writes input files too large to keep in the folder: head,
	// then line repeated times ("{n}" in it counting from 1). They must not
	// change either, unless listed in Changed.
	Generate []generated `yaml:"generate"`
}

// generated is an input file a case builds before its run.
type generated struct {
	File  string `yaml:"file"`
	Head  string `yaml:"head"`
	Line  string `yaml:"line"`
	Times int    `yaml:"times"`
}

// write builds the file in dir and returns its contents.
func (g generated) write(t *testing.T, dir string) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString(g.Head)
	numbered := strings.Contains(g.Line, "{n}")
	for i := 1; i <= g.Times; i++ {
		if numbered {
			b.WriteString(strings.ReplaceAll(g.Line, "{n}", strconv.Itoa(i)))
		} else {
			b.WriteString(g.Line)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, g.File), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var (
	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
)

// pocssr builds the real binary once for the whole test run.
func pocssr(t *testing.T) string {
	t.Helper()
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "pocssr-hostile-")
		if err != nil {
			binaryErr = err
			return
		}
		binaryPath = filepath.Join(dir, "pocssr")
		out, err := exec.Command("go", "build", "-o", binaryPath, "../..").CombinedOutput()
		if err != nil {
			binaryErr = err
			t.Logf("go build: %s", out)
		}
	})
	if binaryErr != nil {
		t.Fatal(binaryErr)
	}
	return binaryPath
}

// TestHostileInput runs every attack of testdata/hostile against the built
// binary: exit status, message fragments (with positions), and that no file
// it may not touch changed.
func TestHostileInput(t *testing.T) {
	dirs, err := filepath.Glob("testdata/hostile/*/case.yaml")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no hostile cases found (%v)", err)
	}
	bin := pocssr(t)
	for _, spec := range dirs {
		dir := filepath.Dir(spec)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var c hostileCase
			data, err := os.ReadFile(spec)
			if err != nil {
				t.Fatal(err)
			}
			dec := yaml.NewDecoder(bytes.NewReader(data))
			dec.KnownFields(true)
			if err := dec.Decode(&c); err != nil {
				t.Fatalf("%s: %v", spec, err)
			}
			if len(c.Args) == 0 || c.What == "" {
				t.Fatalf("%s: a case needs what and args", spec)
			}
			work := t.TempDir()
			before := copyCase(t, dir, work)
			for _, g := range c.Generate {
				before[g.File] = g.write(t, work)
			}
			cmd := exec.Command(bin, c.Args...)
			if c.StdoutTo == "closed" {
				cmd = exec.Command("/bin/sh", append([]string{"-c", `exec "$0" "$@" >&-`, bin}, c.Args...)...)
			}
			cmd.Dir = work
			cmd.Env = []string{"HOME=" + work, "XDG_STATE_HOME=" + filepath.Join(work, ".state"), "PATH=" + os.Getenv("PATH"), "TERM=dumb"}
			for k, v := range c.Env {
				cmd.Env = append(cmd.Env, k+"="+v)
			}
			cmd.Stdin = strings.NewReader(c.Stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			switch c.StdoutTo {
			case "full", "null":
				dev, err := os.OpenFile("/dev/"+c.StdoutTo, os.O_WRONLY, 0)
				if err != nil {
					t.Skip(err)
				}
				defer dev.Close()
				cmd.Stdout = dev
			case "", "closed":
			default:
				t.Fatalf("%s: stdout_to is full, closed or null, not %q", spec, c.StdoutTo)
			}
			err = cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			t.Logf("item %d: %s\nstderr:\n%s", c.Item, c.What, stderr.String())
			if code != c.Exit {
				t.Errorf("exit %d, want %d", code, c.Exit)
			}
			checkFragments(t, "stderr", stderr.String(), c.Stderr, c.NotStderr)
			checkFragments(t, "stdout", stdout.String(), c.Stdout, c.NotStdout)
			empty := c.Exit == 2
			if c.StdoutEmpty != nil {
				empty = *c.StdoutEmpty
			}
			if empty && stdout.Len() > 0 {
				t.Errorf("stdout should be empty, got %.300q", stdout.String())
			}
			for name, want := range before {
				if contains(c.Changed, name) {
					continue
				}
				got, err := os.ReadFile(filepath.Join(work, name))
				if err != nil || !bytes.Equal(got, want) {
					t.Errorf("%s changed or vanished (%v)", name, err)
				}
			}
			for _, name := range c.Absent {
				if _, err := os.Lstat(filepath.Join(work, name)); err == nil {
					t.Errorf("%s exists; it must not be written", name)
				}
			}
		})
	}
}

// copyCase copies the case folder's files (not case.yaml) into work and
// returns their contents.
func copyCase(t *testing.T, from, work string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || e.Name() == "case.yaml" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(work, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = data
	}
	return files
}

func checkFragments(t *testing.T, stream, got string, want, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q", stream, w)
		}
	}
	for _, w := range notWant {
		if strings.Contains(got, w) {
			t.Errorf("%s holds %q", stream, w)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
