public import MaSante
public import MaSanteStore
import Rostering
public import WeekPlanner

/// « Proposer la semaine »: the planner fills a centre's needs with its staff without breaking a
/// blocking rule, around the shifts already there. ``run(_:)`` proposes and writes nothing (the
/// preview); ``accept(_:)`` writes that very proposal. The same request and seed give the same
/// proposal, since the search ends on its iteration budget, not the clock.
///
/// A proposal goes into a draft week only; a published week takes only the re-planning of an
/// absence, with a reason (``PlanningRefusal/proposalIntoPublishedWeek(centre:week:)``).
public struct ProposeWeek {
    /// The search's budget: with it, not the clock, ending the search, a seed gives one proposal.
    public static let iterations = 100_000

    /// Someone absent for some days of the week: their work in the centre on those days becomes
    /// an absence of `kind` (same hours), and only the needs it covered are planned again.
    public struct Absence: Sendable {
        /// RPPS, number or « NOM Prénom ».
        public var person: String
        /// One of `AbsenceReplan.kinds`.
        public var kind: Activity
        public var first: CalendarDate
        public var last: CalendarDate

        public init(person: String, kind: Activity, first: CalendarDate, last: CalendarDate) {
            self.person = person
            self.kind = kind
            self.first = first
            self.last = last
        }
    }

    /// What to propose.
    public struct Request: Sendable {
        public var centre: CentreReference
        public var week: ISOWeek
        public var seconds: Double
        public var seed: UInt64
        public var absence: Absence?
        /// Why a published week changes; required there, recorded in its history.
        public var reason: String?

        public init(
            centre: CentreReference, week: ISOWeek, seconds: Double = 3, seed: UInt64 = 1, absence: Absence? = nil,
            reason: String? = nil
        ) {
            self.centre = centre
            self.week = week
            self.seconds = seconds
            self.seed = seed
            self.absence = absence
            self.reason = reason
        }
    }

    /// An absence turned into absence shifts, and what cannot be planned again.
    public struct Replanned: Sendable {
        public var person: PersonReference
        public var kind: Activity
        public var replan: AbsenceReplan
    }

    /// A proposal, not yet written.
    public struct Proposal: Sendable {
        public var request: Request
        public var isPublished: Bool
        public var result: WeekProposal
        /// Each planned person's « Prénom NOM », by person id.
        public var names: [Int: String]
        public var absence: Replanned?
        /// Every change accepting the proposal writes: the absence's shifts, then the proposed ones.
        public var edit: PlanningEdit
    }

    /// A proposal written: the week's version after it and whether the week was published.
    public struct Saved: Sendable {
        public var version: Int
        public var intoPublishedWeek: Bool
        public var edit: EditOutcome
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Proposes the week; writes nothing.
    public func run(_ request: Request) throws -> Proposal {
        let centre = request.centre
        let published = try PlanningQueries(session).view(centreID: centre.id, week: request.week).status == .publiee
        if published && (request.absence == nil || request.reason == nil) {
            throw PlanningRefusal.proposalIntoPublishedWeek(centre: centre.name, week: request.week)
        }
        var planning = try CentreNeedsStore(session).request(centreID: centre.id, week: request.week)
        var edit = PlanningEdit(reason: request.reason)
        var weights = PlannerWeights()
        var replanned: Replanned?
        if let absence = request.absence {
            let done = try replan(absence, in: planning, centre: centre)
            weights = AbsenceReplan.weights
            planning = done.replan.request
            edit.removals += done.replan.absent.map(\.id)
            for shift in done.replan.replacements { edit.add(shift) }
            replanned = done
        }
        let options = SolverOptions(seconds: request.seconds, maxIterations: Self.iterations, seed: request.seed)
        let result = WeekPlanner.propose(planning, weights: weights, options: options)
        for (index, shift) in result.shifts.enumerated() { edit.add(shift, line: index + 1) }
        let names = Dictionary(uniqueKeysWithValues: planning.people.map { ($0.personID, $0.name) })
        return Proposal(
            request: request, isPublished: published, result: result, names: names, absence: replanned, edit: edit)
    }

    /// Writes the proposal in one transaction; nil when it changes nothing.
    public func accept(_ proposal: Proposal) throws -> Saved? {
        guard !(proposal.edit.additions.isEmpty && proposal.edit.removals.isEmpty) else { return nil }
        let outcome = try PlanningEditor(session).apply(proposal.edit)
        let version = outcome.weeks.first { $0.centreID == proposal.request.centre.id }?.version ?? 0
        return Saved(version: version, intoPublishedWeek: proposal.isPublished, edit: outcome)
    }

    /// The absent person's work on those days as absences, and the request narrowed to what it covered.
    private func replan(_ absence: Absence, in planning: PlanningRequest, centre: CentreReference) throws -> Replanned {
        let person = try PeopleQueries(session).find(absence.person)
        do {
            let replan = try AbsenceReplan(
                planning, personID: person.id, from: absence.first, to: absence.last, kind: absence.kind)
            return Replanned(person: person, kind: absence.kind, replan: replan)
        } catch {
            throw PlanningRefusal.nothingToReplan(
                person: person, centre: centre.name, first: absence.first, last: absence.last)
        }
    }
}
