import MaSantePostgres
package import PQ

/// Opens connections to masante's database.
package enum Database {
    /// Opens a connection with masante's session settings: a statement that runs longer than
    /// `statementTimeoutSeconds` is cancelled instead of hanging the tool. The `PGOPTIONS` of
    /// `environment` come after those settings, so an operator's `-c statement_timeout=…` wins
    /// (PostgreSQL applies `-c` options in order).
    package static func connect(
        conninfo: String, statementTimeoutSeconds: Int = 300,
        environment: [String: String] = [:]
    ) throws(PQError) -> Connection {
        let defaults = "-c statement_timeout=\(statementTimeoutSeconds * 1_000) -c lock_timeout=30000"
        return try Connection(
            conninfo: conninfo,
            parameters: [
                ("fallback_application_name", "masante"),
                ("connect_timeout", "10"),
                ("options", [defaults, environment["PGOPTIONS"]].compactMap { $0 }.joined(separator: " ")),
            ])
    }
}
