package classify

// Tier is a tier of the 2015 DPKO/DFS policy on POC: 1, 2 or 3; 0 is undetermined.
type Tier int

// Agenda is where an activity falls in the narrow reading.
type Agenda string

// The agendas of FRAMEWORK §3.
const (
	POCOnly      Agenda = "poc-only"
	SSROnly      Agenda = "ssr-only"
	Overlap      Agenda = "overlap"
	Outside      Agenda = "outside"
	Undetermined Agenda = "undetermined"
)

// Agendas lists every agenda, in report order.
var Agendas = []Agenda{POCOnly, Overlap, SSROnly, Outside, Undetermined}

// Basis is why an activity counts as overlap.
type Basis string

// The overlap bases of FRAMEWORK §3, and the kind properties that lead to them.
const (
	NoBasis                          Basis = ""
	ReducesForceViolence             Basis = "reduces-force-violence"
	CombinedOpsCapacity              Basis = "combined-ops-capacity"
	ReducesForceViolenceIfInstituted Basis = "reduces-force-violence-if-institutionalized"
)

// Severity ranks a friction risk.
type Severity string

// The severities of FRAMEWORK §4, most serious first.
const (
	Critical Severity = "critical"
	High     Severity = "high"
	Medium   Severity = "medium"
	Low      Severity = "low"
)

// Severities lists the severities, most serious first.
var Severities = []Severity{Critical, High, Medium, Low}

// Rank orders severities: critical is 4, low is 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case Critical:
		return 4
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}
