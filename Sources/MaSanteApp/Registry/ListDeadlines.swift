public import MaSante
public import MaSanteStore

/// HR looks at what ends in the coming days: contracts, long absences, trial periods, with the
/// person and their centres to call (`personnel echeances`).
public struct ListDeadlines {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The deadlines from `today` to `days` days later (1 to 366), soonest first.
    public func run(days: Int, today: CalendarDate = .today()) throws -> [PersonDeadline] {
        guard (1...366).contains(days) else {
            throw RegistryError.fieldRefused(field: "jours", message: "entre 1 et 366 jours (\(days))")
        }
        return try DeadlineQueries(session).upcoming(from: today, days: days)
    }
}
