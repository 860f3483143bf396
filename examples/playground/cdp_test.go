//go:build unix

package main

// A minimal Chrome DevTools Protocol client for the browser test, with the
// standard library only (go.mod gains no dependency): Chromium started with
// --remote-debugging-port=0, one WebSocket (RFC 6455, client side: masked
// frames, fragmented messages, ping and close) to its browser endpoint, and
// flattened sessions for pages (Target.attachToTarget with flatten).

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// chromiumFlags start a headless browser that stays off the network: the
// background-networking flags matter on a closed network, where the
// browser's own requests are refused.
var chromiumFlags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
	"--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
	"--remote-debugging-port=0",
}

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless_shell"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	return ""
}

var devToolsLine = regexp.MustCompile(`DevTools listening on (ws://\S+)`)

// browser is a running Chromium and the connection to it.
type browser struct {
	ws *wsConn

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

// startBrowser starts Chromium at path with a fresh profile and connects to
// it; Cleanup kills its whole process group.
func startBrowser(ctx context.Context, t *testing.T, path string) *browser {
	t.Helper()
	profile := t.TempDir()
	cmd := exec.Command(path, append(chromiumFlags, "--user-data-dir="+profile, "about:blank")...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatalf("chromium stderr: %v", err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) //nolint:errcheck // it may be gone already
		cmd.Wait()                                      //nolint:errcheck // killed on purpose
	})

	found := make(chan string, 1)
	var head strings.Builder // what Chromium said before the endpoint, for a failure
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
			} else if head.Len() < 4096 {
				head.WriteString(sc.Text() + "\n")
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
			t.Fatalf("chromium exited before its DevTools endpoint:\n%s", head.String())
		}
		endpoint = e
	case <-time.After(30 * time.Second):
		t.Fatalf("chromium printed no DevTools endpoint within 30s")
	case <-ctx.Done():
		t.Fatalf("chromium: %v", ctx.Err())
	}

	dialCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	ws, err := dialWebSocket(dialCtx, endpoint)
	if err != nil {
		t.Fatalf("connect to chromium: %v", err)
	}
	t.Cleanup(func() { ws.close() })
	b := &browser{ws: ws, pending: map[int64]chan cdpMessage{}}
	go b.readLoop()
	return b
}

func (b *browser) readLoop() {
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

// problems returns the console errors, exceptions and log errors so far.
func (b *browser) problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.logs...)
}

