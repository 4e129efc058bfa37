//go:build unix

package termbg

import (
	"os"
	"testing"
)

// The parent is read past the process's name, which may hold spaces and
// parentheses: the test binary's own line is read as the kernel wrote it.
func TestParentOfReadsTheKernelsLine(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc here")
	}
	got, ok := parentOf(os.Getpid())
	if !ok || got != os.Getppid() {
		t.Fatalf("parentOf(self) = %d, %v; the parent is %d", got, ok, os.Getppid())
	}
	if _, ok := parentOf(-1); ok {
		t.Fatal("a process that does not exist has a parent")
	}
}
