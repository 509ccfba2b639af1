/// An error raised by PostgreSQL or by libpq while talking to it.
///
/// Every field libpq reports is kept (`PQresultErrorField`), so a caller can turn
/// a unique violation or an exclusion violation into a message of its own:
///
/// ```swift
/// do { try conn.execute("INSERT INTO people (rpps) VALUES (\(rpps))") }
/// catch let error as PQError where error.sqlState == .uniqueViolation { … }
/// ```
///
/// `description` deliberately leaves out `detail`, which often quotes row values
/// (staff data must not end up in logs by accident).
public struct PQError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, broadly.
    public enum Kind: Sendable, Hashable {
        /// The connection could not be established (server down, wrong password, unknown database…).
        case connectionFailed
        /// The connection broke while in use (server stopped, backend terminated, network lost).
        case connectionLost
        /// The server rejected a statement; `sqlState` says why.
        case server
        /// The wrapper was used in a way libpq refuses (e.g. a COPY outside COPY mode).
        case client
    }

    public var kind: Kind
    /// The five-character SQLSTATE code, when the server sent one.
    public var sqlState: SQLState?
    /// The primary, human-readable message (libpq's or the server's).
    public var message: String
    public var detail: String?
    public var hint: String?
    /// The name of the violated constraint, for integrity errors.
    public var constraintName: String?
    public var tableName: String?
    public var columnName: String?
    /// The server's severity, not localized (`ERROR`, `FATAL`…).
    public var severity: String?
    /// For a failed connection: where libpq last tried to connect.
    public var target: ConnectionTarget?
    /// For a failed connection: the server asked for a password and none was given.
    public var passwordNeeded = false
    /// The server routine that raised the error (`PG_DIAG_SOURCE_FUNCTION`), e.g.
    /// `ExecWithCheckOptions` for a row refused by row-level security, `aclcheck_error` for a
    /// missing privilege: not translated, unlike the message.
    public var sourceFunction: String?

    public init(
        kind: Kind, sqlState: SQLState? = nil, message: String, detail: String? = nil,
        hint: String? = nil, constraintName: String? = nil, tableName: String? = nil,
        columnName: String? = nil, severity: String? = nil
    ) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.constraintName = constraintName
        self.tableName = tableName
        self.columnName = columnName
        self.severity = severity
    }

    /// Whether retrying the whole transaction may succeed (serialization failure or deadlock).
    public var isTransient: Bool {
        sqlState == .serializationFailure || sqlState == .deadlockDetected
    }

    public var description: String {
        var text = "PQError(\(kind)"
        if let sqlState { text += ", \(sqlState.code)" }
        if let constraintName { text += ", constraint \(constraintName)" }
        return text + "): \(message)"
    }
}

/// Where a connection goes (or went): host or socket directory, port, database and user.
public struct ConnectionTarget: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: String
    public var database: String
    public var user: String

    public init(host: String, port: String, database: String, user: String) {
        self.host = host
        self.port = port
        self.database = database
        self.user = user
    }

    /// Whether `host` is a unix-socket directory rather than a network host.
    public var isSocket: Bool { host.hasPrefix("/") || host.hasPrefix("@") }

    public var description: String { "\(host):\(port) database \(database) user \(user)" }
}

/// A SQLSTATE code, matched exactly or by class in a `switch`.
///
/// ```swift
/// switch error.sqlState {
/// case .uniqueViolation?: …
/// case SQLState.Class.integrityConstraintViolation?: …
/// default: …
/// }
/// ```
public struct SQLState: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The five-character code, e.g. `23505`.
    public let code: String

    public init(_ code: String) { self.code = code }
    public init(stringLiteral value: String) { self.code = value }

    /// The first two characters: the class of the condition.
    public var classCode: String { String(code.prefix(2)) }
    public var description: String { code }

    public static let uniqueViolation: SQLState = "23505"
    public static let foreignKeyViolation: SQLState = "23503"
    public static let notNullViolation: SQLState = "23502"
    public static let checkViolation: SQLState = "23514"
    public static let exclusionViolation: SQLState = "23P01"
    public static let restrictViolation: SQLState = "23001"
    public static let serializationFailure: SQLState = "40001"
    public static let deadlockDetected: SQLState = "40P01"
    public static let queryCanceled: SQLState = "57014"
    public static let adminShutdown: SQLState = "57P01"
    public static let insufficientPrivilege: SQLState = "42501"
    public static let undefinedTable: SQLState = "42P01"
    public static let syntaxError: SQLState = "42601"
    public static let invalidPassword: SQLState = "28P01"
    public static let invalidAuthorization: SQLState = "28000"
    public static let invalidCatalogName: SQLState = "3D000"
    public static let invalidTextRepresentation: SQLState = "22P02"
    public static let invalidDatetimeFormat: SQLState = "22007"
    public static let dataException: SQLState = "22000"
    public static let raiseException: SQLState = "P0001"
    public static let objectNotInPrerequisiteState: SQLState = "55000"
    public static let lockNotAvailable: SQLState = "55P03"
    public static let undefinedObject: SQLState = "42704"

    /// A class of SQLSTATE codes (the first two characters), usable as a `switch` pattern.
    public struct Class: Hashable, Sendable {
        public let prefix: String
        public init(_ prefix: String) { self.prefix = prefix }

        public static let integrityConstraintViolation = Class("23")
        public static let dataException = Class("22")
        public static let transactionRollback = Class("40")
        public static let insufficientResources = Class("53")
        public static let operatorIntervention = Class("57")
        public static let connectionException = Class("08")

        public static func ~= (pattern: Class, value: SQLState) -> Bool {
            value.classCode == pattern.prefix
        }

        public static func ~= (pattern: Class, value: SQLState?) -> Bool {
            value.map { pattern ~= $0 } ?? false
        }
    }
}

/// A value read from a result could not be turned into the requested Swift type.
///
/// Kept apart from ``PQError``: the statement succeeded, the caller asked for the wrong type
/// (or a NULL where none was expected).
public struct PostgresDecodingError: Error, Sendable, CustomStringConvertible {
    /// The zero-based column, and its name when known.
    public var column: Int
    public var columnName: String?
    /// The PostgreSQL type of the column.
    public var postgresType: PostgresType
    /// The Swift type that was requested.
    public var swiftType: String
    public var reason: String

    public init(column: Int, columnName: String?, postgresType: PostgresType, swiftType: String, reason: String) {
        self.column = column
        self.columnName = columnName
        self.postgresType = postgresType
        self.swiftType = swiftType
        self.reason = reason
    }

    public var description: String {
        "cannot decode column \(column)\(columnName.map { " (\($0))" } ?? "") of type \(postgresType) as \(swiftType): \(reason)"
    }
}
