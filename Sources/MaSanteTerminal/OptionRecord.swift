public import MaSante
public import MaSanteApp
import MaSanteStore

/// Builds a one-line record from command options, so `ajouter` and `modifier` run the very
/// checks of the CSV import; problems are reported per option (`--rpps : …`).
public struct OptionRecord {
    /// Column name → value typed by the user (nil when the option was not given).
    public var values: [(column: String, value: String?)]

    public init(values: [(column: String, value: String?)]) { self.values = values }

    /// The same fields as the use cases of MaSanteApp take them.
    public var fields: FieldRecord { FieldRecord(values: values) }

    public var line: CSVLine { fields.line }

    public func columns(required: [String], optional: [String]) throws -> CSVColumns {
        try fields.columns(required: required, optional: optional)
    }

    /// The options read as one line of an import by `parse`, with that import's columns; refused
    /// per option (65).
    public func parsed<Record>(
        required: [String], optional: [String],
        by parse: (CSVLine, CSVColumns) -> (record: Record?, issues: [ImportIssue])
    ) throws -> Record {
        let parsed = parse(line, try columns(required: required, optional: optional))
        guard let record = parsed.record, parsed.issues.isEmpty else { throw Self.failure(parsed.issues) }
        return record
    }

    /// The French failure for issues found in the options (exit 65, nothing written).
    public static func failure(_ issues: [ImportIssue]) -> UserFailure {
        UserFailure(RegistryError.invalidFields(issues).optionMessage, kind: .badData)
    }
}

/// Parses one option's value with a domain parser, naming the option in the French error.
public func parseOption<T>(_ name: String, _ text: String, _ parse: (String) throws(FieldError) -> T) throws -> T {
    do {
        return try parse(text)
    } catch {
        throw UserFailure("option --\(name) : \(error.message)", kind: .badData)
    }
}

/// A name or free text option (`--motif`, `--note`…) checked by the rules of ``TypedText``,
/// naming the option in the French error (exit 65).
@discardableResult
public func typedOption(_ name: String, _ text: String?, as kind: TypedText.Kind) throws -> String? {
    guard let text else { return nil }
    try parseOption(name, text) { (text: String) throws(FieldError) in try TypedText.check(text, as: kind) }
    return text
}

/// The help of every option naming a week.
public let weekOptionHelp = "La semaine : 2026-W50, une date de la semaine (07/12/2026), « courante » ou « prochaine »"

extension OptionRecord {
    /// Runs `body`, saying a refusal by the checks of a planning file's line per option (65).
    public static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let rejected as ImportRejected {
            throw failure(rejected.issues)
        }
    }
}
