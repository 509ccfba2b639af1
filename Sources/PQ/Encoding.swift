/// A Swift value that can be sent to PostgreSQL as a bound parameter or a COPY field.
///
/// Conformers write their representation into a ``PostgresEncodingBuffer``; the wrapper
/// never turns a value into SQL text. `Optional` of an encodable type is encodable and
/// becomes `NULL` when `nil`.
public protocol PostgresEncodable {
    /// The type announced to the server; ``PostgresType/unspecified`` lets it infer one.
    static var postgresType: PostgresType { get }
    /// The representation written by ``encode(into:)``.
    static var postgresFormat: PostgresFormat { get }
    /// Whether this value is SQL `NULL` (only `Optional.none` says yes).
    var isPostgresNull: Bool { get }
    /// Appends the value's representation (never called for a `NULL`).
    func encode(into buffer: inout PostgresEncodingBuffer)
}

extension PostgresEncodable {
    public static var postgresFormat: PostgresFormat { .binary }
    public var isPostgresNull: Bool { false }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    public static var postgresType: PostgresType { Wrapped.postgresType }
    public static var postgresFormat: PostgresFormat { Wrapped.postgresFormat }
    public var isPostgresNull: Bool { self.map(\.isPostgresNull) ?? true }
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        self?.encode(into: &buffer)
    }
}

/// The bytes being written for one or more encoded values, in network byte order.
public struct PostgresEncodingBuffer: Sendable {
    @usableFromInline var bytes: [UInt8]

    public init() { bytes = [] }

    init(reservingCapacity capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public var count: Int { bytes.count }

    /// Appends an integer, big-endian.
    @inlinable
    public mutating func appendInteger<T: FixedWidthInteger>(_ value: T) {
        // Typed as UInt8, the bytes take Array's contiguous (memcpy) path; a raw buffer
        // would be appended through the generic Sequence path, several times slower.
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// Appends raw bytes.
    @inlinable
    public mutating func append(contentsOf data: some Sequence<UInt8>) {
        bytes.append(contentsOf: data)
    }

    /// Appends a string's UTF-8 bytes.
    @inlinable
    public mutating func appendUTF8(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func overwriteInt32(_ value: Int32, at offset: Int) {
        precondition(offset >= 0 && offset + 4 <= bytes.count, "overwriteInt32 out of bounds")
        bytes.withUnsafeMutableBytes { $0.storeBytes(of: value.bigEndian, toByteOffset: offset, as: Int32.self) }
    }

    mutating func removeAll(keepingCapacity: Bool) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
    }
}

/// The parameters of one statement: values already encoded, with their types and formats.
///
/// Built by string interpolation in a ``Query`` or from a parameter pack when executing a
/// ``PreparedStatement``; never spliced into the SQL text.
public struct PostgresBindings: Sendable {
    var buffer = PostgresEncodingBuffer()
    /// Offset of each value in `buffer`, or -1 for NULL.
    var offsets: [Int] = []
    var lengths: [Int32] = []
    var types: [UInt32] = []
    var formats: [Int32] = []

    public init() {}

    public var count: Int { offsets.count }

    /// Encodes and appends one value.
    public mutating func append<Value: PostgresEncodable>(_ value: Value) {
        var type = Value.postgresType
        // An untyped value (a String) takes whatever type the server infers, and only the text
        // form is valid for every type: in binary, "1234" inferred as int4 would read as 825373492.
        var format = type == .unspecified ? .text : Value.postgresFormat
        if value.isPostgresNull {
            types.append(type.oid)
            formats.append(format.rawValue)
            offsets.append(-1)
            lengths.append(0)
            return
        }
        let start = buffer.count
        value.encode(into: &buffer)
        // libpq reads a text-format parameter up to its first NUL, which would silently truncate
        // it; sent as binary text instead, the server rejects the NUL (22021).
        if format == .text, buffer.bytes[start...].contains(0) {
            type = .text
            format = .binary
        }
        types.append(type.oid)
        formats.append(format.rawValue)
        offsets.append(start)
        lengths.append(Int32(buffer.count - start))
        // libpq reads a text-format parameter up to its NUL terminator, whatever its length says.
        if format == .text { buffer.appendInteger(UInt8(0)) }
    }

    mutating func append<each Value: PostgresEncodable>(pack values: repeat each Value) {
        var count = 0
        for _ in repeat (each Value).self { count += 1 }
        reserveCapacity(count)
        repeat append(each values)
    }

    /// Makes room for `count` more values at once; appended one by one, each of the five
    /// arrays would be reallocated three or four times for a six-value statement.
    mutating func reserveCapacity(_ count: Int) {
        let total = offsets.count + count
        offsets.reserveCapacity(total)
        lengths.reserveCapacity(total)
        types.reserveCapacity(total)
        formats.reserveCapacity(total)
        buffer.bytes.reserveCapacity(buffer.count + 32 * count)
    }

    /// Calls `body` with the C arrays `PQexecParams` wants; pointers are valid only inside.
    func withLibpqArrays<R>(
        _ body: (
            _ count: Int32, _ types: UnsafePointer<UInt32>?, _ values: UnsafePointer<UnsafePointer<CChar>?>?,
            _ lengths: UnsafePointer<Int32>?, _ formats: UnsafePointer<Int32>?
        ) throws -> R
    ) rethrows -> R {
        if offsets.isEmpty { return try body(0, nil, nil, nil, nil) }
        return try buffer.bytes.withUnsafeBufferPointer { raw in
            // An empty buffer has no address; libpq still needs a non-nil pointer for a non-NULL value.
            try withUnsafePointer(to: CChar(0)) { empty in
                let base = raw.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
                let values: [UnsafePointer<CChar>?] = offsets.map { offset in
                    offset < 0 ? nil : (base.map { $0 + offset } ?? empty)
                }
                return try values.withUnsafeBufferPointer { values in
                    try types.withUnsafeBufferPointer { types in
                        try lengths.withUnsafeBufferPointer { lengths in
                            try formats.withUnsafeBufferPointer { formats in
                                try body(Int32(offsets.count), types.baseAddress, values.baseAddress,
                                         lengths.baseAddress, formats.baseAddress)
                            }
                        }
                    }
                }
            }
        }
    }
}
