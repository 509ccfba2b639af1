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
}
