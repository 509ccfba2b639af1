public import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// Who could take a slot in a centre's week, ranked: ``SlotCandidates`` on the week as stored.
public struct SlotSuggestion: Sendable {
    public var centreName: String
    public var week: ISOWeek
    public var status: WeekStatus
    public var slot: CandidateSlot
    /// Everyone assigned to the centre on the slot's day whose profession may do the activity,
    /// best first.
    public var candidates: [SlotCandidate]

    /// Whether at least one candidate may take the slot.
    public var anyonePossible: Bool { candidates.contains(where: \.isPossible) }
}

/// Reads a centre's week (``PlanningSnapshot``: the same queries as `planning verifier`) and ranks
/// the people who could take a slot in it. Reads only: nothing is written, the candidate shifts
/// live in memory.
///
/// ```swift
/// let suggestion = try SlotSuggestions(connection: conn).suggest(centreID: centre.id, slot: slot)
/// suggestion.candidates.first?.person.name   // "Karim DENIS"
/// ```
public struct SlotSuggestions {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Ranks everyone assigned to `centreID` on the slot's day (see ``SlotCandidates/rank(slot:shifts:history:people:centres:candidates:defaults:)``).
    public func suggest(centreID: Int, slot: CandidateSlot) throws -> SlotSuggestion {
        var slot = slot
        slot.centreID = centreID
        let week = slot.week
        var status = WeekStatus.brouillon
        for row in try connection.query(
            "SELECT status FROM planning_weeks WHERE centre_id = \(centreID) AND week = \(week.description)")
        {
            status = try row.decode(WeekStatus.self, column: 0)
        }
        let snapshot = try PlanningSnapshot(connection: connection, centreID: centreID, week: week)
        let assigned = snapshot.people.values.filter { $0.isAssigned(to: centreID, on: slot.day) }.map(\.personID)
            .sorted()
        let ranked = SlotCandidates.rank(
            slot: slot, shifts: snapshot.weekShifts, history: snapshot.history,
            people: Array(snapshot.people.values), centres: Array(snapshot.centres.values),
            candidates: assigned)
        return SlotSuggestion(
            centreName: snapshot.centres[centreID]?.name ?? "", week: week, status: status, slot: slot,
            candidates: ranked)
    }
}
