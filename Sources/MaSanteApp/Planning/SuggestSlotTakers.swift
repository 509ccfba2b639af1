public import MaSante
public import MaSanteStore

/// « Qui peut prendre ce créneau ? »: each person assigned to the centre that day whose profession
/// allows the activity, ranked, with why or why not. Nothing is written.
public struct SuggestSlotTakers {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The candidates for `slot` in the centre (the slot's own centre id is ignored).
    public func run(centre: CentreReference, slot: CandidateSlot) throws -> SlotSuggestion {
        try SlotSuggestions(session).suggest(centreID: centre.id, slot: slot)
    }
}
