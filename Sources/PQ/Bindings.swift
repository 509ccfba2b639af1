#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The parameters of one statement: values already encoded, with their types and formats.
///
/// Built by string interpolation in a ``Query`` or from a parameter pack when executing a
/// ``PreparedStatement``; never spliced into the SQL text.
///
/// Everything lives in one allocation (see ``BindingStorage``), shared between copies until
/// one of them changes (copy on write); an empty value allocates nothing.
public struct PostgresBindings: Sendable {
    @usableFromInline var storage: BindingStorage?

    public init() { storage = nil }

    /// Bindings that take over a storage (an interpolated query's, see ``Query/StringInterpolation``).
    init(storage: BindingStorage) { self.storage = storage }

    /// Number of values bound.
    @inlinable public var count: Int { storage?.count ?? 0 }

    /// The storage, made unique first (copied if another value shares it).
    @inlinable @inline(__always)
    mutating func uniqueStorage() -> BindingStorage {
        makeUnique()
        return storage.unsafelyUnwrapped
    }

    /// Makes `storage` exist and belong to this value alone.
    @inlinable @inline(__always)
    mutating func makeUnique() {
        if _slowPath(!isKnownUniquelyReferenced(&storage)) { makeUniqueStorage() }
    }

    @usableFromInline @inline(never)
    mutating func makeUniqueStorage() {
        storage = storage?.copy() ?? BindingStorage(parameterCapacity: 4, sqlCapacity: 0, valueCapacity: 64)
    }

    /// Calls `body` with the storage, made unique, without retaining it: `self` holds it for
    /// the whole call, and nothing in `body` replaces it (only ``makeUniqueStorage()`` does).
    @inlinable @inline(__always)
    mutating func withUniqueStorage<R>(_ body: (BindingStorage) -> R) -> R {
        makeUnique()
        return withStorageAlreadyUnique(body)
    }

    /// As ``withUniqueStorage(_:)``, right after ``reserveCapacity(_:)`` or an append, which left
    /// the storage unique: nothing can have shared it since (an encoder only sees the bytes).
    @inlinable @inline(__always)
    mutating func withStorageAlreadyUnique<R>(_ body: (BindingStorage) -> R) -> R {
        Unmanaged.passUnretained(storage.unsafelyUnwrapped)._withUnsafeGuaranteedRef(body)
    }

    /// Encodes and appends one value.
    @inlinable @inline(__always)
    public mutating func append<Value: PostgresEncodable>(_ value: Value) {
        withUniqueStorage { $0.append(value) }
    }

    /// Appends a value right after ``reserveCapacity(_:)`` or another append (see
    /// ``withStorageAlreadyUnique(_:)``).
    @inlinable @inline(__always)
    mutating func appendToUniqueStorage<Value: PostgresEncodable>(_ value: Value) {
        withStorageAlreadyUnique { $0.append(value) }
    }

    @inlinable
    mutating func append<each Value: PostgresEncodable>(pack values: repeat each Value) {
        var count = 0
        for _ in repeat (each Value).self { count += 1 }
        reserveCapacity(count)
        repeat appendToUniqueStorage(each values)
    }

    /// Makes room for `count` more values at once.
    @inlinable
    mutating func reserveCapacity(_ count: Int) {
        withUniqueStorage { $0.reserve(parameters: count) }
    }

    /// Forgets the values, keeping the memory for the next statement.
    @inlinable
    mutating func removeAll() {
        if isKnownUniquelyReferenced(&storage) {
            storage.unsafelyUnwrapped.removeAll()
        } else {
            storage = nil
        }
    }

    /// The PostgreSQL type announced for the value at `index`.
    func type(at index: Int) -> UInt32 { storage?.parameter(at: index).type ?? 0 }

    // MARK: SQL text (a Query built by interpolation keeps its text here, in the same allocation)

    /// The SQL text appended.
    var sql: String { storage?.sql ?? "" }

    /// Calls `body` with the NUL-terminated SQL text; the pointer is valid only inside.
    func withSQL<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard let storage, storage.sqlCapacity > 0 else { return try "".withCString(body) }
        return try withExtendedLifetime(storage) { try body(storage.sqlPointer) }
    }

    /// Calls `body` with the C arrays `PQexecParams` wants, built on the stack; the pointers
    /// are valid only inside.
    func withLibpqArrays<R>(
        _ body: (
            _ count: Int32, _ types: UnsafePointer<UInt32>?, _ values: UnsafePointer<UnsafePointer<CChar>?>?,
            _ lengths: UnsafePointer<Int32>?, _ formats: UnsafePointer<Int32>?
        ) throws -> R
    ) rethrows -> R {
        guard let storage, storage.count > 0 else { return try body(0, nil, nil, nil, nil) }
        return try withExtendedLifetime(storage) { try storage.withLibpqArrays(body) }
    }
}

