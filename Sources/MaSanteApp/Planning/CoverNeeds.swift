public import MaSante
public import MaSanteStore

/// What a centre needs covered each week, read by « Proposer la semaine »: the recorded needs, or
/// those its opening hours imply.
public struct CoverNeeds {
    /// The needs in weekday, start and activity order, and whether the centre recorded them.
    public struct Outcome: Sendable {
        public var needs: [CoverNeed]
        public var recorded: Bool
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    /// The centre's needs. Reads only.
    public func list(centre: CentreReference) throws -> Outcome {
        let (needs, recorded) = try CentreNeedsStore(session).needs(centreID: centre.id)
        let sorted = needs.sorted {
            ($0.weekday, $0.start, $0.activity.rawValue) < ($1.weekday, $1.start, $1.activity.rawValue)
        }
        return Outcome(needs: sorted, recorded: recorded)
    }

    /// Replaces the centre's needs by a file's, in one transaction: `ImportRejected` lists every
    /// bad line and nothing is written. The number of needs saved.
    public func replace(centre: CentreReference, with reader: CSVReader) throws -> Int {
        try importing { try CentreNeedsStore(session).importFile(centreID: centre.id, reader) }
    }
}
