/// A value stored in JSON as the text users write (`2026-11-23`, `2026-W49`): decoded with
/// the type's own French-checked `parse`, encoded as its `description`.
public protocol CodableAsText: Codable, CustomStringConvertible {
    static func parse(_ text: String) throws(FieldError) -> Self
}

extension CodableAsText {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Self.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
