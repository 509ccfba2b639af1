import PQ
import Testing

/// Opens a connection to the test server named by the PG* environment (see `scripts/db env`).
func connect() throws -> Connection {
    try Connection()
}
