import CLibPQ

extension Connection {
    /// Hashes `password` for the role `user` the way the server expects it (its
    /// `password_encryption`, SCRAM-SHA-256 by default), with libpq's `PQencryptPasswordConn`.
    /// The result goes into `CREATE ROLE … PASSWORD`, so the clear password never reaches the
    /// server, its logs or `pg_stat_activity`.
    public func encryptPassword(_ password: String, user: String, algorithm: String? = nil) throws(PQError) -> String {
        let handle = try liveHandle()
        let encrypted: UnsafeMutablePointer<CChar>? = password.withCString { passwordPointer in
            user.withCString { userPointer in
                if let algorithm {
                    return algorithm.withCString { PQencryptPasswordConn(handle, passwordPointer, userPointer, $0) }
                }
                return PQencryptPasswordConn(handle, passwordPointer, userPointer, nil)
            }
        }
        guard let encrypted else { throw connectionError(fallback: "password encryption failed") }
        defer { PQfreemem(encrypted) }
        return String(cString: encrypted)
    }
}
