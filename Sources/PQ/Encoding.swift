#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    /// How many bytes ``encode(into:)`` will append, when that is known without encoding
    /// (8 for an `int8`, a string's UTF-8 length); nil (the default) otherwise. A COPY field
    /// starts with its length: knowing it beforehand saves going back to fill it in.
    var postgresEncodedSize: Int? { get }
    /// Appends the value's length (big-endian `int4`), then its representation, as a field of
    /// a binary COPY row; false when the bytes written are not as many as
    /// ``postgresEncodedSize`` announced. The default writes the length from
    /// ``postgresEncodedSize``, or goes back to fill it in after ``encode(into:)``; a type that
    /// can do both at once (a string) provides its own.
    func encodeLengthPrefixed(into buffer: inout PostgresEncodingBuffer) -> Bool
}

extension PostgresEncodable {
    @inlinable public static var postgresFormat: PostgresFormat { .binary }
    @inlinable public var isPostgresNull: Bool { false }
    @inlinable public var postgresEncodedSize: Int? { nil }

    @inlinable @inline(__always)
    public func encodeLengthPrefixed(into buffer: inout PostgresEncodingBuffer) -> Bool {
        if let size = postgresEncodedSize {
            // The length first, then the bytes: one capacity check for both.
            buffer.reserve(4 &+ size)
            buffer.appendInteger(Int32(size))
            let end = buffer.count &+ size
            encode(into: &buffer)
            return buffer.count == end
        }
        let lengthOffset = buffer.count
        buffer.skip(4)
        encode(into: &buffer)
        buffer.overwriteInt32(Int32(buffer.count &- lengthOffset &- 4), at: lengthOffset)
        return true
    }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    @inlinable public static var postgresType: PostgresType { Wrapped.postgresType }
    @inlinable public static var postgresFormat: PostgresFormat { Wrapped.postgresFormat }
    @inlinable public var isPostgresNull: Bool { self?.isPostgresNull ?? true }
    @inlinable public func encode(into buffer: inout PostgresEncodingBuffer) {
        self?.encode(into: &buffer)
    }
    @inlinable public var postgresEncodedSize: Int? { self?.postgresEncodedSize ?? nil }
    @inlinable @inline(__always)
    public func encodeLengthPrefixed(into buffer: inout PostgresEncodingBuffer) -> Bool {
        self?.encodeLengthPrefixed(into: &buffer) ?? true
    }
}

/// The bytes being written for one or more encoded values, in network byte order.
///
/// Handed to ``PostgresEncodable/encode(into:)`` as an `inout` parameter. It owns its memory
/// alone (it is not copyable, so no copy-on-write check is needed before a store), and the
/// appending methods are inlinable: encoding a value compiles down to a capacity check and
/// a store in the caller.
///
/// ```swift
/// var buffer = PostgresEncodingBuffer()
/// 42.encode(into: &buffer)          // 8 bytes, big-endian
/// buffer.count                      // 8
/// ```
@frozen
public struct PostgresEncodingBuffer: ~Copyable, @unchecked Sendable {
    /// The allocation (nil until the first byte); `used` bytes written, then `capacity - used`
    /// uninitialized ones. A buffer may start with bytes that are not its values (a
    /// ``PostgresBindings`` keeps its parameter list and SQL text in front of them): growing
    /// keeps everything before `used`.
    @usableFromInline var base: UnsafeMutableRawPointer?
    @usableFromInline var capacity: Int
    @usableFromInline var used: Int

    public init() {
        base = nil
        capacity = 0
        used = 0
    }

    /// An empty buffer with room for `capacity` bytes.
    @usableFromInline
    init(reservingCapacity capacity: Int) {
        base = capacity > 0 ? Self.allocate(capacity) : nil
        self.capacity = max(capacity, 0)
        used = 0
    }

    /// Takes over memory from ``relinquish()``.
    @inlinable @inline(__always)
    init(adopting base: UnsafeMutableRawPointer?, capacity: Int, used: Int) {
        self.base = base
        self.capacity = capacity
        self.used = used
    }

    /// Gives up the memory without freeing it, for ``init(adopting:capacity:used:)``.
    @inlinable @inline(__always)
    consuming func relinquish() -> (base: UnsafeMutableRawPointer?, capacity: Int, used: Int) {
        let parts = (base, capacity, used)
        discard self
        return parts
    }

