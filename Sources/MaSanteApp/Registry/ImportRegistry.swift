public import MaSante
public import MaSanteStore

/// HR (or a manager, for activity) imports a CSV file of people, centres, monthly activity or
/// territories (communes, mountain zone, ARS zoning) or posts:
/// all of it or nothing. A bad line refuses the whole file with ``ImportRejected`` (line and
/// column of every problem); otherwise the summary says what was created, updated, unchanged.
public struct ImportRegistry {
    /// What the file holds.
    public enum Kind: Sendable {
        case people, centres, activity, territories, posts
    }

    let session: Session

    public init(_ session: Session) { self.session = session }

    public func run(_ kind: Kind, from input: CSVInput) throws -> ImportSummary {
        try importing {
            switch kind {
            case .people: return try PeopleImporter(session).run(input.reader)
            case .centres: return try CentreImporter(session).run(input.reader)
            case .activity: return try ActivityImporter(session).run(input.reader)
            case .territories: return try TerritoryImporter(session).run(input.reader)
            case .posts: return try PostQueries(session).run(input.reader)
            }
        }
    }
}
