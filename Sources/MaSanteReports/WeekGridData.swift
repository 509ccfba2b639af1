import Foundation
public import MaSante

/// A centre's week for other programs: the planning CSV (which imports back) and JSON.
///
/// The CSV has exactly the columns of the planning import, `centre;personne;jour;debut;fin;activite;lieu`,
/// one line per shift: `personne` is the person's reference (RPPS, else `NOM Prénom`), `jour` the
/// Paris day the shift starts, `debut` and `fin` Paris wall-clock times (a `fin` at or before
/// `debut` is the next day, `24:00` is midnight), `activite` the activity code.
///
/// ```swift
/// let data = WeekGridData(view: view)
/// try Data(data.csv.utf8).write(to: url)   // starts with a byte order mark for Excel
/// let json = try data.json()
/// ```
public struct WeekGridData {
    let view: WeekView

    /// The data of `view`.
    public init(view: WeekView) { self.view = view }

    /// The import format's columns, in order.
    static let csvColumns = ["centre", "personne", "jour", "debut", "fin", "activite", "lieu"]

    /// The shifts as a listing with the planning import's columns.
    var listing: Listing {
        var rows: [[Listing.Cell]] = []
        for row in view.rows {
            for shift in row.shifts {
                rows.append([
                    .text(view.centreName), .text(row.reference), .date(shift.day), .text(shift.startTime.description),
                    .text(WeekGrid.endText(shift)), .text(shift.activity.rawValue),
                    shift.place.map(Listing.Cell.text) ?? .null,
                ])
            }
        }
        return Listing(columns: Self.csvColumns, rows: rows)
    }

    /// `;`-separated UTF-8 with a byte order mark, a header line, one line per shift.
    var csv: String { ListingRenderer(listing: listing).csv }

    /// The week, its people with their shifts and hours, and the findings; keys sorted.
    func json() throws -> String {
        try ReportJSON.text(document) + "\n"
    }

    /// The week's status and findings only (`planning verifier --format json`): `centre`, `semaine`,
    /// `statut`, `constats` as in ``json()``; keys sorted, no final line break.
    public func findingsJSON() throws -> String {
        let whole = document
        return try ReportJSON.text(
            FindingsDocument(
                centre: whole.centre, semaine: whole.semaine, statut: whole.statut,
                constats: whole.constats))
    }

    struct FindingsDocument: Encodable {
        var centre: String
        var semaine: String
        var statut: String
        var constats: [Constat]
    }

    var document: Document {
        let days = view.week.days
        return Document(
            centre: view.centreName, centreNumero: view.centreID, semaine: view.week.description,
            statut: view.status.rawValue,
            version: view.version, du: days[0].description, au: days[6].description,
            personnes: view.rows.map { row in
                Person(
                    numero: row.personID, nom: row.name, reference: row.reference, profession: row.profession.rawValue,
                    heuresContrat: row.contractHours, heuresPlanifiees: Self.hours(row.workHere),
                    heuresAilleurs: Self.hours(row.hoursElsewhere), heuresTravaillees: Self.hours(row.hours.worked),
                    heuresAbsence: Self.hours(row.hours.absence), heuresComptees: Self.hours(row.hours.counted),
                    services: row.shifts.map { shift in
                        Service(
                            id: shift.id.uuidString.lowercased(), jour: shift.day.description,
                            debut: shift.startTime.description,
                            fin: WeekGrid.endText(shift), activite: shift.activity.rawValue, lieu: shift.place)
                    })
            },
            constats: view.findings.map { finding in
                Constat(
                    regle: finding.rule.rawValue, libelle: finding.rule.label, gravite: finding.severity.rawValue,
                    personnes: finding.personIDs, debut: Self.instant(finding.interval.start),
                    fin: finding.interval.end == .distantFuture ? nil : Self.instant(finding.interval.end),
                    message: finding.message)
            })
    }

    /// Seconds as hours, to the hundredth: `31.5`.
    static func hours(_ seconds: TimeInterval) -> Double { (seconds / 36).rounded() / 100 }

    /// ISO 8601 with the Paris offset: `2026-12-04T22:00:00+01:00`.
    static func instant(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .paris
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The JSON document; keys in French, as the CSV columns.
    struct Document: Encodable {
        var centre: String
        var centreNumero: Int
        var semaine: String
        var statut: String
        var version: Int
        var du: String
        var au: String
        var personnes: [Person]
        var constats: [Constat]

        enum CodingKeys: String, CodingKey {
            case centre, centreNumero = "centre_numero", semaine, statut, version, du, au, personnes, constats
        }
    }

    struct Person: Encodable {
        var numero: Int
        var nom: String
        var reference: String
        var profession: String
        @JSONNull var heuresContrat: Double?
        var heuresPlanifiees: Double
        var heuresAilleurs: Double
        /// Work in every centre (the legal maxima's hours).
        var heuresTravaillees: Double
        /// Leave and sick leave.
        var heuresAbsence: Double
        /// Worked plus leave: what stands against the contract.
        var heuresComptees: Double
        var services: [Service]

        enum CodingKeys: String, CodingKey {
            case numero, nom, reference, profession, heuresContrat = "heures_contrat", heuresPlanifiees =
                "heures_planifiees"
            case heuresAilleurs = "heures_ailleurs", heuresTravaillees = "heures_travaillees", heuresAbsence =
                "heures_absence"
            case heuresComptees = "heures_comptees", services
        }
    }

    struct Service: Encodable {
        var id: String
        var jour: String
        var debut: String
        var fin: String
        var activite: String
        @JSONNull var lieu: String?
    }

    struct Constat: Encodable {
        var regle: String
        var libelle: String
        var gravite: String
        var personnes: [Int]
        var debut: String
        @JSONNull var fin: String?
        var message: String
    }
}
