package cli

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// releaseConfig is the part of .goreleaser.yaml a release depends on; keys
// this test does not know are refused, so a misspelt key fails here as it
// would fail `goreleaser check`.
type releaseConfig struct {
	Version     int    `yaml:"version"`
	ProjectName string `yaml:"project_name"`
	Before      struct {
		Hooks []string `yaml:"hooks"`
	} `yaml:"before"`
	Builds []struct {
		ID      string   `yaml:"id"`
		Main    string   `yaml:"main"`
		Binary  string   `yaml:"binary"`
		Env     []string `yaml:"env"`
		Flags   []string `yaml:"flags"`
		Ldflags []string `yaml:"ldflags"`
		Goos    []string `yaml:"goos"`
		Goarch  []string `yaml:"goarch"`
	} `yaml:"builds"`
	Archives []struct {
		ID              string   `yaml:"id"`
		IDs             []string `yaml:"ids"`
		NameTemplate    string   `yaml:"name_template"`
		Formats         []string `yaml:"formats"`
		FormatOverrides []struct {
			Goos    string   `yaml:"goos"`
			Formats []string `yaml:"formats"`
		} `yaml:"format_overrides"`
		Files []string `yaml:"files"`
	} `yaml:"archives"`
	Checksum struct {
		NameTemplate string `yaml:"name_template"`
		Algorithm    string `yaml:"algorithm"`
	} `yaml:"checksum"`
	Changelog struct {
		Sort string `yaml:"sort"`
	} `yaml:"changelog"`
	Release struct {
		GitHub struct {
			Owner string `yaml:"owner"`
			Name  string `yaml:"name"`
		} `yaml:"github"`
		Draft bool `yaml:"draft"`
	} `yaml:"release"`
}

// ciTargets are the systems .ci/run builds and vets for.
func ciTargets(t *testing.T) []string {
	t.Helper()
	script, err := os.ReadFile("../../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^for target in ([^;]+);`).FindSubmatch(script)
	if m == nil {
		t.Fatal(".ci/run has no loop over its targets")
	}
	return strings.Fields(string(m[1]))
}

// The release configuration builds every system CI builds, stamps the
// version into the variable --version prints, archives each build (zip for
// Windows) with the licence, and writes checksums.
func TestReleaseConfiguration(t *testing.T) {
	data, err := os.ReadFile("../../.goreleaser.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var c releaseConfig
	if err := dec.Decode(&c); err != nil {
		t.Fatalf(".goreleaser.yaml: %v", err)
	}
	if c.Version != 2 || len(c.Builds) != 1 || len(c.Archives) != 1 {
		t.Fatalf("version %d, %d builds, %d archives", c.Version, len(c.Builds), len(c.Archives))
	}
	b := c.Builds[0]
	var built []string
	for _, goos := range b.Goos {
		for _, arch := range b.Goarch {
			built = append(built, goos+"/"+arch)
		}
	}
	targets := ciTargets(t)
	slices.Sort(built)
	slices.Sort(targets)
	if !slices.Equal(built, targets) {
		t.Errorf("releases build %v, CI builds %v", built, targets)
	}
	main, err := os.ReadFile("../../main.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(b.Ldflags, " "), "-X main.version={{ .Version }}") ||
		!regexp.MustCompile(`(?m)^var version = ""$`).Match(main) {
		t.Errorf("the version is not stamped into main.version: %q", b.Ldflags)
	}
	if !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Error("a release binary must not need a C library")
	}
	a := c.Archives[0]
	if !slices.Contains(a.Files, "LICENSE") || !slices.Equal(a.IDs, []string{b.ID}) {
		t.Errorf("archive files %v of builds %v", a.Files, a.IDs)
	}
	zipped := false
	for _, o := range a.FormatOverrides {
		zipped = zipped || o.Goos == "windows" && slices.Equal(o.Formats, []string{"zip"})
	}
	if !zipped || !slices.Equal(a.Formats, []string{"tar.gz"}) {
		t.Errorf("archive formats %v, overrides %+v", a.Formats, a.FormatOverrides)
	}
	if c.Checksum.Algorithm != "sha256" || c.Checksum.NameTemplate == "" {
		t.Errorf("checksums %+v", c.Checksum)
	}
	license, err := os.ReadFile("../../LICENSE")
	if err != nil || !bytes.HasPrefix(license, []byte("MIT License")) {
		t.Errorf("LICENSE: %v", err)
	}
}
