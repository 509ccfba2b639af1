import Foundation
import PQ
import TestSupport
import Testing

/// Everything a registry database holds, as text: the columns of every table of the public
/// schema, every row of them (sorted), and where every identity sequence stands. Two
/// snapshots are equal only when the database is byte for byte the same, so a refused import
/// can be shown to have written nothing, not even a consumed identifier.
struct DatabaseSnapshot: Equatable, CustomTestStringConvertible {
    /// `table.column type` lines of the whole public schema.
    var schema: String
    /// Table name → its rows as `row::text`, one a line, sorted.
    var tables: [String: String]
    /// Sequence name → `last_value is_called`.
    var sequences: [String: String]

    /// The registry's tables, which every snapshot must show (a dropped table would be noticed).
    static let registryTables: Set<String> = [
        "people", "contracts", "assignments", "recruitment_events", "centres", "sites", "opening_hours",
        "collectivites", "centre_status_events", "schema_migrations",
    ]

    init(of database: TemporaryDatabase) throws {
        let conn = try database.connect()
        schema = try conn.query(
            """
            SELECT coalesce(string_agg(table_name || '.' || column_name || ' ' || data_type, E'\n'
                                       ORDER BY table_name, ordinal_position), '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """
        ).single(String.self)
        let tableNames = try conn.query(
            """
            SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1
            """
        ).map { try $0.decode(String.self, column: 0) }
        tables = [:]
        for name in tableNames {
            tables[name] = try conn.query(
                "SELECT coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '') FROM \(identifier: name) t"
            ).single(String.self)
        }
        // The audit trail's numbering is left out: a refused edit may have drawn a number for an
        // entry that its rollback then removed, and a gap there carries no data.
        let sequenceNames = try conn.query(
            """
            SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relname <> 'audit_log_id_seq' ORDER BY 1
            """
        ).map { try $0.decode(String.self, column: 0) }
        sequences = [:]
        for name in sequenceNames {
            sequences[name] = try conn.query(
                "SELECT last_value::text || ' ' || is_called::text FROM \(identifier: name)"
            ).single(String.self)
        }
    }

    /// Short, for failure messages (``changes(since:)`` tells what differs).
    var testDescription: String {
        "snapshot of \(tables.count) tables, \(tables.values.reduce(0) { $0 + $1.split(separator: "\n").count }) rows, \(sequences.count) sequences"
    }

    /// Whether every registry table is there.
    var hasEveryRegistryTable: Bool { DatabaseSnapshot.registryTables.isSubset(of: tables.keys) }

    /// What changed since `earlier`, for failure messages.
    func changes(since earlier: DatabaseSnapshot) -> String {
        var lines: [String] = []
        if schema != earlier.schema { lines.append("schema changed") }
        for name in Set(tables.keys).union(earlier.tables.keys).sorted() where tables[name] != earlier.tables[name] {
            lines.append(
                "table \(name): before ⟨\(earlier.tables[name] ?? "absent")⟩ after ⟨\(tables[name] ?? "absent")⟩")
        }
        for name in Set(sequences.keys).union(earlier.sequences.keys).sorted()
        where sequences[name] != earlier.sequences[name] {
            lines.append(
                "sequence \(name): before \(earlier.sequences[name] ?? "absent") after \(sequences[name] ?? "absent")")
        }
        return lines.isEmpty ? "no change" : lines.joined(separator: "\n")
    }
}

/// A migrated database of its own for one test, reached through the `masante` binary.
struct Registry {
    let database: TemporaryDatabase

    /// Migrates the database with `masante base migrer`; with `examples`, loads
    /// docs/exemples/centres.csv and docs/exemples/personnel.csv (4 centres, 6 people).
    func prepare(examples: Bool) throws {
        let migrate = try runMasante(["base", "migrer", "--base", database.conninfo])
        try #require(migrate.status == 0, "base migrer: \(migrate.stderr)")
        if examples {
            try succeed(["centres", "importer", Examples.centres.path])
            try succeed(["personnel", "importer", Examples.personnel.path])
        }
    }

