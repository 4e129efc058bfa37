// Command pocssr makes the tensions between the protection of civilians (POC)
// and security sector reform (SSR) visible, one peacekeeping activity at a time.
//
// Run it alone for the interactive worksheet, or use its batch commands:
// classify, check, cases and rules. See pocssr --help.
package main

import (
	"os"

	"github.com/pocssr/pocssr/ui/cli"
)

// version is set at build time with -ldflags "-X main.version=..."; without
// it, --version prints the module's version and revision from the build info.
var version = ""

func main() {
	env := &cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(cli.Main(env, cli.Version(version), os.Args[1:]))
}
