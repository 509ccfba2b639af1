public import Foundation
public import MaSante
public import MaSanteStore

/// An administrator reads who changed what and when, from a day on, filtered by table and login.
public struct ReadAuditTrail {
    /// The filters; the initializer refuses a limit that is not positive or a table not audited.
    public struct Request: Sendable {
        public var since: CalendarDate
        public var table: String?
        public var login: String?
        public var limit: Int

        public init(
            since: CalendarDate, table: String? = nil, login: String? = nil, limit: Int = 1_000
        ) throws(RegistryError) {
            guard limit > 0 else {
                throw .fieldRefused(field: "limite", message: "un nombre positif est attendu (\(limit))")
            }
            if let problem = table.flatMap(AuditTrail.problem(withTable:)) {
                throw .fieldRefused(field: "table", message: problem)
            }
            self.since = since
            self.table = table
            self.login = login
            self.limit = limit
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The changes, oldest first (the database refuses every role but the administrators).
    public func run(_ request: Request) throws -> [AuditEntry] {
        try AuditTrail(session).entries(
            since: request.since.startInParis, table: request.table, login: request.login,
            limit: request.limit)
    }
}