/// Where one value lies among the values of a ``BindingStorage``, and how libpq is to send it.
@usableFromInline
struct BoundParameter {
    /// Offset from the first value's byte, or -1 for NULL.
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

/// The one allocation behind ``PostgresBindings``: the parameter list, then room for SQL
/// text, then the encoded values, in one buffer, so that a statement built by interpolation
/// costs a single allocation for its object and one for its bytes.
///
/// Layout of `bytes`: for `parameterCapacity` parameters, four arrays from offset 0 (value
/// offsets, then the types, lengths and formats libpq reads where they lie); the SQL
/// text from `sqlStart` (`sqlCapacity` bytes); the values from `valuesStart` to `bytes.count`.
/// A region that runs out of room moves the ones after it (value offsets are relative to
/// `valuesStart`, so they stay right). Only mutated while uniquely referenced, or by the
/// ``Query/StringInterpolation`` that created it (see there).
@usableFromInline
final class BindingStorage: @unchecked Sendable {
    // @exclusivity(unchecked): the storage is only mutated through a uniquely referenced
    // PostgresBindings, and never re-entrantly; the dynamic checks cost more than the stores.
    @exclusivity(unchecked) @usableFromInline var bytes: PostgresEncodingBuffer
    @exclusivity(unchecked) @usableFromInline var count = 0
    @exclusivity(unchecked) @usableFromInline var parameterCapacity: Int
    @exclusivity(unchecked) @usableFromInline var sqlCount = 0
    @exclusivity(unchecked) @usableFromInline var sqlCapacity: Int
    @exclusivity(unchecked) @usableFromInline var valuesStart: Int

    /// Bytes per parameter: its value's offset (8), then its type, length and format (4 each),
    /// each kept in an array of its own, as libpq takes them.
    @inlinable static var recordSize: Int { 20 }

    @usableFromInline
    init(parameterCapacity: Int, sqlCapacity: Int, valueCapacity: Int) {
        self.parameterCapacity = max(parameterCapacity, 0)
        self.sqlCapacity = max(sqlCapacity, 0)
        valuesStart = self.parameterCapacity * Self.recordSize + self.sqlCapacity
        bytes = PostgresEncodingBuffer(reservingCapacity: valuesStart + max(valueCapacity, 0))
        bytes.used = valuesStart
        if self.sqlCapacity > 0 {
            (bytes.base.unsafelyUnwrapped + sqlStart).storeBytes(of: UInt8(0), as: UInt8.self)
        }
    }

    @inlinable var sqlStart: Int { parameterCapacity * Self.recordSize }

    /// A copy with the same layout and contents.
    @usableFromInline
    func copy() -> BindingStorage {
        let copy = BindingStorage(
            parameterCapacity: parameterCapacity, sqlCapacity: sqlCapacity, valueCapacity: bytes.used - valuesStart)
        if let from = bytes.base, let to = copy.bytes.base {
            to.copyMemory(from: from, byteCount: bytes.used)
        }
        copy.bytes.used = bytes.used
        copy.count = count
        copy.sqlCount = sqlCount
        return copy
    }

    /// Moves the regions into a new allocation with these capacities.
    @usableFromInline @inline(never)
    func relayout(parameterCapacity newParameters: Int, sqlCapacity newSQL: Int) {
        let valueCount = bytes.used - valuesStart
        let newSQLStart = newParameters * Self.recordSize
        let newValuesStart = newSQLStart + newSQL
        var grown = PostgresEncodingBuffer(reservingCapacity: newValuesStart + Swift.max(valueCount, 64))
        if let from = bytes.base, let to = grown.base {
            // Offsets (8 bytes each), then types, lengths and formats (4 each).
            to.copyMemory(from: from, byteCount: 8 * count)
            for array in 0..<3 {
                (to + (8 + 4 * array) * newParameters).copyMemory(
                    from: from + (8 + 4 * array) * parameterCapacity, byteCount: 4 * count)
            }
            // The text and its NUL, if it has room for one.
            (to + newSQLStart).copyMemory(from: from + sqlStart, byteCount: Swift.min(sqlCount + 1, sqlCapacity))
            (to + newValuesStart).copyMemory(from: from + valuesStart, byteCount: valueCount)
        }
        if newSQL > sqlCount, let to = grown.base {
            (to + newSQLStart).storeBytes(of: UInt8(0), toByteOffset: sqlCount, as: UInt8.self)
        }
        grown.used = newValuesStart + valueCount
        parameterCapacity = newParameters
        sqlCapacity = newSQL
        valuesStart = newValuesStart
        bytes = grown
    }

