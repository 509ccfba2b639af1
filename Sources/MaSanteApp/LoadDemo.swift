public import MaSante
import MaSanteDemo
public import MaSanteStore

/// Loads the demonstration network into an empty (or demo) database, migrated first if needed,
/// then plans the previous, current and next week of each open centre and publishes those that
/// pass the checker. Run again, it writes nothing. A database holding other data is refused.
public struct LoadDemo {
    /// What the load did and what the demo holds.
    public struct Outcome: Sendable {
        /// How many migrations were applied first.
        public var migrationsApplied: Int
        public var network: DemoSummary
        /// The weeks planned: the previous, current and next week of `today`.
        public var weeks: [ISOWeek]
        public var planning: DemoScheduleSummary
    }

    let session: Session

    /// `session` must be allowed to migrate (an administration login).
    public init(_ session: Session) { self.session = session }

    public func run(today: CalendarDate) throws -> Outcome {
        let applied = try Migrator(session).migrate()
        let network = try DemoNetworkWriter(session).load(try DemoNetwork.history())
        let current = ISOWeek(containing: today)
        let weeks = [current.previous, current, current.next]
        let planning = try DemoSchedule(session).plan(weeks: weeks, publish: true, cover: DemoWeek.shifts)
        return Outcome(migrationsApplied: applied.count, network: network, weeks: weeks, planning: planning)
    }
}
