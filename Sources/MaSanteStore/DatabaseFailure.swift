import MaSantePostgres
package import PQ

/// A failure of the database, classified for front ends that do not speak libpq.
///
/// The classification reads the SQLSTATE, the constraint name and the server routine, never the
/// server's text, which follows its `lc_messages`.
public struct DatabaseFailure: Error, Sendable {
    /// What kind of failure, for the front end to choose its message and status.
    public enum Code: Sendable, Hashable {
        /// The connection could not be opened.
        case unreachable
        /// The connection broke while in use (server restarted, backend ended).
        case connectionLost
        /// A constraint or a trigger of the schema refused the change (``frenchRule`` says which).
        case ruleOfSchema
        /// The statement ran past `statement_timeout` and was cancelled.
        case timedOut
        /// The login's role lacks the right, or the row is outside its centres.
        case permissionDenied
        /// Anything else the server or libpq reported.
        case other
    }

    /// Where a refused connection tried to go.
    public struct Target: Sendable, Hashable {
        public var host: String
        public var port: String
        public var database: String
        public var user: String
        public var isSocket: Bool

        package init(_ target: ConnectionTarget) {
            self.init(
                host: target.host, port: target.port, database: target.database, user: target.user,
                isSocket: target.isSocket)
        }

        init(host: String, port: String, database: String, user: String, isSocket: Bool) {
            self.host = host
            self.port = port
            self.database = database
            self.user = user
            self.isSocket = isSocket
        }
    }

    public var code: Code
    /// The five-character SQLSTATE, when the server sent one.
    public var sqlState: String?
    /// The server's or libpq's own message, for a « détail » line.
    public var serverMessage: String
    /// For ``Code/ruleOfSchema``: the rule in French.
    public var frenchRule: String?
    public var target: Target?
    /// Row-level security refused the row (it is outside the login's centres), rather than a
    /// privilege of the role: both are SQLSTATE 42501, told apart by the server routine.
    public var isRowSecurity: Bool
    /// For ``Code/unreachable``: why, when the server or libpq said.
    public var connectionCause: ConnectionCause?

    /// The failure behind `error`, or nil when `error` did not come from the database.
    public init?(_ error: any Error) {
        guard let error = error as? PQError else { return nil }
        self.init(error)
    }

    package init(_ error: PQError) {
        sqlState = error.sqlState?.code
        serverMessage = error.message
        target = error.target.map(Target.init)
        isRowSecurity =
            error.sqlState == .insufficientPrivilege
            && error.sourceFunction.map(Self.rowSecurityRoutines.contains) == true
        frenchRule = nil
        connectionCause = nil
        switch error.kind {
        case .connectionFailed:
            code = .unreachable
            connectionCause = ConnectionCause(error)
        case .connectionLost: code = .connectionLost
        case .server, .client:
            if ConstraintMessages.isRuleOfTheSchema(error) {
                code = .ruleOfSchema
                frenchRule = ConstraintMessages.french(for: error)
            } else if error.sqlState == .queryCanceled {
                code = .timedOut
            } else if error.sqlState == .insufficientPrivilege {
                code = .permissionDenied
            } else if SQLState.Class.connectionException ~= error.sqlState || error.sqlState == .adminShutdown {
                code = .connectionLost
            } else {
                code = .other
            }
        }
    }

    /// The server routines that raise a row-level security violation (`WITH CHECK` of a policy).
    static let rowSecurityRoutines: Set = ["ExecWithCheckOptions"]
}
