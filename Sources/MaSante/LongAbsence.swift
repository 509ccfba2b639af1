import Foundation

/// The kinds of long absence HR records (`long_absence_kind` in the database): leaves that take a
/// person out of the planning for weeks or months, unlike a day's « congé » or « maladie » shift.
///
/// ```swift
/// try LongAbsenceKind.parse("Congé maternité")   // .maternite
/// LongAbsenceKind.maladieLongue.label            // "arrêt maladie de longue durée"
/// ```
public enum LongAbsenceKind: String, CaseIterable, Sendable, Codable {
    case maternite
    case paternite
    case parental
    case maladieLongue = "maladie_longue"
    case sansSolde = "sans_solde"
    case detachement

    /// The French name, as in « en congé de maternité ».
    public var label: String {
        switch self {
        case .maternite: "congé de maternité"
        case .paternite: "congé de paternité"
        case .parental: "congé parental"
        case .maladieLongue: "arrêt maladie de longue durée"
        case .sansSolde: "congé sans solde"
        case .detachement: "détachement"
        }
    }

    /// The absence with its article, inside a sentence: `son congé de maternité`.
    public var article: String { "son \(label)" }

    /// The codes, for messages that list the valid values.
    public static var validCodes: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Reads a code (`maladie_longue`) or a French name in any case, with or without accents.
    public static func parse(_ text: String) throws(FieldError) -> LongAbsenceKind {
        let key = FrenchText.key(text)
        if let kind = allCases.first(where: { $0.rawValue == key || FrenchText.key($0.label) == key }) {
            return kind
        }
        let aliases: [String: LongAbsenceKind] = [
            "conge_maternite": .maternite, "conge_paternite": .paternite, "conge_parental": .parental,
            "longue_maladie": .maladieLongue, "arret_longue_duree": .maladieLongue,
            "mise_a_disposition": .detachement, "conge_sans_solde": .sansSolde,
        ]
        if let kind = aliases[key] { return kind }
        throw FieldError(
            "type d'absence longue inconnu \(FieldError.quoted(text.trimmedSpaces)) : valeurs possibles \(validCodes)")
    }
}

/// A person's long absence: from its first day to its last (nil while the return is unknown),
/// both included.
///
/// ```swift
/// let leave = LongAbsence(kind: .maternite, start: CalendarDate(year: 2026, month: 11, day: 2)!,
///                         end: CalendarDate(year: 2027, month: 2, day: 21)!)
/// leave.covers(CalendarDate(year: 2026, month: 12, day: 1)!)   // true
/// leave.period                                                    // "du 02/11/2026 au 21/02/2027"
/// ```
public struct LongAbsence: Hashable, Sendable {
    public var kind: LongAbsenceKind
    public var start: CalendarDate
    public var end: CalendarDate?

    public init(kind: LongAbsenceKind, start: CalendarDate, end: CalendarDate?) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// Whether the absence runs on that day.
    public func covers(_ day: CalendarDate) -> Bool {
        start <= day && end.map { day <= $0 } ?? true
    }

    /// `du 02/11/2026 au 21/02/2027`, or `depuis le 02/11/2026` while open-ended.
    public var period: String {
        end.map { "du \(start.french) au \($0.french)" } ?? "depuis le \(start.french)"
    }
}
