import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Where people work and for what share of their contract (`assignments`): a dated share in a
/// centre, a dated move to another centre. The history is kept: a change ends the assignment
/// running the day before and starts a new one. Shares above 100 % of the contract on the first
/// day are refused here (the database does not check them yet).
public struct AssignmentQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// From `first` (to `last`, else to the contract's end), `person` works `share` of their
    /// contract in `centre`: a running assignment there ends the day before (or, starting that
    /// very day, takes the new share).
    public func assign(
        _ person: PersonReference, to centre: CentreReference, share: ContractShare, from first: CalendarDate,
        to last: CalendarDate?
    ) throws {
        let contract = try contract(of: person, on: first)
        if let last, let end = contract.end, last > end {
            throw StoreError.refused(
                "\(person.display) : l'affectation irait au-delà de la fin du contrat (\(end.french))")
        }
        try endOrReplace(person, in: centre.id, from: first)
        let others = try shares(of: person, on: first).filter { $0.centre != centre.name }
        let total = others.map(\.share.percent).reduce(share.percent, +)
        guard total <= 100 else {
            let detail = others.map { "\($0.centre) \($0.share.french)" }.joined(separator: ", ")
            throw StoreError.refused(
                "\(person.display) : avec \(detail), la quotité de \(share.french) à \(centre.name) ferait \(total) % "
                    + "du contrat le \(first.french) (100 % au plus) : réduisez d'abord l'autre affectation")
        }
        try connection.execute(
            """
            INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
            VALUES (\(person.id), \(contract.id), \(centre.id), \(first), \(last ?? contract.end), \(share.fraction))
            """)
    }

    /// From `day`, `person` works in `destination` what they worked in `origin` (their only
    /// centre that day when nil), with the same share; the old assignment ends the day before.
    /// The assignment left, and how many shifts are still planned there from `day` on (for its
    /// manager to re-plan).
    public func move(
        _ person: PersonReference, to destination: CentreReference, from origin: CentreReference?, on day: CalendarDate
    ) throws -> (left: CentreShare, shiftsLeft: Int) {
        let running = try shares(of: person, on: day)
        let left: CentreShare
        if let origin {
            guard let found = running.first(where: { $0.centre == origin.name }) else {
                throw StoreError.notFound(
                    "\(person.display) n'est pas affecté·e à \(origin.name) le \(day.french) (affectations : "
                        + "\(Self.describe(running)))")
            }
            left = found
        } else {
            guard let only = running.first else {
                throw StoreError.refused("\(person.display) n'a pas d'affectation le \(day.french)")
            }
            guard running.count == 1 else {
                throw StoreError.ambiguous(
                    "\(person.display) travaille dans plusieurs centres le \(day.french) (\(Self.describe(running))) : "
                        + "précisez --depuis NOM")
            }
            left = only
        }
        if running.contains(where: { $0.centre == destination.name }) {
            throw StoreError.refused(
                "\(person.display) est déjà affecté·e à \(destination.name) le \(day.french) : changez plutôt les "
                    + "quotités (masante personnel affecter)")
        }
        let contract = try contract(of: person, on: day)
        try endOrReplace(person, in: left.centreID, from: day)
        try connection.execute(
            """
            INSERT INTO assignments (person_id, contract_id, centre_id, starts_on, ends_on, share)
            VALUES (\(person.id), \(contract.id), \(destination.id), \(day), \(contract.end), \(left.share.fraction))
            """)
        let shiftsLeft = try connection.query(
            """
            SELECT count(*) FROM shifts
            WHERE person_id = \(person.id) AND centre_id = \(left.centreID) AND starts_at >= (\(day)::date::timestamp AT TIME ZONE 'Europe/Paris')
            """
        ).single(Int.self)
        return (left, shiftsLeft)
    }

    /// The centres `person` works in on `day`, with their shares.
    public func shares(of person: PersonReference, on day: CalendarDate) throws -> [CentreShare] {
        try connection.query(
            """
            SELECT a.centre_id, c.name, a.share::float8 FROM assignments a JOIN centres c ON c.id = a.centre_id
            WHERE a.person_id = \(person.id) AND a.starts_on <= \(day) AND (a.ends_on IS NULL OR a.ends_on >= \(day))
            ORDER BY c.name
            """
        ).map { row in
            let (id, name, share) = try row.decode((Int, String, Double).self)
            return CentreShare(centreID: id, centre: name, share: ContractShare(fraction: share))
        }
    }

    /// The contract running on `day`, refused when there is none.
    private func contract(of person: PersonReference, on day: CalendarDate) throws -> (id: Int, end: CalendarDate?) {
        guard
            let row = try connection.query(
                """
                SELECT id, ends_on FROM contracts
                WHERE person_id = \(person.id) AND starts_on <= \(day) AND (ends_on IS NULL OR ends_on >= \(day))
                """
            ).first
        else { throw StoreError.refused("\(person.display) n'a pas de contrat en cours le \(day.french)") }
        return try row.decode((Int, CalendarDate?).self)
    }

    /// Ends the assignment of `person` in `centreID` running on `day` the day before, or removes
    /// it when it starts that very day (the new one replaces it).
    private func endOrReplace(_ person: PersonReference, in centreID: Int, from day: CalendarDate) throws {
        try connection.execute(
            """
            DELETE FROM assignments
            WHERE person_id = \(person.id) AND centre_id = \(centreID) AND starts_on = \(day)
            """)
        try connection.execute(
            """
            UPDATE assignments SET ends_on = \(day.adding(days: -1))
            WHERE person_id = \(person.id) AND centre_id = \(centreID) AND starts_on < \(day)
              AND (ends_on IS NULL OR ends_on >= \(day))
            """)
    }

    private static func describe(_ shares: [CentreShare]) -> String {
        shares.isEmpty ? "aucune" : shares.map { "\($0.centre) \($0.share.french)" }.joined(separator: ", ")
    }
}

/// A centre a person works in, and the share of their contract worked there.
public struct CentreShare: Sendable, Hashable {
    public var centreID: Int
    public var centre: String
    public var share: ContractShare
}
