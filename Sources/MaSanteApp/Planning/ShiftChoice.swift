public import Foundation
public import MaSante
public import MaSanteStore

/// Existing shifts a user points at: one by its id, or a person's shifts of a day in a centre
/// (one of them when the start is given).
public enum ShiftChoice: Sendable {
    case id(UUID)
    case day(centre: CentreReference, person: String, day: CalendarDate, start: TimeOfDay?)
}

/// Finds the shifts of a ``ShiftChoice``, with a French error when there is none or, for one, several.
struct ShiftFinder {
    let session: Session

    /// The ids of the shifts chosen; ``StoreError/notFound(_:)`` when a day holds none.
    func ids(_ choice: ShiftChoice) throws -> [UUID] {
        switch choice {
        case .id(let id):
            return [id]
        case .day(let centre, let reference, let day, let start):
            let person = try PeopleQueries(session).find(reference)
            let ids = try PlanningQueries(session).shiftIDs(
                centreID: centre.id, personID: person.id, day: day, start: start)
            guard !ids.isEmpty else {
                let at = start.map { " à \($0)" } ?? ""
                throw StoreError.notFound(
                    "aucun service de \(person.display) le \(ScheduleFrench.date(day))\(at) au centre \(centre.name)")
            }
            return ids
        }
    }

    /// The one shift chosen; ``StoreError/ambiguous(_:)`` when a day holds several (a start tells them apart).
    func one(_ choice: ShiftChoice) throws -> DescribedShift {
        let ids = try self.ids(choice)
        let queries = PlanningQueries(session)
        let shifts = try ids.compactMap { try queries.shift(id: $0) }
        guard shifts.count == 1, let shift = shifts.first else {
            if shifts.isEmpty {
                throw StoreError.notFound("aucun service n°\(ids.first?.uuidString.lowercased() ?? "?")")
            }
            let starts = shifts.map { ScheduleFrench.period($0.shift.interval) }.joined(separator: ", ")
            throw StoreError.ambiguous(
                "\(shifts[0].personName) a \(shifts.count) services ce jour-là (\(starts)) : précisez lequel avec --debut"
            )
        }
        return shift
    }
}
