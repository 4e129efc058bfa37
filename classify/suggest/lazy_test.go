package suggest

import (
	"os"
	"os/exec"
	"testing"
)

// leftout.yaml's patterns are compiled when a mandate is first read, not
// when the program starts: a fresh process that reads nothing has not
// compiled them (the program's --version and --help pay nothing for them),
// and the first reason asked for compiles them.
func TestLeftOutCompiledOnFirstReading(t *testing.T) {
	if os.Getenv("POCSSR_FRESH_PROCESS") != "" {
		if leftOutCompiled.Load() {
			t.Fatal("leftout.yaml was compiled before anything was read")
		}
		if ReportRequest.Why() == string(ReportRequest) || !leftOutCompiled.Load() {
			t.Fatal("asking a reason's why did not compile leftout.yaml")
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLeftOutCompiledOnFirstReading$", "-test.count=1")
	cmd.Env = append(os.Environ(), "POCSSR_FRESH_PROCESS=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}
