/// Why a CSV file, or one of its lines, cannot be read; the message is in French.
///
/// ```swift
/// CSVError(line: 3, message: "guillemet jamais refermé").description
/// // "ligne 3 : guillemet jamais refermé"
/// ```
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The physical line (1-based) where the problem is, nil for the whole file.
    public var line: Int?
    public var message: String

    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "ligne \($0) : \(message)" } ?? message
    }
}
