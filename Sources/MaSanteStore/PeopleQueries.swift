import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Who is in the registry: finding a person, listing staff, recording a departure.
public struct PeopleQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The columns of the `personnel` CSV format, so a listing can be imported again.
    public static let csvColumns = [
        "nom", "prenom", "profession", "specialite", "rpps", "centre", "date_embauche", "heures_hebdo", "type_contrat",
        "date_fin", "quotite",
    ]

    /// Staff with a contract, one row per centre, filtered, with their stage and FTE share on
    /// `date`. Each person shows the contract in force on that date, else their latest one, and
    /// the centres they work in under it that day (before it starts: its first day; after it
    /// ends: its last). With `historical`, the listing is as it stood on `date`: people hired
    /// later are left out and stages are those reached by then. Hours are those of that day.
    public func list(
        centre: String? = nil, profession: Profession? = nil, stage: RecruitmentStage? = nil,
        on date: CalendarDate, historical: Bool = false
    ) throws -> StaffListing {
        if let centre, try connection.query("SELECT 1 FROM centres WHERE lower(name) = lower(\(centre))").isEmpty {
            let known =
                try connection.query("SELECT string_agg(name, ', ' ORDER BY name) FROM centres").single(String?.self)
                ?? "aucun"
            throw StoreError.notFound("centre inconnu « \(centre) » (centres connus : \(known))")
        }
        let rows = try connection.query(
            """
            SELECT p.id, p.last_name, p.first_name, p.profession, p.specialty, p.rpps, ce.name,
                   c.starts_on, coalesce(cp.weekly_hours, c.weekly_hours)::float8,
                   c.kind, c.ends_on, st.stage, coalesce(cp.fte * a.share, 0)::float8, a.share::float8
            FROM people p
            JOIN LATERAL (SELECT * FROM contracts WHERE person_id = p.id AND (NOT \(historical) OR starts_on <= \(date))
                          ORDER BY (starts_on <= \(date) AND (ends_on IS NULL OR ends_on >= \(date))) DESC, starts_on DESC
                          LIMIT 1) c ON true
            JOIN assignments a ON a.contract_id = c.id
             AND daterange(a.starts_on, a.ends_on, '[]') @> greatest(c.starts_on, least(\(date), coalesce(c.ends_on, \(date))))
            LEFT JOIN contract_periods cp ON cp.contract_id = c.id AND cp.starts_on <= \(date)
             AND (cp.ends_on IS NULL OR cp.ends_on >= \(date))
            JOIN centres ce ON ce.id = a.centre_id
            LEFT JOIN LATERAL (SELECT stage FROM recruitment_events e
                               WHERE e.person_id = p.id AND (NOT \(historical) OR e.occurred_on <= \(date))
                               ORDER BY cycle DESC, stage DESC LIMIT 1) st ON true
            WHERE (\(centre)::text IS NULL OR lower(ce.name) = lower(\(centre)::text))
              AND (\(profession)::profession IS NULL OR p.profession = \(profession)::profession)
              AND (\(stage)::recruitment_stage IS NULL OR st.stage = \(stage)::recruitment_stage)
            ORDER BY lower(p.last_name), lower(p.first_name), p.id, ce.name
            """)
        var staff = StaffListing()
        for row in rows {
            let (id, last, first, profession, specialty, rpps, centre, start, hours, kind, end, stage, fte, share) =
                try row.decode(
                    (
                        Int, String, String, Profession, String?, String?, String,
                        CalendarDate, Double, ContractType, CalendarDate?, RecruitmentStage?, Double, Double
                    ).self)
            staff.members.append(
                StaffMember(
                    id: id, lastName: last, firstName: first, profession: profession, specialty: specialty, rpps: rpps,
                    centre: centre, start: start, weeklyHours: hours, contractType: kind, end: end, stage: stage,
                    fte: fte, share: ContractShare(fraction: share)))
        }
        return staff
    }

    /// Finds one person from what a user typed: an RPPS, `n°12`/`12`, or `NOM Prénom`.
    public func find(_ reference: String) throws -> PersonReference {
        let text = reference.trimmingCharacters(in: .whitespaces)
        let digits = text.filter(\.isNumber)
        let rows: QueryResult
        if digits.count == 11, digits.count == text.filter({ !$0.isWhitespace }).count {
            rows = try connection.query(
                "SELECT id, last_name, first_name, profession FROM people WHERE rpps = \(digits)")
        } else if let id = Int(text.replacingOccurrences(of: "n°", with: "").trimmingCharacters(in: .whitespaces)) {
            rows = try connection.query("SELECT id, last_name, first_name, profession FROM people WHERE id = \(id)")
        } else {
            rows = try connection.query(
                """
                SELECT id, last_name, first_name, profession FROM people
                WHERE lower(last_name || ' ' || first_name) = lower(\(text)) OR lower(first_name || ' ' || last_name) = lower(\(text))
                ORDER BY id
                """)
        }
        let found = try rows.map { row in
            let (id, last, first, profession) = try row.decode((Int, String, String, Profession).self)
            return PersonReference(id: id, lastName: last, firstName: first, profession: profession)
        }
        guard let person = found.first else { throw StoreError.notFound("aucune personne ne correspond à « \(text) »") }
        guard found.count == 1 else {
            let list = found.map { "n°\($0.id) \($0.lastName) \($0.firstName) (\($0.profession.label))" }.joined(
                separator: ", ")
            throw StoreError.ambiguous(
                "« \(text) » désigne plusieurs personnes : \(list) ; précisez le RPPS ou le numéro")
        }
        return person
    }

    /// Records that a person leaves on `date`: their contract, assignments and long absences end
    /// that day (absences starting later are dropped) and the stage `parti` is recorded. Hires
    /// already counted stay counted.
    public func recordDeparture(of person: PersonReference, on date: CalendarDate, note: String?) throws {
        try connection.transaction {
            let current = try connection.query("SELECT stage FROM people_stage WHERE person_id = \(person.id)")
                .first.map { try $0.decode(RecruitmentStage.self, column: 0) }
            if let problem = RecruitmentStage.transitionError(from: current, to: .parti) {
                throw StoreError.refused("\(person.display) : \(problem.message)")
            }
            let contracts = try connection.execute(
                """
                UPDATE contracts SET ends_on = \(date)
                WHERE person_id = \(person.id) AND starts_on <= \(date) AND (ends_on IS NULL OR ends_on > \(date))
                """)
            let open = try connection.query(
                """
                SELECT count(*) FROM contracts WHERE person_id = \(person.id) AND starts_on <= \(date) AND (ends_on IS NULL OR ends_on >= \(date))
                """
            ).single(Int.self)
            guard contracts > 0 || open > 0 else {
                throw StoreError.refused("\(person.display) n'a pas de contrat en cours le \(date.french)")
            }
            try connection.execute(
                """
                UPDATE assignments SET ends_on = \(date)
                WHERE person_id = \(person.id) AND starts_on <= \(date) AND (ends_on IS NULL OR ends_on > \(date))
                """)
            try connection.execute("DELETE FROM long_absences WHERE person_id = \(person.id) AND starts_on > \(date)")
            try connection.execute(
                """
                UPDATE long_absences SET ends_on = \(date)
                WHERE person_id = \(person.id) AND (ends_on IS NULL OR ends_on > \(date))
                """)
            try connection.execute(
                """
                INSERT INTO recruitment_events (person_id, stage, occurred_on, note) VALUES (\(person.id), 'parti', \(date), \(note))
                """)
        }
    }
}

