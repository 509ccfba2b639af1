// The import benchmark of issue 4: 20,000 people with contracts and assignments imported
// from one CSV file by masante's PeopleImporter, against a plain binary COPY of the same rows
// into a bare table, in the same process and database. Prints one line per size:
//   case=import_people rows=N import=ROWS_PER_S copy=ROWS_PER_S ratio=IMPORT_OVER_COPY rss_mb=MB parse=ROWS_PER_S
// (parse: reading and checking the file's lines alone, no database)
// (ratio < 1 means the import is slower; the target is import time ≤ 3 × copy time, ratio ≥ 0.33).

import Foundation
import MaSante
import MaSanteStore
import PQ

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let runs = sizes.isEmpty ? [20_000, 100_000] : sizes

/// A valid RPPS from a serial number (Luhn check digit appended).
func rpps(_ serial: Int) -> String {
    let base = String(format: "1%09d", serial)
    return base + String(RPPS.checkDigit(for: base))
}

let professions = ["Médecin généraliste", "Infirmière", "Sage-Femme", "Secrétaire médicale", "medecin_generaliste"]
let centreCount = 26

/// Writes a Windows-1252 personnel file of `count` lines, as Excel would save it.
func writeFile(count: Int, to url: URL) throws {
    var text = "nom;prénom;profession;spécialité;rpps;centre;date d'embauche;heures_hebdo;type_contrat;date_fin\r\n"
    text.reserveCapacity(count * 120)
    for index in 0..<count {
        let profession = professions[index % professions.count]
        let number = profession.hasPrefix("Secr") ? "" : rpps(index + 1)
        let name = "NOM\(index)"
        let hours = index % 4 == 0 ? "17,5" : "35"
        let kind = index % 7 == 0 ? "CDD;31/12/2027" : "CDI;"
        let day = String(format: "%02d/%02d/%d", index % 28 + 1, index % 12 + 1, 2022 + index % 4)
        text += "\(name);Hélène;\(profession);;\(number);Centre \(index % centreCount);\(day);\(hours);\(kind)\r\n"
    }
    try text.data(using: .windowsCP1252)!.write(to: url)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func maxRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

let admin = try Connection()
let database = "masante_import_bench_\(ProcessInfo.processInfo.processIdentifier)"
try admin.execute("DROP DATABASE IF EXISTS \(identifier: database)")
try admin.execute("CREATE DATABASE \(identifier: database)")
defer { _ = try? admin.execute("DROP DATABASE IF EXISTS \(identifier: database) WITH (FORCE)") }

for count in runs {
    let conn = try Connection(conninfo: "dbname=\(database)")
    try conn.runScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    let session = try Session.open(conninfo: "dbname=\(database)")
    defer { session.close() }
    try Migrator(session).migrate()
    let centres = try (0..<centreCount).map { index in
        (index + 1, CentreRecord(
            name: "Centre \(index)", commune: "Commune \(index)", insee: try INSEECode.parse("31\(String(format: "%03d", index + 1))"),
            departement: Departement("31")!, status: .ouvert, openedOn: CalendarDate(year: 2022, month: 7, day: 1),
            partner: nil, hours: OpeningHours()))
    }
    try CentreImporter(session).run(records: centres)

    let file = FileManager.default.temporaryDirectory.appendingPathComponent("bench-personnel-\(count).csv")
    try writeFile(count: count, to: file)
    defer { try? FileManager.default.removeItem(at: file) }

    var summary = ImportSummary()
    let importTime = try seconds {
        summary = try PeopleImporter(session).run(try CSVReader(url: file))
    }
    guard summary.created == count else { fatalError("import created \(summary.created) of \(count)") }
    let importRSS = maxRSSMegabytes()

    // Baseline: the same rows, parsed beforehand, copied into a bare table.
    var records: [PersonRecord] = []
    let parseTime = try seconds {
        let reader = try CSVReader(url: file)
        let columns = try CSVColumns(header: reader.readHeader(), required: PersonRecord.requiredColumns, optional: PersonRecord.optionalColumns)
        while let line = try reader.next() {
            if let record = PersonRecord.parse(line, columns: columns).record { records.append(record) }
        }
    }
    try conn.execute("""
        CREATE TABLE bare (line bigint, last_name text, first_name text, profession text, specialty text, rpps text,
                           centre text, starts_on date, weekly_hours float8, kind text, ends_on date)
        """)
    let copyTime = try seconds {
        try conn.copyIn(table: "bare", columns: ["line", "last_name", "first_name", "profession", "specialty", "rpps",
                                                 "centre", "starts_on", "weekly_hours", "kind", "ends_on"]) { writer in
            for (index, r) in records.enumerated() {
                try writer.writeRow(index + 2, r.lastName, r.firstName, r.profession.rawValue, r.specialty?.code, r.rpps?.digits,
                                    r.centre, r.contract.start, r.contract.weeklyHours, r.contract.type.rawValue, r.contract.end)
            }
        }
    }
    records = []

    let importRate = Double(count) / importTime, copyRate = Double(count) / copyTime
    print("case=import_people rows=\(count) import=\(Int(importRate)) copy=\(Int(copyRate)) ratio=\(String(format: "%.2f", importRate / copyRate)) rss_mb=\(Int(importRSS)) parse=\(Int(Double(count) / parseTime))")
}
