/// A person's standing wish about a weekday's time range, read by the week planner.
public struct StaffPreference: Sendable, Hashable {
    /// Unavailable: never planned then; undesired: avoided when possible; desired: preferred.
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case indisponible
        case nonSouhaite = "non_souhaite"
        case souhaite

        /// Reads a code or its wording in any case (`Non souhaité`), listing the valid values otherwise.
        public static func parse(_ text: String) throws(FieldError) -> Kind {
            let key = FrenchText.key(text)
            if let kind = allCases.first(where: { $0.rawValue == key }) { return kind }
            throw FieldError(
                "préférence inconnue « \(text) » : valeurs possibles \(allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
    }

    public var personID: Int
    public var weekday: Weekday
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var kind: Kind

    public init(personID: Int, weekday: Weekday, start: TimeOfDay, end: TimeOfDay, kind: Kind) {
        self.personID = personID
        self.weekday = weekday
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// Whether the preference touches `from`–`to` on `day`.
    public func overlaps(_ day: Weekday, _ from: TimeOfDay, _ to: TimeOfDay) -> Bool {
        weekday == day && start < to && from < end
    }
}

/// One line of a preferences file: `personne;jour;debut;fin;preference`, `personne` being an
/// RPPS or `NOM Prénom`, resolved against the registry later.
public struct StaffPreferenceRecord: Sendable, Hashable {
    public var person: String
    public var weekday: Weekday
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var kind: StaffPreference.Kind

    public static let requiredColumns = ["personne", "jour", "debut", "fin", "preference"]

    /// The record when the line is valid; otherwise every issue of the line.
    public static func parse(
        _ line: CSVLine, columns: CSVColumns
    ) -> (record: StaffPreferenceRecord?, issues: [ImportIssue]) {
        var check = LineChecker(line, columns)
        let person = check.name("personne", missing: "personne manquante (RPPS ou « NOM Prénom »)", as: .freeText)
        let day = check.parse("jour", missing: "jour manquant (lundi … dimanche)", Weekday.parseAnyDay)
        let start = check.parse("debut", missing: "heure de début manquante (HH:MM)", TimeOfDay.parse)
        let end = check.parse("fin", missing: "heure de fin manquante (HH:MM)", TimeOfDay.parse)
        let kind = check.parse(
            "preference", missing: "préférence manquante : valeurs possibles indisponible, non_souhaite, souhaite",
            StaffPreference.Kind.parse)
        if let start, let end, start >= end {
            check.report("fin", "la fin (\(end)) doit suivre le début (\(start)) le même jour")
        }
        guard check.issues.isEmpty, let day, let start, let end, let kind else { return (nil, check.issues) }
        return (StaffPreferenceRecord(person: person, weekday: day, start: start, end: end, kind: kind), [])
    }
}

extension Weekday {
    /// A day by its French name (`lundi`, `Dim`) or its number 1–7.
    public static func parseAnyDay(_ text: String) throws(FieldError) -> Weekday {
        if FrenchText.key(text).hasPrefix("dim") || FrenchText.key(text) == "7" { return .dimanche }
        do {
            return try parseWorkingDay(text)
        } catch {
            throw FieldError(
                "jour invalide « \(text) » : valeurs possibles lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche"
            )
        }
    }
}
