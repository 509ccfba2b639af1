public import MaSante
public import MaSanteStore

/// A centre manager sets how the centre's consultation and same-day hours are cut into slots
/// (`planning creneaux regles`); an empty change only reads them.
public struct ChangeSlotRules {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// Saves `rules` and puts back the standard rule of `resets`, all together or none; returns
    /// the centre's rules after the change.
    public func run(_ rules: [SlotRule], resets: [Activity] = [], centre: CentreReference) throws -> SlotSettings {
        let store = SlotStore(session)
        if !rules.isEmpty || !resets.isEmpty {
            try session.transaction {
                for activity in resets { try store.reset(activity, centreID: centre.id) }
                for rule in rules { try store.set(rule, centreID: centre.id) }
            }
        }
        return try store.settings(centreID: centre.id)
    }

    /// Changes the rule of `activity`: its length and end margin (one left nil keeps the current
    /// value), or with `reset` the standard rule; only reads without an activity or a change.
    /// The current rule is read in the change's transaction. Returns the centre's rules after.
    public func change(
        _ activity: Activity?, length: Int?, endMargin: Int?, reset: Bool, centre: CentreReference
    ) throws -> SlotSettings {
        guard let activity, reset || length != nil || endMargin != nil else { return try run([], centre: centre) }
        if reset { return try run([], resets: [activity], centre: centre) }
        return try session.transaction {
            let current = try SlotStore(session).settings(centreID: centre.id)[activity]
            let rule = try SlotRule(
                activity: activity, length: length ?? current.length, endMargin: endMargin ?? current.endMargin)
            return try run([rule], centre: centre)
        }
    }
}
