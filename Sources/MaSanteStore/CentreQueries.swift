import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Reading and changing centres one at a time.
public struct CentreQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The columns of the `centres` CSV format, so a listing can be imported again.
    public static let csvColumns = CentreRecord.requiredColumns + CentreRecord.optionalColumns

    /// Centres in the import format, filtered by status and département, sorted by name.
    public func list(status: CentreStatus? = nil, departement: Departement? = nil) throws -> Listing {
        let days = Weekday.allCases.filter { $0 != .dimanche }
        let rows = try connection.query(
            """
            SELECT c.id, c.name, c.commune, c.insee_code, c.departement, c.status, c.opened_on, k.name,
                   coalesce((SELECT string_agg(format('%s|%s|%s', weekday, to_char(opens_at, 'HH24:MI'), to_char(closes_at, 'HH24:MI')), ' ' ORDER BY weekday, opens_at)
                             FROM opening_hours o WHERE o.centre_id = c.id), '')
            FROM centres c LEFT JOIN collectivites k ON k.id = c.partner_id
            WHERE (\(status)::centre_status IS NULL OR c.status = \(status)::centre_status)
              AND (\(departement?.code)::text IS NULL OR c.departement = \(departement?.code)::text)
            ORDER BY lower(c.name)
            """)
        var listing = Listing(columns: Self.csvColumns)
        for row in rows {
            let (_, name, commune, insee, dep, status, opened, partner, hours) =
                try row.decode((Int, String, String, String, String, CentreStatus, CalendarDate?, String?, String).self)
            let week = Self.parseWeek(hours)
            var cells: [Listing.Cell] = [
                .text(name), .text(commune), .text(insee), .text(dep), .text(status.rawValue),
                opened.cell, partner.cell,
            ]
            cells += days.map { .text(OpeningHours.dayText(week[$0] ?? [])) }
            listing.rows.append(cells)
        }
        return listing
    }

    private static func parseWeek(_ encoded: String) -> [Weekday: [TimeRange]] {
        var week: [Weekday: [TimeRange]] = [:]
        for item in encoded.split(separator: " ") {
            let parts = item.split(separator: "|").map(String.init)
            guard parts.count == 3, let day = Int(parts[0]).flatMap(Weekday.init(rawValue:)),
                let range = try? TimeRange.parse("\(parts[1])-\(parts[2])")
            else { continue }
            week[day, default: []].append(range)
        }
        return week
    }

    /// The record of one centre as the import format describes it, found by name.
    public func record(named name: String) throws -> CentreRecord? {
        let listing = try list()
        guard let row = listing.rows.first(where: { $0[0].plain.lowercased() == name.lowercased() }) else { return nil }
        let line = CSVLine(number: 1, fields: row.map(\.plain))
        let columns = try CSVColumns(
            header: Self.csvColumns, required: CentreRecord.requiredColumns, optional: CentreRecord.optionalColumns)
        return CentreRecord.parse(line, columns: columns).record
    }

    /// Names of all centres, for messages that list the valid ones.
    public func names() throws -> [String] {
        try connection.query("SELECT name FROM centres ORDER BY lower(name)").map {
            try $0.decode(String.self, column: 0)
        }
    }

    /// Sets the closing date of a closed centre.
    public func setClosingDate(_ date: CalendarDate, centre name: String) throws {
        try connection.execute(
            "UPDATE centres SET closed_on = \(date), updated_at = now() WHERE lower(name) = lower(\(name)) AND status = 'ferme'"
        )
    }
}
