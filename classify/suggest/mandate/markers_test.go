package mandate

import (
	"strings"
	"testing"
)

func refsOf(t *testing.T, text string) string {
	t.Helper()
	tr, err := Read(text)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range tr.Nodes {
		r := n.Ref
		if n.Kind == Heading {
			r = "H[" + n.Text + "]"
		}
		out = append(out, r)
	}
	return strings.Join(out, " ")
}

// The marker layouts of the corpus (the lines are from the files named),
// each read by what number its level expects next.
func TestMarkerLayouts(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"inline after the preamble's last clause", // S-RES-1750-2007
			"Acting under Chapter VII of the Charter of the United Nations, 1. Decides the mandate of the United Nations Mission in Liberia (UNMIL) shall be extended until 30 September 2007; 2. Reaffirms its intention to authorize the Secretary-General;\n",
			"1 2"},
		{"preamble and paragraph 1 on one line", // S-RES-1473-2003
			"The Security Council, Reaffirming its previous resolutions, 1. Decides to adjust:\n(i) policing;\n(ii) adjustment of planning;\n2. Decides that the schedule will be adjusted;\n",
			"1 1(i) 1(ii) 2"},
		{"a paragraph after a page footer", // S-RES-1647-2005
			"1. Decides to renew:\n(a) To renew the measures on arms\n05-65399 (E)\n*0565399*\n\nS/RES/1647 (2005)\n(b) To renew the measures on diamonds;\n8. x\n2 05-65399\n2. Calls on the donors;\n",
			"1 1(a) 1(b) 2"},
		{"heading-only item over romans", // S-RES-2241-2015
			"4. Decides that the mandate of UNMISS shall be as follows:\n(a) Protection of civilians:\n(i) To protect civilians under threat;\n(ii) To deter violence against civilians;\n(b) Monitoring and investigating human rights:\n(i) To monitor;\n",
			"4 4(a) 4(a)(i) 4(a)(ii) 4(b) 4(b)(i)"},
		{"same-line heading", // a heading and its first item on one line
			"4. Decides that UNMISS shall have the following tasks: (a) Protection of civilians: (i) To protect civilians; (ii) To deter violence;\n",
			"4 4(a) 4(a)(i) 4(a)(ii)"},
		{"heading line between items", // S-RES-1925-2010
			"12. Decides that MONUSCO shall have the following mandate in this order of priority:\nProtection of civilians\n(a) Ensure the effective protection of civilians;\n(b) Ensure the protection of United Nations personnel,\nStabilization and peace consolidation\n(c) Support the Government;\n",
			"12 H[Protection of civilians] 12(a) 12(b) H[Stabilization and peace consolidation] 12(c)"},
		{"bullets under a paragraph", // S-RES-1417-2002, S-RES-1562-2004
			"7. Reaffirms MONUC's mandate to take the necessary action:\n\u00ad to protect United Nations personnel,\n\u00ad and to protect civilians under imminent threat;\n8. Decides that the tasks shall be the following:\nMilitary tasks\n· To monitor the security situation;\n· To support the police;\nCivilian tasks\n· To monitor human rights;\n9. Requests the Government:\n(a) to reform the army:\n- in the capital;\n- in the regions;\n(b) to train the police;\n",
			"7 7(•1) 7(•2) 8 H[Military tasks] 8(•1) 8(•2) H[Civilian tasks] 8(•3) 9 9(a) 9(a)(•1) 9(a)(•2) 9(b)"},
		{"a dash inside a line is no bullet",
			"1. Decides that the force - as authorized - shall patrol; - and so on;\n2. Requests x;\n",
			"1 2"},
		{"(l) after (k) is a letter", // S-RES-1925-2010
			"12. Decides:\n(a) a;\n(b) b;\n(c) c;\n(d) d;\n(e) e;\n(f) f;\n(g) g;\n(h) h;\n(i) i;\n(j) j;\n(k) k;\n(l) l;\n(m) m;\n",
			"12 12(a) 12(b) 12(c) 12(d) 12(e) 12(f) 12(g) 12(h) 12(i) 12(j) 12(k) 12(l) 12(m)"},
		{"(i) after (h) with (ii) next is a roman", // S-RES-2128-2013
			"2. Decides:\n(a) a;\n(b) b;\n(c) c;\n(d) d;\n(e) e;\n(f) f;\n(g) g;\n(h) that:\n(i) Notification is no longer required;\n(ii) The Liberian authorities shall notify;\n(i) the letter after all;\n",
			"2 2(a) 2(b) 2(c) 2(d) 2(e) 2(f) 2(g) 2(h) 2(h)(i) 2(h)(ii) 2(i)"},
		{"a cross-reference is no marker", // S-RES-1925-2010
			"13. Urges the donors to support MONUSCO in the DDRRR activities referred to in paragraph 12 (j) and calls upon the Government;\n14. Stresses;\n",
			"13 14"},
		{"a cross-reference at a line break is no marker",
			"12. Decides:\n(a) a;\n(b) b; as set out in paragraph\n(c) of resolution 1234 (1999);\n(c) c;\n",
			"12 12(a) 12(b) 12(c)"},
		{"a paragraph reference broken at a line", // S-RES-1037-1996, wrapped
			"11. Decides:\n(a) a;\n(b) b;\n(c) c;\n(d) To facilitate the return of refugees as set out in paragraph 16\n(e) of the report;\n(e) e;\n",
			"11 11(a) 11(b) 11(c) 11(d) 11(e)"},
		{"a clause after a comma is no heading", // S-RES-872-1993, wrapped
			"3. Decides that drawing from the Secretary-General's recommendations,\nUNAMIR shall have the following mandate:\n(a) To contribute to the security;\n",
			"3 3(a)"},
		{"a heading after the end of a long lead-in", // S-RES-1861-2009, wrapped
			"6. Decides that MINURCAT shall have the following mandate in eastern Chad, in liaison with the\nSupport Office and without prejudice to the mandate of BONUCA:\nSecurity and protection of civilians\n(a) To select, train, advise;\n",
			"6 H[Security and protection of civilians] 6(a)"},
		{"a number without its full stop", // S-RES-908-1994
			"17.     Welcomes the establishment;\n18      Notes with appreciation the steps;\n19.     Calls on the parties;\n",
			"17 18 19"},
		{"an item after \"; and\" inside a line", "1. Requests the mission: (a) to patrol; and (b) to vet the police;\n", "1 1(a) 1(b)"},
		{"sections of a paragraph", // S-RES-1542-2004
			"7. Decides that MINUSTAH shall have the following mandate:\nI. Secure and Stable Environment:\n(a) in support of the Transitional Government;\n(b) to assist;\nII. Political Process:\n(a) to support;\n",
			"7 7.I 7.I(a) 7.I(b) 7.II 7.II(a)"},
		{"a paragraph past 999", strings.Repeat("x.\n", 0) + numbered(1002), "1 2 3 999 1000 1001 1002"},
		{"a list that begins again", "1. Requests the mission:\n(a) Patrol the camps;\n(a) Patrol the camps;\n(a) Patrol the camps;\n", "1 1(a) 1(a) 1(a)"},
		{"a year at the start of a line is no paragraph", "1. Train the police.\n2010. A year.\n2. Vet the army.\n", "1 2"},
		{"an annex numbers its own paragraphs", "1. Train the police;\n2. Vet the army.\nAnnex\n1. Patrol the camps;\n2. Guard the sites;\n", "1 2 H[Annex] A1.1 A1.2"},
		{"annexes by name, a lettered annex", "1. Train.\nANNEX I\n1. Patrol;\n(a) at night;\nAppendix B\n(a) Guard;\n(b) Vet;\n", "1 H[ANNEX I] A1.1 A1.1(a) H[Appendix B] A2(a) A2(b)"},
		{"a line that cites an annex is no annex", "1. Train the police as set out in the\nannex;\n2. Vet the army.\n", "1 2"},
		{"numbering that runs backwards", "3. Patrol the camps;\n2. Train the police;\n1. Vet the army.\n", "3 2 1"},
		{"numbering that begins again", "1. Patrol;\n2. Train;\n1. Vet;\n2. Guard.\n", "1 2 P2.1 P2.2"},
		{"a number given twice", "12. Patrol;\n13. Train;\n13. Vet;\n14. Guard.\n", "12 13 13 14"},
		{"lone CR line ends", "1. Patrol the camps;\r2. Train the police;\r(a) at night;\r", "1 2 2(a)"},
		{"CRLF line ends", "1. Patrol the camps;\r\n2. Train the police;\r\n", "1 2"},
		{"a source that lost paragraphs", // S-RES-952-1994
			"10.     Requests the Secretary-General;\n14.     Decides to remain actively seized of the matter.\n", "10 14"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := refsOf(t, c.text)
			if c.name == "a paragraph past 999" {
				f := strings.Fields(got)
				got = strings.Join(append(f[:3], f[len(f)-4:]...), " ")
			}
			if got != c.want {
				t.Errorf("refs %s\nwant %s", got, c.want)
			}
		})
	}
}

