//go:build unix

// Package cdp is a minimal Chrome DevTools Protocol client for tests that
// drive a headless browser, with the standard library only (go.mod gains no
// dependency): Chromium started with --remote-debugging-port=0, one
// WebSocket (RFC 6455, client side: masked frames, fragmented messages,
// ping and close) to its browser endpoint, and flattened sessions for pages
// (Target.attachToTarget with flatten).
//
// # Use
//
// [Find] looks for a browser binary; [Start] runs it off the network and
// connects; [Browser.NewPage] opens a tab whose [Page] methods evaluate
// JavaScript, send input, take screenshots and print to PDF. Every call
// gives up when its context is done. A test skips when [Find] returns "".
package cdp

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// flags start a headless browser that stays off the network: the
// background-networking flags matter on a closed network, where the
// browser's own requests are refused.
func flags() []string {
	return []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
		"--remote-debugging-port=0",
	}
}

// Find returns the path of a Chromium or Chrome binary on the PATH, or "".
func Find() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	return ""
}

var devToolsLine = regexp.MustCompile(`DevTools listening on (ws://\S+)`)

// Browser is a running Chromium and the connection to it. Its methods are
// safe for concurrent use.
type Browser struct {
	cmd *exec.Cmd
	ws  *wsConn

	mu      sync.Mutex
	nextID  int64
	pending map[int64]chan cdpMessage
	logs    []string // console errors, exceptions and error log entries, from every page
	readErr error
}

