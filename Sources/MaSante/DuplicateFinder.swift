/// Remembers the keys seen in one imported file, to report a repeated centre or RPPS with the line
/// that first had it.
///
/// ```swift
/// var seen = DuplicateFinder<String>()
/// seen.check("10005173140", line: 2)   // nil
/// seen.check("10005173140", line: 7)   // 2
/// ```
public struct DuplicateFinder<Key: Hashable> {
    private var firstLines: [Key: Int] = [:]

    public init() {}

    /// The line where `key` was first seen, or nil (and `key` is remembered at `line`).
    public mutating func check(_ key: Key, line: Int) -> Int? {
        if let first = firstLines[key] { return first }
        firstLines[key] = line
        return nil
    }
}

extension DuplicateFinder: Sendable where Key: Sendable {}