/// A person found in the registry.
public struct PersonReference: Sendable, Hashable {
    public var id: Int
    public var lastName: String
    public var firstName: String
    public var profession: Profession

    /// "DUPONT Marie (n°12)".
    public var display: String { "\(lastName) \(firstName) (n°\(id))" }
}

/// One row of the staff listing: a person, their latest contract, one centre.
public struct StaffMember: Sendable, Hashable {
    public var id: Int
    public var lastName: String
    public var firstName: String
    public var profession: Profession
    public var specialty: String?
    public var rpps: String?
    public var centre: String
    public var start: CalendarDate
    public var weeklyHours: Double
    public var contractType: ContractType
    public var end: CalendarDate?
    public var stage: RecruitmentStage?
    /// The FTE this row adds on the listing's date (0 when not working then).
    public var fte: Double
    /// The part of the contract worked in this centre.
    public var share: ContractShare
}

/// The staff listing and its totals.
public struct StaffListing: Sendable {
    public var members: [StaffMember] = []

    /// Total FTE on the listing's date.
    public var totalFTE: Double { members.reduce(0) { $0 + $1.fte } }
    /// Distinct people listed.
    public var peopleCount: Int { Set(members.map(\.id)).count }

    /// The import format, for CSV round trips.
    public var csv: Listing {
        Listing(
            columns: PeopleQueries.csvColumns,
            rows: members.map { m in
                [
                    .text(m.lastName), .text(m.firstName), .text(m.profession.rawValue), m.specialty.cell, m.rpps.cell,
                    .text(m.centre), .date(m.start), .number(m.weeklyHours), .text(m.contractType.rawValue),
                    m.end.cell, .number(Double(m.share.percent)),
                ]
            })
    }
}

/// A request the registry refuses, explained in French.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case notFound(String)
    case ambiguous(String)
    case refused(String)

    public var description: String {
        switch self {
        case .notFound(let message), .ambiguous(let message), .refused(let message): message
        }
    }
}
