public import MaSante
public import MaSanteReports
public import MaSanteStore

/// The Region reads the observatory of staff over time, territory by territory.
public struct ObservatoryReport {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The rows from `from` to `to`; a span that ends before it starts, or after today, is refused.
    public func rows(
        from: CalendarDate, to: CalendarDate, step: ObservatoryStep, grouping: ObservatoryGrouping
    ) throws
        -> [ObservatoryRow]
    {
        guard from <= to else {
            throw RegistryError.fieldRefused(
                field: "du", message: "le début (\(from.french)) suit la fin (\(to.french))")
        }
        guard to <= .today() else {
            throw RegistryError.fieldRefused(field: "au", message: "le \(to.french) est dans le futur")
        }
        return try ObservatoryQueries(session).rows(from: from, to: to, step: step, grouping: grouping)
    }

    /// The day the network's first centre opened: where the observatory starts by default.
    public static let firstOpening = CalendarDate(year: 2022, month: 7, day: 1)!

    /// `rapport observatoire`: the rows from `from` (``firstOpening`` by default) to `to`
    /// (today by default), written in `format`.
    public func document(
        from: CalendarDate?, to: CalendarDate?, step: ObservatoryStep, grouping: ObservatoryGrouping,
        format: OutputFormat
    ) throws -> String {
        let from = from ?? Self.firstOpening, to = to ?? .today()
        let rows = try rows(from: from, to: to, step: step, grouping: grouping)
        return ObservatoryDocument(rows, step: step, grouping: grouping, from: from, to: to).render(format)
    }
}
