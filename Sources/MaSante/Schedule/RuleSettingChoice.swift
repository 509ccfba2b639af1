/// `regle=bloquant`: a rule and the severity a centre gives it (`planning regles --gravite`).
public struct RuleSeverityChoice: Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity

    public static func parse(_ text: String) throws(FieldError) -> RuleSeverityChoice {
        let (rule, value) = try namedValue(text)
        return RuleSeverityChoice(rule: try RuleID.parse(rule), severity: try Severity.parse(value))
    }
}

/// `nom=valeur` (hours, minutes for `pause_min`, a count) or `nom=defaut`: a limit a centre sets,
/// checked against the limit's own bounds (`planning regles --limite`).
public struct RuleLimitChoice: Sendable, Hashable {
    public var name: RuleLimitName
    /// Nil puts the legal default back.
    public var value: Double?

    public static func parse(_ text: String) throws(FieldError) -> RuleLimitChoice {
        let (name, value) = try namedValue(text)
        let limit = try RuleLimitName.parse(name)
        if FrenchText.key(value) == "defaut" { return RuleLimitChoice(name: limit, value: nil) }
        let number = try FrenchNumber.parseDecimal(value)
        var probe = RuleLimits()
        try limit.set(number, in: &probe)
        return RuleLimitChoice(name: limit, value: number)
    }
}

/// `nom=valeur`, both sides trimmed and not empty.
private func namedValue(_ text: String) throws(FieldError) -> (String, String) {
    let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmedSpaces }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw FieldError("« \(text) » : attendu nom=valeur")
    }
    return (parts[0], parts[1])
}
