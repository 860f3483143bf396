package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// libraryJSON is the library's own JSON form of v, as the server must
// write it (one line).
func libraryJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestDisclosureCheck(t *testing.T) {
	s, _ := testServer(t, nil)
	post := disclosure.Post{Caption: "Loving this serum from @glowco ✨ #ad", Platform: influencekit.Instagram, Brand: "Glow Co"}
	rec := sendJSON(t, s, "/v1/disclosure/check", `{"caption":"Loving this serum from @glowco ✨ #ad","platform":"Instagram","brand":"Glow Co"}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	assert.JSONEq(t, libraryJSON(t, disclosure.Check(post)), rec.Body.String(), "the body is the library's Report JSON")

	body := decodeBody(t, rec)
	assert.Equal(t, false, body["compliant"])
	finding := body["findings"].([]any)[0].(map[string]any)
	assert.Equal(t, "not-upfront", finding["rule"])
	assert.Equal(t, float64(35), finding["start"], "byte offset: ✨ is 3 bytes")
	assert.Equal(t, float64(33), finding["start_utf16"], "UTF-16 offset: ✨ is one code unit")
	remove := finding["fixes"].([]any)[0].(map[string]any)["edits"].([]any)[1].(map[string]any)
	assert.Equal(t, []any{float64(34), float64(38), float64(32), float64(36)},
		[]any{remove["start"], remove["end"], remove["start_utf16"], remove["end_utf16"]},
		"an edit's span is in bytes and in UTF-16 units, as the finding's")
}

// TestDisclosureCheckFinancialPromotion: the approval reference and the
// follower count travel to the checker: a Spanish crypto campaign from
// 100,000 followers gets the CNMV notice as an info, and a UK crypto post
// with an approval reference gets no approval finding.
func TestDisclosureCheckFinancialPromotion(t *testing.T) {
	s, _ := testServer(t, nil)
	rows := []struct {
		why, body string
		notice    bool
	}{
		{"100,000 followers: the notice", `{"caption":"Publicidad Compra bitcoin","jurisdiction":"ES","connection":"paid","followers":100000}`, true},
		{"99,999 followers: none", `{"caption":"Publicidad Compra bitcoin","jurisdiction":"ES","connection":"paid","followers":99999}`, false},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			rec := sendJSON(t, s, "/v1/disclosure/check", row.body)
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			assert.Equal(t, row.notice, strings.Contains(rec.Body.String(), `"severity":"info"`) &&
				strings.Contains(rec.Body.String(), `the CNMV 10 working days before the campaign starts`), rec.Body.String())
		})
	}
	rec := sendJSON(t, s, "/v1/disclosure/check", `{"caption":"#ad Staking made simple","jurisdiction":"UK","connection":"paid"}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Contains(t, rec.Body.String(), "fca-crypto-routes", "no approval reference: the approval finding")
	rec = sendJSON(t, s, "/v1/disclosure/check", `{"caption":"#ad Staking made simple","jurisdiction":"UK","connection":"paid","approval":"FRN 123456"}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.NotContains(t, rec.Body.String(), "fca-crypto-routes", "an approval reference meets the approval line")
}

func TestDisclosureAutofix(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := sendJSON(t, s, "/v1/disclosure/autofix", `{"caption":"Loving this serum #ad & more","platform":"instagram"}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.JSONEq(t, `{"caption":"#ad Loving this serum & more"}`, rec.Body.String())
	assert.Contains(t, rec.Body.String(), "&", "captions are not HTML-escaped")
}

func TestDisclosureErrors(t *testing.T) {
	s, _ := testServer(t, func(c *config) { c.maxBody = 200 })
	rows := []struct {
		why, contentType, body string
		status                 int
		field                  string
	}{
		{why: "a body that is not JSON", contentType: mediaJSON, body: `{"caption": "#ad`, status: 400},
		{why: "an empty body", contentType: mediaJSON, body: ``, status: 400},
		{why: "two JSON values", contentType: mediaJSON, body: `{"caption":"a"} {"caption":"b"}`, status: 400},
		{why: "a caption that is not a string names it", contentType: mediaJSON, body: `{"caption":42}`, status: 400, field: "caption"},
		{why: "a member no post has is named", contentType: mediaJSON, body: `{"caption":"#ad","plaform":"x"}`, status: 400, field: "plaform"},
		{why: "a post without a caption names the member it lacks", contentType: mediaJSON, body: `{"platform":"tiktok"}`, status: 400, field: "caption"},
		{why: "an unknown platform names the member, though the library's message does not", contentType: mediaJSON, body: `{"caption":"#ad","platform":"myspace"}`, status: 400, field: "platform"},
		{why: "an unknown jurisdiction after valid members is found among them", contentType: mediaJSON, body: `{"caption":"#ad","platform":"tiktok","edited":true,"jurisdiction":"XX","brand":"Glow"}`, status: 400, field: "jurisdiction"},
		{why: "a bad segment deep in a transcript is named by index", contentType: mediaJSON, body: `{"caption":"#ad","transcript":[{"start":1,"text":"a"},{"start":2,"text":"b"},{"start":"3"}]}`, status: 400, field: "transcript[2].start"},
		{why: "a negative follower count names followers", contentType: mediaJSON, body: `{"caption":"#ad","followers":-1}`, status: 400, field: "followers"},
		{why: "a follower count with a fraction names followers", contentType: mediaJSON, body: `{"caption":"#ad","followers":1.5}`, status: 400, field: "followers"},
		{why: "an approval that is not a string names approval", contentType: mediaJSON, body: `{"caption":"#ad","approval":123}`, status: 400, field: "approval"},
		{why: "a member unknown to a nested object is named with its parent", contentType: mediaJSON, body: `{"caption":"#ad","brand_identity":{"name":"Glow","nam":"x"}}`, status: 400, field: "brand_identity.nam"},
		{why: "a byte-order mark before the JSON is skipped", contentType: mediaJSON, body: "\xEF\xBB\xBF{\"caption\":\"#ad hi\"}", status: 200},
		{why: "a charset other than UTF-8 is 415, not read as UTF-8", contentType: "application/json; charset=iso-8859-1", body: `{"caption":"#ad hi"}`, status: 415},
		{why: "a charset name is case-insensitive", contentType: "application/json; charset=UTF-8", body: `{"caption":"#ad hi"}`, status: 200},
		{why: "NDJSON here is 415, pointing at the stream route", contentType: mediaNDJSON, body: `{"caption":"#ad hi"}`, status: 415},
		{why: "a body over -max-body is 413", contentType: mediaJSON, body: `{"caption":"` + strings.Repeat("a", 300) + `"}`, status: 413},
		{why: "form data is 415", contentType: "application/x-www-form-urlencoded", body: `caption=hi`, status: 415},
		{why: "no content type is 415", contentType: "", body: `{"caption":"#ad"}`, status: 415},
		{why: "a charset parameter is fine", contentType: "application/json; charset=utf-8", body: `{"caption":"#ad hi"}`, status: 200},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			rec := send(t, s, http.MethodPost, "/v1/disclosure/check", row.contentType, row.body)
			if row.status == 200 {
				assert.Equal(t, 200, rec.Code, rec.Body.String())
				return
			}
			p := requireProblem(t, rec, row.status, row.field)
			if row.contentType == mediaNDJSON {
				assert.Contains(t, p.Detail, "NDJSON goes to /v1/disclosure/check/stream")
			}
			if row.status == http.StatusUnsupportedMediaType {
				assert.Equal(t, mediaJSON, rec.Header().Get("Accept-Post"))
			}
		})
	}
}

