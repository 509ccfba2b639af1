/// Whether one rule is checked, and how serious its findings are.
public struct RuleSetting: Hashable, Sendable {
    public var isEnabled: Bool
    public var severity: Severity

    public init(isEnabled: Bool = true, severity: Severity) {
        self.isEnabled = isEnabled
        self.severity = severity
    }
}

/// The rules of one centre, as data: each rule switched on or off with its severity, and the
/// limits the rules measure against. `defaults` follows `domain.md`; a centre overrides any of it.
///
/// A person working in several centres is held to the strictest settings of the centres where
/// they are planned that week (see `strictest(_:)`): one centre cannot switch off the law for another.
///
/// ```swift
/// var settings = RuleSettings.defaults
/// settings[.homeVisitsEachWeek].isEnabled = false
/// settings[.contractHours].severity = .bloquant
/// settings.limits.contractHoursTolerance = 2 * 3600
/// ```
public struct RuleSettings: Hashable, Sendable {
    /// One entry per rule; a rule missing here takes its default.
    public var rules: [RuleID: RuleSetting]
    public var limits: RuleLimits

    public init(rules: [RuleID: RuleSetting] = [:], limits: RuleLimits = RuleLimits()) {
        self.rules = rules
        self.limits = limits
    }

    /// Every rule on; legal limits, overlaps, contracts and coverage blocking; the rest warnings.
    public static let defaults = RuleSettings()

    /// The default severity of each rule.
    public static func defaultSeverity(of rule: RuleID) -> Severity {
        switch rule {
        case .contractHours, .centreShare, .withinOpeningHours, .homeVisitsEachWeek, .openingAmplitude: .avertissement
        default: .bloquant
        }
    }

    /// A rule's setting, its default when not overridden.
    public subscript(rule: RuleID) -> RuleSetting {
        get { rules[rule] ?? RuleSetting(severity: Self.defaultSeverity(of: rule)) }
        set { rules[rule] = newValue }
    }

    /// Whether `rule` is checked.
    public func isEnabled(_ rule: RuleID) -> Bool { self[rule].isEnabled }

    /// The settings binding a person planned in several centres: a rule is on when any centre has
    /// it on, at the highest severity among those; each limit is the strictest. Amplitude targets
    /// (a centre rule) come from the first settings. Empty input gives `defaults`.
    public static func strictest(_ all: [RuleSettings]) -> RuleSettings {
        guard var merged = all.first else { return .defaults }
        for other in all.dropFirst() where other != merged { // the same settings twice change nothing
            for rule in RuleID.allCases {
                let mine = merged[rule], theirs = other[rule]
                let enabled = [mine, theirs].filter(\.isEnabled)
                merged[rule] = RuleSetting(
                    isEnabled: !enabled.isEmpty,
                    severity: (enabled.isEmpty ? [mine, theirs] : enabled).map(\.severity).max() ?? mine.severity)
            }
            merged.limits = merged.limits.strictest(with: other.limits)
        }
        return merged
    }
}
