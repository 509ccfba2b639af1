import MaSante

/// The checked records of a small CSV file (centres, activity), read whole before writing:
/// every bad line is collected, duplicates inside the file are refused.
struct CollectedRecords<Record> {
    var columns: CSVColumns
    var records: [(line: Int, record: Record)] = []
    var issues = IssueCollector()
    var warnings: [ImportIssue] = []

    /// Reads every line with `parse`; `duplicate` gives a record's identity in the file and the
    /// French message for a second line with the same one.
    init(
        _ reader: CSVReader, required: [String], optional: [String],
        parse: (CSVLine, CSVColumns) -> (record: Record?, issues: [ImportIssue], warnings: [ImportIssue]),
        duplicate: (Record) -> (key: String, column: String, message: (Int) -> String)
    ) throws {
        columns = try CSVColumns(header: try reader.readHeader(), required: required, optional: optional)
        var seen = DuplicateFinder<String>()
        do {
            while let line = try reader.next() {
                let parsed = parse(line, columns)
                issues.add(contentsOf: parsed.issues)
                warnings += parsed.warnings
                guard let record = parsed.record else { continue }
                let identity = duplicate(record)
                if let earlier = seen.check(identity.key, line: line.number) {
                    issues.add(
                        ImportIssue(line: line.number, column: identity.column, message: identity.message(earlier)))
                    continue
                }
                records.append((line.number, record))
            }
        } catch {
            issues.add(ImportIssue(line: error.line ?? 0, column: nil, message: error.message))
        }
        if records.isEmpty && issues.isEmpty {
            issues.add(ImportIssue(line: 2, column: nil, message: "le fichier ne contient aucune ligne de données"))
        }
    }
}
