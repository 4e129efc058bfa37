package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Format is a worksheet file's format.
type Format string

// The worksheet file formats.
const (
	YAML Format = "yaml"
	JSON Format = "json"
)

// ErrChangedOnDisk is returned by Save when the file changed on disk since it was
// read: saving would lose someone's work.
var ErrChangedOnDisk = errors.New("the file changed on disk since it was opened")

// ErrExists is returned by Save when saving to a new name would replace a file.
var ErrExists = errors.New("a file of that name already exists")

// origin remembers what a worksheet was read from, to detect changes on disk.
type origin struct {
	path   string
	digest [32]byte
	format Format
	exists bool
}

// Load reads a worksheet file.
func Load(path string, vocab *Vocabulary) (*Worksheet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, &InputError{Problems: []Problem{{File: path, Msg: "is a folder, not a worksheet file"}}}
		}
		if st.Size() > MaxFileSize {
			return nil, TooLarge(path, st.Size())
		}
	}
	data, err := ReadAll(path, f)
	if err != nil {
		return nil, err
	}
	w, err := Parse(path, data, vocab)
	if err != nil {
		return nil, err
	}
	w.origin = origin{path: path, digest: sha256.Sum256(data), format: formatOf(path, data), exists: true}
	return w, nil
}

// New returns an empty worksheet that will be saved to path (which may be "").
// When path names an existing file, saving refuses to replace it.
func New(path string) *Worksheet {
	w := &Worksheet{}
	w.origin = origin{path: path, format: formatOf(path, nil)}
	return w
}

// Path is the file the worksheet was read from or last saved to ("" if none).
func (w *Worksheet) Path() string { return w.origin.path }

func formatOf(path string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return JSON
	case ".yaml", ".yml":
		return YAML
	}
	if looksLikeJSON(data) {
		return JSON
	}
	return YAML
}

// Encode writes the worksheet in a file format.
func (w *Worksheet) Encode(f Format) ([]byte, error) {
	if f == JSON {
		var buf bytes.Buffer
		data, err := w.MarshalJSON()
		if err != nil {
			return nil, err
		}
		if err := json.Indent(&buf, data, "", "  "); err != nil {
			return nil, err
		}
		buf.WriteByte('\n')
		return buf.Bytes(), nil
	}
	return w.EncodeYAML()
}

// SaveOptions adjust Save.
type SaveOptions struct {
	// Overwrite allows replacing a file that changed on disk, or another existing
	// file when saving under a new name. Only a person's explicit choice sets it.
	Overwrite bool
}

// Save writes the worksheet to path ("" means where it came from), atomically: the
// file is either the old one or the whole new one, never a part. It refuses
// (ErrChangedOnDisk) to replace a file that changed since it was read,
// (ErrExists) to replace another existing file, and (ErrReadOnly) to replace a
// read-only one. A symbolic link stays a link: its target gets the new text.
func (w *Worksheet) Save(path string, opts SaveOptions) error {
	if path == "" {
		path = w.origin.path
	}
	if path == "" {
		return errors.New("the worksheet has no file name yet: save it under a name")
	}
	same := sameFile(path, w.origin.path)
	if !opts.Overwrite {
		current, err := os.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return err
		case !same || !w.origin.exists:
			return fmt.Errorf("%s: %w", path, ErrExists)
		case sha256.Sum256(current) != w.origin.digest:
			return fmt.Errorf("%s: %w", path, ErrChangedOnDisk)
		}
	}
	format := formatOf(path, nil)
	if same && w.origin.format != "" && filepath.Ext(path) == "" {
		format = w.origin.format
	}
	data, err := w.Encode(format)
	if err != nil {
		return err
	}
	if err := WriteFileThrough(path, data, 0o644); err != nil {
		return err
	}
	w.origin = origin{path: path, digest: sha256.Sum256(data), format: format, exists: true}
	return nil
}

func sameFile(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// WriteFileThrough is WriteFileAtomic for a file a person named: a symbolic
// link is followed, so that the link stays and its target (wherever it is) gets
// the new content, written atomically in the target's folder; a file whose mode
// does not let its owner write is refused with ErrReadOnly instead of being
// replaced.
func WriteFileThrough(path string, data []byte, perm fs.FileMode) error {
	target := path
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		resolved, err := filepath.EvalSymlinks(path)
		if err != nil {
			// A dangling link: write where it points, creating the target.
			link, lerr := os.Readlink(path)
			if lerr != nil {
				return err
			}
			if !filepath.IsAbs(link) {
				link = filepath.Join(filepath.Dir(path), link)
			}
			resolved = link
		}
		target = resolved
	}
	if st, err := os.Stat(target); err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s: %w", path, ErrReadOnly)
	}
	return WriteFileAtomic(target, data, perm)
}

// renameFile is os.Rename; tests replace it to simulate a failure at the last step.
var renameFile = os.Rename

// WriteFileAtomic writes data to path through a temporary file in the same
// folder, synced and renamed into place. An existing file keeps its mode; a new
// one gets perm.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) error {
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file", path)
		}
		perm = st.Mode().Perm()
	}
	dir := filepath.Dir(path)
	removeStaleTemps(dir, filepath.Base(path), time.Now())
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := renameFile(name, path); err != nil {
		os.Remove(name)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// StaleAfter is how old a temporary file of a save must be before a later
// save of the same file removes it: far longer than any save takes, so that
// a save under way in another pocssr is never disturbed.
const StaleAfter = 10 * time.Minute

// removeStaleTemps removes the temporary files that a save of base killed
// before its rename left in dir: only the names this program gives them
// (".<base>.<digits>.tmp", as os.CreateTemp fills "*"), only regular files,
// and only those last written StaleAfter or longer before now.
func removeStaleTemps(dir, base string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		n := e.Name()
		digits, ok := strings.CutSuffix(strings.TrimPrefix(n, prefix), ".tmp")
		if !strings.HasPrefix(n, prefix) || !ok || !allDigits(digits) || !e.Type().IsRegular() {
			continue
		}
		if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) >= StaleAfter {
			os.Remove(filepath.Join(dir, n))
		}
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
