/// Weights of the soft terms, in points: what a proposal minimises.
public struct PlannerWeights: Sendable, Hashable {
    /// Each person missing below a need's minimum.
    public var belowMinimum = 1_000
    /// Each person missing between a need's minimum and its target.
    public var belowTarget = 100
    /// In a network proposal, each person missing between a need's minimum and what the centre's
    /// own proposal (the centre alone) planned for it: the network keeps every need at least at
    /// the centre-by-centre level where people's hours allow, before it gains elsewhere. Under
    /// half of ``belowMinimum``, so that two needs kept at their level never cost a minimum.
    public var belowReference = 450
    /// Each person beyond a need's target.
    public var overTarget = 50
    /// Each hour away from the contract's weekly hours (prorated to the week's days in contract).
    public var perHourFromContract = 20
    /// Each Saturday, evening slot or home visit more than the least served colleague this week;
    /// half of it per block for each one more than them over the last four weeks.
    public var fairness = 30
    /// An EHPAD round not given to whoever did it last.
    public var continuity = 40
    /// A block planned in a time range its person does not wish to work.
    public var undesired = 60
    /// A block of a time range its person wishes to work, given to someone else or to nobody.
    public var desired = 10
    /// A block on a day its person already works in another centre (travel between sites).
    public var travel = 40

    public init() {}
}
