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
    public private(set) var sql: String
    public private(set) var bindings: PostgresBindings

    /// A statement whose text is trusted as it is (it may contain `$n` placeholders).
    public init(unsafeSQL sql: String, bindings: PostgresBindings = PostgresBindings()) {
        self.sql = sql
        self.bindings = bindings
    }

    public init(stringLiteral value: String) {
        self.init(unsafeSQL: value)
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(unsafeSQL: stringInterpolation.sql, bindings: stringInterpolation.bindings)
    }

    /// Builds the text and the bindings of a ``Query``.
    public struct StringInterpolation: StringInterpolationProtocol, Sendable {
        var sql = ""
        @usableFromInline var bindings = PostgresBindings()

        public init(literalCapacity: Int, interpolationCount: Int) {
            sql.reserveCapacity(literalCapacity + 3 * interpolationCount)
            bindings.reserveCapacity(interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            sql += literal
        }

        /// Binds a value as the next parameter.
        @inlinable
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            bindings.append(value)
            appendPlaceholder()
        }

        /// Binds an optional value as the next parameter (`nil` becomes NULL).
        @inlinable
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            bindings.append(value)
            appendPlaceholder()
        }

        /// Appends `$n` for the value just bound.
        @usableFromInline
        mutating func appendPlaceholder() {
            let number = bindings.count
            // "$1"…"$64" are made once: formatting "$\(number)" anew cost more than the rest of an interpolation.
            sql += number <= placeholders.count ? placeholders[number - 1] : "$\(number)"
        }

        /// A quoted identifier (table or column name), for the rare name that must be dynamic.
        public mutating func appendInterpolation(identifier: String) {
            sql += quoteIdentifier(identifier)
        }

        /// Trusted SQL text spliced as it is. Never pass user input here.
        public mutating func appendInterpolation(unsafeRaw text: String) {
            sql += text
        }
    }
}

/// The placeholders of the first parameters, so that interpolation need not format them.
private let placeholders: [String] = (1...64).map { "$\($0)" }

/// Quotes a SQL identifier the way PostgreSQL reads it: in double quotes, inner quotes doubled.
public func quoteIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
