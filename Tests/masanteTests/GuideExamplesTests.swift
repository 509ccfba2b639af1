import Foundation
import MaSanteStore
import PQ
import TestSupport
import Testing

/// Every `masante …` example of the guides, run on the demo network under the role the guide is
/// written for, in the guide's order, on one database per guide (what an example changes, the
/// next one sees, as for a reader following the guide). Where a guide shows the output, the
/// output must match (see ``DocumentedOutput``): a guide that drifts from the tool fails here.
/// A command must succeed (exit 0, or 1 for findings); one whose block shows its output may also
/// be a refusal the guide explains (65, 77), the output being then what is checked. A usage error
/// (64), an unreachable base (69) or an internal error (70) always fails.
///
/// What is not run: the lines of a ```sh block that do not start with `masante` (`export`,
/// `eval`, `psql`, `scripts/db`, `scripts/demo`, `sudo …`, backup scripts and cron lines: they act
/// on a server or a checkout, not on the demo; `PGOPTIONS=… masante …` in exploitation.md, whose
/// file is an imaginary huge one) and shell tails after `||` or `|` (`|| logger …`). Handled
/// explicitly: a `--base` written in a guide (a production server, a restored base) and the
/// guide's `export MASANTE_BASE=…` lines are replaced by the test's demo database and login;
/// `> file` writes in a scratch folder (where `docs/` leads to the repository's); `&&` runs the
/// next command only after a success; `--mot-de-passe-stdin` gets a password on standard input.
/// `base migrer` and `demo` run as the superuser, as the guides say they are the administrator's
/// on the server; guide-region §11's SQL runs through PQ as the region login.
///
/// `MASANTE_GUIDE_OUTPUT=/some/folder` writes what each example printed to `<guide>.txt` there,
/// to update a guide after a change of the tool.
@Suite struct GuideExamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let millas = "Centre de santé de Millas"

    /// Who runs a guide's examples.
    struct Reader {
        var role: UserRole
        var centres: [String] = []
    }

    /// The guides and their readers; `others` gives another reader to the commands whose words
    /// start with the key, where the guide says someone else does them (guide-region: the HR
    /// record a late hire, load the territories and set the posts; the managers declare their
    /// centre's activity).
    static let guides: [String: (reader: Reader, others: [[String]: Reader])] = [
        "docs/guide-rh.md": (Reader(role: .rh), [:]),
        "docs/guide-responsable.md": (Reader(role: .responsable, centres: [millas]), [:]),
        "docs/guide-region.md": (
            Reader(role: .region),
            [
                ["personnel"]: Reader(role: .rh),
                ["territoires", "importer"]: Reader(role: .rh),
                ["postes", "definir"]: Reader(role: .rh),
                ["postes", "importer"]: Reader(role: .rh),
                ["activite"]: Reader(role: .responsable, centres: [millas]),
            ]
        ),
        "docs/securite.md": (Reader(role: .admin), [:]),
        "docs/exploitation.md": (Reader(role: .admin), [:]),
        "README.md": (Reader(role: .admin), [:]),
    ]

    @Test func theHRGuideRunsAsAnHRLogin() async throws {
        try await runGuide("docs/guide-rh.md")
    }

    @Test func theManagersGuideRunsAsTheManagerOfMillas() async throws {
        try await runGuide("docs/guide-responsable.md")
    }

    @Test func theRegionsGuideRunsAsARegionLoginAndItsSQLReadsOnlyAggregates() async throws {
        try await runGuide("docs/guide-region.md") { examples, database, login in
            let queries = examples.listings.filter { $0.language == "sql" && $0.section.hasPrefix("11.") }
            #expect(!queries.isEmpty, "guide-region §11 shows no SQL")
            let conn = try Connection(conninfo: "dbname=\(database) user=\(login) password=\(DemoRoles.password)")
            defer { conn.close() }
            for listing in queries {
                for statement in listing.text.components(separatedBy: ";\n") {
                    let sql = statement.trimmingCharacters(
                        in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
                    guard !sql.isEmpty, !sql.hasPrefix("--") || sql.contains("\n") else { continue }
                    do {
                        let rows = try conn.query(Query(unsafeSQL: sql))
                        #expect(rows.count > 0, "docs/guide-region.md:\(listing.line): no row\n\(sql)")
                    } catch {
                        Issue.record(
                            "docs/guide-region.md:\(listing.line) as the Region: \(String(reflecting: error))\n\(sql)")
                    }
                }
            }
        }
    }

    @Test func theSecurityGuideRunsAsAnAdministrator() async throws {
        try await runGuide("docs/securite.md")
    }

    @Test func theOperationsGuideRunsAsAnAdministrator() async throws {
        try await runGuide("docs/exploitation.md")
    }

    @Test func theReadmeRunsAsAnAdministrator() async throws {
        try await runGuide("README.md")
    }

    @Test func everyGuideWithExamplesIsRunByATest() throws {
        let docs = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("docs").path)
        for name in docs.filter({ $0.hasSuffix(".md") }).map({ "docs/\($0)" }) + ["README.md"] {
            let examples = GuideExamples.parse(
                try String(contentsOf: Self.root.appendingPathComponent(name), encoding: .utf8))
            if examples.blocks.contains(where: { !$0.commands.isEmpty }) {
                #expect(Self.guides[name] != nil, "\(name) has masante examples but no reader in GuideExamplesTests")
            }
        }
    }

    /// Runs every example of `file` on a fresh demo database, then `more` with the parsed guide,
    /// the database's name and the guide's login.
    func runGuide(
        _ file: String,
        more: (GuideExamples, String, String) throws -> Void = { _, _, _ in },
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let (reader, others) = try #require(Self.guides[file])
        let examples = GuideExamples.parse(
            try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8))
        try #require(examples.blocks.contains { !$0.commands.isEmpty }, "\(file): no example found")
        try await DemoRoles.with(role: reader.role, centres: reader.centres) { fixture, login in
            let database = fixture.registry.database.name
            let conn = try fixture.registry.database.connect()
            defer { conn.close() }
            let accounts = UserAccounts(connection: conn)
            var logins: [[String]: String] = [:] // command's first words → login
            for (words, other) in others {
                let name = "\(other.role.rawValue)-\(words.joined(separator: "-"))-\(fixture.suffix)"
                try accounts.create(login: name, role: other.role, password: DemoRoles.password, centres: other.centres)
                logins[words] = name
            }
            var created: Set<String> = [] // logins a guide's own example creates
            defer {
                for name in Array(logins.values) + Array(created) { try? accounts.remove(login: name) }
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "masante-guide-\(fixture.suffix)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent("docs"),
                withDestinationURL: Self.root.appendingPathComponent("docs"))
            var transcript = ""
            for block in examples.blocks where !block.commands.isEmpty {
                var printed = ""
                var previous: Int32 = 0
                for command in block.commands where !command.afterSuccess || previous == 0 {
                    let who =
                        Self.superuserCommand(command.arguments)
                        ? nil
                        : logins.first { command.arguments.starts(with: $0.key) }?.value ?? login
                    let result = try Self.execute(command, database: database, login: who, in: folder)
                    if command.arguments.starts(with: ["utilisateur", "ajouter"]),
                        let at = command.arguments.firstIndex(of: "--identifiant"), at + 1 < command.arguments.count
                    {
                        created.insert(command.arguments[at + 1])
                    }
                    previous = result.status
                    printed += result.output
                    let place = "\(file):\(command.line): masante \(command.arguments.joined(separator: " "))"
                    transcript += "=== \(place) → \(result.status)\n\(result.output)"
                    let allowed: Set<Int32> = block.output == nil ? [0, 1] : [0, 1, 65, 77]
                    #expect(
                        allowed.contains(result.status), "\(place) → exit \(result.status)\n\(result.output)",
                        sourceLocation: sourceLocation)
                }
                if let output = block.output,
                    let missing = DocumentedOutput.firstMissingLine(expected: output, actual: printed)
                {
                    Issue.record(
                        "\(file):\(block.line): documented line not printed:\n  \(missing)\nprinted:\n\(printed)",
                        sourceLocation: sourceLocation)
                }
            }
            if let dump = ProcessInfo.processInfo.environment["MASANTE_GUIDE_OUTPUT"] {
                let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".txt"
                try transcript.write(
                    toFile: URL(fileURLWithPath: dump).appendingPathComponent(name).path,
                    atomically: true, encoding: .utf8)
            }
            try more(examples, database, login)
        }
    }

    /// The commands a guide says are the superuser's: migrations, and loading the demo network
    /// into a base the administrator created empty.
    static func superuserCommand(_ arguments: [String]) -> Bool {
        arguments.starts(with: ["base", "migrer"]) || arguments.starts(with: ["demo"])
    }

    /// What a command printed (standard output and error interleaved, as on a terminal) and its
    /// exit status.
    struct Outcome {
        var status: Int32
        var output: String
    }

    /// Runs `masante` with the command's words, the guide's `--base` replaced by the demo
    /// database (as `login`, or the superuser when nil), in `folder` (where `docs/` leads to the
    /// repository's docs). `--mot-de-passe-stdin` gets a password on its standard input.
    static func execute(
        _ command: GuideExamples.Command, database: String, login: String?, in folder: URL
    ) throws -> Outcome {
        var arguments: [String] = []
        var words = command.arguments.makeIterator()
        while let word = words.next() {
            if word == "--base" { _ = words.next(); continue }
            if word.hasPrefix("--base=") { continue }
            arguments.append(word)
        }
        let base = login.map { "dbname=\(database) user=\($0) password=\(DemoRoles.password)" } ?? "dbname=\(database)"
        let process = Process()
        process.executableURL = masanteBinary
        process.arguments = arguments + ["--base", base]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["MASANTE_BASE"] = nil
        environment["COLUMNS"] = nil
        process.environment = environment
        let merged = Pipe()
        process.standardError = merged
        var file: FileHandle?
        if let target = command.stdoutFile {
            let url = target == "/dev/null" ? URL(fileURLWithPath: target) : folder.appendingPathComponent(target)
            if target != "/dev/null" { FileManager.default.createFile(atPath: url.path, contents: nil) }
            file = try FileHandle(forWritingTo: url)
            process.standardOutput = file
        } else {
            process.standardOutput = merged
        }
        let input = Pipe()
        let password = arguments.contains("--mot-de-passe-stdin")
        process.standardInput = password ? input : FileHandle.nullDevice
        try process.run()
        if password {
            input.fileHandleForWriting.write(Data("un-mot-de-passe-de-guide\n".utf8))
            try input.fileHandleForWriting.close()
        }
        let data = merged.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try file?.close()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
