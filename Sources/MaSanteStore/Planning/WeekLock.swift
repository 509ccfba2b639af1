import Foundation
import MaSante
import PQ

/// Locks the rows of centres' weeks for the rest of the transaction, creating them as drafts
/// when new, and refuses to touch a published one without a reason.
struct WeekLock {
    let connection: Connection

    /// How long a writer waits for another one editing the same week before giving up.
    static let wait = "10s"

    func lock(
        _ keys: [WeekKey], reason: String?, refusingPublished: Bool = true
    ) throws -> [WeekKey: (status: WeekStatus, version: Int)] {
        try connection.execute("SELECT set_config('lock_timeout', \(Self.wait), true)")
        if let reason { try connection.execute("SELECT set_config('masante.motif', \(reason), true)") }
        var states: [WeekKey: (status: WeekStatus, version: Int)] = [:]
        for key in keys {
            let week = key.week.description
            do {
                try connection.execute(
                    """
                    INSERT INTO planning_weeks (centre_id, week) VALUES (\(key.centreID), \(week)) ON CONFLICT DO NOTHING
                    """)
                let rows = try connection.query(
                    """
                    SELECT w.status, w.version, c.name FROM planning_weeks w JOIN centres c ON c.id = w.centre_id
                    WHERE w.centre_id = \(key.centreID) AND w.week = \(week) FOR UPDATE OF w
                    """)
                let (status, version, name) = try rows[0].decode((WeekStatus, Int, String).self)
                if status == .publiee && reason == nil && refusingPublished {
                    throw StoreError.refused(
                        "la semaine \(week) de \(name) est publiée, donc verrouillée : pour la modifier quand même, indiquez le motif du changement (--motif « … ») ; il sera inscrit dans son historique avec l'état avant et après"
                    )
                }
                states[key] = (status, version)
            } catch let error as PQError where error.sqlState == .lockNotAvailable {
                throw StoreError.refused(
                    "conflit : la semaine \(week) de ce centre est en cours de modification par un autre utilisateur ; réessayez dans un instant (vos changements seront vérifiés sur la semaine à jour)"
                )
            }
        }
        return states
    }
}

/// A centre's week, as a key.
struct WeekKey: Hashable, Comparable {
    var centreID: Int
    var week: ISOWeek

    static func < (lhs: WeekKey, rhs: WeekKey) -> Bool { (lhs.centreID, lhs.week) < (rhs.centreID, rhs.week) }
}
