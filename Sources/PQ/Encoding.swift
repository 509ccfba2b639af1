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
    @inlinable public static var postgresFormat: PostgresFormat { .binary }
    @inlinable public var isPostgresNull: Bool { false }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    @inlinable public static var postgresType: PostgresType { Wrapped.postgresType }
    @inlinable public static var postgresFormat: PostgresFormat { Wrapped.postgresFormat }
    @inlinable public var isPostgresNull: Bool { self?.isPostgresNull ?? true }
    @inlinable public func encode(into buffer: inout PostgresEncodingBuffer) {
        self?.encode(into: &buffer)
    }
}

/// The bytes being written for one or more encoded values, in network byte order.
///
/// The appending methods are inlinable, so that encoding a value compiles down to a
/// capacity check and a store in the caller.
public struct PostgresEncodingBuffer: Sendable {
    /// The bytes written (the first `count`), then spare room (initialized bytes, free to
    /// overwrite): unlike `Array.append`, a store into spare room costs only the store.
    @usableFromInline var storage: [UInt8]
    @usableFromInline var used = 0

    public init() { storage = [] }

    init(reservingCapacity capacity: Int) {
        storage = [UInt8](repeating: 0, count: capacity)
    }

    /// Number of bytes written.
    @inlinable public var count: Int { used }

    /// Appends an integer, big-endian.
    @inlinable @inline(__always)
    public mutating func appendInteger<T: FixedWidthInteger>(_ value: T) {
        let offset = used, size = MemoryLayout<T>.size
        reserve(size)
        storage.withUnsafeMutableBytes { $0.storeBytes(of: value.bigEndian, toByteOffset: offset, as: T.self) }
        used = offset + size
    }

    /// Appends raw bytes.
    @inlinable
    public mutating func append(contentsOf data: some Sequence<UInt8>) {
        let done: Void? = data.withContiguousStorageIfAvailable { appendBytes(UnsafeRawBufferPointer($0)) }
        if done == nil {
            for byte in data { appendInteger(byte) }
        }
    }

    /// Appends a string's UTF-8 bytes.
    @inlinable @inline(__always)
    public mutating func appendUTF8(_ string: String) {
        // A native string lends its bytes as they are; another (bridged) one is copied first.
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { appendBytes(UnsafeRawBufferPointer($0)) }
        if done == nil { appendCopiedUTF8(string) }
    }

    @usableFromInline
    mutating func appendCopiedUTF8(_ string: String) {
        var string = string
        string.withUTF8 { appendBytes(UnsafeRawBufferPointer($0)) }
    }

    @inlinable @inline(__always)
    mutating func appendBytes(_ source: UnsafeRawBufferPointer) {
        guard let from = source.baseAddress else { return }
        let offset = used, size = source.count
        reserve(size)
        storage.withUnsafeMutableBytes {
            ($0.baseAddress.unsafelyUnwrapped + offset).copyMemory(from: from, byteCount: size)
        }
        used = offset + size
    }

    /// Skips `size` bytes, to be overwritten once known (a length written before its value).
    @inlinable
    mutating func skip(_ size: Int) {
        reserve(size)
        used += size
    }

    /// Replaces 4 bytes already written (a length written before the value it measures).
    @inlinable @inline(__always)
    mutating func overwriteInt32(_ value: Int32, at offset: Int) {
        precondition(offset >= 0 && offset + 4 <= used, "overwriteInt32 out of bounds")
        storage.withUnsafeMutableBytes { $0.storeBytes(of: value.bigEndian, toByteOffset: offset, as: Int32.self) }
    }

    /// Makes room for `size` more bytes.
    @inlinable @inline(__always)
    mutating func reserve(_ size: Int) {
        if _slowPath(storage.count - used < size) { grow(toAtLeast: used + size) }
    }

    @usableFromInline @inline(never)
    mutating func grow(toAtLeast capacity: Int) {
        // A zeroed array and a copy: appending zeros one by one would cost ~5 instructions a byte.
        var grown = [UInt8](repeating: 0, count: Swift.max(capacity, 2 * storage.count, 64))
        let used = used
        grown.withUnsafeMutableBytes { target in
            storage.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<used])) }
        }
        storage = grown
    }

    /// Forgets the bytes written.
    @inlinable
    mutating func removeAll(keepingCapacity: Bool) {
        if !keepingCapacity { storage = [] }
        used = 0
    }

    /// Calls `body` with the bytes written; the pointer must not escape.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<used])) }
    }
}
