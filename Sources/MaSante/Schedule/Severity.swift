/// How serious a finding is: a blocking one forbids publishing the week, a warning is shown.
///
/// ```swift
/// Severity.bloquant > .avertissement   // true
/// ```
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case avertissement = "avertissement"
    case bloquant = "bloquant"

    /// The French label users read.
    public var label: String {
        switch self {
        case .avertissement: "Avertissement"
        case .bloquant: "Bloquant"
        }
    }

    /// A warning is less severe than a blocking finding.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .avertissement && rhs == .bloquant }
}
