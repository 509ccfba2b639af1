import Foundation

/// One centre's activity for one month, as a line of the activity import file gives it:
/// aggregates only, never data about a patient.
///
/// Columns: `centre;mois;consultations_programmees;consultations_non_programmees;visites_domicile;visites_ehpad;nouveaux_patients_medecin_traitant`,
/// `mois` being `AAAA-MM` (or `MM/AAAA`).
public struct ActivityRecord: Hashable, Sendable {
    public var centre: String
    /// The first day of the month.
    public var month: CalendarDate
    public var scheduledConsultations: Int
    public var unscheduledConsultations: Int
    public var homeVisits: Int
    public var ehpadVisits: Int
    public var newReferringPatients: Int

    public init(
        centre: String, month: CalendarDate, scheduledConsultations: Int, unscheduledConsultations: Int,
        homeVisits: Int, ehpadVisits: Int, newReferringPatients: Int
    ) {
        self.centre = centre
        self.month = month
        self.scheduledConsultations = scheduledConsultations
        self.unscheduledConsultations = unscheduledConsultations
        self.homeVisits = homeVisits
        self.ehpadVisits = ehpadVisits
        self.newReferringPatients = newReferringPatients
    }

    public static let countColumns = [
        "consultations_programmees", "consultations_non_programmees", "visites_domicile", "visites_ehpad",
        "nouveaux_patients_medecin_traitant",
    ]
    public static let requiredColumns = ["centre", "mois"] + countColumns
    public static let optionalColumns: [String] = []

    /// The record when the line is valid; otherwise every issue of the line. A month after
    /// `today`'s is refused: activity is recorded once the month is over or under way.
    public static func parse(
        _ line: CSVLine, columns: CSVColumns, today: CalendarDate = .today()
    ) -> (record: ActivityRecord?, issues: [ImportIssue]) {
        var check = LineChecker(line, columns)
        let centre = check.name("centre", missing: "centre manquant")
        let month = check.parse("mois", missing: "mois manquant (AAAA-MM)") { text throws(FieldError) in
            let month = try parseMonth(text)
            guard month <= today else { throw FieldError("mois \(FieldError.quoted(text)) dans le futur") }
            return month
        }
        let counts = countColumns.map { column in check.parse(column, missing: "nombre manquant", parseCount) }
        guard check.issues.isEmpty, let month else { return (nil, check.issues) }
        let values = counts.map { $0 ?? 0 }
        return (
            ActivityRecord(
                centre: centre, month: month, scheduledConsultations: values[0], unscheduledConsultations: values[1],
                homeVisits: values[2], ehpadVisits: values[3], newReferringPatients: values[4]), []
        )
    }

    /// `2026-10`, `2026-10-01` or `10/2026` → the first day of that month.
    public static func parseMonth(_ text: String) throws(FieldError) -> CalendarDate {
        let trimmed = text.trimmedSpaces
        let parts = trimmed.split(separator: trimmed.contains("/") ? "/" : "-", omittingEmptySubsequences: false).map(
            String.init)
        let numbers: (year: String, month: String)? =
            switch parts.count {
            case 2 where trimmed.contains("/"): (parts[1], parts[0])
            case 2, 3: (parts[0], parts[1])
            default: nil
            }
        guard let numbers, numbers.year.count == 4, let year = Int(numbers.year), let month = Int(numbers.month),
            let first = CalendarDate(year: year, month: month, day: 1)
        else {
            throw FieldError("mois invalide \(FieldError.quoted(text)) : attendu AAAA-MM")
        }
        return first
    }

    /// A whole number ≥ 0 (`1 234` accepted); no decimals: these are counts.
    public static func parseCount(_ text: String) throws(FieldError) -> Int {
        let digits = text.filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{00A0}" }
        guard let value = Int(digits), value >= 0, value <= 10_000_000 else {
            throw FieldError("nombre invalide \(FieldError.quoted(text)) : un entier positif ou nul est attendu")
        }
        return value
    }
}
