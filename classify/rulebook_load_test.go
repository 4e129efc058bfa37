//go:build unix

package classify

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A rulebook larger than the limit is refused before it is read: a sparse
// file of 1 GiB is refused by its size, and reading it allocates nothing of
// its size.
func TestLoadRefusesALargeFileUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Skip(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = Load(path)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "the rulebook is 1073741824 bytes; the limit is 4194304") {
		t.Fatalf("err %v; want the size refused", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 16<<20 {
		t.Errorf("loading allocated %d MiB for a file refused by its size", grew>>20)
	}
}
