package session

import "github.com/pocssr/pocssr/classify"

// PortfolioOnSuggested lists the portfolio findings that the drafts'
// suggested answers change (classify.Rulebook.SuggestedChanges): the
// findings screen and the summary mark them "~". The two tallies follow
// every change; the drafts are walked only where they differ.
func (s *Sheet) PortfolioOnSuggested() []classify.SuggestedChange {
	if s.portfolio.Firing() == s.unsuggested.Firing() && s.portfolio.HeldOpen() == s.unsuggested.HeldOpen() {
		return nil
	}
	var drafts []classify.DraftMarks
	for _, a := range s.ws.Activities {
		if v := s.verdicts[a]; v != nil && v.Mark != v.MarkWithout {
			drafts = append(drafts, classify.DraftMarks{ID: a.ID, With: v.Mark, Without: v.MarkWithout})
		}
	}
	return s.rb.SuggestedChanges(&s.portfolio, &s.unsuggested, drafts)
}
