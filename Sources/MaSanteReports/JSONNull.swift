/// An optional that a JSON document writes as `null` when absent, rather than leaving its key
/// out as a synthesized `Encodable` does: every key of our documents is always there.
///
/// ```swift
/// struct Service: Encodable { var jour: String; @JSONNull var lieu: String? }
/// // {"jour":"2026-12-07","lieu":null}
/// ```
@propertyWrapper
struct JSONNull<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
