import Dispatch
import Synchronization

/// How long and how the solver searches.
///
/// The search stops at `seconds` of wall-clock time or after `maxIterations` moves per parallel
/// search, whichever comes first. With `maxIterations` set and time to spare, the same seed gives
/// the same roster.
public struct SolverOptions: Sendable, Hashable {
    public var seconds: Double
    public var maxIterations: Int?
    public var seed: UInt64
    /// Independent searches run side by side (seeds derived from `seed`); the best is kept.
    public var parallelSearches: Int

    public init(seconds: Double = 60, maxIterations: Int? = nil, seed: UInt64 = 1, parallelSearches: Int = 2) {
        self.seconds = seconds
        self.maxIterations = maxIterations
        self.seed = seed
        self.parallelSearches = max(1, parallelSearches)
    }
}

/// Finds a roster for a `RosterProblem`: feasibility first, then the lowest soft penalty.
///
/// ```swift
/// let result = RosterSolver.solve(problem, options: SolverOptions(seconds: 10, seed: 7))
/// if result.feasible { print(result.objective) } else { print(result.violations) }
/// ```
public enum RosterSolver {
    /// The best roster found; `problem.validationIssues()` must be empty.
    ///
    /// `from`: a roster every search starts from instead of its own construction (a known good
    /// one: if it keeps every hard rule, the best found is never worse than it), its coolings
    /// starting at the cost of the cheapest person missing on a cover slot rather than at a
    /// quarter of the hard weight; its pinned and days-off cells are the problem's, and a shift
    /// type its person may not work is left off.
    public static func solve(
        _ problem: RosterProblem, options: SolverOptions = SolverOptions(), from warm: Roster? = nil
    ) -> RosterResult {
        precondition(problem.validationIssues().isEmpty, "\(problem.validationIssues())")
        let start = ContinuousClock.now
        let deadline = start + .milliseconds(Int(options.seconds * 1000))
        let compiled = CompiledProblem(problem)
        let warmCells = warm.map { compiled.cells(of: $0) }
        let outcomes = Mutex<[Outcome?]>(Array(repeating: nil, count: options.parallelSearches))
        DispatchQueue.concurrentPerform(iterations: options.parallelSearches) { index in
            var seeder = SplitMix(seed: options.seed &+ UInt64(index) &* 0x632B_E59B_D9B4_E019)
            var search = Search(compiled, seed: seeder.next(), from: warmCells)
            search.run(maxIterations: options.maxIterations, deadline: deadline, start: start)
            let outcome = Outcome(
                cells: search.best, soft: search.bestSoft, hard: search.bestHard,
                iterations: search.iterations, firstFeasible: search.firstFeasible)
            outcomes.withLock { $0[index] = outcome }
        }
        let all = outcomes.withLock { $0.compactMap { $0 } }
        let chosen = all.enumerated().min { lhs, rhs in
            (lhs.element.hard, lhs.element.soft, lhs.offset) < (rhs.element.hard, rhs.element.soft, rhs.offset)
        }!.element
        var roster = Roster(staff: problem.staff.count, days: problem.days)
        for s in 0..<problem.staff.count {
            for day in 0..<problem.days {
                let value = chosen.cells[s * problem.days + day]
                roster[s, day] = value < 0 ? nil : Int(value)
            }
        }
        let violations = problem.violations(of: roster)
        return RosterResult(
            roster: roster, objective: problem.objective(of: roster),
            feasible: violations.isEmpty, violations: violations,
            iterations: all.map(\.iterations).reduce(0, +),
            seconds: (ContinuousClock.now - start).seconds,
            firstFeasibleSeconds: all.compactMap(\.firstFeasible).min().map { ($0 - start).seconds })
    }

    private struct Outcome: Sendable {
        let cells: [Int16]
        let soft: Int
        let hard: Int
        let iterations: Int
        let firstFeasible: ContinuousClock.Instant?
    }
}
