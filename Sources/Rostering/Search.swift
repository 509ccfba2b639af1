import Foundation

/// One simulated-annealing run over a `SearchState`, keeping the best roster it meets.
///
/// Feasible rosters beat infeasible ones; among feasible ones the lower objective wins, among
/// infeasible ones the lower penalty. Cooling follows the iteration budget when there is one
/// (so a seed and a budget give the same run), else the clock.
struct Search {
    var state: SearchState
    var rng: SplitMix
    var temperature = 0.0
    let maxBlock = 7
    var rows = RowOptimizer()
    /// Weeks in a row re-optimisation's window: the whole horizon, halved while too large.
    var rowWeeks: Int
    /// Row re-optimisations are paid from this credit, earned move by move, so that they take
    /// about the same share of the search whatever their size.
    var rowCredit = 0
    let rowCreditPerMove = 60
    /// Moves per cell that one cooling needs to come back to a feasible, good roster (measured
    /// on the synthetic year of 150 people: 50 per cooling lost feasibility, 100 to 200 did not).
    static let sweepsPerCycle = 150.0
    private var undo: [(staff: Int, day: Int, value: Int16)] = []
    private(set) var best: [Int16]
    private(set) var bestSoft: Int
    private(set) var bestHard: Int
    private(set) var iterations = 0
    /// When the search first held a feasible roster.
    private(set) var firstFeasible: ContinuousClock.Instant?

    /// Where each cooling starts: a quarter of the hard weight from the construction (anything
    /// goes at first); from a given roster, the cost of the cheapest person missing on a cover
    /// slot, so that the search improves that roster rather than starting over.
    let hot: Double

    /// `cells`: where to start (``CompiledProblem/cells(of:)``); nil: the construction's roster.
    init(_ problem: CompiledProblem, seed: UInt64, from cells: [Int16]? = nil) {
        rng = SplitMix(seed: seed)
        state = SearchState(problem, cells: cells ?? Construction(problem: problem).build(&rng))
        let cheapest = problem.weightUnder.filter { $0 > 0 }.min()
        hot = cells != nil && cheapest != nil ? Double(cheapest!) : Double(problem.hardWeight) / 4
        rowWeeks = (problem.days + 6) / 7
        best = state.cells
        bestSoft = state.soft
        bestHard = state.hard
        if bestHard == 0 { firstFeasible = .now }
    }

    mutating func change(_ s: Int, _ day: Int, _ value: Int16) {
        undo.append((s, day, state.value(s, day)))
        state.set(s, day, value)
    }

    /// Keeps the pending changes if the annealing criterion accepts them, else undoes them.
    mutating func decide(from before: Int) {
        let delta = state.penalty - before
        if delta <= 0 || Double(delta) < -temperature * log(rng.unit()) {
            undo.removeAll(keepingCapacity: true)
            if isBetterThanBest { keepBest() }
        } else {
            for step in undo.reversed() { state.set(step.staff, step.day, step.value) }
            undo.removeAll(keepingCapacity: true)
        }
    }

    private var isBetterThanBest: Bool {
        if state.hard == 0 { return bestHard > 0 || state.soft < bestSoft }
        return bestHard > 0 && state.penalty < bestSoft + state.problem.hardWeight * bestHard
    }

    private mutating func keepBest() {
        if state.hard == 0, firstFeasible == nil { firstFeasible = .now }
        best = state.cells
        bestSoft = state.soft
        bestHard = state.hard
    }

    /// Repairs the constructed roster at the cold end until it keeps every hard rule (for at most
    /// `repairShare` of the budget), then anneals in geometric coolings over what is left, until
    /// `maxIterations` moves or `deadline`, whichever comes first. The number of coolings follows
    /// the instance: one per `sweepsPerCycle` moves per cell the budget allows, from 1 to 4.
    mutating func run(maxIterations: Int?, deadline: ContinuousClock.Instant, start: ContinuousClock.Instant) {
        let p = state.problem
        let hot = max(self.hot, 1), cold = 0.3
        let repairShare = 0.25
        let total = (deadline - start).seconds
        let cells = Double(max(1, p.staffCount * p.days))
        var progress = 0.0
        var repairing = state.hard > 0
        var annealingStart = 0.0
        var cycles: Int?
        temperature = repairing ? cold : hot
        while true {
            if iterations & 1023 == 0 {
                let now = ContinuousClock.now
                if now >= deadline { break }
                if let maxIterations {
                    progress = Double(iterations) / Double(maxIterations)
                } else {
                    progress = (now - start).seconds / total
                }
                if repairing, state.hard == 0 || progress >= repairShare {
                    repairing = false
                    annealingStart = progress
                }
                if !repairing, cycles == nil, maxIterations != nil || (iterations >= 1 << 16 && progress > 0) {
                    // Moves the whole budget allows, from the pace so far.
                    let budget = maxIterations.map(Double.init) ?? Double(iterations) / progress
                    let sweeps = budget * (1 - annealingStart) / cells
                    cycles = min(4, max(1, Int(sweeps / Self.sweepsPerCycle)))
                }
                if !repairing {
                    let share = (progress - annealingStart) / (1 - annealingStart)
                    let phase = (share * Double(cycles ?? 1)).truncatingRemainder(dividingBy: 1)
                    temperature = hot * pow(cold / hot, phase)
                }
            }
            if let maxIterations, iterations >= maxIterations { break }
            iterations += 1
            rowCredit += rowCreditPerMove
            if rowCredit > 0, rng.below(2_000) == 0 {
                reoptimiseRow()
                continue
            }
            if repairing {
                // The directed moves slow the repair down (first feasible roster on instance 8:
                // 0.4 to 0.6 s without them, 0.5 to 16 s with them).
                switch rng.below(16) {
                case 0..<5: changeOne()
                case 5..<9: swapDay()
                case 9..<12: swapBlock()
                case 12..<14: swapWithinRow()
                default: fillGapAtRandom()
                }
                continue
            }
            switch rng.below(18) {
            case 0..<5: changeOne()
            case 5..<9: swapDay()
            case 9..<12: swapBlock()
            case 12..<14: swapWithinRow()
            case 14..<16: fillGap()
            default: serveRequest()
            }
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
