public import Foundation

/// One problem the schedule checker found: which rule, how serious, who, where, when, and a French
/// sentence saying it.
///
/// ```swift
/// finding.message
/// // "Marie DURAND : 11 h 30 de travail le mardi 8 décembre 2026, au-delà de 10 h (L3121-18)"
/// ```
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    public var rule: RuleID
    public var severity: Severity
    /// The people concerned; empty for a centre's coverage or opening findings.
    public var personIDs: [Int]
    /// The centre concerned; nil when a person's finding spans several centres.
    public var centreID: Int?
    /// The time span at fault: a day, a week, an uncovered stretch, an overlap.
    public var interval: DateInterval
    /// The sentence shown to the manager, in French.
    public var message: String

    public init(
        rule: RuleID, severity: Severity, personIDs: [Int], centreID: Int?, interval: DateInterval, message: String
    ) {
        self.rule = rule
        self.severity = severity
        self.personIDs = personIDs
        self.centreID = centreID
        self.interval = interval
        self.message = message
    }

    /// `bloquant : <message>`.
    public var description: String { "\(severity.rawValue) : \(message)" }

    /// Chronological, then in the order rules are declared, then by message.
    static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.interval.start != rhs.interval.start { return lhs.interval.start < rhs.interval.start }
        let left = ruleOrder[lhs.rule] ?? 0, right = ruleOrder[rhs.rule] ?? 0
        if left != right { return left < right }
        return lhs.message < rhs.message
    }

    /// Each rule's place in `RuleID.allCases` (asking `allCases` builds the array anew each time).
    private static let ruleOrder = Dictionary(uniqueKeysWithValues: RuleID.allCases.enumerated().map { ($1, $0) })
}
