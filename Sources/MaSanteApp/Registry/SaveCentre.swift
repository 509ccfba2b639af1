public import MaSante
public import MaSanteStore

/// What adding or changing a centre did.
public struct SavedCentre: Sendable {
    public var centre: CentreRecord
    /// The centre was already so: nothing changed.
    public var unchanged: Bool
    /// Accepted oddities worth telling (e.g. a département outside Occitanie).
    public var warnings: [ImportIssue]
}

extension FieldRecord {
    /// Checks a centre given as fields like an import line, then writes it.
    func saveCentre(_ session: Session) throws -> SavedCentre {
        let (centre, warnings) = try parsed(
            required: CentreRecord.requiredColumns, optional: CentreRecord.optionalColumns
        ) {
            CentreRecord.parse($0, columns: $1)
        }
        do {
            let summary = try CentreImporter(session).run(records: [(1, centre)])
            return SavedCentre(centre: centre, unchanged: summary.unchanged == 1, warnings: warnings)
        } catch let rejected as ImportRejected {
            throw RegistryError.invalidFields(rejected.issues)
        }
    }
}

/// HR adds a centre, with its opening hours; a name already taken is refused.
public struct AddCentre {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// `fields` by column of the centres import (`nom`, `commune`, `code_insee`, `lundi`…).
    public func run(_ fields: FieldRecord) throws -> SavedCentre {
        let name = fields["nom"] ?? ""
        return try session.transaction {
            guard try CentreQueries(session).record(named: name) == nil else { throw RegistryError.centreExists(name) }
            return try fields.saveCentre(session)
        }
    }
}

/// HR changes a centre: only the fields given change; a closed centre may get its closing date.
public struct ModifyCentre {
    let session: Session

    public init(_ session: Session) { self.session = session }

    /// `name` finds the centre (any case); `fields` holds the new values (by column), absent or nil where unchanged.
    public func run(
        centre name: String, _ fields: FieldRecord, closingOn closing: CalendarDate? = nil
    ) throws -> SavedCentre {
        let queries = CentreQueries(session)
        return try session.transaction {
            let listing = try queries.list()
            guard let row = listing.rows.first(where: { $0[0].plain.lowercased() == name.lowercased() }) else {
                throw RegistryError.unknownCentre(name, known: try queries.names())
            }
            let current = Dictionary(uniqueKeysWithValues: zip(listing.columns, row.map(\.plain)))
            let merged = FieldRecord(
                values: CentreQueries.csvColumns.map { column in
                    (column, column == "nom" ? current["nom"] ?? name : fields[column] ?? current[column])
                })
            let saved = try merged.saveCentre(session)
            if let closing { try queries.setClosingDate(closing, centre: name) }
            return saved
        }
    }
}