    /// Runs `masante arguments… --base <this database>`.
    @discardableResult
    func run(_ arguments: [String]) throws -> CLIResult {
        try runMasante(arguments + ["--base", database.conninfo])
    }

    /// Runs the command and requires success.
    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        let result = try run(arguments)
        try #require(
            result.status == 0, "masante \(arguments.joined(separator: " ")) → \(result.status)\n\(result.stderr)",
            sourceLocation: sourceLocation)
        return result
    }

    func snapshot() throws -> DatabaseSnapshot { try DatabaseSnapshot(of: database) }

    /// `personnel liste --format json` decoded, one dictionary per row.
    func staff(_ filters: [String] = []) throws -> [[String: Any]] {
        let result = try succeed(["personnel", "liste", "--format", "json"] + filters)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(json as? [[String: Any]], "not a JSON array: \(result.stdout)")
    }

    /// The last line of `personnel liste` (texte): "Total au … : N personne(s), X ETP".
    func staffTotal(_ filters: [String]) throws -> String {
        let result = try succeed(["personnel", "liste"] + filters)
        return result.stdout.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Drops the database (see ``BatchDropper``).
    func drop() async { await BatchDropper.shared.drop(database) }
}

/// Drops test databases a batch at a time, off the threads that run tests.
///
/// `DROP DATABASE` waits for a checkpoint, and a checkpoint syncs every file written since the
/// last one: the databases of all the tests still running. Dropped one by one, each test paid a
/// checkpoint that synced its neighbours' databases (most of the suite's time). Gathered for a
/// moment and dropped together, databases share one checkpoint, and one created and dropped
/// between two checkpoints is never synced at all.
final class BatchDropper: @unchecked Sendable {
    static let shared = BatchDropper()
    /// How long drops are gathered before they run together.
    static let delay = 1.5

    private let lock = NSLock()
    private var pending: [(database: TemporaryDatabase, done: CheckedContinuation<Void, Never>)] = []

    func drop(_ database: TemporaryDatabase) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            lock.lock()
            pending.append((database, done))
            let first = pending.count == 1
            lock.unlock()
            if first {
                DispatchQueue.global().asyncAfter(deadline: .now() + Self.delay) { self.flush() }
            }
        }
    }

    private func flush() {
        lock.lock()
        let batch = pending
        pending = []
        lock.unlock()
        for item in batch {
            // One thread each, so that all the drops wait for the same checkpoint.
            Thread.detachNewThread {
                try? item.database.drop()
                item.done.resume()
            }
        }
    }
}

/// Runs `body` with a fresh migrated registry (see ``Registry/prepare(examples:)``), dropped
/// afterwards whatever happens.
func withRegistry(examples: Bool = false, _ body: (Registry) throws -> Void) async throws {
    let registry = Registry(database: try TemporaryDatabase(prefix: "masante_registry"))
    do {
        try registry.prepare(examples: examples)
        try body(registry)
    } catch {
        await registry.drop()
        throw error
    }
    await registry.drop()
}

/// Runs `body` on a migrated registry holding the planning fixture (`PlanningFixture.sql`:
/// Millas and Thuir, their opening hours, five people), then drops it.
func withPlanningFixture(_ body: (Registry) throws -> Void) async throws {
    try await withRegistry { registry in
        let conn = try registry.database.connect()
        defer { conn.close() }
        try conn.runScript(PlanningFixture.sql)
        try body(registry)
    }
}

/// Checks a refused command: its exit status, every expected French fragment on stderr,
/// nothing on stdout, and the database exactly as `before`. `context` names the case in failures.
func expectRefused(
    _ result: CLIResult, status: Int32 = 65, mentioning fragments: [String],
    unchanged registry: Registry, since before: DatabaseSnapshot, context: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let prefix = context.isEmpty ? "" : "[\(context)] "
    #expect(result.status == status, "\(prefix)stderr: \(result.stderr)", sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(
            result.stderr.contains(fragment), "\(prefix)« \(fragment) » missing from:\n\(result.stderr)",
            sourceLocation: sourceLocation)
    }
    #expect(result.stdout.isEmpty, "\(prefix)stdout: \(result.stdout)", sourceLocation: sourceLocation)
    let after = try registry.snapshot()
    #expect(
        after.hasEveryRegistryTable, "\(prefix)tables: \(after.tables.keys.sorted())", sourceLocation: sourceLocation)
    #expect(after == before, "\(prefix)\(after.changes(since: before))", sourceLocation: sourceLocation)
}

