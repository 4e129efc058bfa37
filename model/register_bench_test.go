package model

import (
	"fmt"
	"testing"
)

// registeredJSON is a JSON worksheet of n activities, as pocssr writes it,
// each with a few facts, and with register set an entry on three risks (an
// owner and a due date on each, a note on one) and an HRDDP review: the
// register's part of BenchmarkLargeRegister, without classifying.
func registeredJSON(n int, register bool) []byte {
	risks := testVocab.Risks()
	statuses := MitigationStatuses
	ws := &Worksheet{Mission: "MONUSCO"}
	for i := 0; i < n; i++ {
		a := &Activity{ID: fmt.Sprintf("a-%d", i), Title: fmt.Sprintf("Train the police of sector %d in rights", i)}
		a.Facts[Implementer] = Value{Known: true, One: "mission"}
		a.Facts[Kinds] = Value{Known: true, Set: []string{"rights-training", "vetting"}}
		a.Facts[Forces] = Value{Known: true, Set: []string{"police"}}
		a.Facts[RightsRecord] = Value{Known: true, One: "minor-abuses"}
		if register {
			for j := 0; j < 3; j++ {
				e := RegisterEntry{Risk: risks[(i+j)%len(risks)], Status: statuses[(i+j)%4], Owner: "Human Rights Division", Due: "2026-06-30"}
				if j == 0 || e.Status == NotNeeded {
					e.Note = "Units screened against the database"
				}
				a.Register = append(a.Register, e)
			}
			a.HRDDPReview = "2026-09-30"
		}
		ws.Activities = append(ws.Activities, a)
	}
	data, err := ws.MarshalJSON()
	if err != nil {
		panic(err)
	}
	return data
}

// BenchmarkStreamRegister opens a stream over 20,000 activities and reads
// them once, as `classify -f json` does, without a register and with one on
// every activity: what reading the register costs.
func BenchmarkStreamRegister(b *testing.B) {
	for _, register := range []bool{false, true} {
		data := registeredJSON(20000, register)
		b.Run(fmt.Sprintf("register=%v", register), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu := processorTime()
			for i := 0; i < b.N; i++ {
				st, err := OpenStream("w.json", data, testVocab)
				if err != nil {
					b.Fatal(err)
				}
				for a := range st.All() {
					if a.Title == "" {
						b.Fatal("no title")
					}
				}
			}
			b.ReportMetric(float64(processorTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
