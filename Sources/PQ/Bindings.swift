#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The parameters of one statement: values already encoded, with their types and formats.
///
/// Built by string interpolation in a ``Query`` or from a parameter pack when executing a
/// ``PreparedStatement``; never spliced into the SQL text.
public struct PostgresBindings: Sendable {
    /// Where one value lies in `buffer`, and how libpq is to send it.
    @usableFromInline
    struct Parameter: Sendable {
        /// Offset in `buffer`, or -1 for NULL.
        @usableFromInline var offset: Int
        @usableFromInline var length: Int32
        @usableFromInline var type: UInt32
        @usableFromInline var format: Int32

        @inlinable
        init(offset: Int, length: Int32, type: UInt32, format: Int32) {
            self.offset = offset
            self.length = length
            self.type = type
            self.format = format
        }
    }

    @usableFromInline var buffer = PostgresEncodingBuffer()
    @usableFromInline var parameters: [Parameter] = []

    public init() {}

    /// Number of values bound.
    @inlinable public var count: Int { parameters.count }

    /// Encodes and appends one value.
    @inlinable @inline(__always)
    public mutating func append<Value: PostgresEncodable>(_ value: Value) {
        let type = Value.postgresType.oid
        // An untyped value (a String) takes whatever type the server infers, and only the text
        // form is valid for every type: in binary, "1234" inferred as int4 would read as 825373492.
        let format = type == 0 ? PostgresFormat.text : Value.postgresFormat
        if value.isPostgresNull {
            parameters.append(Parameter(offset: -1, length: 0, type: type, format: format.rawValue))
            return
        }
        let start = buffer.count
        value.encode(into: &buffer)
        if format == .text {
            appendText(from: start, type: type)
        } else {
            parameters.append(
                Parameter(offset: start, length: Int32(buffer.count - start), type: type, format: format.rawValue))
        }
    }

    /// Records the text-format value written from `start`.
    @usableFromInline
    mutating func appendText(from start: Int, type: UInt32) {
        let length = Int32(buffer.count - start)
        // libpq reads a text-format parameter up to its first NUL, which would silently truncate
        // it; sent as binary text instead, the server rejects the NUL (22021).
        if length > 0, buffer.withUnsafeBytes({ memchr($0.baseAddress! + start, 0, Int(length)) != nil }) {
            parameters.append(
                Parameter(
                    offset: start, length: length, type: PostgresType.text.oid, format: PostgresFormat.binary.rawValue))
            return
        }
        parameters.append(Parameter(offset: start, length: length, type: type, format: PostgresFormat.text.rawValue))
        // libpq reads a text-format parameter up to its NUL terminator, whatever its length says.
        buffer.appendInteger(UInt8(0))
    }

    @inlinable
    mutating func append<each Value: PostgresEncodable>(pack values: repeat each Value) {
        var count = 0
        for _ in repeat (each Value).self { count += 1 }
        reserveCapacity(count)
        repeat append(each values)
    }

    /// Makes room for `count` more values at once.
    @inlinable
    mutating func reserveCapacity(_ count: Int) {
        parameters.reserveCapacity(parameters.count + count)
        buffer.reserve(16 * count)
    }

    /// Forgets the values, keeping the memory for the next statement.
    @inlinable
    mutating func removeAll() {
        parameters.removeAll(keepingCapacity: true)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with the C arrays `PQexecParams` wants, built on the stack; the pointers
    /// are valid only inside.
    func withLibpqArrays<R>(
        _ body: (
            _ count: Int32, _ types: UnsafePointer<UInt32>?, _ values: UnsafePointer<UnsafePointer<CChar>?>?,
            _ lengths: UnsafePointer<Int32>?, _ formats: UnsafePointer<Int32>?
        ) throws -> R
    ) rethrows -> R {
        let count = parameters.count
        if count == 0 { return try body(0, nil, nil, nil, nil) }
        // An empty buffer has no address; libpq still needs a non-nil pointer for a non-NULL value.
        return try withUnsafePointer(to: CChar(0)) { empty in
            try buffer.withUnsafeBytes { bytes in
                let base = bytes.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) } ?? empty
                return try withUnsafeTemporaryAllocation(of: UnsafePointer<CChar>?.self, capacity: count) { values in
                    try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { types in
                        // Lengths, then formats.
                        try withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * count) { sizes in
                            for (index, parameter) in parameters.enumerated() {
                                values.initializeElement(
                                    at: index, to: parameter.offset < 0 ? nil : base + parameter.offset)
                                types.initializeElement(at: index, to: parameter.type)
                                sizes.initializeElement(at: index, to: parameter.length)
                                sizes.initializeElement(at: count + index, to: parameter.format)
                            }
                            let sizes = UnsafePointer(sizes.baseAddress!)
                            return try body(
                                Int32(count), types.baseAddress, UnsafePointer(values.baseAddress), sizes, sizes + count
                            )
                        }
                    }
                }
            }
        }
    }
}
