package session

import (
	"bytes"
	"path/filepath"
	"testing"
)

// BenchmarkAutosaveWrite writes a 4 MB autosave (about 10,000 activities) as
// a new 0600 file renamed into place, synced: the part of an autosave that
// runs in the background.
func BenchmarkAutosaveWrite(b *testing.B) {
	s, err := OpenStoreAt(filepath.Join(b.TempDir(), "pocssr"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	a, err := s.Begin("unnamed")
	if err != nil {
		b.Fatal(err)
	}
	data := bytes.Repeat([]byte("x"), 4<<20)
	b.SetBytes(int64(len(data)))
	for i := 0; b.Loop(); i++ {
		if err := a.Write(uint64(i), data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEnded lists the ended sessions of a worksheet among 50 autosaves.
func BenchmarkEnded(b *testing.B) {
	s, err := OpenStoreAt(filepath.Join(b.TempDir(), "pocssr"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 50; i++ {
		a, _ := s.Begin("unnamed")
		a.Write(1, record(a, "x"))
		a.End()
	}
	self, _ := s.Begin("unnamed")
	for b.Loop() {
		found, _ := s.Ended("unnamed", self)
		for _, f := range found {
			f.Release()
		}
	}
}
