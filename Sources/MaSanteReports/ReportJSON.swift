import Foundation

/// The JSON every rendering writes: indented, keys sorted, `/` left as is.
enum ReportJSON {
    /// `value` encoded, without a final line break.
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
