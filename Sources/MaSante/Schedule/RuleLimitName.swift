import Foundation

/// A tunable limit of the schedule rules, as a centre's settings name it (`repos_quotidien`),
/// with the unit a manager writes it in: hours, minutes or a count.
///
/// ```swift
/// var limits = RuleLimits()
/// try RuleLimitName.parse("tolerance_contrat").set(2, in: &limits)   // 2 h of tolerance
/// RuleLimitName.reposQuotidien.value(in: limits)                     // 11 (hours)
/// ```
public enum RuleLimitName: String, CaseIterable, Sendable {
    case dureeQuotidienneMax = "duree_quotidienne_max"
    case amplitudeMax = "amplitude_max"
    case dureeHebdoMax = "duree_hebdo_max"
    case moyenneHebdoMax = "moyenne_hebdo_max"
    case semainesMoyenne = "semaines_moyenne"
    case reposQuotidien = "repos_quotidien"
    case reposHebdo = "repos_hebdo"
    case joursTravaillesMax = "jours_travailles_max"
    case travailAvantPause = "travail_avant_pause"
    case pauseMin = "pause_min"
    case interruptionsMax = "interruptions_max"
    case interruptionMax = "interruption_max"
    case toleranceContrat = "tolerance_contrat"
    case trajetEntreCommunes = "trajet_entre_communes"

    /// How the value is written.
    public enum Unit: String, Sendable {
        case hours = "h"
        case minutes = "min"
        case count = ""
    }

    public var unit: Unit {
        switch self {
        case .semainesMoyenne, .joursTravaillesMax, .interruptionsMax: .count
        case .pauseMin, .trajetEntreCommunes: .minutes
        default: .hours
        }
    }

    /// The rule the limit belongs to.
    public var rule: RuleID {
        switch self {
        case .dureeQuotidienneMax: .dailyMaxHours
        case .amplitudeMax: .dailySpan
        case .dureeHebdoMax: .weeklyMax
        case .moyenneHebdoMax, .semainesMoyenne: .twelveWeekAverage
        case .reposQuotidien: .dailyRest
        case .reposHebdo: .weeklyRest
        case .joursTravaillesMax: .maxWorkingDays
        case .travailAvantPause, .pauseMin: .breakAfterSixHours
        case .interruptionsMax, .interruptionMax: .partTimeInterruption
        case .toleranceContrat: .contractHours
        case .trajetEntreCommunes: .overlap
        }
    }

    private var keyPath: WritableKeyPath<RuleLimits, TimeInterval>? {
        switch self {
        case .dureeQuotidienneMax: \.dailyMaxWork
        case .amplitudeMax: \.dailyMaxSpan
        case .dureeHebdoMax: \.weeklyMaxWork
        case .moyenneHebdoMax: \.averageWeeklyMaxWork
        case .reposQuotidien: \.dailyRest
        case .reposHebdo: \.weeklyRest
        case .travailAvantPause: \.breakAfterWork
        case .pauseMin: \.minimumBreak
        case .interruptionMax: \.partTimeMaxInterruption
        case .toleranceContrat: \.contractHoursTolerance
        case .trajetEntreCommunes: \.travelBetweenCommunes
        case .semainesMoyenne, .joursTravaillesMax, .interruptionsMax: nil
        }
    }

    private var countPath: WritableKeyPath<RuleLimits, Int>? {
        switch self {
        case .semainesMoyenne: \.averageWeeks
        case .joursTravaillesMax: \.maxWorkingDays
        case .interruptionsMax: \.partTimeMaxInterruptions
        default: nil
        }
    }

    private var secondsPerUnit: Double { unit == .minutes ? 60 : 3600 }

    /// The limit in its unit.
    public func value(in limits: RuleLimits) -> Double {
        if let countPath { return Double(limits[keyPath: countPath]) }
        return keyPath.map { limits[keyPath: $0] / secondsPerUnit } ?? 0
    }

    /// Sets the limit from a value in its unit; refuses what makes no sense (a count that is not
    /// whole, 12 weeks over 52, a duration over a week).
    public func set(_ value: Double, in limits: inout RuleLimits) throws(FieldError) {
        if let countPath {
            let range = self == .semainesMoyenne ? 1...52 : 0...7
            guard value.rounded() == value, range.contains(Int(value)) else {
                throw FieldError(
                    "limite \(rawValue) : un nombre entier de \(range.lowerBound) à \(range.upperBound) est attendu")
            }
            limits[keyPath: countPath] = Int(value)
        } else if let keyPath {
            let seconds = value * secondsPerUnit
            guard value >= 0, seconds <= 7 * 24 * 3600 else {
                throw FieldError("limite \(rawValue) : une durée de 0 à 168 h est attendue")
            }
            limits[keyPath: keyPath] = seconds
        }
    }

    /// Whether `limits` sets this limit less strictly than the defaults, which follow the law
    /// (more daily work, less rest…): allowed, since agreements may differ, but worth a warning.
    public func isLooserThanDefault(in limits: RuleLimits) -> Bool {
        value(in: RuleLimits().strictest(with: limits)) != value(in: limits)
    }

    /// `2 h`, `20 min`, `6`.
    public func text(in limits: RuleLimits) -> String {
        let value = FrenchNumber.format(self.value(in: limits))
        return unit == .count ? value : "\(value) \(unit.rawValue)"
    }

    /// Reads a limit's name, listing the valid ones otherwise.
    public static func parse(_ text: String) throws(FieldError) -> RuleLimitName {
        guard let name = RuleLimitName(rawValue: FrenchText.key(text)) else {
            throw FieldError(
                "limite inconnue \(FieldError.quoted(text.trimmedSpaces)) : valeurs possibles \(allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return name
    }
}

extension RuleID {
    /// Reads a rule's French code (`repos_quotidien`, without regard to case or accents), or the
    /// code stored in settings (`dailyRest`, still accepted), listing the valid ones otherwise.
    public static func parse(_ text: String) throws(FieldError) -> RuleID {
        let trimmed = text.trimmedSpaces
        let key = FrenchText.key(trimmed)
        guard
            let rule = allCases.first(where: {
                FrenchText.key($0.code) == key || $0.rawValue.lowercased() == trimmed.lowercased()
            })
        else {
            throw FieldError(
                "règle inconnue \(FieldError.quoted(trimmed)) : valeurs possibles \(allCases.map(\.code).joined(separator: ", "))"
            )
        }
        return rule
    }
}

extension Severity {
    /// Reads `bloquant` or `avertissement`.
    public static func parse(_ text: String) throws(FieldError) -> Severity {
        guard let severity = Severity(rawValue: FrenchText.key(text)) else {
            throw FieldError(
                "gravité inconnue \(FieldError.quoted(text.trimmedSpaces)) : valeurs possibles bloquant, avertissement")
        }
        return severity
    }
}