    /// Moves the bytes and the memory into a new buffer, leaving this one empty, for ``restore(_:)``.
    @inlinable @inline(__always)
    mutating func take() -> PostgresEncodingBuffer {
        let taken = PostgresEncodingBuffer(adopting: base, capacity: capacity, used: used)
        base = nil
        capacity = 0
        used = 0
        return taken
    }

    /// Takes back the memory of a buffer made by ``take()``; this one must be empty.
    @inlinable @inline(__always)
    mutating func restore(_ taken: consuming PostgresEncodingBuffer) {
        (base, capacity, used) = taken.relinquish()
    }

    deinit { Self.free(base) }

    /// `byteCount` bytes from malloc, aligned for any integer.
    ///
    /// Not `UnsafeMutableRawPointer.allocate`: on Linux, Swift's runtime serves every
    /// allocation that asks for no more than the default alignment through posix_memalign,
    /// which costs about 30 instructions more than malloc, once per interpolated statement.
    @usableFromInline
    static func allocate(_ byteCount: Int) -> UnsafeMutableRawPointer {
        guard let memory = malloc(byteCount) else { fatalError("out of memory (\(byteCount) bytes)") }
        return memory
    }

    /// Frees memory from ``allocate(_:)``.
    @usableFromInline
    static func free(_ memory: UnsafeMutableRawPointer?) {
        #if canImport(Glibc)
            Glibc.free(memory)
        #elseif canImport(Darwin)
            Darwin.free(memory)
        #endif
    }

    /// Number of bytes written.
    @inlinable public var count: Int { used }

    /// Appends an integer, big-endian.
    @inlinable @inline(__always)
    public mutating func appendInteger<T: FixedWidthInteger>(_ value: T) {
        let offset = used, size = MemoryLayout<T>.size
        reserve(size)
        (base.unsafelyUnwrapped + offset).storeBytes(of: value.bigEndian, as: T.self)
        // Wrapping: `used + size` fits, since `reserve` made `capacity` at least that.
        used = offset &+ size
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
        if done == nil {
            let size = string.utf8.count
            guard size > 0 else { return }
            reserve(size)
            Self.copyUTF8(of: string, to: base.unsafelyUnwrapped + used)
            used &+= size
        }
    }