func numbered(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(itoa(i) + ". Patrol the camps.\n")
	}
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// A heading's context: headings frame the items after them at their level,
// the lead-ins frame their sub-paragraphs, outermost first.
func TestContext(t *testing.T) {
	tr, err := Read("Part A\n1. Decides:\nProtection\n(a) To protect:\n(i) patrols;\n(ii) warning;\nStabilization\n(b) To stabilize;\n2. Requests;\n")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range tr.Nodes {
		var ctx []string
		for _, c := range n.Context {
			ctx = append(ctx, tr.Nodes[c].Text)
		}
		got[n.Ref] = strings.Join(ctx, "|")
	}
	for ref, want := range map[string]string{
		"1(a)(i)": "1. Decides:|Protection|(a) To protect:",
		"1(b)":    "1. Decides:|Stabilization",
		"2":       "",
	} {
		if got[ref] != want {
			t.Errorf("%s: context %q, want %q", ref, got[ref], want)
		}
	}
}

// A part's own words begin after its marker and the white space after it,
// whatever the marker; a text opening with no marker begins at once.
func TestMarkerEnd(t *testing.T) {
	for text, want := range map[string]string{
		"12. Decides":       "Decides",
		"12) Decides":       "Decides",
		"12  Decides":       "Decides",
		"(a) To monitor":    "To monitor",
		"(aa) To monitor":   "To monitor",
		"b) To monitor":     "To monitor",
		"(iv) To monitor":   "To monitor",
		"IV. Security":      "Security",
		"• To patrol":       "To patrol",
		"(k) \u00ad report": "\u00ad report",
		"Decides":           "Decides",
		"12.Decides":        "12.Decides",
	} {
		if got := text[MarkerEnd(text):]; got != want {
			t.Errorf("%q: own words %q, want %q", text, got, want)
		}
	}
}
