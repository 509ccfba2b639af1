/// Zero-padded decimal text for dates, times and durations, written without Foundation's
/// `String(format:)`, which costs about thirty times more: the checker writes thousands of them.
///
/// ```swift
/// Digits.padded(7, width: 2)      // "07"
/// Digits.padded(2026, width: 4)   // "2026"
/// ```
enum Digits {
    /// `value` with at least `width` digits, zeros in front (`%0Nd`); a minus sign leads a negative value.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = width - digits.utf8.count
        let sign = value < 0 ? "-" : ""
        return zeros > 0 ? sign + String(repeating: "0", count: zeros) + digits : sign + digits
    }
}
