/// How a failure ends an action, for a front end to choose its answer: the CLI exits with
/// ``exitStatus`` (the sysexits codes of its contract), the web picks its page.
public enum FailureKind: Sendable, Hashable {
    /// The checks found blocking problems (a week that cannot be published).
    case problemsFound
    /// The request itself is malformed: options missing or at odds with each other.
    case usage
    /// A value or a file refused by the rules; nothing was written.
    case badData
    /// The database cannot be reached, or the connection broke.
    case unreachable
    /// A fault of the program or an unexpected answer of the database.
    case internalError
    /// The login's role may not do this.
    case permissionDenied

    /// The CLI's exit status: 1, 64, 65, 69, 70, 77.
    public var exitStatus: Int32 {
        switch self {
        case .problemsFound: 1
        case .usage: 64
        case .badData: 65
        case .unreachable: 69
        case .internalError: 70
        case .permissionDenied: 77
        }
    }
}

/// A failure already worded in French for the user, with how it ends the action.
public struct UserFailure: Error, Sendable, Hashable {
    public var message: String
    public var kind: FailureKind

    public init(_ message: String, kind: FailureKind) {
        self.message = message
        self.kind = kind
    }
}
