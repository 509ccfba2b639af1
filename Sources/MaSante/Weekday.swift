/// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday is 7.
///
/// Opening hours and shifts are planned per weekday.
///
/// ```swift
/// Weekday.samedi.label          // "samedi"
/// Weekday.lundi < .vendredi     // true
/// ```
public enum Weekday: Int, CaseIterable, Sendable, Comparable, Codable {
    case lundi = 1, mardi, mercredi, jeudi, vendredi, samedi, dimanche

    /// The French name, lowercase as French writes it: `lundi`.
    public var label: String {
        switch self {
        case .lundi: "lundi"
        case .mardi: "mardi"
        case .mercredi: "mercredi"
        case .jeudi: "jeudi"
        case .vendredi: "vendredi"
        case .samedi: "samedi"
        case .dimanche: "dimanche"
        }
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
