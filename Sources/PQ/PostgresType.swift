/// A PostgreSQL type, identified by its OID.
///
/// Only the built-in types the wrapper encodes or decodes are named; any other OID
/// (an enum, a domain over text…) is still carried as it is.
public struct PostgresType: Hashable, Sendable, CustomStringConvertible {
    public let oid: UInt32

    @inlinable public init(oid: UInt32) { self.oid = oid }

    /// "Let the server infer the type from the statement": used for text parameters.
    public static let unspecified = PostgresType(oid: 0)
    public static let bool = PostgresType(oid: 16)
    public static let bytea = PostgresType(oid: 17)
    public static let char = PostgresType(oid: 18)
    public static let name = PostgresType(oid: 19)
    public static let int8 = PostgresType(oid: 20)
    public static let int2 = PostgresType(oid: 21)
    public static let int4 = PostgresType(oid: 23)
    public static let text = PostgresType(oid: 25)
    public static let oidType = PostgresType(oid: 26)
    public static let json = PostgresType(oid: 114)
    public static let float4 = PostgresType(oid: 700)
    public static let float8 = PostgresType(oid: 701)
    public static let unknown = PostgresType(oid: 705)
    public static let bpchar = PostgresType(oid: 1042)
    public static let varchar = PostgresType(oid: 1043)
    public static let date = PostgresType(oid: 1082)
    public static let time = PostgresType(oid: 1083)
    public static let timestamp = PostgresType(oid: 1114)
    public static let timestamptz = PostgresType(oid: 1184)
    public static let interval = PostgresType(oid: 1186)
    public static let numeric = PostgresType(oid: 1700)
    public static let uuid = PostgresType(oid: 2950)
    public static let jsonb = PostgresType(oid: 3802)

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