// ndjsonLines splits an NDJSON body into decoded lines.
func ndjsonLines(t *testing.T, body string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for line := range strings.Lines(body) {
		require.True(t, strings.HasSuffix(line, "\n"), "every line ends with a newline")
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), "line %q", line)
		out = append(out, m)
	}
	return out
}

func TestDisclosureNDJSON(t *testing.T) {
	s, _ := testServer(t, func(c *config) { c.maxLine = 60; c.maxBody = 10 })
	long := `{"caption":"` + strings.Repeat("x", 100) + `"}`
	body := strings.Join([]string{
		`{"caption":"#ad new serum","jurisdiction":"UK"}`, // 1: a report
		``,                       // 2: blank, skipped
		`{"caption":42}`,         // 3: invalid
		long,                     // 4: too long
		"{\"caption\":\"hi\"}\r", // 5: CRLF line ending
		`{"caption":"#ad"`,       // 6: malformed
		`{"caption":"last #ad"}`, // 7: no final newline
	}, "\n")
	rec := send(t, s, http.MethodPost, "/v1/disclosure/check/stream", "application/x-ndjson", body)
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, mediaNDJSON, rec.Header().Get("Content-Type"))
	lines := ndjsonLines(t, rec.Body.String())
	require.Len(t, lines, 6, "one output line per non-blank input line; the body limit does not apply to NDJSON")

	assert.JSONEq(t, libraryJSON(t, disclosure.Check(disclosure.Post{Caption: "#ad new serum", Jurisdiction: disclosure.UK})), libraryJSON(t, lines[0]))
	assert.Equal(t, problemTypeBase+"invalid-value", lines[1]["type"])
	assert.Equal(t, float64(400), lines[1]["status"])
	assert.Equal(t, "caption", lines[1]["field"])
	assert.Equal(t, float64(3), lines[1]["line"])
	assert.Contains(t, lines[1]["detail"], "caption")
	assert.Equal(t, float64(413), lines[2]["status"])
	assert.Equal(t, float64(4), lines[2]["line"])
	assert.Contains(t, lines[3], "findings", "a CRLF line is read like an LF line")
	assert.Equal(t, float64(400), lines[4]["status"])
	assert.Equal(t, float64(6), lines[4]["line"])
	assert.Contains(t, lines[5], "findings", "the last line needs no newline")
}

