public import MaSante
public import MaSanteStore

/// The Region reads or changes its recruitment goal and its deadline.
public struct SetRecruitmentGoal {
    /// What to change; nil keeps the current value. A target that is not positive is refused (field `cible`).
    public struct Request: Sendable {
        public var target: Int?
        public var deadline: CalendarDate?
        /// Centres to open each year, when it changes.
        public var openingsPerYear: Int?
        /// One year's recruitment target for a profession (0 removes it), when it changes.
        public var yearTarget: (year: Int, profession: Profession, target: Int)?

        public init(target: Int? = nil, deadline: CalendarDate? = nil) throws(RegistryError) {
            if let target, target <= 0 {
                throw .fieldRefused(field: "cible", message: "un nombre positif est attendu (\(target))")
            }
            self.target = target
            self.deadline = deadline
        }

        /// The goal's change, and the report's other targets.
        public init(
            target: Int?, deadline: CalendarDate?, openingsPerYear: Int?,
            yearTarget: (year: Int, profession: Profession, target: Int)?
        ) throws(RegistryError) {
            try self.init(target: target, deadline: deadline)
            self.openingsPerYear = openingsPerYear
            self.yearTarget = yearTarget
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The goal as saved.
    public func run(_ request: Request) throws -> (target: Int, deadline: CalendarDate) {
        let queries = ProgressQueries(session)
        return try session.transaction {
            let current = try queries.goal()
            if request.target != nil || request.deadline != nil {
                try queries.setGoal(
                    target: request.target ?? current.target, deadline: request.deadline ?? current.deadline)
            }
            return try queries.goal()
        }
    }
}

extension SetRecruitmentGoal {
    /// `masante objectif`: the goal changed (or only read), then the openings per year and the
    /// year's target of the request when given, each said as soon as it is saved.
    public func run(_ request: Request, say: (String) -> Void) throws {
        let goal = try run(request)
        say("Objectif : \(goal.target) professionnels de santé recrutés au \(FrenchDate.long(goal.deadline)).")
        let targets = SetReportTargets(session)
        if let perYear = request.openingsPerYear { say(try targets.openings(perYear: perYear)) }
        if let yearly = request.yearTarget {
            say(try targets.yearTarget(year: yearly.year, profession: yearly.profession, target: yearly.target))
        }
    }
}
