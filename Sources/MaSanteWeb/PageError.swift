import MaSanteStore

/// Why a request ends on an error page, in the words the person reads.
public enum PageError: Error, Sendable {
    /// « Page introuvable »: also what a person gets for a page of another role, so that the
    /// server does not confirm what exists.
    case notFound
    /// The form came without its session's token, or the database refused the action.
    case forbidden(String)
    /// The database cannot be reached right now.
    case databaseUnavailable
    /// Not signed in: go to the sign-in page.
    case signInRequired

    /// The page error for a failure thrown by the store, or nil when it is not a database failure.
    static func from(_ error: any Error) -> PageError? {
        guard let failure = DatabaseFailure(error) else { return nil }
        switch failure.code {
        case .unreachable, .connectionLost, .timedOut: return .databaseUnavailable
        case .permissionDenied: return .forbidden("La base de données a refusé cette opération à votre compte.")
        case .ruleOfSchema, .other: return nil
        }
    }
}
