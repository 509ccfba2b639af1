import Foundation
import Hummingbird
import MaSante
import MaSanteApp
import MaSanteStore

/// The centre and week a manager's address names (`/planning/3/2026-W49`), and the check that
/// the centre is one the signed-in manager runs.
///
/// The check reads the manager's centres under their own role (``MyCentres``): a centre of
/// someone else, or one that does not exist, is « introuvable » (404) either way, so an address
/// typed by hand confirms nothing.
struct ManagerWeekAddress: Sendable {
    let centreID: Int
    let week: ISOWeek

    /// The address of the week page.
    var path: String { "/planning/\(centreID)/\(week)" }

    /// The centre and week of the route's `{centre}` and `{semaine}`; 404 when unreadable.
    static func from(_ context: WebContext) throws(PageError) -> ManagerWeekAddress {
        guard let centre = context.parameters.get("centre", as: Int.self),
            let weekText = context.parameters.get("semaine"),
            let week = try? ISOWeek.parse(weekText)
        else { throw .notFound }
        return ManagerWeekAddress(centreID: centre, week: week)
    }

    /// The centre, if the login runs it; « introuvable » otherwise. Runs on the pool's thread.
    func centre(in session: Session) throws -> CentreReference {
        guard let centre = try MyCentres(session).list().first(where: { $0.id == centreID }) else {
            throw PageError.notFound
        }
        return centre
    }

    /// The same centre, another week.
    func moved(to week: ISOWeek) -> ManagerWeekAddress { ManagerWeekAddress(centreID: centreID, week: week) }
}
