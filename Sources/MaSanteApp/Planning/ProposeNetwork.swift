import Foundation
public import MaSante
public import MaSanteStore
import Rostering
public import WeekPlanner

/// « Proposer la semaine de plusieurs centres »: one search for several centres' same week
/// (``NetworkPlanner``), so that whoever works in more than one of them is planned once, their
/// 48 h, daily rest and the travel between communes holding across the centres. ``run(_:)``
/// proposes and writes nothing; ``accept(_:)`` writes every centre's part in one transaction.
///
/// Rules of ``ProposeWeek``: a proposal goes into draft weeks only. A centre named whose week is
/// published is refused (``PlanningRefusal/proposalIntoPublishedWeek(centre:week:)``); with the
/// whole network (``networkCentres()``), published weeks are left out and listed.
public struct ProposeNetwork {
    /// The search's budget for `centres` centres: five times ``ProposeWeek/iterations`` per
    /// centre (measured on the demo's 26 centres: 5.4 s, where one time left 20 % more people
    /// missing than centre by centre, and ten times gained 1 more in 11 s), so that a seed gives
    /// one proposal and the search ends on it rather than on the clock.
    public static func iterations(centres: Int) -> Int { ProposeWeek.iterations * 5 * max(1, centres) }

    /// What to propose.
    public struct Request: Sendable {
        public var centres: [CentreReference]
        public var week: ISOWeek
        public var seconds: Double
        public var seed: UInt64
        /// Leave out the centres whose week is published (the whole network) instead of refusing.
        public var skipPublished: Bool
        /// Moves per parallel search; ``ProposeNetwork/iterations(centres:)`` when nil.
        public var iterations: Int?

        public init(
            centres: [CentreReference], week: ISOWeek, seconds: Double = 60, seed: UInt64 = 1,
            skipPublished: Bool = false, iterations: Int? = nil
        ) {
            self.iterations = iterations
            self.centres = centres
            self.week = week
            self.seconds = seconds
            self.seed = seed
            self.skipPublished = skipPublished
        }
    }

    /// One centre's part of a network proposal.
    public struct Part: Sendable {
        public var centre: CentreReference
        public var result: WeekProposal
    }

    /// A proposal, not yet written.
    public struct Proposal: Sendable {
        public var request: Request
        /// The centres planned, in the order named (duplicates once).
        public var parts: [Part]
        /// Centres left out because their week is published.
        public var published: [CentreReference]
        /// Each planned person's « Prénom NOM », by person id.
        public var names: [Int: String]
        /// Every shift accepting the proposal writes, in every centre.
        public var edit: PlanningEdit
        /// Wall-clock seconds of the whole proposal (search and checks).
        public var seconds: Double
        public var stoppedByTime: Bool { parts.contains { $0.result.stoppedByTime } }
    }

    /// A proposal written: each centre's week after it.
    public struct Saved: Sendable {
        public var edit: EditOutcome
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Every open centre, for a login that may plan them all (administrator, HR); a centre manager
    /// (who plans only their own) is refused.
    public func networkCentres() throws -> [CentreReference] {
        guard try PlanningQueries(session).mayPlanEveryCentre() else { throw PlanningRefusal.networkForbidden }
        return try PlanningQueries(session).openCentres()
    }

    /// The centres of a `--centres` list (names, or parts only one centre has, separated by
    /// commas), each once; an unknown one (another manager's included: « introuvable ») or an
    /// empty list is refused with the option's expected form (65).
    public func centres(named list: String) throws -> [CentreReference] {
        let form = "forme attendue : --centres NOM,NOM… (le nom de chaque centre ou une partie qui le distingue)"
        let names = list.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !names.contains(where: \.isEmpty) else {
            throw UserFailure(
                "Erreur : option --centres : nom de centre vide dans « \(list) » ; \(form).", kind: .badData)
        }
        var centres: [CentreReference] = []
        for name in names {
            do {
                let centre = try PlanningQueries(session).centre(named: name)
                if !centres.contains(where: { $0.id == centre.id }) { centres.append(centre) }
            } catch let error as StoreError {
                throw UserFailure("Erreur : option --centres : \(error.description) ; \(form).", kind: .badData)
            }
        }
        return centres
    }

    /// Proposes the centres' week; writes nothing.
    public func run(_ request: Request) throws -> Proposal {
        let clock = ContinuousClock.now
        let (planned, published) = try centres(of: request)
        let requests = try planned.map { try CentreNeedsStore(session).request(centreID: $0.id, week: request.week) }
        let options = SolverOptions(
            seconds: request.seconds, maxIterations: request.iterations ?? Self.iterations(centres: planned.count),
            seed: request.seed)
        // Each need keeps the level the centres proposed one by one give it.
        let results = NetworkPlanner.propose(requests, options: options, centreOptions: Self.alone(request))
        var edit = PlanningEdit()
        var line = 0
        for result in results {
            for shift in result.shifts {
                line += 1
                edit.add(shift, line: line)
            }
        }
        var names: [Int: String] = [:]
        for person in requests.flatMap(\.people) { names[person.personID] = person.name }
        let elapsed = ContinuousClock.now - clock
        return Proposal(
            request: request, parts: zip(planned, results).map { Part(centre: $0, result: $1) }, published: published,
            names: names, edit: edit,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// The same centres proposed one by one instead, in the same order, as `planning proposer` gives
    /// them to a manager who proposes and accepts each centre's week before the next one's (same
    /// seed, ``ProposeWeek/iterations``): the reference whose level ``run(_:)`` keeps for every need
    /// (``NetworkPlanner/centreByCentre(_:weights:options:)``). Writes nothing.
    public func centreByCentre(_ request: Request) throws -> [Part] {
        let planned = try centres(of: request).planned
        let requests = try planned.map { try CentreNeedsStore(session).request(centreID: $0.id, week: request.week) }
        let results = NetworkPlanner.centreByCentre(requests, options: Self.alone(request))
        return zip(planned, results).map { Part(centre: $0, result: $1) }
    }

    /// A centre's own proposal's budget: `planning proposer`'s.
    static func alone(_ request: Request) -> SolverOptions {
        SolverOptions(seconds: request.seconds, maxIterations: ProposeWeek.iterations, seed: request.seed)
    }

    /// The centres to plan, each once in the order named, and those left out as published (or the
    /// refusal of a named one).
    private func centres(of request: Request) throws -> (planned: [CentreReference], published: [CentreReference]) {
        var centres: [CentreReference] = []
        for centre in request.centres where !centres.contains(where: { $0.id == centre.id }) { centres.append(centre) }
        let queries = PlanningQueries(session)
        var published: [CentreReference] = []
        var planned: [CentreReference] = []
        for centre in centres {
            guard try queries.view(centreID: centre.id, week: request.week).status == .publiee else {
                planned.append(centre)
                continue
            }
            guard request.skipPublished else {
                throw PlanningRefusal.proposalIntoPublishedWeek(centre: centre.name, week: request.week)
            }
            published.append(centre)
        }
        return (planned, published)
    }

    /// Writes every centre's part in one transaction; nil when it changes nothing.
    public func accept(_ proposal: Proposal) throws -> Saved? {
        guard !proposal.edit.additions.isEmpty else { return nil }
        return Saved(edit: try PlanningEditor(session).apply(proposal.edit))
    }
}