/// The example files shipped in docs/exemples.
enum Examples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let centres = root.appendingPathComponent("docs/exemples/centres.csv")
    /// Windows-1252, CRLF, French headers with accents.
    static let personnel = root.appendingPathComponent("docs/exemples/personnel.csv")

    static let centreNames = [
        "Centre de santé de Cugnaux", "Centre de santé de Millas", "Centre de santé de Sainte-Croix-Volvestre",
        "Centre de santé de Salviac",
    ]

    /// `personnel liste --format csv` after importing the examples (with a BOM, for Excel).
    static let staffCSV =
        "\u{FEFF}" + """
            nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin;quotite
            BERNARD;Loïc;medecin_generaliste;;10000000025;Centre de santé de Sainte-Croix-Volvestre;2022-07-01;17,5;CDI;;100
            DUPONT;Hélène;secretaire_medical;;;Centre de santé de Millas;2022-09-05;35;CDI;;100
            FAURE;Noël;infirmier;;10000000058;Centre de santé de Sainte-Croix-Volvestre;2023-03-15;35;CDI;;100
            GARCIA;Inès;sage_femme;;10000000033;Centre de santé de Millas;2022-09-05;35;CDD;2025-09-04;100
            MARTIN;Élodie;medecin_generaliste;;10000000017;Centre de santé de Salviac;2022-07-18;35;CDI;;100
            ROUSSEAU;Gaëlle;medecin_specialiste;pediatrie;10000000041;Centre de santé de Salviac;2024-01-02;28;CDI;;100

            """
}

/// The header of the `personnel` CSV format.
let staffHeader = "nom;prenom;profession;specialite;rpps;centre;date_embauche;heures_hebdo;type_contrat;date_fin"

/// A valid RPPS number, different for each `serial`, starting with 2 so it never clashes with
/// the examples' numbers (which start with 1).
func rpps(_ serial: Int) -> String {
    let first10 = "2" + String(format: "%09d", serial)
    let digits = first10.compactMap(\.wholeNumberValue)
    // Luhn over 11 digits: from the right, the check digit is not doubled, the one before it is.
    var sum = 0
    for (offset, digit) in digits.reversed().enumerated() {
        let value = offset % 2 == 0 ? digit * 2 : digit
        sum += value > 9 ? value - 9 : value
    }
    return first10 + String((10 - sum % 10) % 10)
}

/// A folder of files for one test, removed by ``remove()``.
struct ScratchFiles {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("masante-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `data` to a new file and returns its path.
    func write(_ data: Data, name: String = "fichier.csv") throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Writes `text` in UTF-8, one line per element, each ended by `\n`.
    func write(lines: [String], name: String = "fichier.csv") throws -> String {
        try write(Data(lines.map { $0 + "\n" }.joined().utf8), name: name)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// The Windows-1252 bytes of `text` (as Excel writes "CSV (séparateur : point-virgule)").
func windows1252(_ text: String) -> Data {
    let high: [Unicode.Scalar: UInt8] = ["€": 0x80, "’": 0x92, "œ": 0x9C, "Œ": 0x8C, "…": 0x85]
    return Data(
        text.unicodeScalars.map { scalar in
            if let byte = high[scalar] { return byte }
            precondition(scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value), "not in Windows-1252: \(scalar)")
            return UInt8(scalar.value)
        })
}

/// Reads Windows-1252 bytes that hold only Latin-1 letters (as the example file does).
func latin1(_ data: Data) -> String {
    String(String.UnicodeScalarView(data.map { Unicode.Scalar($0) }))
}

/// Text that looks like SQL, to show it is only ever data.
let sqlLookingText = "'); DROP TABLE people; --"
