/// Everything a proposal for one centre's week starts from: the needs, the people who could work
/// there, the shifts already planned (in every centre: they stay as they are), the earlier weeks
/// for the rules that look back, and who did each EHPAD's rounds lately (continuity).
public struct PlanningRequest: Sendable {
    public var week: ISOWeek
    public var centre: CentreContext
    public var needs: [CoverNeed]
    /// People assigned to the centre during the week, with their contracts and assignments.
    public var people: [PersonContext]
    /// Every shift of these people in the week, wherever they are planned.
    public var existing: [Shift]
    /// Earlier weeks' shifts of these people (rest, 12-week average, continuity).
    public var history: [Shift]
    /// Every centre where these people work, for the checker.
    public var centres: [CentreContext]
    /// The people's standing wishes (unavailable, undesired, desired time ranges).
    public var preferences: [StaffPreference]

    public init(
        week: ISOWeek, centre: CentreContext, needs: [CoverNeed], people: [PersonContext], existing: [Shift],
        history: [Shift], centres: [CentreContext], preferences: [StaffPreference] = []
    ) {
        self.week = week
        self.centre = centre
        self.needs = needs
        self.people = people
        self.existing = existing
        self.history = history
        self.centres = centres
        self.preferences = preferences
    }
}
