import Foundation

/// Set operations on spans of time: merge, subtract, measure.
enum Intervals {
    /// Sorted by start, overlapping or touching spans joined.
    static func merged(_ intervals: [DateInterval]) -> [DateInterval] {
        var result: [DateInterval] = []
        let inOrder = zip(intervals, intervals.dropFirst()).allSatisfy { $0.start <= $1.start }
        for interval in inOrder ? intervals : intervals.sorted(by: { $0.start < $1.start }) {
            if let last = result.last, interval.start <= last.end {
                result[result.count - 1] = DateInterval(start: last.start, end: max(last.end, interval.end))
            } else {
                result.append(interval)
            }
        }
        return result
    }

    /// The parts of `base` outside every span of `cover` (which must be merged, as `merged` gives).
    static func subtracting(_ cover: [DateInterval], from base: DateInterval) -> [DateInterval] {
        var result: [DateInterval] = []
        var cursor = base.start
        for span in cover where span.end > cursor && span.start < base.end {
            if span.start > cursor { result.append(DateInterval(start: cursor, end: span.start)) }
            cursor = max(cursor, span.end)
            if cursor >= base.end { break }
        }
        if cursor < base.end { result.append(DateInterval(start: cursor, end: base.end)) }
        return result
    }

    /// How long two spans share.
    static func overlap(_ a: DateInterval, _ b: DateInterval) -> TimeInterval {
        max(0, min(a.end, b.end).timeIntervalSince(max(a.start, b.start)))
    }

    /// Total length.
    static func total(_ intervals: [DateInterval]) -> TimeInterval {
        intervals.reduce(0) { $0 + $1.duration }
    }
}
