import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string.
public struct FormFields: Sendable, Hashable {
    private var values: [String: String] = [:]

    public init() {}

    /// Parses `name=value&…`, `+` as a space and `%XX` escapes as UTF-8; the first value of a
    /// repeated name wins; undecodable escapes leave the field out.
    public init(urlEncoded text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), values[name] == nil else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
    }

    public subscript(_ name: String) -> String? { values[name] }

    /// The field without its leading and trailing spaces and line breaks; empty when absent.
    func trimmed(_ name: String) -> String {
        (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The names posted, in no order.
    public var names: [String] { Array(values.keys) }

    static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
