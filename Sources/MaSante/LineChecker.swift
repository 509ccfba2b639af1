import Foundation

/// Reads the fields of one CSV line for a record, collecting an issue for every bad field instead
/// of stopping at the first.
struct LineChecker {
    let line: CSVLine
    let columns: CSVColumns
    private(set) var issues: [ImportIssue] = []

    init(_ line: CSVLine, _ columns: CSVColumns) {
        self.line = line
        self.columns = columns
    }

    /// The trimmed field.
    func text(_ column: String) -> String { columns.value(column, in: line) }

    /// The field as typed, trimmed, runs of spaces made one.
    func collapsed(_ column: String) -> String {
        text(column).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A name as typed (see `collapsed`); an issue when empty, too long or holding a control
    /// character (see ``TypedText``). A reference to a person (`NOM Prénom`) is checked as free text.
    mutating func name(_ column: String, missing: String, as kind: TypedText.Kind = .name) -> String {
        guard checkTyped(column, as: kind) else { return "" }
        let name = collapsed(column)
        if name.isEmpty { report(column, missing) }
        return name
    }

    /// An optional free text (a place, a partner) as typed (see `collapsed`); an issue when it
    /// breaks the rules of ``TypedText``.
    mutating func freeText(_ column: String, as kind: TypedText.Kind = .freeText) -> String {
        checkTyped(column, as: kind) ? collapsed(column) : ""
    }

    private mutating func checkTyped(_ column: String, as kind: TypedText.Kind) -> Bool {
        do {
            try TypedText.check(text(column), as: kind)
            return true
        } catch {
            report(column, error.message)
            return false
        }
    }

    /// The parsed field, or nil with an issue; an empty field gives `missing` when one is given.
    mutating func parse<Value>(
        _ column: String, missing: String? = nil,
        _ parse: (String) throws(FieldError) -> Value
    ) -> Value? {
        let value = text(column)
        if value.isEmpty, let missing {
            report(column, missing)
            return nil
        }
        do {
            return try parse(value)
        } catch {
            report(column, error.message)
            return nil
        }
    }

    /// The parsed field, nil without an issue when it is empty.
    mutating func optional<Value>(_ column: String, _ parse: (String) throws(FieldError) -> Value) -> Value? {
        text(column).isEmpty ? nil : self.parse(column, parse)
    }

    mutating func report(_ column: String?, _ message: String) {
        issues.append(ImportIssue(line: line.number, column: column, message: message))
    }
}
