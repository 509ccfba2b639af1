/// A problem found in one line of an imported file, in French, located by line and column.
///
/// Importers collect every issue of every line, sort them, and write nothing if there is one.
///
/// ```swift
/// ImportIssue(line: 4, column: "rpps", message: "RPPS invalide « 123 » : 11 chiffres attendus").description
/// // "ligne 4, colonne rpps : RPPS invalide « 123 » : 11 chiffres attendus"
/// ```
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible, Comparable, Codable {
    public var line: Int
    public var column: String?
    public var message: String

    public init(line: Int, column: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public init(line: Int, column: String? = nil, _ error: FieldError) {
        self.init(line: line, column: column, message: error.message)
    }

    public var description: String {
        let place = column.map { "ligne \(line), colonne \($0)" } ?? "ligne \(line)"
        return "\(place) : \(message)"
    }

    /// By line, then column (whole-line issues first), then message.
    public static func < (lhs: ImportIssue, rhs: ImportIssue) -> Bool {
        (lhs.line, lhs.column ?? "", lhs.message) < (rhs.line, rhs.column ?? "", rhs.message)
    }
}
