public import MaSante
public import MaSanteStore

/// The Region reads or changes its recruitment goal and its deadline.
public struct SetRecruitmentGoal {
    /// What to change; nil keeps the current value. A target that is not positive is refused (field `cible`).
    public struct Request: Sendable {
        public var target: Int?
        public var deadline: CalendarDate?

        public init(target: Int? = nil, deadline: CalendarDate? = nil) throws(RegistryError) {
            if let target, target <= 0 {
                throw .fieldRefused(field: "cible", message: "un nombre positif est attendu (\(target))")
            }
            self.target = target
            self.deadline = deadline
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
