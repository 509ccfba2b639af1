/// Where `masante serveur` listens and which database it serves.
public struct ServerSettings: Sendable {
    public var address: String
    public var port: Int
    /// The connection string of the authenticator login (libpq conninfo or URI).
    public var conninfo: String
    /// How many database connections (and threads running their libpq calls) the server keeps.
    public var connections: Int

    public init(address: String = "127.0.0.1", port: Int = 8080, conninfo: String = "", connections: Int = 8) {
        self.address = address
        self.port = port
        self.conninfo = conninfo
        self.connections = connections
    }
}
