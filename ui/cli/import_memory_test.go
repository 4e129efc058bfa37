package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// maxImportRSS is the most memory an import may hold at its peak, for any
// mandate up to the size limit.
const maxImportRSS = 300 << 20

// Peak memory for any import stays under 300 MB: the shapes of mandate that
// cost the most per byte (numbered parts at the limit, each long; a million
// short lines; parts past the limit, refused) are imported by the real
// binary and its peak resident memory is read from the kernel.
func TestImportPeakMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary on 16 MiB mandates")
	}
	bin := pocssr(t)
	dir := t.TempDir()
	long := strings.Repeat("Patrol the camps of the displaced around Bunia and train the national police, ", 9)[:660]
	shapes := map[string]string{
		"parts at the limit":             "1. Requests the mission:\n" + strings.Repeat("(a) "+long+";\n", 24_999),
		"a million lines":                "1. Requests the mission to patrol the camps;\n" + strings.Repeat("word word words\n", 999_000),
		"parts past the limit":           "1. Requests the mission:\n" + strings.Repeat("(a) x\n", (16<<20)/6-10),
		"one paragraph of 180,000 lines": "1. Requests the mission to patrol the camps;\n" + strings.Repeat(strings.Repeat("word word words ", 5)+"words\n", 180_000),
	}
	for name, text := range shapes {
		if len(text) > 16<<20 {
			t.Fatalf("%s: %d bytes, over the mandate limit", name, len(text))
		}
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "import", path)
		cmd.Env = []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH")}
		err := cmd.Run()
		if _, ok := err.(*exec.ExitError); err != nil && !ok {
			t.Fatal(err)
		}
		ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		if !ok {
			t.Skip("no resource usage on this system")
		}
		rss := ru.Maxrss << 10 // kilobytes on Linux
		t.Logf("%s: exit %d, peak %d MB", name, cmd.ProcessState.ExitCode(), rss>>20)
		if rss > maxImportRSS {
			t.Errorf("%s: peak memory %d MB; the limit is %d MB", name, rss>>20, maxImportRSS>>20)
		}
	}
}
