extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break
    /// spaces). Foundation's `trimmingCharacters(in:)` goes through `NSString` on Linux and took
    /// 40 % of the time of a staff import; this looks only at the ends.
    var trimmedSpaces: String {
        let scalars = Substring(self).unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
