/// A SQL statement and its bound parameters.
///
/// Interpolated values become `$1`, `$2`… and travel apart from the text, so a value can
/// never change the statement:
///
/// ```swift
/// let name = "'); DROP TABLE x; --"
/// try conn.execute("INSERT INTO t (name) VALUES (\(name))")   // stored verbatim
/// ```
///
/// The only ways to put text into the SQL are named as such: ``init(unsafeSQL:bindings:)``
/// and `\(unsafeRaw:)`, for trusted, static fragments.
public struct Query: Sendable, ExpressibleByStringInterpolation {
    /// The text given to ``init(unsafeSQL:bindings:)``; empty when the text lives in `bindings`.
    @usableFromInline var text: String
    /// Whether the text was built by interpolation and lives in `bindings`' storage.
    @usableFromInline var textInBindings: Bool
    public private(set) var bindings: PostgresBindings

    /// The statement's text, with `$1`, `$2`… where values are bound.
    public var sql: String { textInBindings ? bindings.sql : text }

    /// A statement whose text is trusted as it is (it may contain `$n` placeholders).
    public init(unsafeSQL sql: String, bindings: PostgresBindings = PostgresBindings()) {
        text = sql
        textInBindings = false
        self.bindings = bindings
    }

    public init(stringLiteral value: String) {
        self.init(unsafeSQL: value)
    }

    public init(stringInterpolation: consuming StringInterpolation) {
        text = ""
        textInBindings = true
        // The one uniqueness check of an interpolated query: a copy of the builder, if any,
        // must not be able to change this query's text or values afterwards.
        if !isKnownUniquelyReferenced(&stringInterpolation.storage) {
            stringInterpolation.storage = stringInterpolation.storage.copy()
        }
        bindings = PostgresBindings(storage: stringInterpolation.storage)
    }

    /// Calls `body` with the NUL-terminated SQL text; the pointer is valid only inside.
    func withSQL<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        // withCString: a short (small-string) text passed as a String argument would be copied to the heap.
        textInBindings ? try bindings.withSQL(body) : try text.withCString(body)
    }

    /// Builds the text and the bindings of a ``Query``.
    ///
    /// The text is written as bytes next to the bound values, in the one allocation of the
    /// bindings, rather than appended to a `String` (which cost more than the statement's
    /// round trip through libpq).
    ///
    /// The builder writes into its storage without checking, piece by piece, that it is the
    /// storage's only owner (13 checks for a statement of 6 values): the storage is created by
    /// the builder, and ``Query/init(stringInterpolation:)`` checks once, copying it if a copy
    /// of the builder shares it. Not `Sendable`, so that no two threads share one.
    public struct StringInterpolation: StringInterpolationProtocol {
        @usableFromInline var storage: BindingStorage

        public init(literalCapacity: Int, interpolationCount: Int) {
            // "$n" is at most 3 bytes for the first 99 values; one more for the NUL.
            storage = BindingStorage(
                parameterCapacity: interpolationCount, sqlCapacity: literalCapacity + 3 * interpolationCount + 1,
                valueCapacity: 32 * interpolationCount + 32)
        }

        // Always inlined, here and below: the literal is then a constant, whose bytes are copied
        // without asking the string where they are; a call per piece cost more than the copy.
        @inlinable @inline(__always)
        public mutating func appendLiteral(_ literal: String) {
            storage.appendSQL(literal)
        }

        /// Binds a value as the next parameter.
        @inlinable @inline(__always)
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            storage.append(value)
            storage.appendPlaceholder()
        }

        /// Binds an optional value as the next parameter (`nil` becomes NULL).
        @inlinable @inline(__always)
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            storage.append(value)
            storage.appendPlaceholder()
        }

        /// A quoted identifier (table or column name), for the rare name that must be dynamic.
        public mutating func appendInterpolation(identifier: String) {
            storage.appendSQL(quoteIdentifier(identifier))
        }

        /// Trusted SQL text spliced as it is. Never pass user input here.
        public mutating func appendInterpolation(unsafeRaw text: String) {
            storage.appendSQL(text)
        }
    }
}

/// Quotes a SQL identifier the way PostgreSQL reads it: in double quotes, inner quotes doubled.
public func quoteIdentifier(_ name: String) -> String {
    var quoted: [UInt8] = [UInt8(ascii: "\"")]
    quoted.reserveCapacity(name.utf8.count + 2)
    for byte in name.utf8 {
        quoted.append(byte)
        if byte == UInt8(ascii: "\"") { quoted.append(byte) }
    }
    quoted.append(UInt8(ascii: "\""))
    return String(decoding: quoted, as: UTF8.self)
}
