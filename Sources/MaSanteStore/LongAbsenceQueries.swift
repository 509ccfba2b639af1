import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Long absences in the registry (`long_absences`, migration 0016): recording one, ending one
/// early, listing those running on a day or ending soon. The database refuses overlaps and
/// absences outside a contract; these checks only make the French message precise.
public struct LongAbsenceQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Records `absence` for `person`, refused when it leaves their contracts or overlaps another.
    public func record(_ absence: LongAbsence, for person: PersonReference, note: String?) throws {
        let covering = try connection.query(
            """
            SELECT count(*) FROM contracts WHERE person_id = \(person.id)
               AND daterange(starts_on, ends_on, '[]') @> daterange(\(absence.start), \(absence.end), '[]')
            """
        ).single(Int.self)
        guard covering > 0 else {
            throw StoreError.refused(
                "\(person.display) : l'absence (\(absence.period)) doit tenir dans un contrat (\(try contracts(of: person)))"
            )
        }
        if let other = try absences(of: person).first(where: { overlaps($0, absence) }) {
            throw StoreError.refused(
                "\(person.display) : \(other.kind.article) (\(other.period)) couvre déjà une partie de ces dates")
        }
        try connection.execute(
            """
            INSERT INTO long_absences (person_id, kind, starts_on, ends_on, note)
            VALUES (\(person.id), \(absence.kind), \(absence.start), \(absence.end), \(note))
            """)
    }

    /// Ends early the absence of `person` running on `lastDay` (their return is the day after);
    /// the absence ended.
    public func end(for person: PersonReference, lastDay: CalendarDate) throws -> LongAbsence {
        guard let running = try absences(of: person).first(where: { $0.covers(lastDay) }) else {
            throw StoreError.notFound("\(person.display) n'a pas d'absence longue en cours le \(lastDay.french)")
        }
        try connection.execute(
            """
            UPDATE long_absences SET ends_on = \(lastDay) WHERE person_id = \(person.id) AND starts_on = \(running.start)
            """)
        return LongAbsence(kind: running.kind, start: running.start, end: lastDay)
    }

    /// One person's long absences, oldest first.
    public func absences(of person: PersonReference) throws -> [LongAbsence] {
        try connection.query(
            "SELECT kind, starts_on, ends_on FROM long_absences WHERE person_id = \(person.id) ORDER BY starts_on"
        ).map { row in
            let (kind, start, end) = try row.decode((LongAbsenceKind, CalendarDate, CalendarDate?).self)
            return LongAbsence(kind: kind, start: start, end: end)
        }
    }

    /// The absences running on `day` or starting after it, with who is absent and where they
    /// work, by start date then name.
    public func list(from day: CalendarDate) throws -> [PersonAbsence] {
        try connection.query(
            """
            SELECT p.id, p.last_name, p.first_name, p.profession, l.kind, l.starts_on, l.ends_on, l.note,
                   (SELECT string_agg(DISTINCT ce.name, ', ') FROM assignments a JOIN centres ce ON ce.id = a.centre_id
                    WHERE a.person_id = p.id AND a.starts_on <= coalesce(l.ends_on, 'infinity')
                      AND (a.ends_on IS NULL OR a.ends_on >= l.starts_on))
            FROM long_absences l JOIN people p ON p.id = l.person_id
            WHERE l.ends_on IS NULL OR l.ends_on >= \(day)
            ORDER BY l.starts_on, lower(p.last_name), lower(p.first_name), p.id
            """
        ).map { row in
            let (id, last, first, profession, kind, start, end, note, centres) = try row.decode(
                (Int, String, String, Profession, LongAbsenceKind, CalendarDate, CalendarDate?, String?, String?).self)
            return PersonAbsence(
                person: PersonReference(id: id, lastName: last, firstName: first, profession: profession),
                absence: LongAbsence(kind: kind, start: start, end: end), note: note, centres: centres ?? "")
        }
    }

    private func overlaps(_ one: LongAbsence, _ other: LongAbsence) -> Bool {
        (other.end.map { one.start <= $0 } ?? true) && (one.end.map { other.start <= $0 } ?? true)
    }

    private func contracts(of person: PersonReference) throws -> String {
        let periods = try connection.query(
            "SELECT starts_on, ends_on FROM contracts WHERE person_id = \(person.id) ORDER BY starts_on"
        ).map { row in
            let (start, end) = try row.decode((CalendarDate, CalendarDate?).self)
            return "contrat " + (end.map { "du \(start.french) au \($0.french)" } ?? "depuis le \(start.french)")
        }
        return periods.isEmpty ? "aucun contrat" : periods.joined(separator: ", ")
    }
}

/// A long absence with the person absent, their centres over the period and HR's note.
public struct PersonAbsence: Sendable, Hashable {
    public var person: PersonReference
    public var absence: LongAbsence
    public var note: String?
    /// The centres the person is assigned to during the absence, joined by commas.
    public var centres: String
}
