public import Foundation

// Integer, floating-point, boolean, text and UUID mappings, all in binary format.

extension Int: PostgresEncodable, PostgresDecodable {
    @inlinable public static var postgresType: PostgresType { .int8 }
    @inlinable public var postgresEncodedSize: Int? { 8 }
    @inlinable @inline(__always) public func encode(into buffer: inout PostgresEncodingBuffer) {
        buffer.appendInteger(Int64(self))
    }
    @inlinable
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        self = Int(try Int64(postgresCell: cell))
    }
}

extension Int64: PostgresEncodable, PostgresDecodable {
    @inlinable public static var postgresType: PostgresType { .int8 }
    @inlinable public var postgresEncodedSize: Int? { 8 }
    @inlinable @inline(__always) public func encode(into buffer: inout PostgresEncodingBuffer) {
        buffer.appendInteger(self)
    }
    @inlinable
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        // OIDs rather than PostgresType's constants: inlined in another module, each of
        // those would cost a call to its accessor.
        switch cell.type.oid {
        case 20 where cell.format == .binary: self = try cell.readInteger() // int8
        case 23 where cell.format == .binary: self = Int64(try cell.readInteger(as: Int32.self)) // int4
        case 21 where cell.format == .binary: self = Int64(try cell.readInteger(as: Int16.self)) // int2
        default: throw cell.failure(Self.self, "unsupported column type (expected int2, int4 or int8)")
        }
    }
}

extension Int32: PostgresEncodable, PostgresDecodable {
    @inlinable public static var postgresType: PostgresType { .int4 }
    @inlinable public var postgresEncodedSize: Int? { 4 }
    @inlinable public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.appendInteger(self) }
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        let wide = try Int64(postgresCell: cell)
        guard let narrow = Int32(exactly: wide) else { throw cell.failure(Self.self, "value \(wide) out of range") }
        self = narrow
    }
}

extension Int16: PostgresEncodable, PostgresDecodable {
    @inlinable public static var postgresType: PostgresType { .int2 }
    @inlinable public var postgresEncodedSize: Int? { 2 }
    @inlinable public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.appendInteger(self) }
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        let wide = try Int64(postgresCell: cell)
        guard let narrow = Int16(exactly: wide) else { throw cell.failure(Self.self, "value \(wide) out of range") }
        self = narrow
    }
}

extension Double: PostgresEncodable, PostgresDecodable {
    @inlinable public static var postgresType: PostgresType { .float8 }
    @inlinable public var postgresEncodedSize: Int? { 8 }
    @inlinable public func encode(into buffer: inout PostgresEncodingBuffer) { buffer.appendInteger(bitPattern) }
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        switch cell.type {
        case .float8 where cell.format == .binary: self = Double(bitPattern: try cell.readInteger())
        case .float4 where cell.format == .binary: self = Double(Float(bitPattern: try cell.readInteger()))
        case .numeric where cell.format == .binary: self = try NumericDigits(cell: cell).doubleValue
        case .int2, .int4, .int8: self = Double(try Int64(postgresCell: cell))
        default:
            throw cell.failure(Self.self, "unsupported column type (expected float4, float8, numeric or an integer)")
        }
    }
}

extension Bool: PostgresEncodable, PostgresDecodable {
    @inlinable public static var postgresType: PostgresType { .bool }
    @inlinable public var postgresEncodedSize: Int? { 1 }
    @inlinable public func encode(into buffer: inout PostgresEncodingBuffer) {
        buffer.appendInteger(UInt8(self ? 1 : 0))
    }
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        try cell.require(.bool, for: Self.self)
        self = try cell.readInteger(as: UInt8.self) != 0
    }
}