    /// Appends a string's UTF-8 length (big-endian `int4`), then its bytes: a COPY field.
    /// The string is asked for its bytes once (not for its length, then its bytes), and its
    /// length and bytes take one capacity check.
    @inlinable @inline(__always)
    mutating func appendLengthPrefixedUTF8(_ string: String) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
            let size = bytes.count, offset = used
            let length = Int32(size)
            reserve(4 &+ size)
            let start = base.unsafelyUnwrapped + offset
            start.storeBytes(of: length.bigEndian, as: Int32.self)
            if let from = bytes.baseAddress, size > 0 {
                Self.copyShort(from: UnsafeRawPointer(from), to: start + 4, count: size)
            }
            used = offset &+ 4 &+ size
        }
        if done == nil {
            appendInteger(Int32(string.utf8.count))
            appendUTF8(string)
        }
    }

    /// Copies `count` bytes, inline when there are at most 64 (most names, codes and notes):
    /// overlapping loads and stores instead of a call to memcpy, which costs more in its
    /// call and its own dispatch on the size than the copy. Longer runs go to memcpy.
    @inlinable @inline(__always)
    static func copyShort(from source: UnsafeRawPointer, to destination: UnsafeMutableRawPointer, count: Int) {
        if count > 32 {
            guard count <= 64 else { return destination.copyMemory(from: source, byteCount: count) }
            let first = source.loadUnaligned(as: SIMD16<UInt8>.self)
            let second = source.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self)
            let third = source.loadUnaligned(fromByteOffset: count &- 32, as: SIMD16<UInt8>.self)
            let last = source.loadUnaligned(fromByteOffset: count &- 16, as: SIMD16<UInt8>.self)
            destination.storeBytes(of: first, as: SIMD16<UInt8>.self)
            destination.storeBytes(of: second, toByteOffset: 16, as: SIMD16<UInt8>.self)
            destination.storeBytes(of: third, toByteOffset: count &- 32, as: SIMD16<UInt8>.self)
            destination.storeBytes(of: last, toByteOffset: count &- 16, as: SIMD16<UInt8>.self)
        } else if count >= 16 {
            let head = source.loadUnaligned(as: SIMD16<UInt8>.self)
            let tail = source.loadUnaligned(fromByteOffset: count &- 16, as: SIMD16<UInt8>.self)
            destination.storeBytes(of: head, as: SIMD16<UInt8>.self)
            destination.storeBytes(of: tail, toByteOffset: count &- 16, as: SIMD16<UInt8>.self)
        } else if count >= 8 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            destination.storeBytes(of: head, as: UInt64.self)
            destination.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self)
        } else if count >= 4 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            destination.storeBytes(of: head, as: UInt32.self)
            destination.storeBytes(of: tail, toByteOffset: count &- 4, as: UInt32.self)
        } else {
            for index in 0..<count {
                destination.storeBytes(
                    of: source.load(fromByteOffset: index, as: UInt8.self), toByteOffset: index, as: UInt8.self)
            }
        }
    }

    /// Copies the UTF-8 bytes of a string that does not lend them (a bridged one).
    ///
    /// Borrowing, not copying, the string: a copy would have to be released here (see `grown`).
    @usableFromInline @_effects(releasenone)
    static func copyUTF8(of string: borrowing String, to destination: UnsafeMutableRawPointer) {
        var offset = 0
        for byte in string.utf8 {
            destination.storeBytes(of: byte, toByteOffset: offset, as: UInt8.self)
            offset += 1
        }
    }

    /// Appends the bytes of another buffer.
    @inlinable
    public mutating func append(_ other: borrowing PostgresEncodingBuffer) {
        other.withUnsafeBytes { appendBytes($0) }
    }

    @inlinable @inline(__always)
    mutating func appendBytes(_ source: UnsafeRawBufferPointer) {
        guard let from = source.baseAddress, source.count > 0 else { return }
        let offset = used, size = source.count
        reserve(size)
        Self.copyShort(from: from, to: base.unsafelyUnwrapped + offset, count: size)
        used = offset &+ size
    }

    /// Skips `size` bytes, to be overwritten once known (a length written before its value).
    @inlinable
    mutating func skip(_ size: Int) {
        reserve(size)
        used &+= size
    }

    /// Replaces 4 bytes already written (a length written before the value it measures).
    @inlinable @inline(__always)
    mutating func overwriteInt32(_ value: Int32, at offset: Int) {
        precondition(offset >= 0 && offset &+ 4 <= used, "overwriteInt32 out of bounds")
        (base.unsafelyUnwrapped + offset).storeBytes(of: value.bigEndian, as: Int32.self)
    }

    /// Makes room for `size` more bytes.
    @inlinable @inline(__always)
    mutating func reserve(_ size: Int) {
        if _slowPath(capacity &- used < size) {
            (base, capacity) = Self.grown(base, capacity: capacity, used: used, adding: size)
        }
    }

    /// A larger allocation holding the `used` bytes of `base`, which is freed, with room for
    /// `size` more. (The sum is made here: made by the caller, it was computed, with its
    /// overflow check, before every append, not only before those that grow the buffer.)
    ///
    /// Static, taking and returning values: a buffer held in a local variable never has its
    /// address passed to a call, so the optimizer keeps its three fields in registers.
    /// releasenone: this only moves bytes between raw allocations. Without that promise, the
    /// optimizer assumes an out-of-line call may free a caller's value, and a loop encoding the
    /// strings of an array retains and releases each of them around every append.
    @usableFromInline @inline(never) @_effects(releasenone)
    static func grown(
        _ base: UnsafeMutableRawPointer?, capacity: Int, used: Int, adding size: Int
    ) -> (UnsafeMutableRawPointer?, Int) {
        let newCapacity = Swift.max(used + size, 2 * capacity, 64)
        let grown = allocate(newCapacity)
        if let base {
            grown.copyMemory(from: base, byteCount: used)
            free(base)
        }
        return (grown, newCapacity)
    }

    /// Forgets the bytes written.
    @inlinable
    mutating func removeAll(keepingCapacity: Bool) {
        used = 0
        if !keepingCapacity {
            Self.free(base)
            base = nil
            capacity = 0
        }
    }

    /// Calls `body` with the bytes written; the pointer must not escape.
    @inlinable
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(start: base, count: used))
    }
}