// cdpMessage is any message from the browser: a reply (ID set) or an
// event (Method set).
type cdpMessage struct {
	ID        int64           `json:"id"`
	SessionID string          `json:"sessionId"`
	Method    string          `json:"method"`
	Params    json.RawMessage `json:"params"`
	Result    json.RawMessage `json:"result"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Start starts the browser at path with a fresh profile in profileDir (an
// empty directory the caller removes) and connects to it. Close kills the
// browser's whole process group.
func Start(ctx context.Context, path, profileDir string) (*Browser, error) {
	cmd := exec.Command(path, append(flags(), "--user-data-dir="+profileDir, "about:blank")...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, fmt.Errorf("cdp: chromium stderr: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cdp: start %s: %w", path, err)
	}
	kill := func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) //nolint:errcheck // it may be gone already
		cmd.Wait()                                      //nolint:errcheck // killed on purpose
	}

	found := make(chan string, 1)
	var head strings.Builder // what Chromium said before the endpoint, for a failure
	var headMu sync.Mutex
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		sent := false
		for sc.Scan() {
			if sent {
				continue // keep draining so that Chromium never blocks on stderr
			}
			if m := devToolsLine.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				sent = true
			} else {
				headMu.Lock()
				if head.Len() < 4096 {
					head.WriteString(sc.Text() + "\n")
				}
				headMu.Unlock()
			}
		}
		if !sent {
			close(found)
		}
	}()
	var endpoint string
	select {
	case e, ok := <-found:
		if !ok {
			kill()
			headMu.Lock()
			defer headMu.Unlock()
			return nil, fmt.Errorf("cdp: chromium exited before its DevTools endpoint:\n%s", head.String())
		}
		endpoint = e
	case <-time.After(30 * time.Second):
		kill()
		return nil, errors.New("cdp: chromium printed no DevTools endpoint within 30s")
	case <-ctx.Done():
		kill()
		return nil, fmt.Errorf("cdp: chromium: %w", ctx.Err())
	}

	dialCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	ws, err := dialWebSocket(dialCtx, endpoint)
	if err != nil {
		kill()
		return nil, fmt.Errorf("cdp: connect to chromium: %w", err)
	}
	b := &Browser{cmd: cmd, ws: ws, pending: map[int64]chan cdpMessage{}}
	go b.readLoop()
	return b, nil
}

// Close closes the connection and kills the browser's process group.
func (b *Browser) Close() {
	b.ws.close()
	syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL) //nolint:errcheck // it may be gone already
	b.cmd.Wait()                                      //nolint:errcheck // killed on purpose
}

func (b *Browser) readLoop() {
	for {
		data, err := b.ws.readMessage()
		if err != nil {
			b.mu.Lock()
			b.readErr = err
			for id, ch := range b.pending {
				close(ch)
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		var m cdpMessage
		if json.Unmarshal(data, &m) != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch, ok := b.pending[m.ID]; ok {
				ch <- m
				delete(b.pending, m.ID)
			}
		} else if line := logLine(m); line != "" {
			b.logs = append(b.logs, line)
		}
		b.mu.Unlock()
	}
}

// logLine is what an event says went wrong in a page, or "".
func logLine(m cdpMessage) string {
	switch m.Method {
	case "Runtime.exceptionThrown":
		var p struct {
			ExceptionDetails struct {
				Text      string `json:"text"`
				Exception struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		json.Unmarshal(m.Params, &p) //nolint:errcheck // best effort
		return "exception: " + p.ExceptionDetails.Text + " " + p.ExceptionDetails.Exception.Description
	case "Runtime.consoleAPICalled":
		var p struct {
			Type string            `json:"type"`
			Args []json.RawMessage `json:"args"`
		}
		json.Unmarshal(m.Params, &p) //nolint:errcheck // best effort
		if p.Type == "error" || p.Type == "warning" {
			return fmt.Sprintf("console.%s: %s", p.Type, p.Args)
		}
	case "Log.entryAdded":
		var p struct {
			Entry struct {
				Level, Text, URL string
			} `json:"entry"`
		}
		json.Unmarshal(m.Params, &p) //nolint:errcheck // best effort
		if p.Entry.Level == "error" || p.Entry.Level == "warning" {
			return fmt.Sprintf("log %s: %s %s", p.Entry.Level, p.Entry.Text, p.Entry.URL)
		}
	}
	return ""
}

// Problems returns the console errors, exceptions and log errors so far.
func (b *Browser) Problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.logs...)
}

// Call sends a command (to a page when session is not empty) and decodes
// its result into result, which may be nil. It gives up when ctx is done.
func (b *Browser) Call(ctx context.Context, session, method string, params, result any) error {
	ch := make(chan cdpMessage, 1)
	b.mu.Lock()
	if b.readErr != nil {
		b.mu.Unlock()
		return fmt.Errorf("%s: connection lost: %w", method, b.readErr)
	}
	b.nextID++
	id := b.nextID
	b.pending[id] = ch
	b.mu.Unlock()

	if params == nil {
		params = struct{}{}
	}
	msg := map[string]any{"id": id, "method": method, "params": params}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if err := b.ws.writeText(data); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return fmt.Errorf("%s: connection lost", method)
		}
		if m.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if result == nil {
			return nil
		}
		return json.Unmarshal(m.Result, result)
	case <-ctx.Done():
		b.mu.Lock()
		delete(b.pending, id)
		b.mu.Unlock()
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// Page is one tab, reached through its flattened session.
type Page struct {
	b       *Browser
	session string
}

// NewPage opens a blank tab and enables the events that report problems.
func (b *Browser) NewPage(ctx context.Context) (*Page, error) {
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := b.Call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.Call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		return nil, err
	}
	p := &Page{b: b, session: attached.SessionID}
	for _, domain := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		if err := p.Call(ctx, domain, nil, nil); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Call sends a command to the page and decodes its result into result,
// which may be nil.
func (p *Page) Call(ctx context.Context, method string, params, result any) error {
	return p.b.Call(ctx, p.session, method, params, result)
}

// Eval evaluates a JavaScript expression in the page, awaiting a promise,
// and decodes its value (which must survive JSON) into result.
func (p *Page) Eval(ctx context.Context, expr string, result any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	params := map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true}
	if err := p.Call(ctx, "Runtime.evaluate", params, &r); err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		return fmt.Errorf("evaluate %.80q: %s %s", expr, e.Text, e.Exception.Description)
	}
	if result == nil {
		return nil
	}
	if len(r.Result.Value) == 0 {
		return fmt.Errorf("evaluate %.80q: no value", expr)
	}
	return json.Unmarshal(r.Result.Value, result)
}

// WaitFor polls a JavaScript condition until it is true or ctx is done.
func (p *Page) WaitFor(ctx context.Context, cond string) error {
	var last error
	for {
		var ok bool
		last = p.Eval(ctx, "Boolean("+cond+")", &ok)
		if last == nil && ok {
			return nil
		}
		select {
		case <-ctx.Done():
			if last == nil {
				last = errors.New("still false")
			}
			return fmt.Errorf("wait for %s: %w (%v)", cond, ctx.Err(), last)
		case <-time.After(40 * time.Millisecond):
		}
	}
}

// Press sends one key, down and up, to the focused element.
func (p *Page) Press(ctx context.Context, key string) error {
	codes := map[string]int{"Backspace": 8, "Tab": 9, "Enter": 13, "Space": 32}
	ev := map[string]any{"key": key, "code": key, "windowsVirtualKeyCode": codes[key], "nativeVirtualKeyCode": codes[key]}
	switch key {
	case "Enter":
		ev["text"] = "\r"
	case "Space":
		ev["key"], ev["text"] = " ", " "
	}
	ev["type"] = "keyDown"
	if err := p.Call(ctx, "Input.dispatchKeyEvent", ev, nil); err != nil {
		return err
	}
	ev["type"] = "keyUp"
	delete(ev, "text")
	return p.Call(ctx, "Input.dispatchKeyEvent", ev, nil)
}

// Click moves the mouse to the middle of the element selector names,
// scrolled into view, and clicks it with the left button.
func (p *Page) Click(ctx context.Context, selector string) error {
	var at struct{ X, Y float64 }
	expr := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: "center"});
		const r = e.getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2}; })()`, selector)
	if err := p.Eval(ctx, expr, &at); err != nil {
		return err
	}
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		ev := map[string]any{"type": typ, "x": at.X, "y": at.Y, "button": "left", "clickCount": 1}
		if typ == "mouseMoved" {
			ev["button"], ev["clickCount"] = "none", 0
		}
		if err := p.Call(ctx, "Input.dispatchMouseEvent", ev, nil); err != nil {
			return err
		}
	}
	return nil
}

// Screenshot returns a PNG of the whole page, beyond the viewport.
func (p *Page) Screenshot(ctx context.Context) ([]byte, error) {
	var r struct {
		Data string `json:"data"`
	}
	params := map[string]any{"format": "png", "captureBeyondViewport": true}
	if err := p.Call(ctx, "Page.captureScreenshot", params, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

// PrintToPDF prints the page as Chromium's print preview would, with its
// print stylesheet, and returns the PDF. params are Page.printToPDF's
// (paperWidth and paperHeight in inches, preferCSSPageSize, ...); nil
// prints with the browser's defaults.
func (p *Page) PrintToPDF(ctx context.Context, params map[string]any) ([]byte, error) {
	var r struct {
		Data string `json:"data"`
	}
	if err := p.Call(ctx, "Page.printToPDF", params, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}
