/// A PostgreSQL type, identified by its OID.
///
/// Only the built-in types the wrapper encodes or decodes are named; any other OID
/// (an enum, a domain over text…) is still carried as it is.
public struct PostgresType: Hashable, Sendable, CustomStringConvertible {
    public let oid: UInt32

    @inlinable public init(oid: UInt32) { self.oid = oid }

    // Computed and inlinable rather than `static let`: inlined into another module (every
    // encoder's postgresType is), a stored constant costs a call to its one-time initializer's
    // accessor on each use; these fold to the number.

    /// "Let the server infer the type from the statement": used for text parameters.
    @inlinable public static var unspecified: PostgresType { PostgresType(oid: 0) }
    @inlinable public static var bool: PostgresType { PostgresType(oid: 16) }
    @inlinable public static var bytea: PostgresType { PostgresType(oid: 17) }
    @inlinable public static var char: PostgresType { PostgresType(oid: 18) }
    @inlinable public static var name: PostgresType { PostgresType(oid: 19) }
    @inlinable public static var int8: PostgresType { PostgresType(oid: 20) }
    @inlinable public static var int2: PostgresType { PostgresType(oid: 21) }
    @inlinable public static var int4: PostgresType { PostgresType(oid: 23) }
    @inlinable public static var text: PostgresType { PostgresType(oid: 25) }
    @inlinable public static var oidType: PostgresType { PostgresType(oid: 26) }
    @inlinable public static var json: PostgresType { PostgresType(oid: 114) }
    @inlinable public static var float4: PostgresType { PostgresType(oid: 700) }
    @inlinable public static var float8: PostgresType { PostgresType(oid: 701) }
    @inlinable public static var unknown: PostgresType { PostgresType(oid: 705) }
    @inlinable public static var bpchar: PostgresType { PostgresType(oid: 1042) }
    @inlinable public static var varchar: PostgresType { PostgresType(oid: 1043) }
    @inlinable public static var date: PostgresType { PostgresType(oid: 1082) }
    @inlinable public static var time: PostgresType { PostgresType(oid: 1083) }
    @inlinable public static var timestamp: PostgresType { PostgresType(oid: 1114) }
    @inlinable public static var timestamptz: PostgresType { PostgresType(oid: 1184) }
    @inlinable public static var interval: PostgresType { PostgresType(oid: 1186) }
    @inlinable public static var numeric: PostgresType { PostgresType(oid: 1700) }
    @inlinable public static var uuid: PostgresType { PostgresType(oid: 2950) }
    @inlinable public static var jsonb: PostgresType { PostgresType(oid: 3802) }

    private static let names: [UInt32: String] = [
        0: "unspecified", 16: "bool", 17: "bytea", 18: "char", 19: "name", 20: "int8", 21: "int2",
        23: "int4", 25: "text", 26: "oid", 114: "json", 700: "float4", 701: "float8", 705: "unknown",
        1042: "bpchar", 1043: "varchar", 1082: "date", 1083: "time", 1114: "timestamp",
        1184: "timestamptz", 1186: "interval", 1700: "numeric", 2950: "uuid", 3802: "jsonb",
    ]

    public var description: String { Self.names[oid] ?? "oid \(oid)" }

    /// Built-in types whose binary form is plain UTF-8 text ("char", name, text, json, xml,
    /// unknown, bpchar, varchar).
    static let textual: Set<UInt32> = [18, 19, 25, 114, 142, 705, 1042, 1043]
}

/// Whether a value travels as text or in PostgreSQL's binary representation.
public enum PostgresFormat: Int32, Sendable {
    case text = 0
    case binary = 1
}
