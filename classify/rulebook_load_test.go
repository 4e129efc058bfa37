package classify

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
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

// A rulebook that never ends (a pipe, a device such as /dev/zero) is read
// only up to the limit, then refused. The writer gives up after 64 MiB, so
// that a reader without a cap is seen reading past the limit, not hanging.
func TestLoadCapsAStreamWithoutEnd(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "rules.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	written := make(chan int64, 1)
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			written <- -1
			return
		}
		defer w.Close()
		chunk := []byte(strings.Repeat("# x\n", 16<<10))
		var n int64
		for n < 64<<20 {
			k, err := w.Write(chunk)
			n += int64(k)
			if err != nil {
				break
			}
		}
		written <- n
	}()
	_, err := Load(fifo)
	if err == nil || !strings.Contains(err.Error(), "larger than the limit of 4194304 bytes") {
		t.Errorf("err %v; want the stream refused at the limit", err)
	}
	if n := <-written; n > MaxRulebookSize+(2<<20) {
		t.Errorf("%d MiB read from a stream; the limit is %d MiB", n>>20, MaxRulebookSize>>20)
	}
}
