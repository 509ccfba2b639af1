public import Foundation

/// A type whose values can travel inside a one-dimensional PostgreSQL array (`int8[]`,
/// `text[]`, `uuid[]`…), in binary format.
///
/// ```swift
/// let rows = try conn.query("SELECT name FROM centres WHERE id = ANY(\(ids))")   // ids: [Int]
/// let tags = try conn.query("SELECT ARRAY['a', 'b']").single([String].self)
/// ```
public protocol PostgresArrayElement: PostgresEncodable {
    /// The element's own type, written into each array (never ``PostgresType/unspecified``).
    static var postgresElementType: PostgresType { get }
    /// The array type (`_int8`, `_text`…).
    static var postgresArrayType: PostgresType { get }
}

extension Int: PostgresArrayElement {
    public static var postgresElementType: PostgresType { .int8 }
    public static var postgresArrayType: PostgresType { .int8Array }
}

extension Int64: PostgresArrayElement {
    public static var postgresElementType: PostgresType { .int8 }
    public static var postgresArrayType: PostgresType { .int8Array }
}

extension Int32: PostgresArrayElement {
    public static var postgresElementType: PostgresType { .int4 }
    public static var postgresArrayType: PostgresType { .int4Array }
}

extension String: PostgresArrayElement {
    public static var postgresElementType: PostgresType { .text }
    public static var postgresArrayType: PostgresType { .textArray }
}

extension UUID: PostgresArrayElement {
    public static var postgresElementType: PostgresType { .uuid }
    public static var postgresArrayType: PostgresType { .uuidArray }
}

extension PostgresType {
    public static let int4Array = PostgresType(oid: 1007)
    public static let textArray = PostgresType(oid: 1009)
    public static let int8Array = PostgresType(oid: 1016)
    public static let uuidArray = PostgresType(oid: 2951)
}

/// A Swift array binds as a one-dimensional PostgreSQL array: PostgreSQL's binary array
/// format (dimensions, flags, element type, then each element's length and bytes).
extension Array: PostgresEncodable where Element: PostgresArrayElement {
    public static var postgresType: PostgresType { Element.postgresArrayType }

    public func encode(into buffer: inout PostgresEncodingBuffer) {
        buffer.appendInteger(Int32(isEmpty ? 0 : 1))
        buffer.appendInteger(Int32(contains { $0.isPostgresNull } ? 1 : 0))
        buffer.appendInteger(Element.postgresElementType.oid)
        if isEmpty { return }
        buffer.appendInteger(Int32(count))
        buffer.appendInteger(Int32(1))
        for element in self {
            if element.isPostgresNull {
                buffer.appendInteger(Int32(-1))
                continue
            }
            var bytes = PostgresEncodingBuffer()
            element.encode(into: &bytes)
            buffer.appendInteger(Int32(bytes.count))
            buffer.append(bytes)
        }
    }
}

/// A one-dimensional PostgreSQL array decodes into a Swift array of any decodable element
/// (`[Int?]` for an array holding NULLs); an array of more dimensions is refused.
extension Array: PostgresDecodable where Element: PostgresDecodable {
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        guard cell.format == .binary else { throw cell.failure(Self.self, "arrays are read in binary format only") }
        var reader = ArrayReader(bytes: cell.bytes)
        guard let dimensions = reader.int32(), let _ = reader.int32(), let elementOID = reader.uint32() else {
            throw cell.failure(Self.self, "truncated array header")
        }
        guard dimensions <= 1 else { throw cell.failure(Self.self, "array of \(dimensions) dimensions") }
        var elements: [Element] = []
        if dimensions == 0 {
            self = elements
            return
        }
        guard let length = reader.int32(), let _ = reader.int32(), length >= 0 else {
            throw cell.failure(Self.self, "truncated array dimensions")
        }
        elements.reserveCapacity(Int(length))
        for _ in 0..<length {
            guard let size = reader.int32() else { throw cell.failure(Self.self, "truncated array element") }
            let element = PostgresCell(
                type: PostgresType(oid: elementOID), format: .binary, column: cell.column,
                result: cell.result,
                bytes: size < 0 ? UnsafeRawBufferPointer(start: nil, count: 0) : try reader.take(Int(size), cell))
            elements.append(size < 0 ? try Element.decodeNull(cell: element) : try Element(postgresCell: element))
        }
        self = elements
    }
}

/// Reads the big-endian fields of a binary array, never past its end.
private struct ArrayReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    mutating func int32() -> Int32? { uint32().map { Int32(bitPattern: $0) } }

    mutating func uint32() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        defer { offset += 4 }
        return UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    mutating func take(
        _ count: Int, _ cell: borrowing PostgresCell
    ) throws(PostgresDecodingError) -> UnsafeRawBufferPointer {
        guard offset + count <= bytes.count else { throw cell.failure([UInt8].self, "truncated array element") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }
}
