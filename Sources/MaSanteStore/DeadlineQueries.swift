import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// What ends soon in the registry: contracts, long absences and trial periods (``Deadline``),
/// each with the person and the centres they work in.
public struct DeadlineQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The deadlines from `today` to `days` days later, soonest first, then by name.
    public func upcoming(from today: CalendarDate, days: Int) throws -> [PersonDeadline] {
        let last = today.adding(days: days)
        // A trial lasts four months at most: contracts started since then may still be in one.
        let trialsFrom = today.adding(months: -4)
        var found: [PersonDeadline] = []
        for row in try connection.query(
            """
            SELECT p.id, p.last_name, p.first_name, p.profession, c.kind, c.starts_on, c.ends_on,
                   (SELECT string_agg(DISTINCT ce.name, ', ') FROM assignments a JOIN centres ce ON ce.id = a.centre_id
                    WHERE a.contract_id = c.id AND (a.ends_on IS NULL OR a.ends_on >= \(today)))
            FROM contracts c JOIN people p ON p.id = c.person_id
            WHERE (c.ends_on BETWEEN \(today) AND \(last)) OR c.starts_on BETWEEN \(trialsFrom) AND \(last)
            """)
        {
            let (id, lastName, firstName, profession, type, start, end, centres) = try row.decode(
                (Int, String, String, Profession, ContractType, CalendarDate, CalendarDate?, String?).self)
            let person = PersonReference(id: id, lastName: lastName, firstName: firstName, profession: profession)
            let contract =
                "\(type.rawValue) " + (end.map { "du \(start.french) au \($0.french)" } ?? "depuis le \(start.french)")
            var candidates: [Deadline] = []
            if let end { candidates.append(Deadline(kind: .contractEnd, date: end, detail: contract)) }
            let trial = TrialPeriod.lastDay(profession: profession, type: type, start: start, end: end)
            candidates.append(Deadline(kind: .trialEnd, date: trial, detail: contract))
            for deadline in candidates where deadline.isWithin(days: days, of: today) {
                found.append(PersonDeadline(person: person, centres: centres ?? "", deadline: deadline))
            }
        }
        for absence in try LongAbsenceQueries(connection: connection).list(from: today) {
            guard let end = absence.absence.end else { continue }
            let deadline = Deadline(
                kind: .absenceEnd, date: end, detail: "\(absence.absence.kind.label) \(absence.absence.period)")
            if deadline.isWithin(days: days, of: today) {
                found.append(PersonDeadline(person: absence.person, centres: absence.centres, deadline: deadline))
            }
        }
        return found.sorted {
            ($0.deadline.date, $0.person.lastName.lowercased(), $0.person.firstName.lowercased(), $0.person.id)
                < ($1.deadline.date, $1.person.lastName.lowercased(), $1.person.firstName.lowercased(), $1.person.id)
        }
    }
}

/// A deadline with the person it concerns and the centres they work in (joined by commas): HR
/// calls the person and the managers of those centres.
public struct PersonDeadline: Sendable, Hashable {
    public var person: PersonReference
    public var centres: String
    public var deadline: Deadline
}
