import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Contract amendments (`contract_amendments`, migration 0017): recording one, reading a
/// person's contracts version by version. The database applies an amendment to its contract,
/// keeps the terms it replaced and refuses one that does not follow the previous; these checks
/// make the French message precise.
public struct AmendmentQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// The contract an amendment from `day` changes: the one running that day, or the one ending
    /// the day before (a CDD renewed without a gap), with its terms as they now stand.
    public func contract(of person: PersonReference, amendedOn day: CalendarDate) throws -> (id: Int, terms: Contract) {
        guard
            let row = try connection.query(
                """
                SELECT id, kind, starts_on, ends_on, weekly_hours::float8 FROM contracts
                WHERE person_id = \(person.id) AND starts_on < \(day) AND (ends_on IS NULL OR ends_on >= \(day) - 1)
                ORDER BY starts_on DESC LIMIT 1
                """
            ).first
        else {
            throw StoreError.refused(
                "\(person.display) n'a pas de contrat commencé avant le \(day.french) et en cours la veille : "
                    + "un avenant change un contrat en cours (une nouvelle embauche : masante personnel ajouter)")
        }
        let (id, kind, start, end, hours) = try row.decode(
            (Int, ContractType, CalendarDate, CalendarDate?, Double).self)
        return (id, try Contract(type: kind, start: start, end: end, weeklyHours: hours))
    }

    /// Records `amendment` on the contract `contractID` of `person`; refused when another
    /// amendment takes effect that day or later.
    public func record(
        _ amendment: ContractAmendment, contract contractID: Int, of person: PersonReference, note: String?
    ) throws {
        if let latest = try connection.query(
            "SELECT max(effective_on) FROM contract_amendments WHERE contract_id = \(contractID)"
        ).single(CalendarDate?.self), latest >= amendment.effective {
            throw StoreError.refused(
                "\(person.display) : un avenant prend déjà effet le \(latest.french) ; les avenants se suivent, "
                    + "le suivant prend effet après lui")
        }
        try connection.execute(
            """
            INSERT INTO contract_amendments (contract_id, person_id, effective_on, kind, weekly_hours, ends_on, note)
            VALUES (\(contractID), \(person.id), \(amendment.effective), \(amendment.type), \(amendment.weeklyHours),
                    \(amendment.end), \(note))
            """)
    }

    /// Every version of the person's contracts, oldest first: the terms of each period between
    /// amendments, with the amendment that opened it.
    public func versions(of person: PersonReference) throws -> [ContractVersion] {
        try connection.query(
            """
            SELECT p.contract_id, p.kind, p.starts_on, p.ends_on, p.weekly_hours::float8, a.note, a.recorded_by
            FROM contract_periods p
            LEFT JOIN contract_amendments a ON a.contract_id = p.contract_id AND a.effective_on = p.starts_on
            WHERE p.person_id = \(person.id)
            ORDER BY p.starts_on
            """
        ).map { row in
            let (contract, kind, start, end, hours, note, by) = try row.decode(
                (Int, ContractType, CalendarDate, CalendarDate?, Double, String?, String?).self)
            return ContractVersion(
                contractID: contract, terms: try Contract(type: kind, start: start, end: end, weeklyHours: hours),
                amendedBy: by, note: note)
        }
    }
}

/// One period of a contract with the same terms: the contract's first, or one opened by an amendment.
public struct ContractVersion: Sendable, Hashable {
    public var contractID: Int
    /// The terms over the period (its start and end are the period's).
    public var terms: Contract
    /// Who recorded the amendment that opened the period (nil: the contract's first period).
    public var amendedBy: String?
    public var note: String?
}
