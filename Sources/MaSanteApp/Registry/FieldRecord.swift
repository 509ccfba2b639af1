public import MaSante

/// A one-line record built from the fields of a form (or the options of a command), by CSV
/// column, so adding or changing one row runs the very checks of the CSV import.
public struct FieldRecord: Sendable {
    /// Column name → value typed by the user (nil when the field was not given).
    public var values: [(column: String, value: String?)]

    public init(values: [(column: String, value: String?)]) { self.values = values }

    /// The fields as line 1 of a file whose header is their columns.
    public var line: CSVLine { CSVLine(number: 1, fields: values.map { $0.value ?? "" }) }

    /// The columns of that file, checked against those a record type requires and allows.
    public func columns(required: [String], optional: [String]) throws(CSVError) -> CSVColumns {
        try CSVColumns(header: values.map(\.column), required: required, optional: optional)
    }

    /// The value given for `column`, if any.
    public subscript(column: String) -> String? {
        values.first { $0.column == column }?.value ?? nil
    }

    /// Parses the fields with `parse` (a record type's import parser); refused fields throw
    /// ``RegistryError/invalidFields(_:)``.
    func parsed<Record>(
        required: [String], optional: [String],
        _ parse: (CSVLine, CSVColumns) -> (record: Record?, issues: [ImportIssue], warnings: [ImportIssue])
    ) throws(RegistryError) -> (record: Record, warnings: [ImportIssue]) {
        let columns: CSVColumns
        do {
            columns = try self.columns(required: required, optional: optional)
        } catch {
            throw .invalidFields([ImportIssue(line: 1, column: nil, message: error.description)])
        }
        let result = parse(line, columns)
        guard let record = result.record, result.issues.isEmpty else { throw .invalidFields(result.issues) }
        return (record, result.warnings)
    }
}