// call sends a command (to a page when session is not empty) and decodes
// its result into result, which may be nil. It gives up when ctx is done.
func (b *browser) call(ctx context.Context, session, method string, params, result any) error {
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

// page is one tab, reached through its flattened session.
type page struct {
	b       *browser
	session string
}

// newPage opens a blank tab and enables the events that report problems.
func (b *browser) newPage(ctx context.Context) (*page, error) {
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		return nil, err
	}
	p := &page{b: b, session: attached.SessionID}
	for _, domain := range []string{"Page.enable", "Runtime.enable", "Log.enable"} {
		if err := p.call(ctx, domain, nil, nil); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func (p *page) call(ctx context.Context, method string, params, result any) error {
	return p.b.call(ctx, p.session, method, params, result)
}

// eval evaluates a JavaScript expression in the page, awaiting a promise,
// and decodes its value (which must survive JSON) into result.
func (p *page) eval(ctx context.Context, expr string, result any) error {
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
	if err := p.call(ctx, "Runtime.evaluate", params, &r); err != nil {
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

// waitFor polls a JavaScript condition until it is true or ctx is done.
func (p *page) waitFor(ctx context.Context, cond string) error {
	var last error
	for {
		var ok bool
		last = p.eval(ctx, "Boolean("+cond+")", &ok)
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

// press sends one key, down and up, to the focused element.
func (p *page) press(ctx context.Context, key string) error {
	codes := map[string]int{"Backspace": 8, "Tab": 9, "Enter": 13, "Space": 32}
	ev := map[string]any{"key": key, "code": key, "windowsVirtualKeyCode": codes[key], "nativeVirtualKeyCode": codes[key]}
	switch key {
	case "Enter":
		ev["text"] = "\r"
	case "Space":
		ev["key"], ev["text"] = " ", " "
	}
	ev["type"] = "keyDown"
	if err := p.call(ctx, "Input.dispatchKeyEvent", ev, nil); err != nil {
		return err
	}
	ev["type"] = "keyUp"
	delete(ev, "text")
	return p.call(ctx, "Input.dispatchKeyEvent", ev, nil)
}

// click moves the mouse to the middle of the element selector names,
// scrolled into view, and clicks it with the left button.
func (p *page) click(ctx context.Context, selector string) error {
	var at struct{ X, Y float64 }
	expr := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: "center"});
		const r = e.getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2}; })()`, selector)
	if err := p.eval(ctx, expr, &at); err != nil {
		return err
	}
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		ev := map[string]any{"type": typ, "x": at.X, "y": at.Y, "button": "left", "clickCount": 1}
		if typ == "mouseMoved" {
			ev["button"], ev["clickCount"] = "none", 0
		}
		if err := p.call(ctx, "Input.dispatchMouseEvent", ev, nil); err != nil {
			return err
		}
	}
	return nil
}

// screenshot returns a PNG of the whole page, beyond the viewport.
func (p *page) screenshot(ctx context.Context) ([]byte, error) {
	var r struct {
		Data string `json:"data"`
	}
	params := map[string]any{"format": "png", "captureBeyondViewport": true}
	if err := p.call(ctx, "Page.captureScreenshot", params, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

// wsConn is the client side of a WebSocket connection (RFC 6455): text
// messages out, masked; messages in, reassembled from fragments.
type wsConn struct {
	conn net.Conn
	r    *bufio.Reader
	wmu  sync.Mutex
}

// wsGUID is the key suffix of RFC 6455 section 1.3.
const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// maxMessage bounds one incoming message (a full-page screenshot is a few
// megabytes of base64).
const maxMessage = 64 << 20

func dialWebSocket(ctx context.Context, rawURL string) (*wsConn, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "ws" {
		return nil, fmt.Errorf("websocket: scheme %q, want ws", u.Scheme)
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", u.Host)
	if err != nil {
		return nil, err
	}
	if deadline, ok := ctx.Deadline(); ok {
		conn.SetDeadline(deadline) //nolint:errcheck // a failed handshake reports it
	}
	var nonce [16]byte
	rand.Read(nonce[:])
	key := base64.StdEncoding.EncodeToString(nonce[:])
	req := "GET " + u.RequestURI() + " HTTP/1.1\r\nHost: " + u.Host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n"
	if _, err := io.WriteString(conn, req); err != nil {
		conn.Close()
		return nil, err
	}
	r := bufio.NewReaderSize(conn, 64*1024)
	resp, err := http.ReadResponse(r, &http.Request{Method: http.MethodGet})
	if err != nil {
		conn.Close()
		return nil, err
	}
	resp.Body.Close()
	sum := sha1.Sum([]byte(key + wsGUID))
	if resp.StatusCode != http.StatusSwitchingProtocols ||
		resp.Header.Get("Sec-WebSocket-Accept") != base64.StdEncoding.EncodeToString(sum[:]) {
		conn.Close()
		return nil, fmt.Errorf("websocket: handshake refused: %s", resp.Status)
	}
	conn.SetDeadline(time.Time{}) //nolint:errcheck // calls time out through their contexts
	return &wsConn{conn: conn, r: r}, nil
}

// Opcodes of RFC 6455 section 5.2.
const (
	opContinuation = 0x0
	opText         = 0x1
	opBinary       = 0x2
	opClose        = 0x8
	opPing         = 0x9
	opPong         = 0xA
)

// writeFrame writes one final frame, masked as a client must.
func (c *wsConn) writeFrame(opcode byte, payload []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	header := []byte{0x80 | opcode}
	switch n := len(payload); {
	case n < 126:
		header = append(header, 0x80|byte(n))
	case n <= 0xFFFF:
		header = append(header, 0x80|126)
		header = binary.BigEndian.AppendUint16(header, uint16(n))
	default:
		header = append(header, 0x80|127)
		header = binary.BigEndian.AppendUint64(header, uint64(n))
	}
	var mask [4]byte
	rand.Read(mask[:])
	header = append(header, mask[:]...)
	masked := make([]byte, len(payload))
	for i, b := range payload {
		masked[i] = b ^ mask[i%4]
	}
	_, err := c.conn.Write(append(header, masked...))
	return err
}

func (c *wsConn) writeText(data []byte) error { return c.writeFrame(opText, data) }

// readMessage returns the next text or binary message, answering pings on
// the way; a close frame ends the connection with io.EOF.
func (c *wsConn) readMessage() ([]byte, error) {
	var msg []byte
	for {
		var head [2]byte
		if _, err := io.ReadFull(c.r, head[:]); err != nil {
			return nil, err
		}
		fin, opcode := head[0]&0x80 != 0, head[0]&0x0F
		n := uint64(head[1] & 0x7F)
		switch n {
		case 126:
			var ext [2]byte
			if _, err := io.ReadFull(c.r, ext[:]); err != nil {
				return nil, err
			}
			n = uint64(binary.BigEndian.Uint16(ext[:]))
		case 127:
			var ext [8]byte
			if _, err := io.ReadFull(c.r, ext[:]); err != nil {
				return nil, err
			}
			n = binary.BigEndian.Uint64(ext[:])
		}
		var mask [4]byte
		masked := head[1]&0x80 != 0
		if masked {
			if _, err := io.ReadFull(c.r, mask[:]); err != nil {
				return nil, err
			}
		}
		if n > maxMessage || uint64(len(msg))+n > maxMessage {
			return nil, fmt.Errorf("websocket: message over %d bytes", maxMessage)
		}
		payload := make([]byte, n)
		if _, err := io.ReadFull(c.r, payload); err != nil {
			return nil, err
		}
		if masked {
			for i := range payload {
				payload[i] ^= mask[i%4]
			}
		}
		switch opcode {
		case opPing:
			if err := c.writeFrame(opPong, payload); err != nil {
				return nil, err
			}
			continue
		case opPong:
			continue
		case opClose:
			return nil, io.EOF
		case opText, opBinary, opContinuation:
			msg = append(msg, payload...)
			if fin {
				return msg, nil
			}
		default:
			return nil, fmt.Errorf("websocket: unknown opcode %#x", opcode)
		}
	}
}

func (c *wsConn) close() {
	c.writeFrame(opClose, nil) //nolint:errcheck // closing anyway
	c.conn.Close()
}
