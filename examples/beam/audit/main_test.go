package audit

import (
	"log/slog"
	"os"
	"testing"
)

// TestMain keeps the direct runner's plan dumps (logged at INFO through
// log/slog) out of the test log.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	os.Exit(m.Run())
}
