package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"
)

// Config is what the user set once for every run, in
// $XDG_CONFIG_HOME/pocssr/config.yaml (else the system's folder for
// configuration, ~/.config on Linux), and POCSSR_THEME.
type Config struct {
	Path string // the file read, whether or not it exists
	// Exists says whether the file was there.
	Exists bool
	// Theme is auto, light or dark; ThemeFrom says which setting decided it.
	Theme, ThemeFrom string
	// Format is the format classify writes when --format is not given ("" when
	// not set).
	Format string
	// Author and Organisation name who prepared a briefing.
	Author, Organisation string
}

// configKeys are the keys of the configuration file, in the order `pocssr
// config` lists them.
var configKeys = []string{"theme", "format", "author", "organisation"}

// themes are the values of theme and POCSSR_THEME.
var themes = []string{"auto", "light", "dark"}

// maxConfig bounds what is read of the configuration file.
const maxConfig = 64 << 10

// ConfigPath is where the configuration file is looked for.
func ConfigPath() (string, error) {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		var err error
		if dir, err = os.UserConfigDir(); err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, "pocssr", "config.yaml"), nil
}

// Config reads the configuration once; a bad file or POCSSR_THEME is bad
// input (exit 2), each problem at its file:line:col.
func (e *Env) Config() (*Config, error) {
	if e.config != nil {
		return e.config, nil
	}
	path, err := ConfigPath()
	if err != nil {
		return nil, err
	}
	c, err := readConfig(path)
	if err != nil {
		return nil, invalid(err)
	}
	if v, ok := os.LookupEnv("POCSSR_THEME"); ok && v != "" {
		if !contains(themes, v) {
			return nil, invalid(fmt.Errorf("POCSSR_THEME: %q is not a theme; allowed: %s%s", v, strings.Join(themes, ", "), model.DidYouMean(v, themes)))
		}
		c.Theme, c.ThemeFrom = v, "POCSSR_THEME"
	}
	e.config = c
	return c, nil
}

// readConfig reads the configuration file at path; a missing file sets
// nothing.
func readConfig(path string) (*Config, error) {
	c := &Config{Path: path, Theme: "auto", ThemeFrom: "default"}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxConfig+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxConfig {
		return nil, fmt.Errorf("%s: larger than a configuration file can be (%d KiB)", path, maxConfig>>10)
	}
	c.Exists = true
	return c, c.parse(path, data)
}

// parse reads the file's keys strictly: an unknown key, a value that is not
// allowed, a key given twice, each is a problem at its line and column.
func (c *Config) parse(path string, data []byte) error {
	ps := &model.Problems{File: path}
	if !utf8.Valid(data) {
		ps.Add(0, 0, "the file is not valid UTF-8")
		return ps.Err()
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		ps.Add(0, 0, "not YAML: %v", err)
		return ps.Err()
	}
	if len(doc.Content) == 0 {
		return nil // an empty file sets nothing
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		ps.Add(m.Line, m.Column, "expected keys (%s), one per line", strings.Join(configKeys, ", "))
		return ps.Err()
	}
	seen := map[string]int{}
	formats := make([]string, len(report.Formats))
	for i, f := range report.Formats {
		formats[i] = string(f)
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if !contains(configKeys, k.Value) {
			ps.Add(k.Line, k.Column, "unknown key %q; allowed: %s%s", k.Value, strings.Join(configKeys, ", "), model.DidYouMean(k.Value, configKeys))
			continue
		}
		if line, dup := seen[k.Value]; dup {
			ps.Add(k.Line, k.Column, "%s is set twice (first at line %d)", k.Value, line)
			continue
		}
		seen[k.Value] = k.Line
		if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
			ps.Add(v.Line, v.Column, "%s takes one value on its line", k.Value)
			continue
		}
		switch k.Value {
		case "theme":
			if !contains(themes, v.Value) {
				ps.Add(v.Line, v.Column, "%q is not a theme; allowed: %s%s", v.Value, strings.Join(themes, ", "), model.DidYouMean(v.Value, themes))
				continue
			}
			c.Theme, c.ThemeFrom = v.Value, path
		case "format":
			// A default format is written to a terminal too: a binary
			// one (docx) is for -f and -o only.
			f, err := report.ParseFormat(v.Value)
			if err != nil || f.Binary() {
				ps.Add(v.Line, v.Column, "%q is not a format; allowed: %s%s", v.Value, strings.Join(formats, ", "), model.DidYouMean(v.Value, formats))
				continue
			}
			c.Format = string(f)
		case "author", "organisation":
			name := strings.TrimSpace(v.Value)
			if strings.ContainsAny(name, "\n\r") || utf8.RuneCountInString(name) > 200 {
				ps.Add(v.Line, v.Column, "%s is a name on one line, at most 200 characters", k.Value)
				continue
			}
			// It is printed to the terminal by pocssr config and into every
			// briefing: no control character may ride along.
			if strings.ContainsFunc(name, unicode.IsControl) {
				ps.Add(v.Line, v.Column, "%s holds a control character; a name is printable text", k.Value)
				continue
			}
			if k.Value == "author" {
				c.Author = name
			} else {
				c.Organisation = name
			}
		}
	}
	return ps.Err()
}

// PreparedBy is who a briefing says prepared it: "author, organisation",
// either alone, or "".
func (c *Config) PreparedBy() string {
	var parts []string
	for _, p := range []string{c.Author, c.Organisation} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// programTheme is the theme the terminal program is given: "" lets it ask
// the terminal.
func (c *Config) programTheme() string {
	if c.Theme == "auto" {
		return ""
	}
	return c.Theme
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func newConfigCmd(env *Env) subcommand {
	return subcommand{cmd: &cobra.Command{
		Use:   "config",
		Short: "Say where the configuration file is and what it sets",
		Long: `Print where pocssr looks for its configuration file and what is set. The file,
$XDG_CONFIG_HOME/pocssr/config.yaml (on Linux ~/.config/pocssr/config.yaml when
XDG_CONFIG_HOME is not set), may hold:

  theme: auto            # auto (ask the terminal), light or dark
                         # (POCSSR_THEME overrides it)
  format: markdown       # what classify writes when --format is not given
  author: A. Planner     # who prepared a briefing, shown at its top
  organisation: DPO/OMA

--light and --dark override the theme for one run. A key or value that is not
one of these is reported at its line and column, and pocssr exits 2.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := env.Config()
			if err != nil {
				return err
			}
			w := env.Stdout
			state := "not there: nothing is set in it"
			if c.Exists {
				state = "read"
			}
			fmt.Fprintf(w, "config file:  %s (%s)\n", c.Path, state)
			fmt.Fprintf(w, "theme:        %s (%s)\n", c.Theme, c.ThemeFrom)
			fmt.Fprintf(w, "format:       %s\n", orNotSet(c.Format, "not set: text"))
			fmt.Fprintf(w, "author:       %s\n", orNotSet(c.Author, "not set"))
			fmt.Fprintf(w, "organisation: %s\n", orNotSet(c.Organisation, "not set"))
			return nil
		},
	}}
}

func orNotSet(v, none string) string {
	if v == "" {
		return "(" + none + ")"
	}
	return v
}
