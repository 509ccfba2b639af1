public import MaSante
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
}
