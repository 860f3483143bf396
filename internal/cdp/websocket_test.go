//go:build unix

package cdp

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"io"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// serverFrame is a frame as a server sends it: unmasked.
func serverFrame(fin bool, opcode byte, payload []byte) []byte {
	b := opcode
	if fin {
		b |= 0x80
	}
	frame := []byte{b}
	switch n := len(payload); {
	case n < 126:
		frame = append(frame, byte(n))
	case n <= 0xFFFF:
		frame = binary.BigEndian.AppendUint16(append(frame, 126), uint16(n))
	default:
		frame = binary.BigEndian.AppendUint64(append(frame, 127), uint64(n))
	}
	return append(frame, payload...)
}

// readClientFrame reads a frame the client sent, checks that it is masked
// and final, and returns its opcode and unmasked payload.
func readClientFrame(t *testing.T, r *bufio.Reader) (byte, []byte) {
	t.Helper()
	var head [2]byte
	_, err := io.ReadFull(r, head[:])
	require.NoError(t, err)
	require.NotZero(t, head[0]&0x80, "a final frame")
	require.NotZero(t, head[1]&0x80, "a client masks every frame (RFC 6455 section 5.3)")
	n := uint64(head[1] & 0x7F)
	switch n {
	case 126:
		var ext [2]byte
		_, err = io.ReadFull(r, ext[:])
		n = uint64(binary.BigEndian.Uint16(ext[:]))
	case 127:
		var ext [8]byte
		_, err = io.ReadFull(r, ext[:])
		n = binary.BigEndian.Uint64(ext[:])
	}
	require.NoError(t, err)
	var mask [4]byte
	_, err = io.ReadFull(r, mask[:])
	require.NoError(t, err)
	payload := make([]byte, n)
	_, err = io.ReadFull(r, payload)
	require.NoError(t, err)
	for i := range payload {
		payload[i] ^= mask[i%4]
	}
	return head[0] & 0x0F, payload
}

func TestWebSocketFrames(t *testing.T) {
	tests := []struct {
		why     string
		payload []byte
	}{
		{"a short message: the length fits the second byte", []byte(`{"id":1}`)},
		{"a message of 126 bytes or more: a 16-bit length", bytes.Repeat([]byte("x"), 300)},
		{"a message over 64 KiB: a 64-bit length", bytes.Repeat([]byte("y"), 70_000)},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			client, server := net.Pipe()
			defer server.Close()
			c := &wsConn{conn: client, r: bufio.NewReader(client)}
			sr := bufio.NewReader(server)

			done := make(chan error, 1)
			go func() { done <- c.writeText(tt.payload) }()
			op, got := readClientFrame(t, sr)
			require.NoError(t, <-done)
			assert.Equal(t, byte(opText), op)
			assert.Equal(t, tt.payload, got)

			// The server answers in two fragments with a ping between
			// them; the client pongs and returns the whole message.
			half := len(tt.payload) / 2
			go func() {
				server.Write(serverFrame(false, opText, tt.payload[:half]))        //nolint:errcheck // the reads below fail if it does
				server.Write(serverFrame(true, opPing, []byte("are you there")))   //nolint:errcheck // as above
				server.Write(serverFrame(true, opContinuation, tt.payload[half:])) //nolint:errcheck // as above
			}()
			msgs := make(chan []byte, 1)
			go func() {
				m, err := c.readMessage()
				assert.NoError(t, err)
				msgs <- m
			}()
			op, pong := readClientFrame(t, sr)
			assert.Equal(t, byte(opPong), op)
			assert.Equal(t, "are you there", string(pong), "a pong echoes the ping")
			assert.Equal(t, tt.payload, <-msgs)

			go server.Write(serverFrame(true, opClose, nil)) //nolint:errcheck // the read below fails if it does
			_, err := c.readMessage()
			assert.ErrorIs(t, err, io.EOF, "a close frame ends the connection")
			client.Close()
		})
	}
}
