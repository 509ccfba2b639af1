public import MaSante
public import MaSanteStore

/// A centre's named week templates: a week's work shifts saved under a name, to copy later.
public struct WeekTemplates {
    /// A template and how many shifts it holds.
    public struct Template: Sendable, Equatable {
        public var name: String
        public var shifts: Int

        public init(name: String, shifts: Int) {
            self.name = name
            self.shifts = shifts
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Saves the week's shifts (absences left out) as the template `name`, replacing one of that
    /// name, in one transaction; the number of shifts saved.
    public func save(centre: CentreReference, week: ISOWeek, name: String) throws -> Int {
        try PlanningCopier(session).saveTemplate(centre: centre, week: week, name: name)
    }

    /// The centre's templates, by name.
    public func list(centre: CentreReference) throws -> [Template] {
        try PlanningCopier(session).templates(centreID: centre.id).map { Template(name: $0.name, shifts: $0.shifts) }
    }
}
