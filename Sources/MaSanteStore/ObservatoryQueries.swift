public import MaSante
import MaSantePostgres
package import PQ

/// The observatory of staff over time, computed by `report_observatory` (sql/0022): aggregates
/// only, so the Region reads it as HR does.
public struct ObservatoryQueries {
    package let connection: Connection

    package init(connection: Connection) { self.connection = connection }
    public init(_ session: Session) { self.init(connection: session.connection) }

    /// Every period from `from` to `to` and every territory of `grouping` with an open centre by `to`.
    public func rows(
        from: CalendarDate, to: CalendarDate, step: ObservatoryStep, grouping: ObservatoryGrouping
    ) throws
        -> [ObservatoryRow]
    {
        try connection.query(
            """
            SELECT period, territory, arrivals, departures, in_post, fte, vacant_fte, centres_open
            FROM report_observatory(\(from), \(to), \(step.sqlName), \(grouping.sqlName))
            """
        ).map { row in
            let (period, territory, arrivals, departures, inPost, fte, vacant, open) = try row.decode(
                (CalendarDate, String, Int, Int, Int?, Double?, Double, Int).self)
            return ObservatoryRow(
                period: period, territory: territory, arrivals: arrivals, departures: departures, inPost: inPost,
                fte: fte, vacant: vacant, centresOpen: open)
        }
    }
}
