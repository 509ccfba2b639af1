import Foundation
public import MaSante
public import MaSanteStore

/// HR (or a manager, among the staff of their centres) finds people: by part of the name or
/// RPPS, centre, profession, recruitment stage, contract ending before a day. The Region may
/// not read people: the database refuses it.
public struct SearchPeople {
    /// The filters, as a user gives them; nil filters nothing.
    public struct Request: Sendable {
        public var text: String?
        /// A centre's name or a part of it that only this centre bears (as planning commands take).
        public var centre: String?
        public var profession: Profession?
        public var stage: RecruitmentStage?
        public var contractEndingBefore: CalendarDate?
        /// The day the search describes (centres current then, contract in force then).
        public var date: CalendarDate

        public init(
            text: String? = nil, centre: String? = nil, profession: Profession? = nil, stage: RecruitmentStage? = nil,
            contractEndingBefore: CalendarDate? = nil, date: CalendarDate = .today()
        ) {
            self.text = text
            self.centre = centre
            self.profession = profession
            self.stage = stage
            self.contractEndingBefore = contractEndingBefore
            self.date = date
        }
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The people found, by name; a centre the caller cannot see is unknown (``StoreError/notFound(_:)``).
    public func run(_ request: Request) throws -> [PersonSummary] {
        try session.transaction {
            let centre = try request.centre.map { try PlanningQueries(session).centre(named: $0) }
            let filter = PeopleFilter(
                text: request.text, centreID: centre?.id, profession: request.profession,
                stage: request.stage, contractEndingBefore: request.contractEndingBefore)
            return try PersonFileQueries(session).search(filter, on: request.date)
        }
    }
}