    /// Makes room for `more` parameters (and about 16 bytes of value each).
    @usableFromInline
    func reserve(parameters more: Int) {
        if count + more > parameterCapacity {
            relayout(parameterCapacity: Swift.max(count + more, 2 * parameterCapacity), sqlCapacity: sqlCapacity)
        }
        bytes.reserve(16 * more)
    }

    @inlinable
    func removeAll() {
        count = 0
        if sqlCount > 0 {
            sqlCount = 0
            (bytes.base.unsafelyUnwrapped + sqlStart).storeBytes(of: UInt8(0), as: UInt8.self)
        }
        bytes.used = valuesStart
    }

    @inlinable @inline(__always)
    func parameter(at index: Int) -> BoundParameter {
        let base = bytes.base.unsafelyUnwrapped, capacity = parameterCapacity
        return BoundParameter(
            offset: base.load(fromByteOffset: 8 &* index, as: Int.self),
            length: base.load(fromByteOffset: 12 &* capacity &+ 4 &* index, as: Int32.self),
            type: base.load(fromByteOffset: 8 &* capacity &+ 4 &* index, as: UInt32.self),
            format: base.load(fromByteOffset: 16 &* capacity &+ 4 &* index, as: Int32.self))
    }

    @inlinable @inline(__always)
    func record(_ parameter: BoundParameter) {
        let base = bytes.base.unsafelyUnwrapped, capacity = parameterCapacity, index = count
        base.storeBytes(of: parameter.offset, toByteOffset: 8 &* index, as: Int.self)
        base.storeBytes(of: parameter.type, toByteOffset: 8 &* capacity &+ 4 &* index, as: UInt32.self)
        base.storeBytes(of: parameter.length, toByteOffset: 12 &* capacity &+ 4 &* index, as: Int32.self)
        base.storeBytes(of: parameter.format, toByteOffset: 16 &* capacity &+ 4 &* index, as: Int32.self)
        count = index &+ 1
    }

    /// Encodes and appends one value.
    @inlinable @inline(__always)
    func append<Value: PostgresEncodable>(_ value: Value) {
        let type = Value.postgresType.oid
        // An untyped value (a String) takes whatever type the server infers, and only the text
        // form is valid for every type: in binary, "1234" inferred as int4 would read as 825373492.
        let format = type == 0 ? PostgresFormat.text : Value.postgresFormat
        if _slowPath(count == parameterCapacity) {
            relayout(parameterCapacity: Swift.max(4, 2 * parameterCapacity), sqlCapacity: sqlCapacity)
        }
        if value.isPostgresNull {
            record(BoundParameter(offset: -1, length: 0, type: type, format: format.rawValue))
            return
        }
        let start = bytes.count
        value.encode(into: &bytes)
        if format == .text {
            appendText(from: start, type: type)
        } else {
            record(
                BoundParameter(
                    offset: start - valuesStart, length: Int32(bytes.count - start), type: type,
                    format: format.rawValue))
        }
    }

    /// Records the text-format value written from `start`.
    @usableFromInline
    func appendText(from start: Int, type: UInt32) {
        let length = Int32(bytes.count - start)
        // libpq reads a text-format parameter up to its first NUL, which would silently truncate
        // it; sent as binary text instead, the server rejects the NUL (22021).
        if length > 0, memchr(bytes.base.unsafelyUnwrapped + start, 0, Int(length)) != nil {
            record(
                BoundParameter(
                    offset: start - valuesStart, length: length, type: PostgresType.text.oid,
                    format: PostgresFormat.binary.rawValue))
            return
        }
        record(
            BoundParameter(
                offset: start - valuesStart, length: length, type: type, format: PostgresFormat.text.rawValue))
        // libpq reads a text-format parameter up to its NUL terminator, whatever its length says.
        bytes.appendInteger(UInt8(0))
    }

    // MARK: SQL text

    /// Makes room for `more` bytes of SQL text and its NUL terminator.
    @usableFromInline
    func reserveSQL(_ more: Int) {
        if sqlCount + more + 1 > sqlCapacity {
            relayout(parameterCapacity: parameterCapacity, sqlCapacity: Swift.max(sqlCount + more + 1, 2 * sqlCapacity))
        }
    }