extension String: PostgresEncodable, PostgresDecodable {
    /// Sent with no declared type, so the server reads it as whatever the statement expects
    /// (text, varchar, an enum label…).
    @inlinable public static var postgresType: PostgresType { .unspecified }
    /// The UTF-8 length, which a native string knows without counting.
    @inlinable public var postgresEncodedSize: Int? { utf8.count }
    @inlinable @inline(__always) public func encode(into buffer: inout PostgresEncodingBuffer) {
        buffer.appendUTF8(self)
    }
    @inlinable @inline(__always)
    public func encodeLengthPrefixed(into buffer: inout PostgresEncodingBuffer) -> Bool {
        buffer.appendLengthPrefixedUTF8(self)
        return true
    }

    /// Reads any textual column (text, varchar, char, name, enum labels, json, jsonb).
    @inlinable
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        // text (25) and varchar (1043) first: they are most columns.
        if cell.format == .text || cell.type.oid == 25 || cell.type.oid == 1043 {
            self = cell.utf8String
            return
        }
        self = try Self(otherTextual: cell)
    }

    @usableFromInline
    init(otherTextual cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        if cell.type == .jsonb {
            // Binary jsonb is a version byte (1) followed by the JSON text.
            self = cell.withUnsafeBytes { String(decoding: $0.dropFirst(), as: UTF8.self) }
            return
        }
        // Built-in types must be known textual ones (a point or an array is binary); user-defined
        // types (OID ≥ 16384) are let through, since an enum's binary form is its label.
        guard
            PostgresType.textual.contains(cell.type.oid)
                || cell.type.oid >= 16_384
        else {
            throw cell.failure(Self.self, "column is not textual; cast it with ::text")
        }
        self = cell.utf8String
    }
}

extension UUID: PostgresEncodable, PostgresDecodable {
    public static var postgresType: PostgresType { .uuid }
    public var postgresEncodedSize: Int? { 16 }
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        withUnsafeBytes(of: uuid) { buffer.append(contentsOf: $0) }
    }
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        try cell.require(.uuid, for: Self.self)
        guard cell.count == 16 else { throw cell.failure(Self.self, "expected 16 bytes, found \(cell.count)") }
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        cell.withUnsafeBytes { source in
            withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: source) }
        }
        self.init(uuid: value)
    }
}

extension Decimal: PostgresEncodable, PostgresDecodable {
    public static var postgresType: PostgresType { .numeric }
    /// Sent as text, which PostgreSQL parses exactly.
    public static var postgresFormat: PostgresFormat { .text }
    public func encode(into buffer: inout PostgresEncodingBuffer) {
        buffer.appendUTF8(NSDecimalNumber(decimal: self).description(withLocale: Locale(identifier: "en_US_POSIX")))
    }
    public init(postgresCell cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        switch cell.type {
        case .numeric where cell.format == .binary: self = try NumericDigits(cell: cell).decimalValue
        case .int2, .int4, .int8: self = Decimal(try Int64(postgresCell: cell))
        default: throw cell.failure(Self.self, "unsupported column type (expected numeric or an integer)")
        }
    }
}

/// The binary form of `numeric`: base-10000 digits with a weight and a sign.
struct NumericDigits {
    var digits: [Int16] = []
    var weight: Int16
    var negative: Bool

    init(cell: borrowing PostgresCell) throws(PostgresDecodingError) {
        let count: Int16 = try cell.readInteger(at: 0)
        weight = try cell.readInteger(at: 2)
        let sign: UInt16 = try cell.readInteger(at: 4)
        guard sign == 0x0000 || sign == 0x4000 else {
            throw cell.failure(Decimal.self, "NaN or infinite numeric")
        }
        negative = sign == 0x4000
        for index in 0..<Int(count) {
            digits.append(try cell.readInteger(at: 8 + 2 * index))
        }
    }

    var decimalValue: Decimal {
        var significand = Decimal(0)
        for digit in digits { significand = significand * 10_000 + Decimal(Int(digit)) }
        let exponent = 4 * (Int(weight) - digits.count + 1)
        let value = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: significand)
        return value
    }

    var doubleValue: Double {
        var value = 0.0
        for (index, digit) in digits.enumerated() {
            value += Double(digit) * pow(10_000.0, Double(Int(weight) - index))
        }
        return negative ? -value : value
    }
}
