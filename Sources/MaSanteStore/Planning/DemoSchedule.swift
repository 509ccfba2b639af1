import Foundation
public import MaSante
import MaSantePostgres
package import PQ

/// What planning the demo weeks did: weeks planned, shifts written, weeks published.
public struct DemoScheduleSummary: Sendable {
    public var weeks = 0
    public var shifts = 0
    public var published = 0
    /// Weeks left in draft because the staff could not cover them (the checker says why).
    public var drafts: [String] = []
}

/// Writes demo weeks for every open centre, with the shifts `MaSanteDemo`'s `DemoWeek` draws. A
/// week with no blocking finding is published; the others stay drafts for `planning verifier` to
/// explain. Weeks already planned are left as they are, so loading twice changes nothing.
public struct DemoSchedule {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Plans each open centre's `weeks` not planned yet with the shifts `cover` gives for the week,
    /// the centre, its staff and every shift of that week (any centre); publishes them if asked.
    public func plan(
        weeks: [ISOWeek], publish: Bool,
        cover: (ISOWeek, CentreContext, [PersonContext], [Shift]) -> [Shift]
    ) throws -> DemoScheduleSummary {
        var summary = DemoScheduleSummary()
        let centres = try connection.query("SELECT id, name FROM centres WHERE status = 'ouvert' ORDER BY id").map {
            try $0.decode((Int, String).self)
        }
        for week in weeks {
            for (centreID, name) in centres {
                let planned = try connection.query(
                    "SELECT 1 FROM planning_weeks WHERE centre_id = \(centreID) AND week = \(week.description)")
                guard planned.isEmpty else { continue }
                let snapshot = try PlanningSnapshot(connection: connection, centreID: centreID, week: week)
                guard let centre = snapshot.centres[centreID] else { continue }
                var edit = PlanningEdit()
                for shift in cover(week, centre, Array(snapshot.people.values), snapshot.weekShifts) { edit.add(shift) }
                guard !edit.additions.isEmpty else { continue }
                _ = try PlanningEditor(connection: connection).apply(edit)
                summary.weeks += 1
                summary.shifts += edit.additions.count
                guard publish else { continue }
                do {
                    _ = try PlanningEditor(connection: connection).publish(centreID: centreID, week: week)
                    summary.published += 1
                } catch is BlockingFindings {
                    summary.drafts.append("\(name) \(week)")
                }
            }
        }
        return summary
    }
}