    /// Appends SQL text; a literal lends its bytes, another string that cannot is copied first.
    @inlinable @inline(__always)
    func appendSQL(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendSQL(UnsafeRawBufferPointer($0)) }
        if done == nil { appendCopiedSQL(text) }
    }

    @usableFromInline
    func appendCopiedSQL(_ text: String) {
        var text = text
        text.withUTF8 { appendSQL(UnsafeRawBufferPointer($0)) }
    }

    /// Appends SQL text, and the NUL libpq expects after it (not counted).
    @inlinable @inline(__always)
    func appendSQL(_ text: UnsafeRawBufferPointer) {
        guard let from = text.baseAddress, text.count > 0 else { return }
        if _slowPath(sqlCount &+ text.count >= sqlCapacity) { reserveSQL(text.count) }
        let end = bytes.base.unsafelyUnwrapped + (sqlStart &+ sqlCount)
        end.copyMemory(from: from, byteCount: text.count)
        end.storeBytes(of: UInt8(0), toByteOffset: text.count, as: UInt8.self)
        sqlCount &+= text.count
    }

    /// Appends `$n`, n being the number of values bound so far, and a NUL (not counted).
    @inlinable @inline(__always)
    func appendPlaceholder() {
        // "$1"…"$9", the most common, without a loop or a division.
        guard count < 10, sqlCount &+ 2 < sqlCapacity else { return appendLongPlaceholder() }
        let end = bytes.base.unsafelyUnwrapped + (sqlStart &+ sqlCount)
        end.storeBytes(of: UInt8(ascii: "$"), as: UInt8.self)
        end.storeBytes(of: UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: count), toByteOffset: 1, as: UInt8.self)
        end.storeBytes(of: UInt8(0), toByteOffset: 2, as: UInt8.self)
        sqlCount &+= 2
    }

    @usableFromInline
    func appendLongPlaceholder() {
        var digits = 1, rest = count
        while rest >= 10 {
            digits += 1
            rest /= 10
        }
        reserveSQL(1 + digits)
        let text = bytes.base.unsafelyUnwrapped + sqlStart
        text.storeBytes(of: UInt8(ascii: "$"), toByteOffset: sqlCount, as: UInt8.self)
        var number = count
        for position in stride(from: sqlCount + digits, to: sqlCount, by: -1) {
            text.storeBytes(of: UInt8(ascii: "0") + UInt8(number % 10), toByteOffset: position, as: UInt8.self)
            number /= 10
        }
        sqlCount += 1 + digits
        text.storeBytes(of: UInt8(0), toByteOffset: sqlCount, as: UInt8.self)
    }

    /// The NUL-terminated SQL text (room for the NUL is always kept; see ``reserveSQL(_:)``).
    var sqlPointer: UnsafePointer<CChar> {
        UnsafePointer((bytes.base.unsafelyUnwrapped + sqlStart).assumingMemoryBound(to: CChar.self))
    }

    var sql: String {
        guard let base = bytes.base else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: base + sqlStart, count: sqlCount), as: UTF8.self)
    }

    // MARK: libpq

    func withLibpqArrays<R>(
        _ body: (
            _ count: Int32, _ types: UnsafePointer<UInt32>?, _ values: UnsafePointer<UnsafePointer<CChar>?>?,
            _ lengths: UnsafePointer<Int32>?, _ formats: UnsafePointer<Int32>?
        ) throws -> R
    ) rethrows -> R {
        let count = count, capacity = parameterCapacity
        let base = bytes.base.unsafelyUnwrapped
        let values = UnsafePointer<CChar>((base + valuesStart).assumingMemoryBound(to: CChar.self))
        let offsets = UnsafePointer<Int>(base.assumingMemoryBound(to: Int.self))
        // Types, lengths and formats are already laid out as libpq reads them; only the value
        // pointers depend on where the bytes are, and are made here.
        let types = UnsafePointer<UInt32>((base + 8 * capacity).assumingMemoryBound(to: UInt32.self))
        let lengths = UnsafePointer<Int32>((base + 12 * capacity).assumingMemoryBound(to: Int32.self))
        let formats = UnsafePointer<Int32>((base + 16 * capacity).assumingMemoryBound(to: Int32.self))
        return try withUnsafeTemporaryAllocation(of: UnsafePointer<CChar>?.self, capacity: count) { pointers in
            for index in 0..<count {
                let offset = offsets[index]
                pointers.initializeElement(at: index, to: offset < 0 ? nil : values + offset)
            }
            return try body(Int32(count), types, UnsafePointer(pointers.baseAddress), lengths, formats)
        }
    }
}
