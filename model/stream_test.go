package model

import (
	"slices"
	"strings"
	"testing"
)

// streamFiles are worksheet files a first pass must read as OpenStream does:
// valid files (ids given, derived, derived around an id a later activity
// gives, the mission after the activities, a register), files the fast
// reader hands to the strict one (a lone surrogate, YAML), and bad files of
// every sort the strict reader positions.
var streamFiles = []struct{ name, src string }{
	{"w.json", `{"mission":"M","activities":[{"id":"a","title":"One"},{"id":"b","title":"Two"}]}`},
	{"w.json", `{"activities":[{"title":"Patrol"},{"title":"Patrol"},{"id":"patrol","title":"x"}],"mandate":"S/RES/1"}`},
	{"w.json", `{"activities":[{"id":"x","title":"a"},{"title":"a"}],"mission":"after"}`},
	{"w.json", `{"activities":[{"title":"a","register":{"dual-role":{"status":"planned","due":"2026-03-31"}},"hrddp_review":"2026-06-30"}]}`},
	{"w.json", `{"activities":[]}`},
	{"w.json", "\ufeff{\"activities\":[{\"title\":\"caf\\u00e9\"}]}"},
	{"w.json", `{"activities":[{"title":"a\ud83d"}]}`},
	{"w.json", `{"activities":[{"title":"a"},{"title":"b"}]} `},
	{"w.yaml", "activities:\n  - title: a\n  - title: b\n"},
	{"w.json", `{"activities":[{"id":"a","title":"x"},{"id":"a","title":"y"}]}`},
	{"w.json", `{"activities":[{"title":"a"},{"id":"a","title":"y"},{"id":"a","title":"z"}]}`},
	{"w.json", `{"activities":[{"title":"a",}]}`},
	{"w.json", `{"activities":[{"title":"a"}{"title":"b"}]}`},
	{"w.json", `{"activities":[{"title":"a"}]}}]`},
	{"w.json", `{"activities":[{"title":"a","kinds":["patrolling"]}]}`},
	{"w.json", `{"activities":[{"title":"a","register":{"dual-rol":{"status":"planned"}}}]}`},
	{"w.json", `{"activities":[{"title":"a","register":{"dual-role":{"status":"not-needed"}}}]}`},
	{"w.json", `{"activities":[{"title":"a","hrddp_review":"2026-6-30"}]}`},
	{"w.json", "{\"activities\":[{\"title\":\"ok\"},{\"title\":\"a\x7fb\"}]}"},
	{"w.json", "{\"activities\":[{\"title\":\"ok\"},{\"title\":\"a\xffb\"}]}"},
	{"w.json", `{"activities":[{"title":"a","unknown":1}]}`},
	{"w.json", `{"schema":"pocssr/v9","activities":[]}`},
	{"w.json", `{"activities":null}`},
}

// streamRead is what a stream gives: its activities as JSON, its header and
// its length, or the text of its problems.
func streamRead(st *Stream, acts []string) string {
	return st.Mission + "|" + st.Mandate + "|" + strings.Join(acts, "\n") + "|" + strings.Repeat("n", st.Len())
}

func collect(st *Stream) []string {
	var acts []string
	for a := range st.Each() {
		acts = append(acts, string(appendActivityJSON(nil, a)))
	}
	return acts
}

// A stream opened unchecked reads, on its first pass, what OpenStream and a
// pass read, and finds the same problems, told in the same words.
func TestFirstPassReadsAsOpenStream(t *testing.T) {
	for i, f := range streamFiles {
		want, wantErr := "", ""
		if st, err := OpenStream(f.name, []byte(f.src), testVocab); err != nil {
			wantErr = err.Error()
		} else {
			want = streamRead(st, collect(st))
		}
		st, err := OpenStreamUnchecked(f.name, []byte(f.src), testVocab)
		if err != nil {
			if err.Error() != wantErr {
				t.Errorf("%d: opened with %v, want %q", i, err, wantErr)
			}
			continue
		}
		var acts []string
		passes := 0
		err = st.FirstPass(func() { passes++; acts = collect(st) })
		got, gotErr := "", ""
		if err != nil {
			gotErr = err.Error()
		} else {
			got = streamRead(st, acts)
		}
		if gotErr != wantErr || got != want {
			t.Errorf("%d: %s\nfirst pass read %q, %q\nOpenStream read %q, %q", i, f.src, got, gotErr, want, wantErr)
		}
		if err == nil && streamRead(st, collect(st)) != want {
			t.Errorf("%d: a second pass read otherwise than the first", i)
		}
		if (err != nil) != (st.Err() != nil) {
			t.Errorf("%d: Err is %v after FirstPass returned %v", i, st.Err(), err)
		}
		if wantErr == "" && passes > 1 && !strings.Contains(f.src, `\ud83d`) && !strings.HasSuffix(f.name, ".yaml") {
			t.Errorf("%d: %d first passes over a file the fast reader reads", i, passes)
		}
	}
}

// A first pass that stops early, and a pass outside FirstPass, still see
// the file checked whole; a bad file yields nothing.
func TestUncheckedStreamIsCheckedBeforeItIsRead(t *testing.T) {
	src := `{"activities":[{"id":"a","title":"x"},{"id":"b","title":"y"},{"id":"c","title":"z"}]}`
	st, _ := OpenStreamUnchecked("w.json", []byte(src), testVocab)
	var first []string
	err := st.FirstPass(func() {
		first = first[:0]
		for a := range st.All() {
			first = append(first, a.ID)
			break
		}
	})
	if err != nil || !slices.Equal(first, []string{"a"}) || st.Len() != 3 {
		t.Errorf("a first pass stopped after one: %v, %v, %d activities", first, err, st.Len())
	}
	bad := `{"activities":[{"id":"a","title":"x"},{"id":"a","title":"y"}]}`
	st, _ = OpenStreamUnchecked("w.json", []byte(bad), testVocab)
	n := 0
	for range st.All() {
		n++
	}
	_, want := OpenStream("w.json", []byte(bad), testVocab)
	if n != 0 || st.Err() == nil || st.Err().Error() != want.Error() {
		t.Errorf("a pass outside FirstPass over a bad file yielded %d, Err %v, want %v", n, st.Err(), want)
	}
	if err := st.Check(); err == nil || err.Error() != want.Error() {
		t.Errorf("Check after it: %v", err)
	}
}

// The fast reader finds an activity's keys as the map of them does: every
// key, and every key with a byte changed, cut or added, is found or not
// found alike.
func TestActivityKeyLookupIsTheMap(t *testing.T) {
	var tries []string
	for _, k := range activityKeys {
		tries = append(tries, k, k[1:], k[:len(k)-1], k+"s", "x"+k, strings.ToUpper(k))
		for i := range k {
			tries = append(tries, k[:i]+"_"+k[i+1:])
		}
	}
	tries = append(tries, "", "a", "register", "hrddp_review")
	for _, key := range tries {
		got, ok := activityKeyIndex().lookup(key)
		want, wantOK := activityKeyIndex().byName[key]
		if got != want || ok != wantOK {
			t.Errorf("%q: found %v %v, the map says %v %v", key, got, ok, want, wantOK)
		}
	}
}
