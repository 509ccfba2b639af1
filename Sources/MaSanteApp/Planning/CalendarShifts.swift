public import Foundation
public import MaSante
public import MaSanteStore

/// The shifts of a person or of a centre over a period, for their calendar (.ics). Reads only.
public struct CalendarShifts {
    /// Whose calendar.
    public enum Owner: Sendable {
        /// RPPS, number or « NOM Prénom ».
        case person(String)
        case centre(CentreReference)
    }

    /// The calendar's owner, by name, and its shifts.
    public struct Outcome: Sendable {
        /// « Prénom NOM » or the centre's name.
        public var ownerName: String
        public var isPersonal: Bool
        public var shifts: [DescribedShift]
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The shifts of published weeks in `period`, and of draft ones with `includeDrafts`.
    public func run(_ owner: Owner, in period: DateInterval, includeDrafts: Bool) throws -> Outcome {
        let queries = PlanningQueries(session)
        switch owner {
        case .person(let reference):
            let person = try PeopleQueries(session).find(reference)
            let shifts = try queries.shifts(personID: person.id, in: period, includeDrafts: includeDrafts)
            return Outcome(ownerName: "\(person.firstName) \(person.lastName)", isPersonal: true, shifts: shifts)
        case .centre(let centre):
            let shifts = try queries.shifts(centreID: centre.id, in: period, includeDrafts: includeDrafts)
            return Outcome(ownerName: centre.name, isPersonal: false, shifts: shifts)
        }
    }
}

extension CalendarShifts {
    /// The days of a calendar: `week`, or `first` to `last`, by default from 4 weeks before the
    /// current week to the end of the 12th week after it; a last day before the first is refused (65).
    public static func period(
        week: ISOWeek?, first: CalendarDate?, last: CalendarDate?, today: CalendarDate = .today()
    ) throws -> DateInterval {
        if let week { return week.interval }
        let current = ISOWeek(containing: today)
        let first = first ?? current.adding(weeks: -4).monday
        let last = last ?? current.adding(weeks: 12).monday.adding(days: 6)
        guard first <= last else {
            throw UserFailure("option --au : le \(last.french) précède le \(first.french)", kind: .badData)
        }
        return DateInterval(start: first.startInParis, end: last.adding(days: 1).startInParis)
    }
}
