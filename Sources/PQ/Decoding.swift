internal import CLibPQ

/// A Swift value that can be read from a column of a result.
///
/// Conformers read a ``PostgresCell``; the cell is borrowed and cannot outlive the call,
/// so no pointer into libpq's memory escapes. `Optional` of a decodable type is decodable
/// and turns `NULL` into `nil`; a non-optional type throws on `NULL`.
public protocol PostgresDecodable {
    /// Decodes a non-NULL value.
    init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError)
    /// The value for SQL `NULL`; by default an error.
    static func decodeNull(cell: borrowing PostgresCell) throws(PostgresDecodingError) -> Self
}

extension PostgresDecodable {
    public static func decodeNull(cell: borrowing PostgresCell) throws(PostgresDecodingError) -> Self {
        throw cell.failure(Self.self, "unexpected NULL")
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        self = .some(try Wrapped(postgresCell: cell))
    }

    public static func decodeNull(cell: borrowing PostgresCell) throws(PostgresDecodingError) -> Self { nil }
}

/// One value of a result, as libpq holds it, lent to a decoder for the duration of a call.
public struct PostgresCell: ~Copyable {
    /// The column's PostgreSQL type.
    public let type: PostgresType
    public let format: PostgresFormat
    /// Zero-based column index, and the column's name (for error messages).
    public let column: Int
    @usableFromInline let result: OpaquePointer
    @usableFromInline let bytes: UnsafeRawBufferPointer

    @inlinable
    init(type: PostgresType, format: PostgresFormat, column: Int, result: OpaquePointer, bytes: UnsafeRawBufferPointer)
    {
        self.type = type
        self.format = format
        self.column = column
        self.result = result
        self.bytes = bytes
    }

    /// The column's name in the result.
    public var columnName: String? {
        PQfname(result, Int32(column)).map { String(cString: $0) }
    }

    /// Number of bytes in the value.
    @inlinable public var count: Int { bytes.count }

    /// The value's bytes read as UTF-8 text (invalid sequences are repaired).
    @inlinable public var utf8String: String { String(decoding: bytes, as: UTF8.self) }

    /// Reads a whole big-endian integer of exactly `T`'s size.
    @inlinable
    public func readInteger<T: FixedWidthInteger>(as: T.Type = T.self) throws(PostgresDecodingError) -> T {
        try readInteger(at: 0, as: T.self, exact: true)
    }

    /// Reads a big-endian integer at `offset`; with `exact`, the cell must hold nothing else.
    @inlinable
    public func readInteger<T: FixedWidthInteger>(
        at offset: Int, as: T.Type = T.self, exact: Bool = false
    ) throws(PostgresDecodingError) -> T {
        let size = MemoryLayout<T>.size
        guard offset >= 0, offset + size <= bytes.count, !exact || bytes.count == size else {
            throw sizeError(T.self, size)
        }
        return T(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    @usableFromInline
    func sizeError(_ type: Any.Type, _ size: Int) -> PostgresDecodingError {
        failure(type, "expected \(size) bytes, found \(bytes.count)")
    }

    /// Gives temporary access to the raw bytes; the pointer must not escape `body`.
    @inlinable
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(bytes)
    }

    /// The error a decoder throws when it cannot read this cell as `swiftType`.
    public func failure(_ swiftType: Any.Type, _ reason: String) -> PostgresDecodingError {
        PostgresDecodingError(
            column: column, columnName: columnName, postgresType: type,
            swiftType: String(describing: swiftType), reason: reason)
    }

    /// Throws unless the column has one of `types` in binary format.
    public func require(_ types: PostgresType..., for swiftType: Any.Type) throws(PostgresDecodingError) {
        guard format == .binary, types.contains(type) else {
            throw failure(
                swiftType, "unsupported column type (expected \(types.map(\.description).joined(separator: " or ")))")
        }
    }
}
