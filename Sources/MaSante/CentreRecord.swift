import Foundation

/// A centre as one line of a centres import file describes it, checked field by field.
///
/// Columns: `nom;commune;code_insee;departement;statut;date_ouverture;partenaire;lundi;…;samedi`,
/// each day holding ranges such as `08:30-12:30 14:00-19:00` (empty: closed).
///
/// ```swift
/// let (record, issues, warnings) = CentreRecord.parse(line, columns: columns)
/// ```
public struct CentreRecord: Hashable, Sendable {
    public var name: String
    public var commune: String
    public var insee: INSEECode
    public var departement: Departement
    public var status: CentreStatus
    public var openedOn: CalendarDate?
    public var partner: String?
    public var hours: OpeningHours

    public init(
        name: String, commune: String, insee: INSEECode, departement: Departement, status: CentreStatus,
        openedOn: CalendarDate?, partner: String?, hours: OpeningHours
    ) {
        self.name = name
        self.commune = commune
        self.insee = insee
        self.departement = departement
        self.status = status
        self.openedOn = openedOn
        self.partner = partner
        self.hours = hours
    }

    public static let requiredColumns = ["nom", "commune", "code_insee", "departement", "statut"]
    public static let optionalColumns = [
        "date_ouverture", "partenaire", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    ]

    /// The record when the line is valid; otherwise every issue of the line. Warnings (a
    /// département outside Occitanie, an open centre with no hours) do not prevent the record.
    public static func parse(
        _ line: CSVLine, columns: CSVColumns
    ) -> (record: CentreRecord?, issues: [ImportIssue], warnings: [ImportIssue]) {
        var check = LineChecker(line, columns)
        var warnings: [ImportIssue] = []
        let name = check.name("nom", missing: "nom du centre manquant")
        let commune = check.name("commune", missing: "commune manquante")
        let insee = check.parse("code_insee", missing: "code INSEE manquant", INSEECode.parse)
        let departement = Self.departement(&check, insee: insee)
        if let departement, !departement.isInOccitanie {
            warnings.append(
                ImportIssue(
                    line: line.number, column: "departement", message: "département \(departement.code) hors Occitanie")
            )
        }
        let status = check.parse(
            "statut",
            missing:
                "statut manquant : valeurs possibles \(CentreStatus.allCases.map(\.rawValue).joined(separator: ", "))",
            CentreStatus.parse)
        let openedOn = check.optional("date_ouverture", CalendarDate.parse)
        if let status, status == .ouvert || status == .ferme, openedOn == nil, check.text("date_ouverture").isEmpty {
            check.report(
                "date_ouverture", "date d'ouverture obligatoire pour le statut \(FieldError.quoted(status.label))")
        }
        var hours = OpeningHours()
        for day in Weekday.allCases where columns.contains(day.label) {
            if let ranges = check.parse(day.label, OpeningHours.parseDay) {
                do { try hours.set(ranges, on: day) } catch { check.report(day.label, error.message) }
            }
        }
        if status == .ouvert, hours.openDays.isEmpty, Weekday.allCases.contains(where: { columns.contains($0.label) }) {
            warnings.append(ImportIssue(line: line.number, message: "centre ouvert sans aucun horaire d'ouverture"))
        }
        let partner = check.freeText("partenaire", as: .name)
        guard check.issues.isEmpty, let insee, let departement, let status else {
            return (nil, check.issues, warnings)
        }
        let record = CentreRecord(
            name: name, commune: commune, insee: insee, departement: departement, status: status,
            openedOn: openedOn, partner: partner.isEmpty ? nil : partner, hours: hours)
        return (record, [], warnings)
    }

    /// The département typed, which must be the INSEE code's; the code's when left empty.
    private static func departement(_ check: inout LineChecker, insee: INSEECode?) -> Departement? {
        let text = check.text("departement")
        if text.isEmpty {
            if insee == nil { check.report("departement", "département manquant") }
            return insee?.departement
        }
        guard let departement = Departement(text) else {
            check.report(
                "departement", "département invalide \(FieldError.quoted(text)) : attendu 01 à 95, 2A, 2B ou 971 à 976")
            return nil
        }
        if let insee, insee.departement != departement {
            check.report(
                "departement",
                "le département \(departement.code) ne correspond pas au code INSEE \(insee.code) (département \(insee.departement.code))"
            )
            return nil
        }
        return departement
    }
}
