public import MaSante
public import MaSanteStore

/// HR sets a centre's staffing target for a profession from a day; anyone with a report to make
/// reads the posts of a day and their vacancies (a manager, those of their centres only).
public struct CentrePosts {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// A target to record: the centre as typed (its name or a part only it has).
    public struct Request: Sendable {
        public var centre: String
        public var profession: Profession
        public var fte: PostFTE
        public var from: CalendarDate

        public init(centre: String, profession: Profession, fte: PostFTE, from: CalendarDate) {
            self.centre = centre
            self.profession = profession
            self.fte = fte
            self.from = from
        }
    }

    /// Records the target; says what changed, in French.
    public func define(_ request: Request) throws -> String {
        let centre = try PlanningQueries(session).centre(named: request.centre)
        let outcome = try PostQueries(session).define(
            centre: centre.id, profession: request.profession, fte: request.fte, from: request.from)
        let what =
            "\(centre.name), \(request.profession.label) : \(FrenchNumber.format(request.fte.value)) ETP à partir du \(request.from.french)"
        switch outcome {
        case .created(let closed?):
            return "Objectif de postes enregistré — \(what) (au lieu de \(FrenchNumber.format(closed)) ETP)."
        case .created(nil): return "Objectif de postes enregistré — \(what)."
        case .updated(let previous):
            return "Objectif de postes modifié — \(what) (au lieu de \(FrenchNumber.format(previous)) ETP)."
        case .unchanged: return "Objectif de postes inchangé — \(what)."
        }
    }

    /// The posts in force on `day`, of one centre when `centre` is given; with `onlyVacant`, the
    /// open ones only.
    public func list(on day: CalendarDate, centre: String? = nil, onlyVacant: Bool = false) throws -> [PostVacancy] {
        let id = try centre.map { try PlanningQueries(session).centre(named: $0).id }
        return try PostQueries(session).vacancies(on: day, centre: id, onlyVacant: onlyVacant)
    }
}
