package model

// testVocab is a small vocabulary for the model's own tests (the real one comes
// from the rulebook; package classify tests that).
var testVocab = func() *Vocabulary {
	var v Vocabulary
	add := func(f Fact, vals ...string) {
		for _, x := range vals {
			v.Add(f, Choice{Value: x, Label: x})
		}
	}
	add(Implementer, "mission", "mission-support", "host-state", "partner")
	add(Kinds, "mediation", "deterrence", "combined-operations", "rights-training", "capacity-training", "equipment", "vetting", "restructuring")
	add(Forces, "army", "police", "gendarmerie", "intelligence", "other-security")
	add(Accountability, "internal-controls", "discipline", "code-of-conduct", "reporting-procedure", "whistleblower-protection")
	add(TrainingFormat, "one-off", "recurring", "training-of-trainers", "curriculum")
	add(RightsRecord, "no-concerns", "minor-abuses", "grave-allegations", "grave-ongoing")
	add(HRDDP, "not-done", "done", "done-with-mitigation")
	add(CommunityTrust, "high", "mixed", "low")
	add(Horizon, "immediate", "medium", "long")
	add(PoliticalWill, "strong", "weak", "absent")
	v.SetRisks([]string{"capacity-without-accountability", "grave-violations-support", "hrddp-not-assessed", "dual-role", "no-community-input"})
	return &v
}()
