/// Finds a CSV file's separator from its header line.
enum CSVSeparator {
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t")]

    /// The candidate seen most often outside quotes on the first line with content; `;` wins
    /// ties and is the answer for a one-column file.
    static func detect(in bytes: ArraySlice<UInt8>) -> UInt8 {
        var counts = [UInt8: Int]()
        var inQuotes = false, lineHasContent = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
                lineHasContent = true
            } else if inQuotes {
                continue
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if lineHasContent { break }
                counts = [:]
            } else if candidates.contains(byte) {
                counts[byte, default: 0] += 1
            } else if byte != UInt8(ascii: " ") {
                lineHasContent = true
            }
        }
        var best = candidates[0]
        for candidate in candidates.dropFirst() where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }
}
