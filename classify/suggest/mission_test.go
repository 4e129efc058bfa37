package suggest

import (
	"os"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// The mission is read from the text: the one it establishes or extends,
// else the one it names most, and only a name of the rulebook's missions.
func TestMissionFromTheText(t *testing.T) {
	r := NewReader(classify.Default())
	cases := []struct{ text, want string }{
		{"1. Decides to establish the United Nations Stabilization Mission in Haiti (MINUSTAH) for six months;\n2. Requests MINUSTAH to report;", "MINUSTAH"},
		{"1. Welcomes the work of UNMIL and of UNOCI;\n2. Decides to extend the mandate of UNOCI until 2006;", "UNOCI"},
		{"1. Calls upon the FARDC and the UNCT and MONUC to cooperate;\n2. Requests MONUC to assist;", "MONUC"},
		{"1. Calls upon the FARDC and the UNCT to cooperate;", ""},
		// A mission lending troops to the one the text is about: the
		// loan extended is no mandate of the lender's.
		{"1. Decides to authorize the deployment of 2,000 more troops to UNOCI;\n2. Decides to extend by four weeks the temporary redeployment from UNMIL to UNOCI of three infantry companies;\n3. Decides to authorize the transfer of three helicopters from UNMIL to UNOCI;", "UNOCI"},
		{"1. Decides to extend the temporary redeployment from UNMIL of two companies to UNOCI until June;", "UNOCI"},
	}
	for _, c := range cases {
		ws, _, err := Import(r, "m.txt", c.text, ImportOptions{All: true})
		if err != nil {
			t.Fatal(err)
		}
		if ws.Mission != c.want {
			t.Errorf("mission of %q = %q; want %q", c.text, ws.Mission, c.want)
		}
	}
	for file, want := range map[string]string{"testdata/S-RES-1542-2004.txt": "MINUSTAH", "testdata/S-RES-1925-2010.txt": "MONUSCO"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		ws, _, _ := Import(r, file, string(data), ImportOptions{})
		if ws.Mission != want {
			t.Errorf("%s: mission %q; want %q", file, ws.Mission, want)
		}
	}
}

// Over the corpus nearly every resolution names its mission; the floor sits
// just under the measured figure (229 of the 240 texts).
func TestMissionCoverageOfTheCorpus(t *testing.T) {
	r := NewReader(classify.Default())
	found := 0
	files := corpusTexts(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ws, _, err := Import(r, f, string(data), ImportOptions{All: true})
		if err != nil {
			continue
		}
		if ws.Mission != "" {
			found++
			if !strings.Contains(string(data), ws.Mission) {
				t.Errorf("%s: mission %q is not in the text", f, ws.Mission)
			}
		}
	}
	if found < 227 {
		t.Errorf("a mission found in %d of %d resolutions; the floor is 227", found, len(files))
	}
	t.Logf("mission found in %d of %d", found, len(files))
}

// The mission a text gives its mandate to is read with the rulebook's
// given_to phrases: the name in capitals they hold, wherever the sentence
// stands, whatever the capitals of its other words.
func TestMissionGivenTo(t *testing.T) {
	lx := lexiconFor(classify.Default())
	for text, want := range map[string]string{
		"1. Decides that MONUSCO shall have the following mandate:":                                   "MONUSCO",
		"2. Welcomes the report; 3. Further decides that the UNMISS shall have the following mandate": "UNMISS",
		"1. DECIDES THAT MINUSCA, in Phase I, shall have the following mandate:":                      "MINUSCA",
		"1. Decides that Monusco shall have the following mandate:":                                   "",
		"1. Decides that MONUSCO shall deploy. It shall have the following mandate:":                  "",
		"1. Decides that the mission shall have the following mandate:":                               "",
	} {
		if got := lx.givenTo(text); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