func TestDisclosureAutofixNDJSON(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := send(t, s, http.MethodPost, "/v1/disclosure/autofix/stream", mediaNDJSON, "{\"caption\":\"serum #ad\"}\n{\"caption\":\"edited\",\"edited\":true}\n")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "{\"caption\":\"#ad serum\"}\n{\"caption\":\"#ad edited #filtered\"}\n", rec.Body.String())
}

func TestDisclosureNDJSONEmptyBody(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := send(t, s, http.MethodPost, "/v1/disclosure/check/stream", mediaNDJSON, "")
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
}

// TestDisclosureNDJSONStreams proves the answer is streamed: over a real
// connection, the first result arrives while the client has not yet sent the
// second post, and each later result follows its post.
func TestDisclosureNDJSONStreams(t *testing.T) {
	s, _ := testServer(t, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()
	pr, pw := io.Pipe()
	req, err := http.NewRequest(http.MethodPost, ts.URL+"/v1/disclosure/check/stream", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", mediaNDJSON)
	respc := make(chan *http.Response, 1)
	go func() {
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Errorf("request: %v", err)
			respc <- nil
			return
		}
		respc <- resp
	}()
	_, err = io.WriteString(pw, `{"caption":"#ad first"}`+"\n")
	require.NoError(t, err)
	resp := <-respc
	require.NotNil(t, resp)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	lines := bufio.NewReader(resp.Body)
	for i, caption := range []string{"#ad first", "second #ad", "#ad third"} {
		if i > 0 {
			_, err = io.WriteString(pw, `{"caption":"`+caption+`"}`+"\n")
			require.NoError(t, err)
		}
		line, err := lines.ReadString('\n')
		require.NoError(t, err, "result %d arrives before the body ends", i+1)
		assert.JSONEq(t, libraryJSON(t, disclosure.Check(disclosure.Post{Caption: caption})), line)
	}
	require.NoError(t, pw.Close())
	rest, err := io.ReadAll(lines)
	require.NoError(t, err)
	assert.Empty(t, rest)
}

// TestDisclosureNDJSONDeadlinesPerLine: over a real connection with the
// server's timeouts, a stream that lasts longer than the read and write
// timeouts is answered in full as long as each line comes in time, and a
// client that stalls longer than the read timeout is cut off.
func TestDisclosureNDJSONDeadlinesPerLine(t *testing.T) {
	s, _ := testServer(t, func(c *config) { c.readTimeout = 400 * time.Millisecond; c.writeTimeout = 400 * time.Millisecond })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	hs := s.httpServer()
	go hs.Serve(ln)
	defer hs.Close()

	stream := func(gaps []time.Duration) (lines []string, err error) {
		pr, pw := io.Pipe()
		go func() {
			for _, gap := range gaps {
				time.Sleep(gap)
				if _, err := io.WriteString(pw, `{"caption":"#ad hi"}`+"\n"); err != nil {
					return
				}
			}
			pw.Close()
		}()
		resp, err := http.Post("http://"+ln.Addr().String()+"/v1/disclosure/check/stream", mediaNDJSON, pr)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		return lines, sc.Err()
	}

	gap := 150 * time.Millisecond
	lines, err := stream([]time.Duration{0, gap, gap, gap, gap, gap}) // 750 ms in all
	require.NoError(t, err)
	assert.Len(t, lines, 6, "every line of a steady stream longer than the timeouts is answered")

	lines, _ = stream([]time.Duration{0, 1500 * time.Millisecond, 0})
	require.Len(t, lines, 2, "a client that stalls past the read timeout is cut off after the lines it sent")
	assert.Contains(t, lines[0], `"compliant":true`)
	assert.Contains(t, lines[1], "reading the request body failed", "and told why, while it can still be written to")
}
