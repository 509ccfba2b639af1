import Foundation

/// The kind of employment contract: permanent (CDI) or fixed-term (CDD).
///
/// ```swift
/// try ContractType.parse("cdd")   // .cdd
/// ```
public enum ContractType: String, CaseIterable, Sendable, Codable {
    case cdi = "CDI"
    case cdd = "CDD"

    /// Reads `CDI` or `CDD` in any case.
    public static func parse(_ text: String) throws(FieldError) -> ContractType {
        let trimmed = text.trimmedSpaces
        guard let type = ContractType(rawValue: trimmed.uppercased()) else {
            let valid = allCases.map(\.rawValue).joined(separator: ", ")
            throw FieldError("type de contrat invalide \(FieldError.quoted(trimmed)) : valeurs possibles \(valid)")
        }
        return type
    }
}

/// A person's employment contract with the GIP: its type, dates and weekly hours.
///
/// Full time is 35 hours a week; part time is a fraction of it, and the FTE (ETP) is hours / 35.
/// A CDD has an end date; a CDI gets one when the person leaves.
///
/// ```swift
/// let contract = try Contract(type: .cdi, start: try .parse("01/07/2022"), end: nil, weeklyHours: 17.5)
/// contract.fte   // 0.5
/// ```
public struct Contract: Hashable, Sendable {
    public var type: ContractType
    public var start: CalendarDate
    public var end: CalendarDate?
    public var weeklyHours: Double

    public static let fullTimeHours: Double = 35

    /// Refuses hours outside ]0, 35], an end before the start, and a CDD without an end.
    public init(type: ContractType, start: CalendarDate, end: CalendarDate?, weeklyHours: Double) throws(FieldError) {
        if let error = Self.hoursError(weeklyHours) ?? Self.endError(type: type, start: start, end: end) {
            throw error
        }
        self.type = type
        self.start = start
        self.end = end
        self.weeklyHours = weeklyHours
    }

    /// The full-time equivalent (ETP): 17.5 hours is 0.5.
    public var fte: Double { weeklyHours / Self.fullTimeHours }

    /// Whether the contract runs on that day, both ends included.
    public func covers(_ day: CalendarDate) -> Bool {
        start <= day && end.map { day <= $0 } ?? true
    }

    static func hoursError(_ hours: Double) -> FieldError? {
        guard !(hours > 0 && hours <= fullTimeHours) else { return nil }
        let shown = hours.isNaN ? "?" : FrenchNumber.format(hours)
        return FieldError(
            "heures hebdomadaires invalides (\(shown)) : entre 0 (exclu) et \(FrenchNumber.format(fullTimeHours))")
    }

    static func endError(type: ContractType, start: CalendarDate, end: CalendarDate?) -> FieldError? {
        guard let end else {
            return type == .cdd ? FieldError("un CDD doit avoir une date de fin") : nil
        }
        guard end >= start else {
            return FieldError("la date de fin (\(end.french)) précède la date de début (\(start.french))")
        }
        return nil
    }
}
